#pragma once
// The application icon and palette-aware action icons from keel.qrc.
#include <QIcon>
#include <QPalette>
#include <QString>
#include <QStringList>

namespace keel {

// Names under :/icons/actions/ ("approve", "reject", "escalate", "edit", "refresh", "export",
// "view-review", "view-spend", "view-slo", "view-trace").
QStringList actionIconNames();

// An action icon drawn in the palette's WindowText colour (disabled mode in the disabled text
// colour), rendered from SVG at whatever size and device pixel ratio the widget asks for, so it is
// crisp on high-DPI screens and readable on light and dark palettes. A null icon for an unknown
// name. Build icons after applyColorScheme(); on a palette change, set them again.
QIcon actionIcon(const QString &name, const QPalette &palette);
QIcon actionIcon(const QString &name); // with QGuiApplication::palette()

// The Keel mark: the desktop's installed dev.keel.Keel icon when there is one (so it matches the
// launcher), else the copy built into the binary.
QIcon appIcon();

} // namespace keel
