#pragma once
#include <string>
#include <vector>

namespace keel::domain {

// GET /v1/whoami → {"user": "reviewer-1", "display_name": "Riley Reviewer",
//                   "roles": ["reviewer"], "api_version": "1.0"}
// roles ⊆ {"reviewer", "finops", "council", "admin"}
struct Identity {
    std::string user;          // "user"
    std::string displayName;   // "display_name"
    std::vector<std::string> roles; // "roles"
    std::string apiVersion;    // "api_version", e.g. "1.0"; the console refuses a major it does not know
    bool hasRole(std::string_view role) const;
};

} // namespace keel::domain
