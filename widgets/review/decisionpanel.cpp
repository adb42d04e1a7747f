#include "decisionpanel.h"
#include <plaintext.h>

#include "diffview.h"

#include <review/reasoncatalog.h>
#include <review/worddiff.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFuture>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPromise>
#include <QPushButton>
#include <QStackedWidget>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace keel::review {

namespace {
enum Page { IdlePage, EditPage, EscalatePage, RejectPage };

QPushButton *actionButton(const QString &title, const QString &key, const QString &objectName, QWidget *parent)
{
    // The shortcut is part of the label so reviewers learn it by looking.
    auto *b = new QPushButton(DecisionPanel::tr("%1   %2").arg(title, key), parent);
    b->setObjectName(objectName);
    b->setFocusPolicy(Qt::NoFocus);
    b->setMinimumHeight(30);
    return b;
}

void fillCombo(QComboBox *box, const QList<CatalogEntry> &entries, const QString &placeholder)
{
    box->clear();
    box->addItem(placeholder, QString());
    for (const CatalogEntry &e : entries) {
        box->addItem(e.title, e.code);
        if (!e.hint.isEmpty())
            box->setItemData(box->count() - 1, e.hint, Qt::ToolTipRole);
    }
}

void selectCode(QComboBox *box, const QString &code)
{
    const int i = box->findData(code);
    box->setCurrentIndex(i >= 0 ? i : 0);
}
} // namespace

DecisionPanel::DecisionPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(buildActions());

    m_error = new QLabel(this);
    m_error->setObjectName(u"decisionError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color:#8a1c1c;font-weight:600;"_s);
    m_error->hide();
    layout->addWidget(m_error);

    m_pages = new QStackedWidget(this);
    m_hint = new QLabel(tr("A approve · E edit · S escalate · R reject · J/K next/previous · ? all shortcuts"), this);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setStyleSheet(u"color:#5f6368;"_s);
    m_pages->addWidget(new QWidget(m_pages)); // idle: no form, the pages fold away
    layout->addWidget(m_hint);

    // Edit: the editor seeded with the output, and the word diff the reviewer checks before submitting.
    auto *editPage = new QWidget(this);
    auto *editLayout = new QGridLayout(editPage);
    editLayout->setContentsMargins(0, 0, 0, 0);
    m_editor = new QPlainTextEdit(editPage);
    m_editor->setObjectName(u"editEditor"_s);
    m_diff = new DiffView(editPage);
    m_diffSummary = new QLabel(editPage);
    m_diffSummary->setTextFormat(Qt::PlainText);
    m_diffSummary->setObjectName(u"diffSummary"_s);
    auto *submitEdit = new QPushButton(tr("Submit edit   Ctrl+Enter"), editPage);
    submitEdit->setObjectName(u"submitEdit"_s);
    editLayout->addWidget(new QLabel(tr("Your edit"), editPage), 0, 0);
    editLayout->addWidget(new QLabel(tr("Changes against the original"), editPage), 0, 1);
    editLayout->addWidget(m_editor, 1, 0);
    editLayout->addWidget(m_diff, 1, 1);
    editLayout->addWidget(m_diffSummary, 2, 0);
    editLayout->addWidget(submitEdit, 2, 1, Qt::AlignRight);
    m_pages->addWidget(editPage);
    m_diffTimer = new QTimer(this);
    m_diffTimer->setSingleShot(true);
    m_diffTimer->setInterval(200);
    connect(m_diffTimer, &QTimer::timeout, this, &DecisionPanel::runDiff);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        scheduleDiff();
        if (!m_restoring)
            Q_EMIT draftChanged();
    });
    connect(submitEdit, &QPushButton::clicked, this, &DecisionPanel::submitRequested);
    m_submits.append(submitEdit);

    // Escalate: tier and reason are required; the note travels as the comment.
    auto *escPage = new QWidget(this);
    auto *escLayout = new QFormLayout(escPage);
    m_tier = new QComboBox(escPage);
    m_tier->setObjectName(u"escalationTier"_s);
    fillCombo(m_tier, ReasonCatalog::escalationTiers(), tr("Choose a tier…"));
    m_escReason = new QComboBox(escPage);
    m_escReason->setObjectName(u"escalationReason"_s);
    fillReasons({});
    auto *submitEsc = new QPushButton(tr("Escalate   Ctrl+Enter"), escPage);
    submitEsc->setObjectName(u"submitEscalate"_s);
    escLayout->addRow(tr("Tier (required)"), m_tier);
    escLayout->addRow(tr("Reason (required)"), m_escReason);
    escLayout->addRow(QString(), submitEsc);
    m_pages->addWidget(escPage);
    connect(m_tier, &QComboBox::currentIndexChanged, this, [this] {
        fillReasons(m_tier->currentData().toString());
        if (!m_restoring)
            Q_EMIT draftChanged();
    });
    connect(m_escReason, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_restoring)
            Q_EMIT draftChanged();
    });
    connect(submitEsc, &QPushButton::clicked, this, &DecisionPanel::submitRequested);
    m_submits.append(submitEsc);

    auto *rejPage = new QWidget(this);
    auto *rejLayout = new QFormLayout(rejPage);
    m_rejectReason = new QComboBox(rejPage);
    m_rejectReason->setObjectName(u"rejectReason"_s);
    fillCombo(m_rejectReason, ReasonCatalog::rejectReasons(), tr("Choose a reason…"));
    auto *submitRej = new QPushButton(tr("Reject   Ctrl+Enter"), rejPage);
    submitRej->setObjectName(u"submitReject"_s);
    rejLayout->addRow(tr("Reason (required)"), m_rejectReason);
    rejLayout->addRow(QString(), submitRej);
    m_pages->addWidget(rejPage);
    connect(m_rejectReason, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_restoring)
            Q_EMIT draftChanged();
    });
    connect(submitRej, &QPushButton::clicked, this, &DecisionPanel::submitRequested);
    m_submits.append(submitRej);

    layout->addWidget(m_pages, 1);
    layout->addWidget(buildNotes());
    setDecisionsEnabled(false);
}

