#pragma once
// One colour per series key, the same in every view of the process: "claims_triage" is the same
// colour in the spend chart, the SLO chart and the trace explorer, so a reader learns it once.
#include <QColor>
#include <QList>
#include <QString>

namespace keel::common {

class SeriesPalette {
public:
    // The colour of a series key. The first keys seen take distinct colours of a qualitative
    // palette (20 colours, readable on light and dark backgrounds); a key keeps its colour for
    // the life of the process. Beyond the palette, colours are derived from the key's hash.
    // Thread-safe.
    static QColor color(const QString &key);
    // The neutral grey for remainders ("Other", "Unassigned"); never handed to a key.
    static QColor otherColor();
    static QList<QColor> baseColors();
    // Forgets every assignment (tests only).
    static void resetForTests();
};

} // namespace keel::common
