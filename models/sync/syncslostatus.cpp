// SyncEngine, the "slo_status" resource: one GET /v1/slos/{id}/status per cached SLO, each
// written as it arrives. Kept apart from the paging machinery in syncengine.cpp, which it shares
// only the run's generation and finishRun() with.
#include "syncengine.h"

#include "api/platformclient.h"
#include "store/cachewriters.h"
#include "store/database.h"
#include "store/store.h"

#include <domain/codec.h>

#include <QPointer>
#include <QUrl>

#include <clock.h>

using namespace Qt::StringLiterals;

namespace keel::sync {

void SyncEngine::pullSloStatuses()
{
    const quint64 gen = ++m_generation;
    QPointer<SyncEngine> self(this);
    m_store->run([self, gen](store::Db *db) {
        QStringList ids;
        if (db) {
            try {
                store::Stmt s(db->handle(), "SELECT id FROM slos ORDER BY id");
                while (s.step())
                    ids << s.qtext(0);
            } catch (const std::exception &) {
            }
        }
        if (self)
            QMetaObject::invokeMethod(self.data(), [self, gen, ids] {
                if (self && gen == self->m_generation)
                    self->fetchSloStatus(gen, ids, 0);
            }, Qt::QueuedConnection);
    });
}

void SyncEngine::fetchSloStatus(quint64 gen, QStringList ids, int done)
{
    if (gen != m_generation)
        return;
    if (done >= ids.size() || !m_client) {
        Q_EMIT progress(u"slo_status"_s, done, 0, -1);
        finishRun(true, tr("%n record(s) synced.", nullptr, int(done)));
        return;
    }
    api::ApiRequest request;
    request.path = u"/v1/slos/%1/status"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(ids.at(done))));
    request.query = {{u"window"_s, u"30d"_s}};
    auto *reply = m_client->send(request);
    connect(reply, &api::ApiReply::finished, this, [this, gen, ids, done](const api::ApiResponse &r) {
        if (gen != m_generation)
            return;
        if (!r.ok()) {
            finishRun(false, api::describe(r.error));
            return;
        }
        auto status = domain::decodeSloStatus(std::string_view(r.body.constData(), size_t(r.body.size())));
        if (!status) {
            finishRun(false, QString::fromStdString(status.error().toString()));
            return;
        }
        const auto value = status.value();
        const qint64 now = keel::clock::nowMs();
        m_store->write([value, now](store::Db &db) { store::upsertSloStatus(db, value, now); }, this,
                       [this, gen, ids, done](const QString &error) {
                           if (gen != m_generation)
                               return;
                           if (!error.isEmpty())
                               finishRun(false, error);
                           else
                               fetchSloStatus(gen, ids, done + 1);
                       });
    });
}

} // namespace keel::sync
