#pragma once
// Everything a reviewer reads about one item: prompt, retrieved sources, model output, model /
// route / template version, risk and confidence badges, policy flags, why it was escalated, a
// copyable correlation id and the SLA countdown. All of it is untrusted text and is shown as
// plain text only (QPlainTextEdit, QLabel with Qt::PlainText).
#include <domain/review.h>

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace keel::review {

class BadgeLabel;

class ItemPane : public QWidget {
    Q_OBJECT
public:
    explicit ItemPane(QWidget *parent = nullptr);

    // queueName: the queue as people name it (empty: its id).
    void showItem(const domain::ReviewItem &item, const QString &queueName = {});
    void clearItem();
    void setNow(qint64 nowMs);   // ticks the SLA countdown
    bool hasItem() const { return m_hasItem; }

    QPlainTextEdit *promptView() const { return m_prompt; }
    QPlainTextEdit *outputView() const { return m_output; }
    QPlainTextEdit *sourcesView() const { return m_sources; }
    QString fullOutput() const { return QString::fromStdString(m_item.output); }
    bool isOutputTruncated() const { return m_outputTruncated; }
    void showFullOutput();      // the reviewer asked for all of it: may take a moment

    // Text with a line longer than this is shown as a preview first: laying out one line of a
    // megabyte takes Qt most of a second, which would freeze the workspace on open.
    static constexpr qsizetype kLongLine = 20000;
    static constexpr qsizetype kPreviewChars = 32 * 1024;
    static bool needsPreview(const QString &text);

private:
    void updateSla();

    bool m_hasItem = false;
    domain::ReviewItem m_item;
    qint64 m_nowMs = 0;
    QLabel *m_title;
    BadgeLabel *m_risk;
    BadgeLabel *m_confidence;
    BadgeLabel *m_sla;
    QLabel *m_meta;
    QLabel *m_flags;
    QLabel *m_reason;
    QLineEdit *m_correlation;
    QToolButton *m_copy;
    QPlainTextEdit *m_prompt;
    QPlainTextEdit *m_sources;
    QPlainTextEdit *m_output;
    QLabel *m_outputNotice;
    QToolButton *m_showAll;
    QToolButton *m_copyOutput;
    bool m_outputTruncated = false;
};

} // namespace keel::review
