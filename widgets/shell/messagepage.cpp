#include "messagepage.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace keel::widgets {

MessagePage::MessagePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_action(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    for (QLabel *l : {m_title, m_detail}) {
        l->setAlignment(Qt::AlignCenter);
        l->setTextFormat(Qt::PlainText); // server messages may carry anything
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(l);
    }
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(320);
    m_busy->setTextVisible(false);
    layout->addWidget(m_busy, 0, Qt::AlignHCenter);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    connect(m_action, &QPushButton::clicked, this, &MessagePage::actionTriggered);
}

void MessagePage::show(const QString &title, const QString &detail, const QString &actionText, bool busy)
{
    m_title->setText(title);
    m_detail->setText(detail);
    m_busy->setVisible(busy);
    m_action->setVisible(!actionText.isEmpty());
    m_action->setText(actionText);
    m_title->setAccessibleName(title);
}

} // namespace keel::widgets
