#pragma once

namespace keel {

// Registers keel.qrc (icons) with Qt's resource system. Safe to call any number of times and
// from any helper here; the app calls it once before it builds a window that uses ":/icons/…".
// Needed because keel_resources is a static library: nothing else pins the resource object.
void initResources();

} // namespace keel
