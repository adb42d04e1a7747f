#include "soakcheck.h"

#include <apiclient.h>
#include <domain/codec.h>

#include <QFile>
#include <QSet>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace keel::soak {

namespace {
QString column(sqlite3_stmt *s, int i)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(s, i)) : QString();
}

// The seeded history's decisions carry "seed-<item>" keys; everything else a console sent.
bool fromSeed(const domain::FeedbackRecord &r) { return r.idempotencyKey.rfind("seed-", 0) == 0; }
} // namespace

QList<OutboxRow> readOutbox(const QString &dir, QString *error)
{
    QList<OutboxRow> rows;
    const QByteArray path = QFile::encodeName(dir + u"/cache.sqlite"_s);
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        *error = u"cannot open %1: %2"_s.arg(QString::fromUtf8(path), QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_close(db);
        return rows;
    }
    sqlite3_busy_timeout(db, 10000);
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT seq, item_id, idempotency_key, state, http_status, last_error, response, attempts "
                               "FROM outbox ORDER BY seq", -1, &s, nullptr) != SQLITE_OK) {
        *error = u"cannot read the outbox in %1: %2"_s.arg(QString::fromUtf8(path), QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_close(db);
        return rows;
    }
    while (sqlite3_step(s) == SQLITE_ROW) {
        OutboxRow r;
        r.seq = sqlite3_column_int64(s, 0);
        r.itemId = column(s, 1);
        r.key = column(s, 2);
        r.state = column(s, 3);
        r.httpStatus = sqlite3_column_int(s, 4);
        r.lastError = column(s, 5);
        const QByteArray response = column(s, 6).toUtf8();
        if (r.state == u"failed"_s) {
            const auto problem = domain::decodeProblem(std::string_view(response.constData(), std::size_t(response.size())));
            if (problem) {
                const std::string &type = problem.value().type;
                r.problemType = QString::fromStdString(type.substr(type.rfind('/') + 1));
            }
        }
        r.attempts = sqlite3_column_int(s, 7);
        rows.append(r);
    }
    sqlite3_finalize(s);
    sqlite3_close(db);
    return rows;
}

bool fetchFeedback(const test::ApiClient &api, std::vector<domain::FeedbackRecord> &out, QString *error)
{
    out.clear();
    std::string path = "/v1/review/feedback?limit=5000";
    for (int page = 0; page < 100000; ++page) {
        const test::ApiReply r = api.get(path, u"admin"_s);
        if (r.status != 200) {
            *error = u"GET %1 answered %2"_s.arg(QString::fromStdString(path)).arg(r.status);
            return false;
        }
        std::size_t start = 0;
        while (start < r.body.size()) {
            std::size_t end = r.body.find('\n', start);
            if (end == std::string::npos)
                end = r.body.size();
            const std::string_view line(r.body.data() + start, end - start);
            start = end + 1;
            if (line.empty())
                continue;
            auto rec = domain::decodeFeedbackLine(line);
            if (!rec) {
                *error = u"a feedback line did not decode: %1"_s.arg(QString::fromStdString(rec.error().toString()));
                return false;
            }
            out.push_back(std::move(rec.value()));
        }
        const std::string next = r.header("Next-Cursor");
        if (next.empty())
            return true;
        path = "/v1/review/feedback?limit=5000&cursor=" + next;
    }
    *error = u"the feedback export did not end"_s;
    return false;
}

PlatformCounters fetchCounters(const test::ApiClient &api)
{
    PlatformCounters c;
    const test::ApiReply r = api.get("/metrics", {});
    for (const QString &line : QString::fromStdString(r.body).split(u'\n')) {
        static const QString faultPrefix = u"keel_platform_faults_injected_total{fault=\""_s;
        if (line.startsWith(faultPrefix)) {
            const qsizetype q = line.indexOf(u'"', faultPrefix.size());
            const std::string fault = line.mid(faultPrefix.size(), q - faultPrefix.size()).toStdString();
            const long long n = line.section(u' ', -1).toLongLong();
            c.faults[fault] = n;
            c.faultsTotal += n;
        } else if (line.startsWith(u"keel_http_requests_total{route=\"/v1/review/"_s)) {
            c.reviewRequests += line.section(u' ', -1).toLongLong();
        }
    }
    return c;
}

