// ReviewWorkspace's keyboard map, kept apart from the layout code. Letter and arrow shortcuts
// are only enabled while no form is open, so typing in the editor, a combo box or the comment
// field never triggers an action; Ctrl+Enter and Esc are only enabled while a form is open.
#include "reviewworkspace.h"

#include "cheatsheet.h"
#include "decisionpanel.h"

#include <review/reviewsession.h>

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTreeView>
#include <QShortcut>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace keel::review {

// Down/Up move through the items, except where the focused widget has its own list: the
// queues, or a filter box.
void ReviewWorkspace::arrow(int step)
{
    QWidget *focus = QApplication::focusWidget();
    if (focus == m_queuesView) {
        const int row = m_queuesView->currentIndex().row() + step;
        if (row >= 0 && row < m_queuesView->model()->rowCount())
            m_queuesView->setCurrentIndex(m_queuesView->model()->index(row, 0));
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(focus)) {
        combo->setCurrentIndex(std::clamp(combo->currentIndex() + step, 0, combo->count() - 1));
        return;
    }
    if (step > 0)
        nextItem();
    else
        previousItem();
}

void ReviewWorkspace::buildShortcuts()
{
    auto make = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
        return s;
    };
    auto decideWith = [this](domain::DecisionAction action) {
        return [this, action] {
            if (!m_canReview || !m_session->canDecide())
                return;
            switch (action) {
            case domain::DecisionAction::Approve: submit(int(action)); break;
            case domain::DecisionAction::Edit: m_panel->beginEdit(); break;
            case domain::DecisionAction::Escalate: m_panel->beginEscalate(); break;
            case domain::DecisionAction::Reject: m_panel->beginReject(); break;
            }
        };
    };
    m_idleShortcuts = {
        make(QKeySequence(Qt::Key_A), decideWith(domain::DecisionAction::Approve)),
        make(QKeySequence(Qt::Key_E), decideWith(domain::DecisionAction::Edit)),
        make(QKeySequence(Qt::Key_S), decideWith(domain::DecisionAction::Escalate)),
        make(QKeySequence(Qt::Key_X), decideWith(domain::DecisionAction::Escalate)),
        make(QKeySequence(Qt::Key_R), decideWith(domain::DecisionAction::Reject)),
        make(QKeySequence(Qt::Key_O), [this] { reclaim(); }),
        make(QKeySequence(Qt::Key_J), [this] { nextItem(); }),
        make(QKeySequence(Qt::Key_Down), [this] { arrow(+1); }),
        make(QKeySequence(Qt::Key_K), [this] { previousItem(); }),
        make(QKeySequence(Qt::Key_Up), [this] { arrow(-1); }),
        make(QKeySequence(Qt::Key_Question), [this] {
            auto *sheet = new CheatSheet(this);
            sheet->setAttribute(Qt::WA_DeleteOnClose);
            sheet->open();
        }),
    };
    m_formShortcuts = {
        make(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { submit(-1); }),
        make(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { submit(-1); }),
        make(QKeySequence(Qt::Key_Escape), [this] {
            m_panel->cancelMode();
            m_itemsView->setFocus();
        }),
    };
    // Always on; inside a text field the field's own Ctrl+Z wins (it overrides the shortcut).
    make(QKeySequence::Undo, [this] { m_session->undo(); });
    make(QKeySequence::Refresh, [this] { refresh(); });
    make(QKeySequence::Find, [this] {
        m_filterText->setFocus();
        m_filterText->selectAll();
    });

    auto apply = [this](DecisionPanel::Mode mode) {
        const bool idle = mode == DecisionPanel::Mode::Idle;
        for (QObject *s : std::as_const(m_idleShortcuts))
            static_cast<QShortcut *>(s)->setEnabled(idle);
        for (QObject *s : std::as_const(m_formShortcuts))
            static_cast<QShortcut *>(s)->setEnabled(!idle);
    };
    connect(m_panel, &DecisionPanel::modeChanged, this, apply);
    connect(m_panel, &DecisionPanel::helpRequested, this, [this] {
        auto *sheet = new CheatSheet(this);
        sheet->setAttribute(Qt::WA_DeleteOnClose);
        sheet->open();
    });
    apply(m_panel->mode());
}

} // namespace keel::review
