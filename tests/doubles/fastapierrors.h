#pragma once
// LiteLLM's error bodies (shared/specs/litellm-endpoints.md section 0):
//   ProxyException            {"error": {"message", "type", "param", "code"}} (code as a string)
//   FastAPI parameter errors  422 {"detail": [{"type", "loc", "msg", "input", "ctx"?}]} (pydantic 2)
//   HTTPException(detail=...) {"detail": {...}} from the older handlers
// FastApiQuery reads query parameters the way FastAPI's Query(ge=, le=) declarations do; unlike
// Langfuse, unknown parameters are ignored.
#include "doublehttp.h"

#include <cstdint>
#include <optional>
#include <string>

namespace keel::doubles::fastapi {

void proxyError(httplib::Response &res, int status, const std::string &message, const std::string &type,
                const std::string &param = "None");
void detailError(httplib::Response &res, int status, const Json &detail);

class FastApiQuery {
public:
    explicit FastApiQuery(const httplib::Request &req)
        : m_req(req)
    {
    }
    std::int64_t integer(const char *name, std::int64_t fallback, std::optional<std::int64_t> ge = std::nullopt,
                         std::optional<std::int64_t> le = std::nullopt);
    std::optional<std::int64_t> optionalInteger(const char *name);
    std::optional<double> number(const char *name);
    // FastAPI treats an empty value of an Optional[str] as "" (not None).
    std::optional<std::string> text(const char *name) const;
    bool replyIfInvalid(httplib::Response &res) const;

private:
    std::optional<std::int64_t> parseInt(const char *name);
    const httplib::Request &m_req;
    Json m_errors = Json::array();
};

} // namespace keel::doubles::fastapi
