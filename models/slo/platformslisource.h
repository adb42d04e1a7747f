#pragma once
// SLI numbers as keel-platform computes them: GET /v1/slos, then GET /v1/slos/{id}/status.
#include "slisource.h"

namespace keel::api { class PlatformClient; }

namespace keel::slo {

class PlatformSliSource : public SliSource {
    Q_OBJECT
public:
    explicit PlatformSliSource(api::PlatformClient *client, QObject *parent = nullptr);
    QString describe() const override;
    void refresh(qint64 asOfMs = 0) override;

private:
    void onList(quint64 generation, const QByteArray &body);
    void requestStatus(quint64 generation, const SloInfo &slo);

    api::PlatformClient *m_client;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace keel::slo
