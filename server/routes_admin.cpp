#include "routes.h"

#include "httperror.h"
#include "platformstate.h"
#include "router.h"

#include <domain/timeutil.h>

#include <nlohmann/json.hpp>

namespace keel::platform {
namespace {

using nlohmann::json;

json faultsJson(const FaultConfig &f)
{
    return {{"error_5xx", f.error5xx}, {"hang", f.hang}, {"drop", f.drop}, {"malformed", f.malformed}, {"poison", f.poison},
            {"hang_ms", f.hangMs}, {"path_prefix", f.pathPrefix}, {"loop_cursor", f.loopCursor}};
}

double ratio(const json &j, const char *key, double fallback)
{
    if (!j.contains(key))
        return fallback;
    if (!j[key].is_number())
        throw badField(key, "expected a number between 0 and 1", 422);
    const double v = j[key].get<double>();
    if (!(v >= 0.0 && v <= 1.0))
        throw badField(key, "expected a number between 0 and 1", 422);
    return v;
}

} // namespace

void addAdminRoutes(Router &router, PlatformState &st)
{
    router.add("GET", "/v1/admin/faults", "/v1/admin/faults", RoleAdmin, [&st](Call &call) {
        call.json(200, faultsJson(st.faults.config()));
    });

    router.add("PUT", "/v1/admin/faults", "/v1/admin/faults", RoleAdmin, [&st](Call &call) {
        const json j = call.jsonBody();
        if (!j.is_object())
            throw badField("body", "expected a JSON object");
        FaultConfig f; // fields left out are reset: the body describes the whole fault set
        f.error5xx = ratio(j, "error_5xx", 0);
        f.hang = ratio(j, "hang", 0);
        f.drop = ratio(j, "drop", 0);
        f.malformed = ratio(j, "malformed", 0);
        f.poison = ratio(j, "poison", 0);
        if (f.error5xx + f.hang + f.drop + f.malformed + f.poison > 1.0)
            throw badField("error_5xx", "the ratios add up to more than 1", 422);
        if (j.contains("hang_ms")) {
            if (!j["hang_ms"].is_number_integer() || j["hang_ms"].get<std::int64_t>() < 0
                || j["hang_ms"].get<std::int64_t>() > 600000)
                throw badField("hang_ms", "expected an integer between 0 and 600000", 422);
            f.hangMs = j["hang_ms"].get<std::int64_t>();
        }
        if (j.contains("path_prefix")) {
            if (!j["path_prefix"].is_string() || j["path_prefix"].get<std::string>().rfind('/', 0) != 0)
                throw badField("path_prefix", "expected a path starting with /", 422);
            f.pathPrefix = j["path_prefix"].get<std::string>();
        }
        if (j.contains("loop_cursor")) {
            if (!j["loop_cursor"].is_boolean())
                throw badField("loop_cursor", "expected true or false", 422);
            f.loopCursor = j["loop_cursor"].get<bool>();
        }
        st.faults.set(f);
        call.json(200, faultsJson(f));
    });

    router.add("GET", "/v1/admin/audit", "/v1/admin/audit", RoleAdmin, [&st](Call &call) {
        const std::string item = call.query("item_id").value_or("");
        const std::int64_t limit = call.intQuery("limit", 1000, 1, 10000);
        Stmt s(st.db.local().handle(),
               "SELECT seq, ts, actor, action, item_id, request_id, detail FROM audit WHERE (?1 = '' OR item_id = ?1) "
               "ORDER BY seq LIMIT ?2");
        s.bind(1, item).bind(2, limit);
        json items = json::array();
        while (s.step()) {
            items.push_back({{"seq", s.i64(0)}, {"ts", domain::formatRfc3339(s.i64(1))}, {"actor", s.text(2)},
                             {"action", s.text(3)}, {"item_id", s.text(4)}, {"request_id", s.text(5)},
                             {"detail", json::parse(s.text(6), nullptr, false)}});
        }
        call.json(200, {{"items", items}, {"next_cursor", nullptr}});
    });

    router.add("GET", "/metrics", "/metrics", kPublic, [&st](Call &call) {
        call.res.status = 200;
        std::string text = st.metrics.exposition();
        text += "# HELP keel_platform_faults_injected_total Requests answered with an injected fault (--fault-*, PUT /v1/admin/faults).\n"
                "# TYPE keel_platform_faults_injected_total counter\n";
        const auto injected = st.faults.injected();
        for (std::size_t i = 1; i < injected.size(); ++i)
            text += "keel_platform_faults_injected_total{fault=\"" + std::string(kFaultNames[i]) + "\"} "
                + std::to_string(injected[i]) + "\n";
        call.res.set_content(std::move(text), "text/plain; version=0.0.4; charset=utf-8");
    });
}

} // namespace keel::platform
