#include "reviewcache.h"

#include <store/database.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keel::review {
namespace {

std::vector<std::string> stringList(std::string_view json)
{
    std::vector<std::string> out;
    const QJsonArray arr = QJsonDocument::fromJson(QByteArray(json.data(), qsizetype(json.size()))).array();
    for (const QJsonValue &v : arr)
        out.push_back(v.toString().toStdString());
    return out;
}

std::vector<domain::SourceRef> sources(std::string_view json)
{
    std::vector<domain::SourceRef> out;
    const QJsonArray arr = QJsonDocument::fromJson(QByteArray(json.data(), qsizetype(json.size()))).array();
    for (const QJsonValue &v : arr) {
        const QJsonObject o = v.toObject();
        out.push_back({o.value(QLatin1StringView("title")).toString().toStdString(),
                       o.value(QLatin1StringView("snippet")).toString().toStdString(),
                       o.value(QLatin1StringView("uri")).toString().toStdString()});
    }
    return out;
}

} // namespace

CachedReview readCachedReview(const QString &storePath, const QString &queueId, int maxItems)
{
    CachedReview out;
    try {
        auto db = store::openForReading(storePath);
        auto &q = db->prepared("SELECT id, name, risk_tier, sla_minutes, pending, claimed, decided, escalated, "
                               "oldest_pending_at FROM review_queues ORDER BY id");
        while (q.step()) {
            domain::ReviewQueue queue;
            queue.id = std::string(q.text(0));
            queue.name = std::string(q.text(1));
            queue.riskTier = std::string(q.text(2));
            queue.slaMinutes = q.int64(3);
            queue.pending = q.int64(4);
            queue.claimed = q.int64(5);
            queue.decided = q.int64(6);
            queue.escalated = q.int64(7);
            if (!q.isNull(8))
                queue.oldestPendingAt = q.int64(8);
            out.queues.append(std::move(queue));
        }
        q.reset();
        auto &s = db->prepared("SELECT last_synced_at FROM sync_state WHERE resource = 'review_items'");
        if (s.step() && !s.isNull(0))
            out.lastSyncedAt = s.int64(0);
        s.reset();
        if (queueId.isEmpty())
            return out;
        auto &i = db->prepared(
            "SELECT id, queue, status, request_id, correlation_id, prompt, output, sources, model, route, use_case, "
            "prompt_template, risk_score, confidence, policy_flags, reason_escalated, created_at, sla_due, "
            "lease_holder, lease_expires_at, updated_at FROM review_items "
            "WHERE queue = ?1 AND status IN ('pending', 'claimed') AND purged = 0 ORDER BY sla_due LIMIT ?2");
        i.bind(1, queueId).bind(2, maxItems);
        while (i.step()) {
            domain::ReviewItem item;
            item.id = std::string(i.text(0));
            item.queue = std::string(i.text(1));
            item.status = std::string(i.text(2));
            item.requestId = std::string(i.text(3));
            item.correlationId = std::string(i.text(4));
            item.prompt = std::string(i.text(5));
            item.output = std::string(i.text(6));
            item.sources = sources(i.text(7));
            item.model = std::string(i.text(8));
            item.route = std::string(i.text(9));
            item.useCase = std::string(i.text(10));
            item.promptTemplate = std::string(i.text(11));
            if (!i.isNull(12))
                item.riskScore = i.real(12);
            if (!i.isNull(13))
                item.confidence = i.real(13);
            item.policyFlags = stringList(i.text(14));
            item.reasonEscalated = std::string(i.text(15));
            item.createdAt = i.int64(16);
            item.slaDue = i.int64(17);
            if (!i.isNull(18) && !i.text(18).empty())
                item.lease = domain::Lease{{}, item.id, std::string(i.text(18)), i.int64(19)};
            item.updatedAt = i.int64(20);
            out.items.append(std::move(item));
        }
        i.reset();
    } catch (const std::exception &e) {
        out.error = QString::fromUtf8(e.what());
    }
    return out;
}

} // namespace keel::review
