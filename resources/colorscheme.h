#pragma once
// Light and dark palettes that follow the desktop unless the user overrides them.
// Qt 6.4 has no QStyleHints::colorScheme(), so "the system is dark" is read from the lightness of
// the platform palette's Window colour — which is what GNOME (via the gtk3 platform theme) and
// KDE hand to Qt when a dark theme is active.
#include <QPalette>
#include <QString>
#include <QStringView>

#include <optional>

class QApplication;

namespace keel {

enum class ColorScheme { System, Light, Dark };

// QSettings key under which the app keeps the user's choice ("system", "light" or "dark").
inline constexpr char colorSchemeSettingsKey[] = "appearance/colorScheme";

// "system", "light", "dark" (any case, surrounding blanks ignored); anything else is nullopt, so
// a command line or a settings file with a typo can be reported instead of silently ignored.
std::optional<ColorScheme> parseColorScheme(QStringView text);
QString colorSchemeName(ColorScheme scheme); // the inverse of parseColorScheme

// True when the palette's Window colour is dark (HSL lightness below one half).
bool isDark(const QPalette &palette);

QPalette lightPalette();
QPalette darkPalette();

// Applies a scheme to the whole application and returns the one in effect (never System).
// System restores the palette the style and platform theme chose, so a desktop theme switch
// keeps flowing through; Light and Dark switch to the Fusion style, the only built-in style that
// honours every palette role, and set our palette.
ColorScheme applyColorScheme(QApplication &app, ColorScheme requested);

} // namespace keel
