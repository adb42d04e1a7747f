#include "headlessjobs.h"

#include <cstdio>

namespace keel::app {

std::unique_ptr<HeadlessJob> createHeadlessJob(const AppOptions &options, const SessionContext &session)
{
    Q_UNUSED(options);
    Q_UNUSED(session);
    std::fprintf(stderr, "keel: this command is not available in this build\n");
    return nullptr;
}

} // namespace keel::app
