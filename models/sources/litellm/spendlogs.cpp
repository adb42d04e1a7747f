// GET /spend/logs/v2 → the cache's raw requests (shared/specs/litellm-endpoints.md §1).
//
// The proxy needs start_date and end_date on every call ("YYYY-MM-DD HH:MM:SS", UTC; anything
// else is a 400 or a strptime 500), pages by page/page_size (≤ 1000), and caps `total` at 10,000:
// past that cap total and total_pages are floors, so a window ends only at a short page. A run
// keeps one closed window [since, now at its start] in its page token, so a resumed run asks for
// the same rows in the same order (startTime desc: new rows land inside the window only as late
// writes, which shift a page at most onto rows already read; the cache dedupes by request id).
#include "spendlogs.h"

#include "litellmjson.h"

#include <domain/timeutil.h>
#include <store/cachewriters.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace keel::sources::litellm {

namespace {

struct Window {
    std::int64_t page = 1;
    std::string start, end; // "YYYY-MM-DD HH:MM:SS", both inclusive
};

Window windowFor(const sync::PageContext &ctx, const LiteLlmOptions &o)
{
    if (const auto t = parseToken(ctx.cursor)) {
        Window w{integer(*t, "page"), text(*t, "start"), text(*t, "end")};
        if (w.page >= 1 && parseSpaceDateTime(w.start) && parseSpaceDateTime(w.end))
            return w;
    }
    // A first page: from the run's lower bound (the request window's start on a first sync,
    // SyncEngine::clampToRequestWindow) to now.
    const std::optional<std::int64_t> since = ctx.since ? domain::parseRfc3339(*ctx.since) : std::nullopt;
    const std::int64_t from = since ? *since : ctx.nowMs - std::int64_t(o.historyDays) * kDayMs;
    return {1, spaceDateTime(std::min<std::int64_t>(from, ctx.nowMs)), spaceDateTime(ctx.nowMs)};
}

int pageSize(const sync::PageContext &ctx)
{
    return std::clamp(ctx.limit, 1, 1000);
}

bool truthy(const Json &row, const char *key)
{
    const auto it = row.find(key);
    if (it == row.end())
        return false;
    if (it->is_boolean())
        return it->get<bool>();
    if (it->is_string()) {
        const std::string s = it->get<std::string>();
        return s == "True" || s == "true" || s == "1";
    }
    return it->is_number() && it->get<double>() != 0;
}

} // namespace

bool toRequestRecord(const Json &row, domain::RequestRecord &r, std::string &error)
{
    if (!row.is_object()) {
        error = "not an object";
        return false;
    }
    r.id = text(row, "request_id");
    if (r.id.empty()) {
        error = "no request_id";
        return false;
    }
    const std::string start = text(row, "startTime");
    const auto ts = parseInstant(start);
    if (!ts) {
        error = "startTime \"" + start + "\" is not a time";
        return false;
    }
    r.ts = *ts;
    const auto cost = usdToMicros(number(row, "spend"));
    if (!cost) {
        error = "spend is not an amount of money";
        return false;
    }
    r.costMicros = *cost;
    const Json &metadata = child(row, "metadata");
    // Keel's correlation id groups one interaction's calls; LiteLLM's rows are flat, grouped by
    // session (or by a trace_id the caller put in the metadata).
    r.correlationId = text(row, "session_id");
    if (r.correlationId.empty())
        r.correlationId = text(metadata, "trace_id");
    r.route = text(row, "call_type"); // acompletion, aembedding, …: LiteLLM records no HTTP route per row
    r.model = text(row, "model");
    r.provider = text(row, "custom_llm_provider");
    r.team = text(row, "team_id");
    if (r.team.empty())
        r.team = text(metadata, "user_api_key_team_id");
    // use_case, customer_segment and prompt_template stay "": the daily roll-ups cannot carry them
    // (docs/connectors-litellm.md), and a drill-down matches a request to its roll-up row on them.
    r.inputTokens = integer(row, "prompt_tokens");
    r.outputTokens = integer(row, "completion_tokens");
    const Json &usage = child(metadata, "usage_object");
    r.cachedTokens = integer(child(usage, "prompt_tokens_details"), "cached_tokens");
    if (r.cachedTokens == 0)
        r.cachedTokens = integer(usage, "cache_read_input_tokens");
    const auto end = parseInstant(text(row, "endTime"));
    r.latencyMs = row.contains("request_duration_ms") && row["request_duration_ms"].is_number()
                      ? integer(row, "request_duration_ms")
                      : (end ? std::max<std::int64_t>(0, *end - r.ts) : 0);
    const auto firstToken = parseInstant(text(row, "completionStartTime"));
    r.ttftMs = firstToken && *firstToken >= r.ts ? *firstToken - r.ts : 0;
    const Json &failure = child(metadata, "error_information");
    std::string status = text(row, "status");
    if (status.empty())
        status = text(metadata, "status");
    r.status = status == "failure" || (status.empty() && !failure.empty()) ? "error" : "ok";
    r.errorCode = r.status == "error" ? text(failure, "error_code") : std::string();
    r.cacheHit = truthy(row, "cache_hit");
    // LiteLLM scores nothing: no safety flags, confidence or escalation to carry.
    r.safetyFlags.clear();
    r.confidence = 1.0;
    r.riskScore = 0.0;
    r.escalated = false;
    return true;
}

