// GENERATION observations → the cache's raw requests (shared/specs/langfuse-endpoints.md §4).
//
// v4: GET /api/public/v2/observations, cursor paged (meta.cursor is absent on the last page),
// limit ≤ 1000, only the field groups the record needs (io and metadata are the heavy ones and
// stay out). v3 servers answer that route with 404; then GET /api/public/observations (v1,
// page/limit ≤ 100, deprecated but what a v3 server has), and the shared ServerRoutes says
// Legacy from then on. A v1 404 (an events_only v4 server) goes back to v2 once.
//
// A run keeps one closed window [since, now at its start) in its page token, so a resumed run
// asks for the same rows in the same order; a generation ingested late inside the window can
// only shift later pages onto rows already read (the cache dedupes by id). The next run starts
// observationOverlapMs before the window's end: Langfuse ingests asynchronously.
#include "generationspull.h"

#include "observationrecords.h"
#include "spendreading.h"

#include "logging.h"

#include <store/cachewriters.h>

#include <QCoreApplication>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace keel::sources::langfuse {

namespace {

const QString kGenerationsV2 = u"/api/public/v2/observations"_s;
const QString kGenerationsV1 = u"/api/public/observations"_s;
constexpr const char *kRequestsPull = "requests";

struct GenerationsPage {
    ObservationShape api = ObservationShape::V2;
    std::int64_t from = 0, to = 0;
    std::string cursor;    // v2: the server's cursor ("" on a window's first page)
    std::int64_t page = 1; // v1: the page asked; v2: counted, for messages
    bool fellBack = false; // this window already moved to the other route once
};

// What buildRequest asked, for a first page's decode (its context has no token to tell).
struct GenerationsAsked {
    std::atomic<ObservationShape> api{ObservationShape::V2};
};

GenerationsPage generationsPageOf(const sync::PageContext &ctx, const LangfuseSpendOptions &o, ObservationShape first)
{
    if (const auto t = readPageToken(ctx.cursor, kRequestsPull)) {
        GenerationsPage p;
        p.api = t->value("api", std::string()) == "v1" ? ObservationShape::V1 : ObservationShape::V2;
        p.from = t->value("from", std::int64_t(0));
        p.to = t->value("to", std::int64_t(0));
        p.cursor = t->value("cursor", std::string());
        p.page = t->value("page", std::int64_t(1));
        p.fellBack = t->value("fellBack", false);
        if (p.from < p.to && p.page >= 1)
            return p;
    }
    // A first page: from the run's lower bound (the request window's start on a first sync) to now.
    const std::optional<std::int64_t> since = ctx.since ? instantOf(*ctx.since) : std::nullopt;
    GenerationsPage p;
    p.api = first;
    p.to = ctx.nowMs;
    p.from = std::min(since ? *since : ctx.nowMs - std::int64_t(o.historyDays) * kDayMs, ctx.nowMs - 1);
    return p;
}

std::string generationsToken(const GenerationsPage &p)
{
    return makePageToken(Json{{"api", p.api == ObservationShape::V1 ? "v1" : "v2"}, {"from", p.from}, {"to", p.to},
                              {"cursor", p.cursor}, {"page", p.page}, {"fellBack", p.fellBack}},
                         kRequestsPull);
}

int generationsPageSize(const sync::PageContext &ctx, ObservationShape api)
{
    return std::clamp(ctx.limit, 1, api == ObservationShape::V1 ? 100 : 1000);
}

QString generationsWhat(ObservationShape api)
{
    return QCoreApplication::translate("keel::sources::langfuse", "read the generations (GET %1)")
        .arg(api == ObservationShape::V1 ? kGenerationsV1 : kGenerationsV2);
}

sync::DecodedPage decodeGenerations(const QByteArray &body, const sync::PageContext &ctx, const LangfuseSpendOptions &o,
                                    ServerRoutes &routes, ObservationShape asked)
{
    sync::DecodedPage out;
    GenerationsPage p = generationsPageOf(ctx, o, asked);
    const bool v1 = p.api == ObservationShape::V1;
    const QString path = v1 ? kGenerationsV1 : kGenerationsV2;
    const bool windowStart = v1 ? p.page == 1 : p.cursor.empty();
    if (ctx.httpStatus == 404) {
        if (windowStart && !p.fellBack) {
            // A v3 server has no /v2/observations; an events_only v4 server no v1 list.
            qCInfo(lcSync).noquote() << "langfuse:" << path << "is 404, reading generations from"
                                     << (v1 ? kGenerationsV2 : kGenerationsV1);
            // v1 missing says little (an events_only v4 server, or no Langfuse at all); v2 missing
            // says a v3 server.
            routes.generation = v1 ? Generation::Unknown : Generation::Legacy;
            GenerationsPage other{v1 ? ObservationShape::V2 : ObservationShape::V1, p.from, p.to, {}, 1, true};
            out.nextCursor = generationsToken(other);
            return out;
        }
        api::ApiResponse r;
        r.httpStatus = 404;
        r.body = body;
        r.error.kind = api::ApiError::Kind::Http;
        r.error.httpStatus = 404;
        out.error = p.fellBack && windowStart
                        ? sourceName(o.baseUrl) + u": "_s
                              + QCoreApplication::translate("keel::sources::langfuse",
                                                            "neither %1 nor %2 is served here (404). Check the host URL.")
                                    .arg(kGenerationsV2, kGenerationsV1)
                        : describeFailure(o.baseUrl, generationsWhat(p.api), r);
        return out;
    }
    if (!v1)
        routes.generation = Generation::V4;
    const QString what = QCoreApplication::translate("keel::sources::langfuse", "%1, page %2").arg(path).arg(p.page);
    const Json j = parse(body);
    if (!j.is_object() || !j.contains("data") || !j["data"].is_array()) {
        out.error = describeUnreadable(o.baseUrl, what,
                                       QCoreApplication::translate("keel::sources::langfuse", "the answer is not {\"data\": [...]}"));
        return out;
    }
    const Json &data = j["data"];
    auto records = std::make_shared<std::vector<domain::RequestRecord>>();
    records->reserve(data.size());
    for (std::size_t i = 0; i < data.size(); ++i) {
        domain::RequestRecord r;
        std::string error;
        if (!requestFromObservation(data[i], p.api, r, error)) {
            out.error = describeUnreadable(o.baseUrl, what,
                                           QCoreApplication::translate("keel::sources::langfuse", "row %1: %2")
                                               .arg(i)
                                               .arg(QString::fromStdString(error)));
            return out;
        }
        records->push_back(std::move(r));
    }
    const Json &meta = objectAt(j, "meta");
    GenerationsPage next = p;
    next.page = p.page + 1;
    bool more = false;
    if (v1) {
        // totalPages is counted afresh on each page; a short page ends the window either way.
        const std::int64_t totalPages = countAt(meta, "totalPages");
        more = !data.empty() && std::int64_t(data.size()) >= generationsPageSize(ctx, p.api)
               && (!meta.contains("totalPages") || p.page < totalPages);
    } else {
        next.cursor = text(meta, "cursor");
        more = !next.cursor.empty() && !data.empty();
        // The token counts pages, so the engine's guard against a repeated cursor cannot see
        // the server's cursor repeat: this page must not point back at itself.
        if (more && next.cursor == p.cursor) {
            out.error = describeUnreadable(o.baseUrl, what,
                                           QCoreApplication::translate("keel::sources::langfuse",
                                                                       "meta.cursor names this page again"));
            return out;
        }
    }
    if (more)
        out.nextCursor = generationsToken(next);
    out.count = qint64(records->size());
    // Everything up to the window's end is read; the next run starts observationOverlapMs before it.
    out.mark = p.to;
    out.write = [records](store::Db &db, bool) { store::upsertRequests(db, *records); };
    return out;
}

} // namespace