QWidget *DecisionPanel::buildActions()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_approve = actionButton(tr("Approve"), tr("A"), u"approveButton"_s, bar);
    m_edit = actionButton(tr("Edit"), tr("E"), u"editButton"_s, bar);
    m_escalate = actionButton(tr("Escalate"), tr("S"), u"escalateButton"_s, bar);
    m_reject = actionButton(tr("Reject"), tr("R"), u"rejectButton"_s, bar);
    m_undo = actionButton(tr("Undo"), tr("Ctrl+Z"), u"undoButton"_s, bar);
    auto *help = actionButton(tr("Shortcuts"), tr("?"), u"helpButton"_s, bar);
    m_approve->setStyleSheet(u"QPushButton{font-weight:600;}"_s);
    for (QPushButton *b : {m_approve, m_edit, m_escalate, m_reject})
        row->addWidget(b);
    row->addStretch(1);
    row->addWidget(m_undo);
    row->addWidget(help);
    connect(m_approve, &QPushButton::clicked, this, &DecisionPanel::approveRequested);
    connect(m_edit, &QPushButton::clicked, this, &DecisionPanel::editRequested);
    connect(m_escalate, &QPushButton::clicked, this, &DecisionPanel::escalateRequested);
    connect(m_reject, &QPushButton::clicked, this, &DecisionPanel::rejectRequested);
    connect(m_undo, &QPushButton::clicked, this, &DecisionPanel::undoRequested);
    connect(help, &QPushButton::clicked, this, &DecisionPanel::helpRequested);
    m_undo->setEnabled(false);
    return bar;
}

void DecisionPanel::fillReasons(const QString &tier)
{
    const QString keep = m_escReason->currentData().toString();
    fillCombo(m_escReason, ReasonCatalog::escalationReasons(tier),
              tier.isEmpty() ? tr("Choose a tier first") : tr("Choose a reason…"));
    selectCode(m_escReason, keep);
}

