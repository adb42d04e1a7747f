#include "langfusefeedbacksink.h"

#include "scoreplan.h"

#include "logging.h"

#include <api/platformclient.h>

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace keel::sources::langfuse {

namespace {

QString enc(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

} // namespace

struct LangfuseFeedbackSink::Run {
    FeedbackEntry entry;
    QPointer<DeliveryReply> reply;
    QPointer<api::ApiReply> inFlight;
    bool cancelled = false;
    QString queueId, itemId;
    domain::Decision decision;
    std::string objectType, objectId;
    ScoreSubject subject;
    std::vector<ScoreConfig> configs;
    QStringList configIds;
    std::vector<Json> scores;
    std::size_t nextScore = 0;
    QString itemPath() const
    {
        return u"/api/public/annotation-queues/"_s + enc(queueId) + u"/items/"_s + enc(itemId);
    }
};

LangfuseFeedbackSink::LangfuseFeedbackSink(api::PlatformClient *client, std::shared_ptr<ServerRoutes> routes,
                                           QObject *parent)
    : FeedbackSink(parent)
    , m_client(client)
    , m_routes(std::move(routes))
{
}

LangfuseFeedbackSink::~LangfuseFeedbackSink() = default;

QUrl LangfuseFeedbackSink::baseUrl() const
{
    return m_client->settings().baseUrl;
}

QString LangfuseFeedbackSink::describe() const
{
    return sourceName(baseUrl());
}

DeliveryReply *LangfuseFeedbackSink::deliver(const FeedbackEntry &entry)
{
    auto *reply = new DeliveryReply(this);
    auto run = std::make_shared<Run>();
    run->entry = entry;
    run->reply = reply;
    reply->setCanceller([run] {
        run->cancelled = true;
        if (run->inFlight) {
            run->inFlight->disconnect();
            run->inFlight->cancel();
        }
    });
    // Report asynchronously, as a network answer would: the caller connects after deliver().
    QMetaObject::invokeMethod(this, [this, run] {
        if (run->cancelled)
            return;
        if (!splitItemKey(run->entry.itemId, &run->queueId, &run->itemId))
            return reject(run, sourceName(baseUrl()) + u": "_s
                                   + tr("\"%1\" is not a Langfuse queue item (expected <queue id>:<item id>).")
                                         .arg(run->entry.itemId), 0);
        const auto decision = readDecision(run->entry.body);
        if (!decision)
            return reject(run, sourceName(baseUrl()) + u": "_s + tr("the saved decision could not be read."), 0);
        run->decision = *decision;
        loadItem(run);
    }, Qt::QueuedConnection);
    return reply;
}

void LangfuseFeedbackSink::call(std::shared_ptr<Run> run, api::ApiRequest request, const QString &what, Step onAnswer,
                                bool handle404)
{
    if (run->cancelled)
        return;
    api::ApiReply *reply = m_client->send(std::move(request));
    run->inFlight = reply;
    connect(reply, &api::ApiReply::finished, this, [this, run, what, onAnswer, handle404](const api::ApiResponse &r) {
        run->inFlight = nullptr;
        if (run->cancelled)
            return;
        if (r.ok() || (handle404 && r.httpStatus == 404))
            return onAnswer(r);
        const QString message = describeFailure(baseUrl(), what, r);
        if (isTransient(r))
            return retryLater(run, message, r.httpStatus, r.httpStatus == 429 ? retryAfterMs(r) : 0);
        reject(run, message, r.httpStatus, r.body);
    });
}

void LangfuseFeedbackSink::loadItem(std::shared_ptr<Run> run)
{
    api::ApiRequest request;
    request.path = run->itemPath();
    call(run, request, tr("read the queue item"), [this, run](const api::ApiResponse &r) {
        const Json item = parse(r.body);
        run->objectType = text(item, "objectType");
        run->objectId = text(item, "objectId");
        if (run->objectId.empty()) // a garbled answer (a proxy's error page?): keep the decision, ask again later
            return retryLater(run, describeUnreadable(baseUrl(), tr("read the queue item"), u"no objectId"_s),
                              r.httpStatus, 0);
        if (run->objectType == "SESSION")
            run->subject.sessionId = run->objectId;
        else
            run->subject.traceId = run->objectId; // TRACE; an OBSERVATION's trace is found below
        loadConfigs(run);
    });
}

void LangfuseFeedbackSink::loadConfigs(std::shared_ptr<Run> run)
{
    if (m_queueConfigIds.contains(run->queueId)) {
        run->configIds = m_queueConfigIds.value(run->queueId);
        return loadConfig(run, 0);
    }
    api::ApiRequest request;
    request.path = u"/api/public/annotation-queues/"_s + enc(run->queueId);
    call(run, request, tr("read the annotation queue"), [this, run](const api::ApiResponse &r) {
        const Json queue = parse(r.body);
        QStringList ids;
        if (queue.is_object() && queue.contains("scoreConfigIds") && queue["scoreConfigIds"].is_array())
            for (const Json &id : queue["scoreConfigIds"])
                if (id.is_string())
                    ids << QString::fromStdString(id.get<std::string>());
        m_queueConfigIds.insert(run->queueId, ids);
        run->configIds = ids;
        loadConfig(run, 0);
    });
}

void LangfuseFeedbackSink::loadConfig(std::shared_ptr<Run> run, int index)
{
    if (index == run->configIds.size())
        return findTrace(run);
    const QString id = run->configIds.at(index);
    if (const auto cached = m_configs.value(id)) {
        run->configs.push_back(*cached);
        return loadConfig(run, index + 1);
    }
    api::ApiRequest request;
    request.path = u"/api/public/score-configs/"_s + enc(id);
    call(run, request, tr("read the queue's score config"), [this, run, index, id](const api::ApiResponse &r) {
        if (auto config = readScoreConfig(parse(r.body))) {
            m_configs.insert(id, std::make_shared<ScoreConfig>(*config));
            run->configs.push_back(*config);
        }
        loadConfig(run, index + 1);
    });
}

void LangfuseFeedbackSink::findTrace(std::shared_ptr<Run> run)
{
    if (run->objectType != "OBSERVATION")
        return postScores(run);
    const QString observation = QString::fromStdString(run->objectId);
    run->subject.observationId = run->objectId;
    if (m_traceOfObservation.contains(observation)) {
        run->subject.traceId = m_traceOfObservation.value(observation).toStdString();
        return postScores(run);
    }
    const bool v4 = m_routes->generation != Generation::Legacy;
    api::ApiRequest request;
    if (v4) {
        request.path = u"/api/public/v2/observations"_s;
        const Json filter = Json::array({Json{{"type", "string"}, {"column", "id"}, {"operator", "="},
                                              {"value", run->objectId}}});
        request.query = {{u"fields"_s, u"core"_s}, {u"limit"_s, u"1"_s},
                         {u"filter"_s, QString::fromStdString(filter.dump())}};
    } else {
        request.path = u"/api/public/observations/"_s + enc(observation);
    }
    call(run, request, tr("find the observation's trace"), [this, run, v4, observation](const api::ApiResponse &r) {
        if (r.httpStatus == 404 && v4 && m_routes->generation == Generation::Unknown) {
            m_routes->generation = Generation::Legacy; // a v3 server: no /v2/observations
            return findTrace(run);
        }
        if (v4 && r.ok() && m_routes->generation == Generation::Unknown)
            m_routes->generation = Generation::V4;
        const Json j = parse(r.body);
        std::string traceId;
        if (v4 && j.is_object() && j.contains("data") && j["data"].is_array() && !j["data"].empty())
            traceId = text(j["data"][0], "traceId");
        else if (!v4)
            traceId = text(j, "traceId");
        if (traceId.empty())
            return reject(run, sourceName(baseUrl()) + u": "_s
                                   + tr("observation %1 was not found, so its score has no trace to go on.")
                                         .arg(observation), r.httpStatus);
        m_traceOfObservation.insert(observation, QString::fromStdString(traceId));
        run->subject.traceId = traceId;
        postScores(run);
    }, true);
}

void LangfuseFeedbackSink::postScores(std::shared_ptr<Run> run)
{
    if (run->scores.empty()) {
        // CORRECTION scores exist only on a v4 server; one that has not answered a v4 route yet
        // is asked first, so an edit never lands as the wrong kind of score.
        if (run->decision.action == domain::DecisionAction::Edit && m_routes->generation == Generation::Unknown) {
            api::ApiRequest probe;
            probe.path = u"/api/public/v2/observations"_s;
            probe.query = {{u"fields"_s, u"core"_s}, {u"limit"_s, u"1"_s}};
            return call(run, probe, tr("check the server version"), [this, run](const api::ApiResponse &r) {
                m_routes->generation = r.httpStatus == 404 ? Generation::Legacy : Generation::V4;
                postScores(run);
            }, true);
        }
        const ScorePlan plan = planScores(run->decision, run->configs, run->subject, run->queueId.toStdString(),
                                          m_routes->generation == Generation::V4, run->entry.idempotencyKey);
        if (!plan.error.isEmpty())
            return reject(run, sourceName(baseUrl()) + u": "_s + plan.error, 0);
        run->scores = plan.scores;
    }
    while (run->nextScore < run->scores.size()
           && m_landed.contains(QString::fromStdString(text(run->scores[run->nextScore], "id"))))
        ++run->nextScore; // landed before a fault in this session: resume after it
    if (run->nextScore == run->scores.size())
        return complete(run);
    const Json &score = run->scores[run->nextScore];
    api::ApiRequest request;
    request.method = "POST";
    request.path = u"/api/public/scores"_s;
    request.body = QByteArray::fromStdString(score.dump());
    // The score id makes the POST an upsert, so the client may retry it like any idempotent call.
    request.idempotencyKey = QByteArray::fromStdString(text(score, "id"));
    call(run, request, tr("save the score"), [this, run](const api::ApiResponse &) {
        m_landed.insert(QString::fromStdString(text(run->scores[run->nextScore], "id")));
        ++run->nextScore;
        postScores(run);
    });
}

void LangfuseFeedbackSink::complete(std::shared_ptr<Run> run)
{
    api::ApiRequest request;
    request.method = "PATCH";
    request.path = run->itemPath();
    request.body = R"({"status":"COMPLETED"})";
    request.idempotencyKey = run->entry.idempotencyKey; // setting COMPLETED twice is one effect
    call(run, request, tr("mark the queue item completed"), [this, run](const api::ApiResponse &r) {
        Json ids = Json::array();
        for (const Json &s : run->scores)
            ids.push_back(text(s, "id"));
        const Json item = parse(r.body);
        const Json receipt{{"scoreIds", ids}, {"item", item.is_discarded() ? Json() : item}};
        qCInfo(lcReview) << "langfuse: item" << run->itemId << "completed with" << ids.size() << "score(s)";
        DeliveryOutcome o;
        o.kind = DeliveryOutcome::Kind::Delivered;
        o.httpStatus = r.httpStatus;
        o.response = QByteArray::fromStdString(receipt.dump());
        if (run->reply)
            run->reply->finish(o);
    });
}

void LangfuseFeedbackSink::retryLater(std::shared_ptr<Run> run, const QString &message, int httpStatus, qint64 retryAfter)
{
    DeliveryOutcome o;
    o.kind = DeliveryOutcome::Kind::RetryLater;
    o.httpStatus = httpStatus;
    o.message = message;
    o.retryAfterMs = retryAfter;
    if (run->reply)
        run->reply->finish(o);
}

void LangfuseFeedbackSink::reject(std::shared_ptr<Run> run, const QString &message, int httpStatus, const QByteArray &body)
{
    qCInfo(lcReview).noquote() << "langfuse: decision refused:" << message;
    DeliveryOutcome o;
    o.kind = DeliveryOutcome::Kind::Rejected;
    o.httpStatus = httpStatus;
    o.message = message;
    o.response = body;
    if (run->reply)
        run->reply->finish(o);
}

} // namespace keel::sources::langfuse