sync::ResourcePull generationsPull(const LangfuseSpendOptions &o, std::shared_ptr<ServerRoutes> routes)
{
    sync::ResourcePull pull;
    pull.name = u"requests"_s;
    pull.path = kGenerationsV2;
    pull.limit = std::clamp(o.observationPageSize, 1, 1000);
    pull.keepsSince = true;
    pull.overlapMs = std::max<qint64>(0, o.observationOverlapMs);
    pull.decodableStatuses = {404}; // the other generation's route: decode falls back
    auto asked = std::make_shared<GenerationsAsked>();
    pull.buildRequest = [o, routes, asked](const sync::PageContext &ctx) -> std::optional<api::ApiRequest> {
        const ObservationShape first
            = routes->generation == Generation::Legacy ? ObservationShape::V1 : ObservationShape::V2;
        const GenerationsPage p = generationsPageOf(ctx, o, first);
        asked->api = p.api;
        api::ApiRequest request;
        const QString size = QString::number(generationsPageSize(ctx, p.api));
        const QString from = QString::fromStdString(isoInstant(p.from));
        const QString to = QString::fromStdString(isoInstant(p.to));
        if (p.api == ObservationShape::V1) {
            request.path = kGenerationsV1;
            request.query = {{u"type"_s, u"GENERATION"_s}, {u"fromStartTime"_s, from}, {u"toStartTime"_s, to},
                             {u"page"_s, QString::number(p.page)}, {u"limit"_s, size}};
        } else {
            request.path = kGenerationsV2;
            request.query = {{u"type"_s, u"GENERATION"_s},
                             {u"fields"_s, u"core,basic,model,usage,prompt,metrics,trace_context"_s},
                             {u"fromStartTime"_s, from}, {u"toStartTime"_s, to}, {u"limit"_s, size}};
            if (!p.cursor.empty())
                request.query.append({u"cursor"_s, QString::fromStdString(p.cursor)});
        }
        return request;
    };
    pull.decode = [o, routes, asked](const QByteArray &body, const sync::PageContext &ctx) {
        return decodeGenerations(body, ctx, o, *routes, asked->api);
    };
    const QUrl base = o.baseUrl;
    pull.describeFailure = [base, asked](const api::ApiResponse &r) {
        return describeFailure(base, generationsWhat(asked->api), r);
    };
    return pull;
}

} // namespace keel::sources::langfuse