Verdict verify(const std::vector<ConsoleRecord> &consoles, const std::vector<domain::FeedbackRecord> &feedback,
               QString *error)
{
    Verdict v;
    auto example = [&v](const QString &text) {
        if (v.examples.size() < 20)
            v.examples.append(text);
    };
    // The platform's side: the soak's decisions by key and by item.
    std::map<QString, std::vector<const domain::FeedbackRecord *>> byKey;
    std::map<QString, int> perItem;
    for (const auto &r : feedback) {
        if (fromSeed(r))
            continue;
        ++v.serverDecisions;
        byKey[QString::fromStdString(r.idempotencyKey)].push_back(&r);
        ++perItem[QString::fromStdString(r.itemId)];
    }
    for (const auto &[item, n] : perItem)
        if (n > 1) {
            ++v.itemsDecidedTwice;
            example(u"item %1 has %2 decisions on the platform"_s.arg(item).arg(n));
        }
    for (const auto &[key, records] : byKey)
        if (records.size() > 1) {
            ++v.keysAppliedTwice;
            example(u"key %1 applied %2 times"_s.arg(key).arg(records.size()));
        }

    // The consoles' side.
    QHash<QString, OutboxRow> outboxByKey;
    for (const ConsoleRecord &c : consoles) {
        QString readError;
        const QList<OutboxRow> rows = readOutbox(c.dir, &readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return v;
        }
        for (const OutboxRow &row : rows) {
            outboxByKey.insert(row.key, row);
            if (row.state == u"pending"_s || row.state == u"delivering"_s) {
                ++v.unfinished;
                example(u"console %1: outbox seq %2 (item %3) still %4 after %5 attempts: %6"_s.arg(c.name).arg(row.seq)
                            .arg(row.itemId, row.state).arg(row.attempts).arg(row.lastError));
            } else if (row.state == u"failed"_s && row.httpStatus != 409 && row.httpStatus != 410) {
                ++v.failedOther;
                example(u"console %1: outbox seq %2 (item %3) failed with HTTP %4: %5"_s.arg(c.name).arg(row.seq)
                            .arg(row.itemId).arg(row.httpStatus).arg(row.lastError));
            }
            if (row.state == u"delivered"_s && byKey.count(row.key) && !c.acked.count(row.key))
                ++v.deliveredUnacknowledged;
        }
        v.duplicateAcks += c.duplicateAcks;
        for (const auto &[key, item] : c.acked) {
            ++v.acknowledged;
            const auto on = byKey.find(key);
            if (on != byKey.end()) {
                if (QString::fromStdString(on->second.front()->itemId) != item) {
                    ++v.wrongItem;
                    example(u"key %1 was saved for item %2 but landed on %3"_s.arg(key, item,
                                                                                   QString::fromStdString(on->second.front()->itemId)));
                } else {
                    ++v.landed;
                }
                continue;
            }
            const auto row = outboxByKey.constFind(key);
            if (row != outboxByKey.constEnd() && row->state == u"failed"_s && (row->httpStatus == 409 || row->httpStatus == 410)
                && !row->lastError.isEmpty()) {
                ++v.refused;
                ++v.refusedByReason[u"%1 %2"_s.arg(row->httpStatus).arg(row->problemType)];
                if (!perItem.count(item)) {
                    ++v.refusedWithoutOtherDecision;
                    example(u"console %1: item %2 refused (%3 %4) and nobody's decision is on it"_s.arg(c.name, item)
                                .arg(row->httpStatus).arg(row->problemType));
                }
                continue;
            }
            ++v.lost;
            example(u"console %1: saved decision %2 on item %3 is not on the platform (outbox: %4)"_s.arg(c.name, key, item)
                        .arg(row == outboxByKey.constEnd() ? u"no row"_s : row->state + u' ' + row->lastError));
        }
    }
    for (const auto &[key, records] : byKey)
        if (!outboxByKey.contains(key)) {
            ++v.unknown;
            example(u"platform decision with key %1 on item %2 that no console sent"_s.arg(key,
                                                                                          QString::fromStdString(records.front()->itemId)));
        }
    return v;
}

} // namespace keel::soak
