#pragma once
// The reviewer's action bar and decision forms: Approve (A), Edit (E: editor seeded with the
// output and a live word diff), Escalate (S/X: tier and reason required, note optional),
// Reject (R: reason code), plus labels, rubric scores and a comment for any decision.
// The panel only collects input; ReviewWorkspace owns the shortcuts and talks to the session.
#include <review/draftstore.h>
#include <review/reviewsession.h>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace keel::review {

class DiffView;

class DecisionPanel : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Idle, Edit, Escalate, Reject };
    explicit DecisionPanel(QWidget *parent = nullptr);

    // A new item: forms reset, then the saved draft (if any) restored.
    void setItem(const QString &itemId, const QString &originalOutput, const std::optional<ReviewDraft> &draft);
    void clearItem();
    void setDecisionsEnabled(bool enabled); // false while read-only (held by other, lost, offline claim)
    Mode mode() const { return m_mode; }
    void beginEdit();
    void beginEscalate();
    void beginReject();
    void cancelMode();
    void showError(const QString &message); // empty hides it
    void setUndoAvailable(bool available, const QString &text = {});

    DecisionInput input(domain::DecisionAction action) const;
    DecisionInput inputForMode() const;     // the current form's decision
    ReviewDraft draft() const;

    QPlainTextEdit *editor() const { return m_editor; }
    DiffView *diffView() const { return m_diff; }
    QComboBox *tierBox() const { return m_tier; }
    QComboBox *escalationReasonBox() const { return m_escReason; }
    QComboBox *rejectReasonBox() const { return m_rejectReason; }
    QLineEdit *commentEdit() const { return m_comment; }

Q_SIGNALS:
    void approveRequested();
    void editRequested();
    void escalateRequested();
    void rejectRequested();
    void submitRequested();   // submit the open form
    void cancelRequested();
    void undoRequested();
    void helpRequested();
    void draftChanged();
    void modeChanged(keel::review::DecisionPanel::Mode mode);

private:
    void setMode(Mode mode);
    void fillReasons(const QString &tier);
    void scheduleDiff();
    void runDiff();
    QWidget *buildActions();
    QWidget *buildNotes();

    Mode m_mode = Mode::Idle;
    QString m_itemId;
    QString m_original;
    bool m_restoring = false;
    bool m_editorSeeded = false;   // seeded on the first Edit: a megabyte output costs nothing until then
    QString m_pendingEdit;         // the draft's edit, until the editor is seeded
    void seedEditor();
    quint64 m_diffGeneration = 0;

    QPushButton *m_approve;
    QPushButton *m_edit;
    QPushButton *m_escalate;
    QPushButton *m_reject;
    QPushButton *m_undo;
    QList<QPushButton *> m_submits;
    QStackedWidget *m_pages;
    QLabel *m_hint;
    QPlainTextEdit *m_editor;
    DiffView *m_diff;
    QLabel *m_diffSummary;
    QTimer *m_diffTimer;
    QComboBox *m_tier;
    QComboBox *m_escReason;
    QComboBox *m_rejectReason;
    QLineEdit *m_comment;
    QList<QCheckBox *> m_labels;
    QList<QComboBox *> m_rubric;
    QLabel *m_error;
};

} // namespace keel::review
