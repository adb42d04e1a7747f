#include "httperror.h"

namespace keel::platform {

HttpError::HttpError(int status, std::string slug, std::string title, std::string detail,
                     std::vector<domain::FieldProblem> errors)
    : std::runtime_error(title)
{
    problem.type = "https://keel.dev/problems/" + slug;
    problem.title = std::move(title);
    problem.status = status;
    problem.detail = std::move(detail);
    problem.errors = std::move(errors);
}

HttpError badField(std::string field, std::string message, int status)
{
    std::string detail = field + ": " + message;
    return HttpError(status, status == 422 ? "invalid-field" : "bad-request",
                     status == 422 ? "A field is invalid" : "The request is invalid", detail,
                     {{std::move(field), std::move(message)}});
}

} // namespace keel::platform