void DecisionPanel::setItem(const QString &itemId, const QString &originalOutput,
                            const std::optional<ReviewDraft> &draft)
{
    m_restoring = true;
    m_itemId = itemId;
    m_original = originalOutput;
    m_pendingEdit = draft && draft->hasEdit ? draft->editedOutput : originalOutput;
    m_editorSeeded = false;
    m_editor->clear();
    m_diff->clear();
    m_diffSummary->clear();
    selectCode(m_tier, draft ? draft->escalationTier : QString());
    fillReasons(m_tier->currentData().toString());
    selectCode(m_escReason, draft ? draft->escalationReason : QString());
    selectCode(m_rejectReason, draft ? draft->rejectReason : QString());
    for (QCheckBox *box : m_labels)
        box->setChecked(draft && draft->labels.contains(box->property("code").toString()));
    for (QComboBox *box : m_rubric) {
        const int score = draft ? draft->rubric.value(box->property("code").toString(), 0) : 0;
        box->setCurrentIndex(std::clamp(score, 0, ReasonCatalog::rubricMax));
    }
    m_comment->setText(draft ? draft->comment : QString());
    showError({});
    m_restoring = false;
    const QString mode = draft ? draft->mode : QString();
    // An unsent edit is the most expensive work to redo: show it again even if its form was closed.
    if (mode == u"edit" || (mode.isEmpty() && draft && draft->hasEdit))
        beginEdit();
    else if (mode == u"escalate")
        beginEscalate();
    else if (mode == u"reject")
        beginReject();
    else
        setMode(Mode::Idle);
}

void DecisionPanel::clearItem()
{
    setItem({}, {}, std::nullopt);
    setDecisionsEnabled(false);
}

void DecisionPanel::setDecisionsEnabled(bool enabled)
{
    for (QPushButton *b : {m_approve, m_edit, m_escalate, m_reject})
        b->setEnabled(enabled);
    // The open form stays editable (it is the reviewer's draft, saved as they type); only
    // submitting waits until the item is held again.
    for (QPushButton *b : std::as_const(m_submits))
        b->setEnabled(enabled);
}

void DecisionPanel::setMode(Mode mode)
{
    m_mode = mode;
    m_pages->setCurrentIndex(mode == Mode::Idle ? IdlePage : mode == Mode::Edit ? EditPage
                                                     : mode == Mode::Escalate ? EscalatePage
                                                                              : RejectPage);
    // Without a form the item's text gets the room; a form takes it back while it is open.
    m_pages->setVisible(mode != Mode::Idle);
    m_hint->setVisible(mode == Mode::Idle);
    Q_EMIT modeChanged(mode);
}

void DecisionPanel::seedEditor()
{
    if (m_editorSeeded)
        return;
    const bool restoring = m_restoring;
    m_restoring = true; // seeding is not an edit by the reviewer
    m_editor->setPlainText(m_pendingEdit);
    m_restoring = restoring;
    m_editorSeeded = true;
}

void DecisionPanel::beginEdit()
{
    seedEditor();
    setMode(Mode::Edit);
    scheduleDiff();
    m_editor->setFocus();
}

void DecisionPanel::beginEscalate()
{
    setMode(Mode::Escalate);
    m_tier->setFocus();
}

void DecisionPanel::beginReject()
{
    setMode(Mode::Reject);
    m_rejectReason->setFocus();
}

void DecisionPanel::cancelMode()
{
    showError({});
    setMode(Mode::Idle);
    if (!m_restoring)
        Q_EMIT draftChanged();
}

void DecisionPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void DecisionPanel::setUndoAvailable(bool available, const QString &text)
{
    m_undo->setEnabled(available);
    m_undo->setToolTip(plainToolTip(text));
}

void DecisionPanel::scheduleDiff()
{
    if (m_mode == Mode::Edit)
        m_diffTimer->start();
}

void DecisionPanel::runDiff()
{
    // A megabyte of output diffs in well under a second, but not on the GUI thread.
    const quint64 generation = ++m_diffGeneration;
    auto promise = std::make_shared<QPromise<QList<DiffSegment>>>();
    QFuture<QList<DiffSegment>> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, a = m_original, b = m_editor->toPlainText()] {
        promise->addResult(WordDiff::diff(a, b));
        promise->finish();
    });
    future.then(this, [this, generation](const QList<DiffSegment> &segments) {
        if (generation != m_diffGeneration)
            return;
        m_diff->showDiff(segments);
        const DiffSummary s = WordDiff::summarize(segments);
        m_diffSummary->setText(s.insertedWords == 0 && s.removedWords == 0
                                   ? tr("No changes yet")
                                   : tr("%1 word(s) added, %2 removed").arg(s.insertedWords).arg(s.removedWords));
    });
}

} // namespace keel::review
