// Langfuse annotation queues (rate bucket "annotation-queues"): list and get queues, list items
// by status with page/limit (limit 1..100, publicApiPaginationZod), get an item, and PATCH an item's
// status (body .strict(): only "status"); COMPLETED stamps completedAt, PENDING clears it.
#include "langfusedouble.h"
#include "langfusejson.h"
#include "zodissues.h"

#include <algorithm>
#include <cstdint>

namespace keel::doubles {

namespace {
const char *kBucket = "annotation-queues";
const std::string kQueue = "/api/public/annotation-queues/([^/]+)";

template <typename T>
Json pageOf(const std::vector<const T *> &rows, std::int64_t page, std::int64_t limit, Json (*toJson)(const T &))
{
    Json data = Json::array();
    const auto from = static_cast<std::size_t>((page - 1) * limit);
    for (std::size_t i = from; i < rows.size() && i < from + static_cast<std::size_t>(limit); ++i)
        data.push_back(toJson(*rows[i]));
    return Json{{"data", data}, {"meta", pageMeta(page, limit, static_cast<std::int64_t>(rows.size()))}};
}
} // namespace

void addLangfuseQueueRoutes(LangfuseDouble &d)
{
    LangfuseStore &s = d.store();

    d.route("GET", "/api/public/annotation-queues", kBucket, [&s](const httplib::Request &req, httplib::Response &res) {
        zod::QueryRules q(req, {"page", "limit"});
        const auto page = q.integer("page", 1, 1, INT32_MAX);
        const auto limit = q.integer("limit", 50, 1, 100);
        if (q.replyIfInvalid(res))
            return;
        std::lock_guard lock(s.mutex);
        std::vector<const LfQueue *> rows;
        for (const LfQueue &queue : s.queues)
            rows.push_back(&queue);
        sendJson(res, 200, pageOf(rows, page, limit, &queueJson));
    });

    d.route("GET", kQueue, kBucket, [&s](const httplib::Request &req, httplib::Response &res) {
        zod::QueryRules q(req, {});
        if (q.replyIfInvalid(res))
            return;
        std::lock_guard lock(s.mutex);
        const LfQueue *queue = s.queue(req.matches[1]);
        if (!queue)
            return zod::replyMessage(res, 404, "Annotation queue not found");
        sendJson(res, 200, queueJson(*queue));
    });

    d.route("GET", kQueue + "/items", kBucket, [&s](const httplib::Request &req, httplib::Response &res) {
        zod::QueryRules q(req, {"status", "page", "limit"});
        const auto status = q.oneOf("status", {"PENDING", "COMPLETED"});
        const auto page = q.integer("page", 1, 1, INT32_MAX);
        const auto limit = q.integer("limit", 50, 1, 100);
        if (q.replyIfInvalid(res))
            return;
        std::lock_guard lock(s.mutex);
        if (!s.queue(req.matches[1]))
            return zod::replyMessage(res, 404, "Annotation queue not found");
        std::vector<const LfQueueItem *> rows;
        for (const LfQueueItem &item : s.items)
            if (item.queueId == req.matches[1] && (!status || item.status == *status))
                rows.push_back(&item);
        // Oldest first, as a reviewer works through a queue.
        std::stable_sort(rows.begin(), rows.end(), [](const LfQueueItem *a, const LfQueueItem *b) {
            return a->createdMs != b->createdMs ? a->createdMs < b->createdMs : a->id < b->id;
        });
        sendJson(res, 200, pageOf(rows, page, limit, &itemJson));
    });

    d.route("GET", kQueue + "/items/([^/]+)", kBucket, [&s](const httplib::Request &req, httplib::Response &res) {
        zod::QueryRules q(req, {});
        if (q.replyIfInvalid(res))
            return;
        std::lock_guard lock(s.mutex);
        const LfQueueItem *item = s.item(req.matches[1], req.matches[2]);
        if (!item)
            return zod::replyMessage(res, 404, "Annotation queue item not found");
        sendJson(res, 200, itemJson(*item));
    });

    d.route("PATCH", kQueue + "/items/([^/]+)", kBucket, [&d, &s](const httplib::Request &req, httplib::Response &res) {
        const auto body = parseBody(req);
        if (!body)
            return zod::replyMessage(res, 400, "Invalid JSON body");
        Json issues = Json::array();
        if (!body->is_object()) {
            issues.push_back(zod::invalidType("object", zod::typeOf(*body), Json::array()));
            return zod::replyInvalid(res, issues);
        }
        zod::checkStrictKeys(*body, {"status"}, issues);
        std::optional<std::string> status;
        if (body->contains("status")) {
            const Json &v = (*body)["status"];
            if (!v.is_string())
                issues.push_back(zod::invalidType("'PENDING' | 'COMPLETED'", zod::typeOf(v), Json::array({"status"})));
            else if (v != "PENDING" && v != "COMPLETED")
                issues.push_back(zod::invalidEnum(v.get<std::string>(), {"PENDING", "COMPLETED"}, Json::array({"status"})));
            else
                status = v.get<std::string>();
        }
        if (!issues.empty())
            return zod::replyInvalid(res, issues);
        std::lock_guard lock(s.mutex);
        LfQueueItem *item = s.item(req.matches[1], req.matches[2]);
        if (!item)
            return zod::replyMessage(res, 404, "Annotation queue item not found");
        const std::int64_t now = d.now();
        if (status) {
            item->status = *status;
            if (*status == "COMPLETED")
                item->completedMs = now;
            else
                item->completedMs.reset();
        }
        item->updatedMs = now;
        sendJson(res, 200, itemJson(*item));
    });
}

} // namespace keel::doubles
