#pragma once
// The Langfuse spend source against the Langfuse TEST DOUBLE (tests/doubles): a running double, a
// real SQLite cache, a SyncEngine given sources::langfuse::pulls as the app would wire them, and
// what the double seeded, read here over its own API without the connector's code. A green run
// says "Keel copes with the double's rules", no more.
#include "doubleclient.h"
#include "doubleprocess.h"

#include "sourcesync.h"

#include "sources/langfuse/langfusepulls.h"
#include "sources/langfuse/spendreading.h"
#include "store/database.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QMap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>

namespace keel::test {

namespace lf = keel::sources::langfuse;

inline const char *kSpendPublicKey = "pk-lf-keel-double";
inline const char *kSpendSecretKey = "sk-lf-keel-double";

struct LangfuseSpendSync : SourceSync {
    explicit LangfuseSpendSync(const lf::LangfuseSpendOptions &options, int maxRetries = 1)
        : SourceSync(lf::connectionSettings(options.baseUrl, QString::fromLatin1(kSpendPublicKey),
                                            QString::fromLatin1(kSpendSecretKey)),
                     lf::pulls(options), maxRetries)
    {
    }
};

inline lf::LangfuseSpendOptions spendOptions(const QUrl &url)
{
    lf::LangfuseSpendOptions o;
    o.baseUrl = url;
    o.historyDays = 40; // the double's data lies in the 30 days before its --now
    return o;
}

// (day, model, use_case, route, prompt_template): the roll-up's dimensions for this source.
using SpendCell = std::tuple<qint64, QString, QString, QString, QString>;
struct CellSum {
    double usd = 0;
    qint64 requests = 0, input = 0, output = 0;
};

// One generation as the double serves it, read without the connector.
struct SeededGeneration {
    qint64 ts = 0, costMicros = 0, latencyMs = 0, input = 0, output = 0;
    double usd = 0;
    QString traceId, model, traceName, name, promptName, level;
};

struct Seeded {
    std::map<QString, SeededGeneration> generations; // id → generation
    std::map<SpendCell, CellSum> cells;
};

inline QString qstr(const nlohmann::json &o, const char *key)
{
    return o.contains(key) && o[key].is_string() ? QString::fromStdString(o[key].get<std::string>()) : QString();
}

// Every GENERATION of the double: v2 (cursor) on a v4 double, v1 (pages) on a legacy one; the
// cells as the v2 roll-up groups them, or (legacy: by day and model only).
inline Seeded seededGenerations(const DoubleClient &lf, bool legacy)
{
    Seeded out;
    std::string cursor;
    for (int page = 1; page < 200; ++page) {
        const std::string path = legacy ? "/api/public/observations?type=GENERATION&limit=100&page=" + std::to_string(page)
                                        : "/api/public/v2/observations?type=GENERATION&limit=1000"
                                          "&fields=core,basic,model,usage,prompt,metrics,trace_context"
                                              + (cursor.empty() ? std::string() : "&cursor=" + urlEncode(cursor));
        const nlohmann::json body = lf.get(path).json();
        for (const nlohmann::json &o : body["data"]) {
            SeededGeneration g;
            g.ts = QDateTime::fromString(qstr(o, "startTime"), Qt::ISODateWithMs).toMSecsSinceEpoch();
            g.usd = legacy ? o["costDetails"]["total"].get<double>() : o["totalCost"].get<double>();
            g.costMicros = std::llround(g.usd * 1e6);
            g.latencyMs = std::llround(o["latency"].get<double>() * 1000);
            g.input = o["usageDetails"]["input"].get<qint64>();
            g.output = o["usageDetails"]["output"].get<qint64>();
            g.traceId = qstr(o, "traceId");
            g.model = qstr(o, legacy ? "model" : "providedModelName");
            g.traceName = legacy ? QString() : qstr(o, "traceName");
            g.name = qstr(o, "name");
            g.promptName = qstr(o, "promptName");
            g.level = qstr(o, "level");
            const qint64 day = g.ts / 86'400'000 * 86'400'000;
            CellSum &c = out.cells[legacy ? SpendCell{day, g.model, {}, {}, {}}
                                          : SpendCell{day, g.model, g.traceName, g.name, g.promptName}];
            c.usd += g.usd;
            c.requests += 1;
            c.input += g.input;
            c.output += g.output;
            out.generations[qstr(o, "id")] = g;
        }
        if (legacy ? body["data"].size() < 100 : !body["meta"].contains("cursor"))
            break;
        if (!legacy)
            cursor = body["meta"]["cursor"];
    }
    return out;
}

// The cached roll-up, by the same cells.
inline std::map<SpendCell, CellSum> cachedCells(const QString &dbPath, std::map<SpendCell, qint64> *micros)
{
    std::map<SpendCell, CellSum> out;
    auto db = store::openForReading(dbPath);
    store::Stmt s(db->handle(), "SELECT period_start, model, use_case, route, prompt_template, cost_micros, requests, "
                                "input_tokens, output_tokens, team, customer_segment, provider FROM spend_daily");
    while (s.step()) {
        const SpendCell key{s.int64(0), s.qtext(1), s.qtext(2), s.qtext(3), s.qtext(4)};
        if (!s.qtext(9).isEmpty() || !s.qtext(10).isEmpty() || !s.qtext(11).isEmpty())
            qWarning("a Langfuse roll-up row with a team, segment or provider");
        CellSum &c = out[key];
        c.requests += s.int64(6);
        c.input += s.int64(7);
        c.output += s.int64(8);
        (*micros)[key] += s.int64(5);
    }
    return out;
}

// The roll-up equals the seed cell by cell: requests and tokens exactly, money to the micro-dollar
// (the server sums USD floats; one rounding per cell).
inline QString compareRollup(const QString &dbPath, const Seeded &seeded)
{
    std::map<SpendCell, qint64> micros;
    const std::map<SpendCell, CellSum> cached = cachedCells(dbPath, &micros);
    if (cached.size() != seeded.cells.size())
        return QStringLiteral("%1 cached cells, %2 seeded").arg(cached.size()).arg(seeded.cells.size());
    for (const auto &[key, want] : seeded.cells) {
        const auto it = cached.find(key);
        const QString name = QStringLiteral("%1 %2/%3/%4/%5").arg(std::get<0>(key)).arg(std::get<1>(key), std::get<2>(key),
                                                                                        std::get<3>(key), std::get<4>(key));
        if (it == cached.end())
            return name + QStringLiteral(" is missing");
        if (it->second.requests != want.requests || it->second.input != want.input || it->second.output != want.output)
            return name + QStringLiteral(": %1 requests, the seed %2").arg(it->second.requests).arg(want.requests);
        if (std::llabs(micros[key] - std::llround(want.usd * 1e6)) > 1)
            return name + QStringLiteral(": %1 µ$, the seed %2").arg(micros[key]).arg(want.usd * 1e6);
    }
    return {};
}

// The double's log of requests to `path` after sequence number `after`.
inline QList<nlohmann::json> logged(const DoubleClient &lf, const std::string &path, qint64 after)
{
    QList<nlohmann::json> out;
    const nlohmann::json all = lf.get("/__double/state").json();
    for (const nlohmann::json &r : all["requests"])
        if (r["seq"].get<qint64>() > after && (path.empty() || r["path"] == path))
            out << r;
    return out;
}
inline qint64 lastSeq(const DoubleClient &lf)
{
    const nlohmann::json log = lf.get("/__double/state").json()["requests"];
    return log.empty() ? 0 : log.back()["seq"].get<qint64>();
}
inline QString queryValue(const nlohmann::json &logEntry, const char *key)
{
    return QUrlQuery(QString::fromStdString(logEntry["query"].get<std::string>()))
        .queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
}

} // namespace keel::test
