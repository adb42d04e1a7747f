#include "connectionbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace keel::widgets {

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    setObjectName(u"connectionBanner"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    connect(m_action, &QPushButton::clicked, this, &ConnectionBanner::actionTriggered);
    hide();
}

void ConnectionBanner::showMessage(Level level, const QString &text, const QString &actionText)
{
    // Colours carry meaning only together with the words; the text alone must say it all.
    const char *bg = level == Level::Error ? "#f8d7da" : level == Level::Warning ? "#fff3cd" : "#dbeafe";
    const char *fg = level == Level::Error ? "#58151c" : level == Level::Warning ? "#664d03" : "#1e3a8a";
    setStyleSheet(QStringLiteral("#connectionBanner { background: %1; } #connectionBanner QLabel { color: %2; }")
                      .arg(QLatin1StringView(bg), QLatin1StringView(fg)));
    m_text->setText(text);
    m_text->setAccessibleName(text);
    m_action->setVisible(!actionText.isEmpty());
    m_action->setText(actionText);
    show();
}

void ConnectionBanner::clear()
{
    hide();
}

} // namespace keel::widgets
