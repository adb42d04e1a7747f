#include "resourcesinit.h"

#include <QtCore/qglobal.h>

#include <mutex>

// Q_INIT_RESOURCE must be used outside any namespace.
static void registerKeelQrc()
{
    Q_INIT_RESOURCE(keel);
}

namespace keel {

void initResources()
{
    static std::once_flag once;
    std::call_once(once, registerKeelQrc);
}

} // namespace keel
