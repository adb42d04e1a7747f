// DecisionPanel: labels, rubric and comment, and turning the forms into a decision or a draft.
#include "decisionpanel.h"

#include <review/reasoncatalog.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace keel::review {

QWidget *DecisionPanel::buildNotes()
{
    auto *notes = new QWidget(this);
    auto *form = new QFormLayout(notes);
    form->setContentsMargins(0, 0, 0, 0);
    auto *labelRow = new QHBoxLayout;
    for (const CatalogEntry &e : ReasonCatalog::labels()) {
        auto *box = new QCheckBox(e.title, notes);
        box->setProperty("code", e.code);
        box->setFocusPolicy(Qt::TabFocus);
        m_labels.append(box);
        labelRow->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_restoring)
                Q_EMIT draftChanged();
        });
    }
    labelRow->addStretch(1);
    form->addRow(tr("Labels"), labelRow);
    auto *rubricRow = new QHBoxLayout;
    for (const CatalogEntry &e : ReasonCatalog::rubricCriteria()) {
        auto *box = new QComboBox(notes);
        box->setProperty("code", e.code);
        box->setToolTip(e.hint);
        box->addItem(tr("%1 –").arg(e.title), 0);
        for (int score = ReasonCatalog::rubricMin; score <= ReasonCatalog::rubricMax; ++score)
            box->addItem(tr("%1 %2").arg(e.title).arg(score), score);
        m_rubric.append(box);
        rubricRow->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_restoring)
                Q_EMIT draftChanged();
        });
    }
    rubricRow->addStretch(1);
    form->addRow(tr("Rubric"), rubricRow);
    m_comment = new QLineEdit(notes);
    m_comment->setObjectName(u"commentEdit"_s);
    m_comment->setPlaceholderText(tr("Comment or escalation note (optional)"));
    connect(m_comment, &QLineEdit::textChanged, this, [this] {
        if (!m_restoring)
            Q_EMIT draftChanged();
    });
    form->addRow(tr("Comment"), m_comment);
    return notes;
}

DecisionInput DecisionPanel::input(domain::DecisionAction action) const
{
    DecisionInput in;
    in.action = action;
    if (action == domain::DecisionAction::Edit)
        in.editedOutput = m_editorSeeded ? m_editor->toPlainText() : m_pendingEdit;
    if (action == domain::DecisionAction::Escalate) {
        in.escalationTier = m_tier->currentData().toString();
        in.escalationReason = m_escReason->currentData().toString();
    }
    if (action == domain::DecisionAction::Reject)
        in.rejectReason = m_rejectReason->currentData().toString();
    for (QCheckBox *box : m_labels)
        if (box->isChecked())
            in.labels.append(box->property("code").toString());
    for (QComboBox *box : m_rubric)
        if (const int score = box->currentData().toInt(); score > 0)
            in.rubric.insert(box->property("code").toString(), score);
    in.comment = m_comment->text().trimmed();
    return in;
}

DecisionInput DecisionPanel::inputForMode() const
{
    switch (m_mode) {
    case Mode::Edit: return input(domain::DecisionAction::Edit);
    case Mode::Escalate: return input(domain::DecisionAction::Escalate);
    case Mode::Reject: return input(domain::DecisionAction::Reject);
    case Mode::Idle: break;
    }
    return input(domain::DecisionAction::Approve);
}

ReviewDraft DecisionPanel::draft() const
{
    ReviewDraft d;
    d.itemId = m_itemId;
    d.mode = m_mode == Mode::Edit ? u"edit"_s : m_mode == Mode::Escalate ? u"escalate"_s
                                             : m_mode == Mode::Reject  ? u"reject"_s
                                                                       : QString();
    const QString edited = m_editorSeeded ? m_editor->toPlainText() : m_pendingEdit;
    d.hasEdit = edited != m_original;
    d.editedOutput = d.hasEdit ? edited : QString();
    d.escalationTier = m_tier->currentData().toString();
    d.escalationReason = m_escReason->currentData().toString();
    d.rejectReason = m_rejectReason->currentData().toString();
    const DecisionInput notes = input(domain::DecisionAction::Approve);
    d.labels = notes.labels;
    d.rubric = notes.rubric;
    d.comment = m_comment->text();
    return d;
}

} // namespace keel::review
