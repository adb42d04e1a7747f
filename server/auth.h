#pragma once
// Bearer tokens → identities. The demo identities (two reviewers, finops, council, admin) are
// created with random tokens when the database is created and never change afterwards.
#include <domain/identity.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace keel::platform {

class Connection;

enum Role : unsigned { RoleReviewer = 1, RoleFinops = 2, RoleCouncil = 4, RoleAdmin = 8 };
unsigned roleMask(const domain::Identity &identity);

class Authenticator {
public:
    // Creates the demo identities unless they exist; tokens from DIR/demo-tokens.json are reused.
    static void ensureDemoIdentities(Connection &c, const std::string &tokensFile);
    static void writeTokensFile(Connection &c, const std::string &tokensFile);

    void load(Connection &c);
    std::optional<domain::Identity> identify(std::string_view authorizationHeader) const;

private:
    std::map<std::string, domain::Identity, std::less<>> m_byToken;
};

} // namespace keel::platform
