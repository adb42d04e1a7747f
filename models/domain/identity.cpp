#include "identity.h"

#include <algorithm>

namespace keel::domain {

bool Identity::hasRole(std::string_view role) const
{
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

} // namespace keel::domain
