#include "keystructure.h"

#include <testdirs.h>

#include <QFile>

namespace keel::test {
namespace {

std::string kindOf(const nlohmann::json &j)
{
    if (j.is_number())
        return "number";
    return j.type_name();
}

// Members whose value is a map keyed by data (span attributes, series labels, rubric criteria):
// their keys are values, not structure, so only their kind is compared.
bool isDataMap(const std::string &path)
{
    for (const char *name : {"attributes", "labels", "rubric"}) {
        const std::string n(name);
        if (path == n || (path.size() > n.size() && path.compare(path.size() - n.size() - 1, n.size() + 1, "." + n) == 0))
            return true;
    }
    return false;
}

std::string at(const std::string &path)
{
    return path.empty() ? std::string("(document)") : path;
}

} // namespace

std::string shapeDifference(const nlohmann::json &fixture, const nlohmann::json &actual, const std::string &path)
{
    if (fixture.is_null() || actual.is_null())
        return {};
    if (kindOf(fixture) != kindOf(actual))
        return at(path) + ": fixture has " + kindOf(fixture) + ", response has " + kindOf(actual);
    if (fixture.is_object() && isDataMap(path))
        return {};
    if (fixture.is_object()) {
        for (const auto &[key, value] : fixture.items())
            if (!actual.contains(key))
                return at(path) + ": response lacks member \"" + key + "\"";
        for (const auto &[key, value] : actual.items())
            if (!fixture.contains(key))
                return at(path) + ": response has extra member \"" + key + "\"";
        for (const auto &[key, value] : fixture.items()) {
            const std::string diff = shapeDifference(value, actual[key], path.empty() ? key : path + "." + key);
            if (!diff.empty())
                return diff;
        }
    } else if (fixture.is_array() && !fixture.empty() && !actual.empty()) {
        return shapeDifference(fixture[0], actual[0], path + "[0]");
    }
    return {};
}

nlohmann::json loadFixture(const std::string &name)
{
    QFile f(sourcePath(QStringLiteral("contract/fixtures/") + QString::fromStdString(name) + QStringLiteral(".json")));
    if (!f.open(QIODevice::ReadOnly))
        return nlohmann::json(nlohmann::json::value_t::discarded);
    return nlohmann::json::parse(f.readAll().toStdString(), nullptr, false);
}

} // namespace keel::test
