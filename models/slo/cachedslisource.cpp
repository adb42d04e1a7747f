#include "cachedslisource.h"

#include <data/slosmodel.h>
#include <domain/codec.h>

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace keel::slo {

namespace {
struct Decoded {
    QList<SloInfo> slos;
    QList<domain::SloStatus> statuses;
    QStringList problems;
};
} // namespace

CachedSliSource::CachedSliSource(const QString &storePath, QObject *parent)
    : SliSource(parent)
    , m_storePath(storePath)
{
    qRegisterMetaType<keel::domain::SloStatus>();
    qRegisterMetaType<QList<keel::slo::SloInfo>>();
    m_model = new data::SlosModel(this);
    m_model->setDatabasePath(storePath);
    connect(m_model, &data::StoreTableModel::loaded, this, &CachedSliSource::onLoaded);
}

QString CachedSliSource::describe() const
{
    return tr("the local cache");
}

void CachedSliSource::refresh(qint64)
{
    ++m_generation;
    m_model->reload();
}

void CachedSliSource::onLoaded(bool ok, const QString &error)
{
    if (!ok) {
        Q_EMIT finished(false, tr("The cached SLOs could not be read: %1").arg(error));
        return;
    }
    QList<QPair<QByteArray, QByteArray>> rows;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex i = m_model->index(r, 0);
        rows.append({i.data(data::SlosModel::SloJsonRole).toString().toUtf8(),
                     i.data(data::SlosModel::StatusJsonRole).toString().toUtf8()});
    }
    QPointer<CachedSliSource> self(this);
    const quint64 generation = m_generation;
    QThreadPool::globalInstance()->start([self, generation, rows] {
        Decoded out;
        for (const auto &[sloJson, statusJson] : rows) {
            // The cache keeps each SLO as its wire JSON; decode it through the page codec.
            const QByteArray page = "{\"items\":[" + sloJson + "],\"next_cursor\":null}";
            auto slo = domain::decodeSloPage(std::string_view(page.constData(), std::size_t(page.size())));
            if (!slo || slo.value().items.size() != 1) {
                out.problems.append(slo ? u"slo"_s : QString::fromStdString(slo.error().toString()));
                continue;
            }
            out.slos.append(SloInfo::fromPlatform(slo.value().items.front()));
            if (statusJson.isEmpty())
                continue;
            auto status = domain::decodeSloStatus(std::string_view(statusJson.constData(), std::size_t(statusJson.size())));
            if (status)
                out.statuses.append(status.value());
            else
                out.problems.append(QString::fromStdString(status.error().toString()));
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, out = std::move(out)] {
                if (!self || generation != self->m_generation)
                    return;
                Q_EMIT self->slosListed(out.slos);
                for (const auto &s : out.statuses)
                    Q_EMIT self->statusReady(QString::fromStdString(s.sloId), s);
                Q_EMIT self->finished(true, out.problems.isEmpty() ? QString()
                                                                   : tr("%n cached record(s) could not be read", nullptr,
                                                                        int(out.problems.size())));
            },
            Qt::QueuedConnection);
    });
}

} // namespace keel::slo
