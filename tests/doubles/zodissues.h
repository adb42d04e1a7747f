#pragma once
// Langfuse's validation errors as its server sends them: 400 {"message": "Invalid request data",
// "error": [zod issues]} (web/src/features/public-api/server/withMiddlewares.ts), with the issue
// shapes zod 3 produces for the .strict() query and body schemas the notes describe
// (unrecognized_keys, invalid_type, too_big, too_small, invalid_enum_value, custom).
// QueryRules reads a query string the way those schemas do: unknown parameters are refused.
#include "doublehttp.h"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace keel::doubles::zod {

Json unrecognizedKeys(const std::vector<std::string> &keys, const Json &path = Json::array());
Json invalidType(const std::string &expected, const std::string &received, const Json &path);
Json tooBig(double maximum, const Json &path, const std::string &type = "number");
Json tooSmall(double minimum, const Json &path, const std::string &type = "number");
Json invalidEnum(const std::string &received, const std::vector<std::string> &options, const Json &path);
Json invalidDatetime(const Json &path);
Json custom(const std::string &message, const Json &path);
// zod's name for a JSON value's type ("string", "number", "boolean", "null", "array", "object").
std::string typeOf(const Json &value);

void replyInvalid(httplib::Response &res, const Json &issues);
void replyMessage(httplib::Response &res, int status, const std::string &message);

// Checks a body object's keys against a .strict() schema's keys.
void checkStrictKeys(const Json &body, std::initializer_list<const char *> allowed, Json &issues);

class QueryRules {
public:
    QueryRules(const httplib::Request &req, std::initializer_list<const char *> allowed);
    // z.coerce.number().int() with bounds: nullopt when absent (then `fallback`) or invalid.
    std::int64_t integer(const char *name, std::int64_t fallback, std::int64_t min, std::int64_t max);
    std::optional<std::string> text(const char *name);
    std::vector<std::string> all(const char *name);
    std::optional<std::string> oneOf(const char *name, const std::vector<std::string> &options);
    std::optional<std::int64_t> dateTime(const char *name);
    std::optional<bool> boolean(const char *name);
    bool has(const char *name) const { return m_req.has_param(name); }
    // Writes the 400 and returns true when any parameter was refused.
    bool replyIfInvalid(httplib::Response &res) const;
    Json &issues() { return m_issues; }

private:
    const httplib::Request &m_req;
    Json m_issues = Json::array();
};

} // namespace keel::doubles::zod