sync::ResourcePull spendLogPull(const LiteLlmOptions &o)
{
    sync::ResourcePull pull;
    pull.name = u"requests"_s;
    pull.path = u"/spend/logs/v2"_s;
    pull.limit = std::clamp(o.spendLogPageSize, 1, 1000);
    pull.keepsSince = true;
    pull.overlapMs = o.spendLogOverlapMs;
    pull.buildRequest = [o](const sync::PageContext &ctx) -> std::optional<api::ApiRequest> {
        const Window w = windowFor(ctx, o);
        api::ApiRequest request;
        request.path = u"/spend/logs/v2"_s;
        request.query = {{u"start_date"_s, QString::fromStdString(w.start)},
                         {u"end_date"_s, QString::fromStdString(w.end)},
                         {u"page"_s, QString::number(w.page)},
                         {u"page_size"_s, QString::number(pageSize(ctx))},
                         {u"sort_by"_s, u"startTime"_s},
                         {u"sort_order"_s, u"desc"_s}};
        return request;
    };
    pull.decode = [o](const QByteArray &body, const sync::PageContext &ctx) {
        sync::DecodedPage out;
        const Window w = windowFor(ctx, o);
        const QString where = sourceName(o.baseUrl) + u": /spend/logs/v2 page %1"_s.arg(w.page);
        const Json j = Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
        if (j.is_discarded() || !j.is_object() || !j.contains("data") || !j["data"].is_array()) {
            out.error = where + u": the answer is not {\"data\": [...]}"_s;
            return out;
        }
        const Json &data = j["data"];
        auto records = std::make_shared<std::vector<domain::RequestRecord>>();
        records->reserve(data.size());
        for (std::size_t i = 0; i < data.size(); ++i) {
            domain::RequestRecord r;
            std::string error;
            if (!toRequestRecord(data[i], r, error)) {
                out.error = where + u", row %1: %2"_s.arg(i).arg(QString::fromStdString(error));
                return out;
            }
            out.mark = std::max<qint64>(out.mark, r.ts);
            records->push_back(std::move(r));
        }
        // Never `total` or `total_pages`: both stop at 10,000 rows.
        if (std::int64_t(data.size()) >= pageSize(ctx))
            out.nextCursor = makeToken(Json{{"page", w.page + 1}, {"start", w.start}, {"end", w.end}});
        out.count = qint64(records->size());
        out.write = [records](store::Db &db, bool) { store::upsertRequests(db, *records); };
        return out;
    };
    const QUrl base = o.baseUrl;
    pull.describeFailure = [base](const api::ApiResponse &r) { return describeFailure(base, u"/spend/logs/v2"_s, r); };
    return pull;
}

} // namespace keel::sources::litellm
