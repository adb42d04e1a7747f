#include "colorscheme.h"

#include <QApplication>
#include <QColor>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace keel {

namespace {

// The style the application started with; System goes back to it after an override.
QString &startupStyleName()
{
    static QString name;
    return name;
}

void setDisabled(QPalette &p, const QColor &text, const QColor &button)
{
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, text);
    p.setColor(QPalette::Disabled, QPalette::Button, button);
    p.setColor(QPalette::Disabled, QPalette::Highlight, button.darker(110));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, text);
}

} // namespace

std::optional<ColorScheme> parseColorScheme(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == u"system"_s)
        return ColorScheme::System;
    if (t == u"light"_s)
        return ColorScheme::Light;
    if (t == u"dark"_s)
        return ColorScheme::Dark;
    return std::nullopt;
}

QString colorSchemeName(ColorScheme scheme)
{
    switch (scheme) {
    case ColorScheme::Light:
        return u"light"_s;
    case ColorScheme::Dark:
        return u"dark"_s;
    case ColorScheme::System:
        break;
    }
    return u"system"_s;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Window).lightnessF() < 0.5;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf8, 0xfa));
    p.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::PlaceholderText, QColor(0x7b, 0x87, 0x94));
    p.setColor(QPalette::Button, QColor(0xe9, 0xeb, 0xee));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::BrightText, QColor(0xc6, 0x28, 0x28));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x64, 0x96));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xb4));
    p.setColor(QPalette::LinkVisited, QColor(0x6a, 0x3d, 0x9a));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfb, 0xe6));
    p.setColor(QPalette::ToolTipText, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xdc, 0xdf, 0xe4));
    p.setColor(QPalette::Mid, QColor(0xb8, 0xbe, 0xc6));
    p.setColor(QPalette::Dark, QColor(0x8a, 0x93, 0x9e));
    p.setColor(QPalette::Shadow, QColor(0x4a, 0x52, 0x5c));
    setDisabled(p, QColor(0x9a, 0xa3, 0xad), QColor(0xee, 0xf0, 0xf2));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe3, 0xe5, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, QColor(0xe3, 0xe5, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x92, 0x9a));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ButtonText, QColor(0xe3, 0xe5, 0xe8));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7e, 0xb6, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xf0));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, QColor(0xe3, 0xe5, 0xe8));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4e, 0x54));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x49));
    p.setColor(QPalette::Mid, QColor(0x33, 0x36, 0x3a));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1e));
    p.setColor(QPalette::Shadow, QColor(0x0d, 0x0e, 0x10));
    setDisabled(p, QColor(0x76, 0x7b, 0x83), QColor(0x33, 0x36, 0x3a));
    return p;
}

ColorScheme applyColorScheme(QApplication &app, ColorScheme requested)
{
    Q_UNUSED(app); // the palette and style are application-wide statics; the parameter says when
    if (startupStyleName().isEmpty() && QApplication::style())
        startupStyleName() = QApplication::style()->name();

    switch (requested) {
    case ColorScheme::Light:
    case ColorScheme::Dark:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(requested == ColorScheme::Dark ? darkPalette() : lightPalette());
        return requested;
    case ColorScheme::System:
        break;
    }
    if (QApplication::style() && QApplication::style()->name() != startupStyleName())
        QApplication::setStyle(QStyleFactory::create(startupStyleName()));
    // A default-constructed palette resets to the platform theme's palette for the current style.
    QApplication::setPalette(QPalette());
    return isDark(QApplication::palette()) ? ColorScheme::Dark : ColorScheme::Light;
}

} // namespace keel
