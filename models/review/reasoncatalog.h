#pragma once
// The codes a reviewer picks from: escalation tiers and their reasons, reject reasons, labels and
// rubric criteria. Codes go on the wire; titles are what the reviewer reads.
#include <QList>
#include <QString>

namespace keel::review {

struct CatalogEntry {
    QString code;  // wire value, e.g. "legal"
    QString title; // translated, e.g. "Legal review"
    QString hint;  // translated one-liner on when to pick it
};

class ReasonCatalog {
public:
    static QList<CatalogEntry> escalationTiers();           // tier2, legal, safety
    static QList<CatalogEntry> escalationReasons(const QString &tier); // empty for an unknown tier
    static QList<CatalogEntry> rejectReasons();
    static QList<CatalogEntry> labels();
    static QList<CatalogEntry> rubricCriteria();            // each scored 1..5
    static constexpr int rubricMin = 1;
    static constexpr int rubricMax = 5;

    static bool isKnown(const QList<CatalogEntry> &entries, const QString &code);
    static QString titleFor(const QList<CatalogEntry> &entries, const QString &code); // code if unknown
};

} // namespace keel::review
