#pragma once
// SLOs and their last synced status from the local cache (tables slos and slo_status, filled by
// the sync engine), so the dashboard opens at once and offline. Rows load on a worker thread
// (data::SlosModel); the JSON of each SLO and status is decoded on the pool.
#include "slisource.h"

namespace keel::data { class SlosModel; }

namespace keel::slo {

class CachedSliSource : public SliSource {
    Q_OBJECT
public:
    explicit CachedSliSource(const QString &storePath, QObject *parent = nullptr);
    QString describe() const override;
    void refresh(qint64 asOfMs = 0) override;

private:
    void onLoaded(bool ok, const QString &error);

    QString m_storePath;
    data::SlosModel *m_model = nullptr;
    quint64 m_generation = 0;
};

} // namespace keel::slo
