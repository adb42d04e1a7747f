#include "routes.h"

#include "httperror.h"
#include "platformstate.h"
#include "reviewstore.h"
#include "router.h"

#include <domain/codec.h>
#include <domain/timeutil.h>

#include <nlohmann/json.hpp>

#include <charconv>

namespace keel::platform {
namespace {

using nlohmann::json;

constexpr unsigned kReviewers = RoleReviewer; // admins pass every role check

std::string requestIdOf(const Call &call) { return call.res.get_header_value("X-Request-Id"); }

// Optional {"lease_id": "..."} body of renew/release.
std::string leaseIdFromBody(const Call &call)
{
    if (call.req.body.empty())
        return {};
    const json j = call.jsonBody();
    if (!j.is_object())
        throw badField("body", "expected a JSON object");
    if (!j.contains("lease_id") || j["lease_id"].is_null())
        return {};
    if (!j["lease_id"].is_string() || j["lease_id"].get<std::string>().size() > 256)
        throw badField("lease_id", "expected a string", 422);
    return j["lease_id"].get<std::string>();
}

} // namespace

void addReviewRoutes(Router &router, PlatformState &st)
{
    auto store = std::make_shared<ReviewStore>(st);

    router.add("GET", "/v1/review/queues", "/v1/review/queues", kAnyRole, [store](Call &call) {
        domain::Page<domain::ReviewQueue> page;
        page.items = store->queues();
        call.json(200, domain::pageToJson(page));
    });

    router.add("GET", "/v1/review/items", "/v1/review/items", kAnyRole, [store, &st](Call &call) {
        ItemFilter f;
        f.limit = call.intQuery("limit", 100, 1, 1000);
        f.queue = call.query("queue").value_or("");
        if (!f.queue.empty() && !store->queueExists(f.queue))
            throw badField("queue", "unknown queue");
        f.status = call.query("status").value_or("all");
        if (f.status != "all" && f.status != "pending" && f.status != "claimed" && f.status != "decided"
            && f.status != "escalated")
            throw badField("status", "must be pending, claimed, decided, escalated or all");
        f.updatedSince = call.timeQuery("updated_since");
        if (const auto v = call.cursorQuery(st.cursors, "it", 2)) {
            char id[32];
            std::snprintf(id, sizeof id, "it_%06lld", static_cast<long long>((*v)[1]));
            f.after = std::make_pair((*v)[0], std::string(id));
        }
        std::optional<std::pair<std::int64_t, std::string>> next;
        domain::Page<domain::ReviewItem> page = store->list(f, next);
        if (next) {
            std::int64_t n = 0;
            std::from_chars(next->second.data() + 3, next->second.data() + next->second.size(), n);
            page.nextCursor = st.cursors.encode("it", {next->first, n});
        }
        call.json(200, domain::pageToJson(page));
    });

    router.add("GET", R"(/v1/review/items/([^/]+))", "/v1/review/items/{id}", kAnyRole, [store](Call &call) {
        const auto item = store->item(call.capture(1));
        if (!item)
            throw HttpError(404, "not-found", "Unknown review item", "No review item with id " + call.capture(1).substr(0, 64) + ".");
        call.json(200, domain::toJson(*item));
    });

    router.add("POST", R"(/v1/review/items/([^/]+)/claim)", "/v1/review/items/{id}/claim", kReviewers, [store](Call &call) {
        call.json(200, domain::toJson(store->claim(call.capture(1), call.who.user, requestIdOf(call))));
    });

    router.add("POST", R"(/v1/review/items/([^/]+)/lease/renew)", "/v1/review/items/{id}/lease/renew", kReviewers, [store](Call &call) {
        const std::string leaseId = leaseIdFromBody(call);
        call.json(200, domain::toJson(store->renew(call.capture(1), call.who.user, leaseId, requestIdOf(call))));
    });

    router.add("POST", R"(/v1/review/items/([^/]+)/lease/release)", "/v1/review/items/{id}/lease/release", kReviewers, [store](Call &call) {
        const std::string leaseId = leaseIdFromBody(call);
        store->release(call.capture(1), call.who.user, leaseId, requestIdOf(call));
        call.res.status = 204;
    });

    router.add("POST", R"(/v1/review/items/([^/]+)/decision)", "/v1/review/items/{id}/decision", kReviewers, [store](Call &call) {
        const std::string key = call.req.get_header_value("Idempotency-Key");
        if (key.empty())
            throw HttpError(428, "idempotency-key-required", "Idempotency-Key header required",
                            "Send a unique Idempotency-Key (e.g. a UUID) with every decision so retries apply once.",
                            {{"Idempotency-Key", "missing"}});
        if (key.size() > 200)
            throw badField("Idempotency-Key", "longer than 200 characters");
        const auto decoded = domain::decodeDecision(call.req.body);
        if (!decoded) {
            const auto &e = decoded.error();
            // A document that does not parse is a 400; a well-formed one with a bad field is a 422.
            if (e.field.empty() || e.message.find("nests deeper") != std::string::npos)
                throw badField("body", e.message);
            throw badField(e.field, e.message, 422);
        }
        const std::string canonical = call.jsonBody().dump(); // decodeDecision accepted it: it parses
        const StoredResponse r = store->decide(call.capture(1), call.who.user, key, canonical, decoded.value(),
                                               requestIdOf(call));
        if (r.replayed)
            call.res.set_header("Idempotent-Replayed", "true");
        call.res.status = r.status;
        call.res.set_content(r.body, "application/json");
    });

    router.add("GET", "/v1/review/feedback", "/v1/review/feedback", RoleReviewer | RoleCouncil, [store, &st](Call &call) {
        const std::int64_t since = call.timeQuery("since").value_or(0);
        const std::int64_t limit = call.intQuery("limit", 10000, 1, 100000);
        std::optional<std::pair<std::int64_t, std::int64_t>> after;
        if (const auto v = call.cursorQuery(st.cursors, "fb", 2))
            after = std::pair{(*v)[0], (*v)[1]};
        std::int64_t lines = 0;
        std::pair<std::int64_t, std::int64_t> last{};
        std::string body = store->feedbackSince(since, limit, after, lines, last);
        // NDJSON has no envelope for a next_cursor: a full page says where to go on (RFC 8288).
        if (lines == limit) {
            const std::string next = st.cursors.encode("fb", {last.first, last.second});
            call.res.set_header("Link", "</v1/review/feedback?cursor=" + next + "&limit=" + std::to_string(limit)
                                            + (since > 0 ? "&since=" + domain::formatRfc3339(since) : std::string())
                                            + ">; rel=\"next\"");
            call.res.set_header("Next-Cursor", next);
        }
        call.res.status = 200;
        call.res.set_content(std::move(body), "application/x-ndjson");
    });
}

} // namespace keel::platform
