#pragma once
// Loads telemetry series (GET /v1/telemetry/series) for the dashboards. The body is decoded on
// the thread pool; the finished value arrives on this object's thread by queued signal. A newer
// request for the same `tag` makes an older answer stale; stale answers are dropped.
#include <domain/telemetry.h>

#include <QHash>
#include <QMetaType>
#include <QObject>

namespace keel::api { class PlatformClient; }

namespace keel::slo {

struct SeriesQuery {
    QString metric;   // request_rate, error_rate, latency_p50_ms, … (see domain/telemetry.h)
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int stepS = 3600;
    QString groupBy;  // route | model | use_case | team | status | ""
};

class SeriesLoader : public QObject {
    Q_OBJECT
public:
    explicit SeriesLoader(api::PlatformClient *client, QObject *parent = nullptr);
    // `tag` names the slot the answer is for (e.g. "latency_p95_ms"); returns nothing, answers
    // come back by loaded()/failed() with the same tag.
    void load(const QString &tag, const SeriesQuery &query);
    int inFlight() const { return int(m_latest.size()); }

Q_SIGNALS:
    void loaded(const QString &tag, const keel::domain::SeriesResponse &response);
    void failed(const QString &tag, const QString &message);

private:
    api::PlatformClient *m_client;
    QHash<QString, quint64> m_latest; // tag → generation still wanted
    quint64 m_generation = 0;
};

} // namespace keel::slo

Q_DECLARE_METATYPE(keel::domain::SeriesResponse)
