#include "auth.h"
#include "routes.h"

#include "db.h"

#include <nlohmann/json.hpp>

#include <sys/stat.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

namespace keel::platform {
namespace {

struct DemoIdentity { const char *user; const char *name; const char *role; };
constexpr std::array<DemoIdentity, 5> kDemo{{
    {"reviewer-1", "Riley Reviewer", "reviewer"},
    {"reviewer-2", "Sam Reviewer", "reviewer"},
    {"finops", "Farah FinOps", "finops"},
    {"council", "Casey Council", "council"},
    {"admin", "Avery Admin", "admin"},
}};

std::string randomToken()
{
    std::random_device rd; // the OS entropy source on Linux
    std::string out = "kt_";
    char buf[9];
    for (int i = 0; i < 6; ++i) {
        std::snprintf(buf, sizeof buf, "%08x", rd());
        out += buf;
    }
    return out;
}

nlohmann::json readJsonFile(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        return {};
    std::stringstream ss;
    ss << in.rdbuf();
    return nlohmann::json::parse(ss.str(), nullptr, false);
}

} // namespace

unsigned roleMask(const domain::Identity &identity)
{
    unsigned m = 0;
    if (identity.hasRole("reviewer")) m |= RoleReviewer;
    if (identity.hasRole("finops")) m |= RoleFinops;
    if (identity.hasRole("council")) m |= RoleCouncil;
    if (identity.hasRole("admin")) m |= RoleAdmin;
    return m;
}

void Authenticator::ensureDemoIdentities(Connection &c, const std::string &tokensFile)
{
    const nlohmann::json existing = readJsonFile(tokensFile);
    Stmt find(c.handle(), "SELECT 1 FROM tokens WHERE user = ?");
    Stmt insert(c.handle(), "INSERT INTO tokens(token, user, display_name, roles) VALUES (?,?,?,?)");
    for (const auto &d : kDemo) {
        find.bind(1, d.user);
        const bool present = find.step();
        find.reset();
        if (present)
            continue;
        std::string token;
        if (existing.is_object() && existing.contains(d.user) && existing[d.user].is_string()
            && existing[d.user].get<std::string>().size() >= 16)
            token = existing[d.user].get<std::string>();
        else
            token = randomToken();
        insert.bind(1, token).bind(2, d.user).bind(3, d.name).bind(4, nlohmann::json::array({d.role}).dump());
        insert.run();
        insert.reset();
    }
}

void Authenticator::writeTokensFile(Connection &c, const std::string &tokensFile)
{
    nlohmann::json out = nlohmann::json::object();
    Stmt s(c.handle(), "SELECT user, token FROM tokens ORDER BY user");
    while (s.step())
        out[s.text(0)] = s.text(1);
    const std::string tmp = tokensFile + ".tmp";
    {
        // Created 0600 before any secret is written to it.
        std::FILE *f = std::fopen(tmp.c_str(), "w");
        if (!f)
            throw std::runtime_error("cannot write " + tokensFile);
        ::chmod(tmp.c_str(), 0600);
        const std::string text = out.dump(2) + "\n";
        std::fwrite(text.data(), 1, text.size(), f);
        std::fclose(f);
    }
    if (std::rename(tmp.c_str(), tokensFile.c_str()) != 0)
        throw std::runtime_error("cannot write " + tokensFile);
}

void Authenticator::load(Connection &c)
{
    Stmt s(c.handle(), "SELECT token, user, display_name, roles FROM tokens");
    while (s.step()) {
        domain::Identity id;
        id.user = s.text(1);
        id.displayName = s.text(2);
        const auto roles = nlohmann::json::parse(s.text(3), nullptr, false);
        if (roles.is_array())
            for (const auto &r : roles)
                if (r.is_string())
                    id.roles.push_back(r.get<std::string>());
        id.apiVersion = kApiVersion;
        m_byToken.emplace(s.text(0), std::move(id));
    }
}

std::optional<domain::Identity> Authenticator::identify(std::string_view header) const
{
    constexpr std::string_view kScheme = "Bearer ";
    if (header.size() <= kScheme.size() || header.size() > 512)
        return std::nullopt;
    // The scheme is case-insensitive (RFC 9110 §11.1).
    for (std::size_t i = 0; i < kScheme.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(header[i])) != std::tolower(static_cast<unsigned char>(kScheme[i])))
            return std::nullopt;
    std::string_view token = header.substr(kScheme.size());
    while (!token.empty() && token.front() == ' ')
        token.remove_prefix(1);
    // Exact comparison: a token is visible ASCII only (RFC 6750 b64token), so a NUL, a control
    // byte or inner whitespace can never be "close enough" to a stored token.
    for (const char ch : token)
        if (static_cast<unsigned char>(ch) < 0x21 || static_cast<unsigned char>(ch) > 0x7e)
            return std::nullopt;
    const auto it = m_byToken.find(token);
    if (it == m_byToken.end())
        return std::nullopt;
    return it->second;
}

} // namespace keel::platform
