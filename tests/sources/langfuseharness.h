#pragma once
// The Langfuse review source against the Langfuse TEST DOUBLE (tests/doubles): a running double,
// the feed and sink from sources::createReviewSource as the app makes them, and a direct client
// to read what the double holds. A green run says "Keel copes with the double's rules", no more.
#include "doubleclient.h"
#include "doubleprocess.h"

#include "api/platformclient.h"
#include "sources/reviewsourcefactory.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <string>

namespace keel::test {

inline const char *kLfPublic = "pk-lf-keel-double";
inline const char *kLfSecret = "sk-lf-keel-double";

struct LangfuseHarness {
    std::unique_ptr<DoubleProcess> process;
    std::unique_ptr<DoubleClient> direct;
    sources::ReviewSource source;

    // mode: "v4" or "legacy"; extra: e.g. {"--rate-limit", "public-api=1/2s"}
    bool start(const QString &mode, QStringList extra = {}, int maxRetries = 2)
    {
        process = std::make_unique<DoubleProcess>(QStringLiteral("langfuse"),
                                                  QStringList{QStringLiteral("--langfuse-mode"), mode} + extra);
        if (!process->start())
            return false;
        direct = std::make_unique<DoubleClient>(process->baseUrl(), DoubleClient::basic(kLfPublic, kLfSecret));
        return makeSource(maxRetries);
    }
    // A new feed, sink and client on the running double (what a restarted console makes).
    bool makeSource(int maxRetries = 2)
    {
        source = {};
        sources::ReviewSourceOptions o;
        o.kind = QStringLiteral("langfuse");
        o.baseUrl = process->baseUrl();
        o.publicKey = QString::fromLatin1(kLfPublic);
        o.secretKey = QString::fromLatin1(kLfSecret);
        source = sources::createReviewSource(o);
        if (!source)
            return false;
        api::ConnectionSettings s = source.client->settings();
        s.maxRetries = maxRetries;
        s.backoffBaseMs = 10;
        s.backoffMaxMs = 50;
        source.client->setSettings(s);
        return true;
    }
    QUrl url() const { return process->baseUrl(); }
    QString prefix() const { return QStringLiteral("Langfuse at ") + url().toDisplayString(); }

    nlohmann::json state() const { return direct->get("/__double/state").json()["state"]; }
    // The double's log of every request with its outcome.
    nlohmann::json requests() const { return direct->get("/__double/state").json()["requests"]; }
    void arm(const nlohmann::json &fault) const { direct->send("POST", "/__double/faults", fault); }
    void clearFaults() const { direct->send("DELETE", "/__double/faults", nlohmann::json::object()); }

    // The queue of the seed whose name starts with `name`.
    nlohmann::json queue(const std::string &name) const
    {
        const nlohmann::json st = state();
        for (const auto &q : st["queues"])
            if (q["name"].get<std::string>().rfind(name, 0) == 0)
                return q;
        return {};
    }
    std::vector<nlohmann::json> items(const std::string &queueId, const std::string &status) const
    {
        std::vector<nlohmann::json> out;
        const nlohmann::json st = state();
        for (const auto &i : st["items"])
            if (i["queueId"] == queueId && i["status"] == status)
                out.push_back(i);
        return out;
    }
    std::vector<nlohmann::json> scoresOf(const std::string &queueId, const std::string &traceOrSession) const
    {
        std::vector<nlohmann::json> out;
        const nlohmann::json st = state();
        for (const auto &s : st["scores"])
            if (s["queueId"] == queueId && (s["traceId"] == traceOrSession || s["sessionId"] == traceOrSession))
                out.push_back(s);
        return out;
    }
};

} // namespace keel::test
