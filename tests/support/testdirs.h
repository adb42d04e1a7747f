#pragma once
#include <QString>

namespace keel::test {

// Absolute path of a file under tests/ in the source tree, e.g. fixture(u"contract/whoami.json").
QString sourcePath(const QString &relative);

} // namespace keel::test
