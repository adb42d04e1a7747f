#include "testdirs.h"

using namespace Qt::StringLiterals;

namespace keel::test {

QString sourcePath(const QString &relative)
{
    return QString::fromUtf8(KEEL_SOURCE_DIR) + u"/tests/"_s + relative;
}

} // namespace keel::test
