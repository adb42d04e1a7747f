#include "slodefinition.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace Qt::StringLiterals;

namespace keel::slo {

namespace {

constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
constexpr std::size_t kMaxTextLength = 16 * 1024;
const QString kWindowPlaceholder = u"{{.window}}"_s;

QString tr(const char *text) { return QCoreApplication::translate("keel::slo", text); }

struct Failure {
    QString message;
};

QString str(const nlohmann::json &obj, const QString &path, const char *key, bool required)
{
    const auto it = obj.find(key);
    const QString where = path + u'.' + QString::fromLatin1(key);
    if (it == obj.end() || it->is_null()) {
        if (required)
            throw Failure{tr("%1: is required").arg(where)};
        return {};
    }
    if (!it->is_string())
        throw Failure{tr("%1: expected a string").arg(where)};
    const auto &s = it->get_ref<const std::string &>();
    if (s.size() > kMaxTextLength)
        throw Failure{tr("%1: longer than %2 characters").arg(where).arg(kMaxTextLength)};
    const QString value = QString::fromStdString(s).trimmed();
    if (required && value.isEmpty())
        throw Failure{tr("%1: must not be empty").arg(where)};
    return value;
}

int parseWindowDays(const QString &text, const QString &where)
{
    static const QRegularExpression re(u"^([0-9]{1,3})d$"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        throw Failure{tr("%1: expected a whole number of days such as \"30d\", got \"%2\"").arg(where, text)};
    const int days = m.captured(1).toInt();
    if (days < 1 || days > 90)
        throw Failure{tr("%1: must be between 1d and 90d, got \"%2\"").arg(where, text)};
    return days;
}

void checkQuery(const QString &query, const QString &where)
{
    if (!query.contains(kWindowPlaceholder))
        throw Failure{tr("%1: must contain the range placeholder {{.window}}").arg(where)};
    int depth = 0;
    for (const QChar c : query) {
        if (c == u'(') ++depth;
        if (c == u')' && --depth < 0)
            break;
    }
    if (depth != 0)
        throw Failure{tr("%1: unbalanced parentheses").arg(where)};
}

SloDefinition parseOne(const nlohmann::json &j, const QString &path)
{
    if (!j.is_object())
        throw Failure{tr("%1: expected an object").arg(path)};
    SloDefinition d;
    d.id = str(j, path, "id", true);
    static const QRegularExpression idRe(u"^[a-z0-9][a-z0-9-]{0,63}$"_s);
    if (!idRe.match(d.id).hasMatch())
        throw Failure{tr("%1.id: use lower-case letters, digits and '-' (at most 64), got \"%2\"").arg(path, d.id)};
    d.name = str(j, path, "name", true);
    d.layer = str(j, path, "layer", true);
    if (!sloLayers().contains(d.layer))
        throw Failure{tr("%1.layer: must be one of %2, got \"%3\"").arg(path, sloLayers().join(u", "_s), d.layer)};
    d.description = str(j, path, "description", false);
    d.platformSloId = str(j, path, "platform_slo_id", false);

    const auto obj = j.find("objective");
    if (obj == j.end() || !obj->is_number())
        throw Failure{tr("%1.objective: expected a number between 0 and 1, such as 0.995").arg(path)};
    d.objective = obj->get<double>();
    if (!std::isfinite(d.objective) || d.objective <= 0.0 || d.objective >= 1.0)
        throw Failure{tr("%1.objective: must be between 0 and 1 (exclusive), got %2").arg(path).arg(d.objective)};

    d.windowDays = parseWindowDays(str(j, path, "window", true), path + u".window"_s);

    const auto sli = j.find("sli");
    const QString sliPath = path + u".sli"_s;
    if (sli == j.end() || !sli->is_object())
        throw Failure{tr("%1: expected an object with total_query and good_query or error_query").arg(sliPath)};
    d.goodQuery = str(*sli, sliPath, "good_query", false);
    d.errorQuery = str(*sli, sliPath, "error_query", false);
    d.totalQuery = str(*sli, sliPath, "total_query", true);
    if (d.goodQuery.isEmpty() == d.errorQuery.isEmpty())
        throw Failure{tr("%1: give exactly one of good_query and error_query").arg(sliPath)};
    checkQuery(d.totalQuery, sliPath + u".total_query"_s);
    if (!d.goodQuery.isEmpty())
        checkQuery(d.goodQuery, sliPath + u".good_query"_s);
    else
        checkQuery(d.errorQuery, sliPath + u".error_query"_s);
    return d;
}

} // namespace

QStringList sloLayers()
{
    return {u"inference"_s, u"rag"_s, u"data"_s, u"product"_s, u"review"_s};
}

QString SloDefinition::errorRatioQuery(const QString &range) const
{
    QString total = totalQuery;
    total.replace(kWindowPlaceholder, range);
    if (!errorQuery.isEmpty()) {
        QString err = errorQuery;
        err.replace(kWindowPlaceholder, range);
        return u"("_s + err + u") / ("_s + total + u")"_s;
    }
    QString good = goodQuery;
    good.replace(kWindowPlaceholder, range);
    return u"1 - (("_s + good + u") / ("_s + total + u"))"_s;
}

SloDefinitionLoad parseSloDefinitions(const QByteArray &json)
{
    SloDefinitionLoad out;
    if (json.size() > kMaxFileBytes) {
        out.error = tr("the file is larger than %1 bytes").arg(kMaxFileBytes);
        return out;
    }
    try {
        const auto root = nlohmann::json::parse(json.constBegin(), json.constEnd());
        if (!root.is_object())
            throw Failure{tr("expected a JSON object with \"version\" and \"slos\"")};
        const auto version = root.find("version");
        if (version == root.end() || !version->is_number_integer() || version->get<int>() != 1)
            throw Failure{tr("version: expected 1")};
        const auto slos = root.find("slos");
        if (slos == root.end() || !slos->is_array())
            throw Failure{tr("slos: expected an array")};
        if (slos->empty())
            throw Failure{tr("slos: define at least one SLO")};
        QSet<QString> ids;
        for (std::size_t i = 0; i < slos->size(); ++i) {
            const QString path = u"slos[%1]"_s.arg(i);
            auto def = parseOne((*slos)[i], path);
            if (ids.contains(def.id))
                throw Failure{tr("%1.id: \"%2\" is defined twice").arg(path, def.id)};
            ids.insert(def.id);
            out.set.slos.append(std::move(def));
        }
    } catch (const Failure &f) {
        out.set = {};
        out.error = f.message;
    } catch (const nlohmann::json::parse_error &e) {
        out.set = {};
        out.error = tr("not valid JSON near byte %1").arg(e.byte);
    } catch (const nlohmann::json::exception &) {
        out.set = {};
        out.error = tr("unexpected JSON structure");
    }
    return out;
}

SloDefinitionLoad loadSloDefinitions(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        SloDefinitionLoad out;
        out.error = tr("%1: cannot open: %2").arg(path, f.errorString());
        return out;
    }
    if (f.size() > kMaxFileBytes) {
        SloDefinitionLoad out;
        out.error = tr("%1: the file is larger than %2 bytes").arg(path).arg(kMaxFileBytes);
        return out;
    }
    auto out = parseSloDefinitions(f.readAll());
    if (!out.ok())
        out.error = path + u": "_s + out.error;
    return out;
}

} // namespace keel::slo
