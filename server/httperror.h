#pragma once
// Handlers report client and conflict errors by throwing HttpError; the router turns it into an
// RFC 9457 application/problem+json response. Anything else thrown becomes a 500 problem.
#include <domain/problem.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace keel::platform {

class HttpError : public std::runtime_error {
public:
    HttpError(int status, std::string slug, std::string title, std::string detail,
              std::vector<domain::FieldProblem> errors = {});
    domain::Problem problem;
    std::vector<std::pair<std::string, std::string>> headers; // extra response headers
};

// 400 naming one query parameter or body field.
HttpError badField(std::string field, std::string message, int status = 400);

} // namespace keel::platform
