#pragma once
// "Test connection" for a Langfuse project: lists its annotation queues once, without retries,
// with the same client, routes and keys the review workspace will use, and reports in one
// sentence naming the server: how many queues the keys can see (a reviewer's first question
// is whether there is anything to review), or what failed in describeFailure()'s words.
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace keel::sources { struct ReviewSource; }

namespace keel::sources::langfuse {

class LangfuseProbe : public QObject {
    Q_OBJECT
public:
    explicit LangfuseProbe(QObject *parent = nullptr);
    ~LangfuseProbe() override;
    // A new start drops the previous one's answer.
    void start(const QUrl &baseUrl, const QString &publicKey, const QString &secretKey);

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    std::unique_ptr<ReviewSource> m_source;
    quint64 m_ticket = 0;
};

} // namespace keel::sources::langfuse
