#include "seriespalette.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <array>
#include <bitset>

namespace keel::common {
namespace {

// Tableau 20 order, strong colours first: adjacent keys in a stack stay distinguishable.
constexpr std::array<QRgb, 20> kPalette = {
    0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2, 0x17becf,
    0xbcbd22, 0x393b79, 0xaec7e8, 0xffbb78, 0x98df8a, 0xff9896, 0xc5b0d5, 0xc49c94,
    0xf7b6d2, 0x9edae5, 0xdbdb8d, 0x637939};

struct Registry {
    QMutex mutex;
    QHash<QString, QColor> byKey;
    // A bitset, not std::array<bool>: GCC 12 at -O2 reports a false -Warray-bounds on the
    // array's memset inside this function-local static.
    std::bitset<kPalette.size()> used;
};

Registry &registry()
{
    static Registry r;
    return r;
}

// FNV-1a over UTF-16: stable across runs and Qt versions (qHash is seeded per process).
quint32 stableHash(const QString &key)
{
    quint32 h = 2166136261u;
    for (const QChar c : key) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

} // namespace

QColor SeriesPalette::color(const QString &key)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    if (const auto it = r.byKey.constFind(key); it != r.byKey.constEnd())
        return *it;
    const quint32 h = stableHash(key);
    // Prefer the slot the hash points at, so a key tends to get the same colour in every run.
    const std::size_t n = kPalette.size();
    QColor chosen;
    for (std::size_t probe = 0; probe < n; ++probe) {
        const std::size_t slot = (h + probe) % n;
        if (!r.used.test(slot)) {
            r.used.set(slot);
            chosen = QColor::fromRgb(kPalette[slot]);
            break;
        }
    }
    if (!chosen.isValid())
        chosen = QColor::fromHsv(int(h % 360), 140 + int((h >> 9) % 80), 150 + int((h >> 17) % 80));
    r.byKey.insert(key, chosen);
    return chosen;
}

QColor SeriesPalette::otherColor()
{
    return QColor(0x9e, 0x9e, 0x9e);
}

QList<QColor> SeriesPalette::baseColors()
{
    QList<QColor> out;
    for (const QRgb c : kPalette)
        out << QColor::fromRgb(c);
    return out;
}

void SeriesPalette::resetForTests()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.byKey.clear();
    r.used.reset();
}

} // namespace keel::common
