#pragma once
// Where SLI numbers come from. Two implementations: PlatformSliSource (GET /v1/slos and
// /v1/slos/{id}/status, the platform computes) and PrometheusSliSource (Keel computes from the
// PromQL in an SLO definition file). Views only see this interface.
#include "sloinfo.h"

#include <QObject>

namespace keel::slo {

class SliSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // Short text for the UI: "Platform API at https://…", "Prometheus at http://…".
    virtual QString describe() const = 0;
    // Starts a refresh as of `asOfMs` (Unix ms; 0 = now). Emits slosListed() once, then
    // statusReady() or statusFailed() per SLO, then finished(). A new refresh supersedes an
    // unfinished one (its late answers are dropped).
    virtual void refresh(qint64 asOfMs = 0) = 0;

Q_SIGNALS:
    void slosListed(const QList<keel::slo::SloInfo> &slos);
    void statusReady(const QString &sloId, const keel::domain::SloStatus &status);
    void statusFailed(const QString &sloId, const QString &message);
    // Something the user should know while the numbers are still used, e.g. a query API's
    // "warnings" (partial data from a Thanos store that did not answer).
    void warning(const QString &message);
    // ok = false when the list itself could not be fetched; message says why.
    void finished(bool ok, const QString &message);
};

} // namespace keel::slo
