#pragma once
// Decisions back to Langfuse. One outbox entry becomes, in order:
//   GET   /annotation-queues/{q}/items/{i}          what the item points at (trace, observation, session)
//   GET   /annotation-queues/{q}, /score-configs/{id} the queue's score configs (cached)
//   (an observation's trace id: /v2/observations?filter=[id =], or /observations/{id} on v3)
//   POST  /scores                                   each score of scoreplan.h, ids derived from the key
//   PATCH /annotation-queues/{q}/items/{i}          {"status": "COMPLETED"}
// The calls are not atomic. A resend (fault, crash, restart) runs them again: the score POSTs
// upsert the same ids and the PATCH is idempotent, so exactly one set of scores lands and the item
// ends COMPLETED. Within one run the scores that already landed are not posted again, so a failed
// PATCH is resumed by the PATCH alone.
#include "langfuseconnection.h"

#include "sources/feedbacksink.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace keel::sources::langfuse {

struct ScoreConfig;

class LangfuseFeedbackSink : public FeedbackSink {
    Q_OBJECT
public:
    LangfuseFeedbackSink(api::PlatformClient *client, std::shared_ptr<ServerRoutes> routes, QObject *parent = nullptr);
    ~LangfuseFeedbackSink() override;

    QString describe() const override;
    bool hasLeases() const override { return false; } // no claim, lock or assignee in Langfuse
    DeliveryReply *deliver(const FeedbackEntry &entry) override;

private:
    struct Run;
    using Step = std::function<void(const api::ApiResponse &)>;
    void call(std::shared_ptr<Run> run, api::ApiRequest request, const QString &what, Step onAnswer,
              bool handle404 = false);
    void loadItem(std::shared_ptr<Run> run);
    void loadConfigs(std::shared_ptr<Run> run);
    void loadConfig(std::shared_ptr<Run> run, int index);
    void findTrace(std::shared_ptr<Run> run);
    void postScores(std::shared_ptr<Run> run);
    void complete(std::shared_ptr<Run> run);
    void retryLater(std::shared_ptr<Run> run, const QString &message, int httpStatus, qint64 retryAfter);
    void reject(std::shared_ptr<Run> run, const QString &message, int httpStatus, const QByteArray &body = {});
    QUrl baseUrl() const;

    api::PlatformClient *m_client;
    std::shared_ptr<ServerRoutes> m_routes;
    QHash<QString, QStringList> m_queueConfigIds;        // queue id → score config ids
    QHash<QString, std::shared_ptr<ScoreConfig>> m_configs; // config id → config
    QHash<QString, QString> m_traceOfObservation;
    QSet<QString> m_landed;                             // score ids the server confirmed this session
};

} // namespace keel::sources::langfuse
