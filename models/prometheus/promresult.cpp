#include "promresult.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace Qt::StringLiterals;

namespace keel::prometheus {

namespace {

// VictoriaMetrics (and some other Prometheus-compatible stores) put the HTTP status in
// "errorType" ("422" for a query that does not parse, where Prometheus says "bad_data" with a
// 400). Callers and messages key on Prometheus' names, so numeric ones are mapped to them.
QString prometheusErrorType(const QString &given)
{
    bool numeric = false;
    const int status = given.toInt(&numeric);
    if (!numeric)
        return given;
    switch (status) {
    case 400:
    case 422: return u"bad_data"_s;
    case 404: return u"not_found"_s;
    case 503: return u"unavailable"_s;
    case 504: return u"timeout"_s;
    default: return status >= 500 ? u"internal"_s : u"bad_data"_s;
    }
}

QString tr(const char *text) { return QCoreApplication::translate("keel::prometheus", text); }

constexpr std::size_t kMaxDepth = 32; // the envelope is 5 deep; anything deeper is hostile
constexpr std::size_t kMaxErrorText = 2000;

struct Bad {
    QString message;
};

QString boundedText(const nlohmann::json &j)
{
    if (!j.is_string())
        return {};
    auto s = j.get<std::string>();
    if (s.size() > kMaxErrorText)
        s.resize(kMaxErrorText);
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::optional<double> parseValue(const nlohmann::json &v)
{
    // Prometheus encodes values as strings; accept numbers too (some proxies re-encode them).
    double d = 0;
    if (v.is_string()) {
        const auto &s = v.get_ref<const std::string &>();
        if (s.size() > 64)
            throw Bad{tr("a sample value is not a number")};
        bool ok = false;
        d = QByteArray::fromRawData(s.data(), qsizetype(s.size())).toDouble(&ok);
        if (!ok) {
            if (s == "NaN" || s == "+Inf" || s == "-Inf" || s == "Inf")
                return std::nullopt;
            throw Bad{tr("a sample value is not a number")};
        }
    } else if (v.is_number()) {
        d = v.get<double>();
    } else {
        throw Bad{tr("a sample value is not a number")};
    }
    if (!std::isfinite(d))
        return std::nullopt;
    return d;
}

PromSample parseSample(const nlohmann::json &pair)
{
    if (!pair.is_array() || pair.size() != 2 || !pair[0].is_number())
        throw Bad{tr("a sample is not a [time, value] pair")};
    const double t = pair[0].get<double>();
    if (!std::isfinite(t))
        throw Bad{tr("a sample time is not a number")};
    return PromSample{qint64(std::llround(t * 1000.0)), parseValue(pair[1])};
}

QMap<QString, QString> parseLabels(const nlohmann::json &metric)
{
    QMap<QString, QString> out;
    if (metric.is_null())
        return out;
    if (!metric.is_object())
        throw Bad{tr("a series' \"metric\" is not an object")};
    for (auto it = metric.begin(); it != metric.end(); ++it) {
        if (!it.value().is_string())
            throw Bad{tr("a label value is not a string")};
        out.insert(QString::fromStdString(it.key()), boundedText(it.value()));
    }
    return out;
}

void parseData(const nlohmann::json &data, PromResult &out)
{
    if (!data.is_object())
        throw Bad{tr("\"data\" is missing")};
    const auto type = data.find("resultType");
    if (type == data.end() || !type->is_string())
        throw Bad{tr("\"data.resultType\" is missing")};
    out.resultType = boundedText(*type);
    const auto result = data.find("result");
    if (result == data.end())
        throw Bad{tr("\"data.result\" is missing")};
    if (out.resultType == u"scalar") {
        out.series.append(PromSeries{{}, {parseSample(*result)}});
        return;
    }
    if (!result->is_array())
        throw Bad{tr("\"data.result\" is not a list")};
    for (const auto &s : *result) {
        if (!s.is_object())
            throw Bad{tr("a result entry is not an object")};
        PromSeries series;
        series.labels = parseLabels(s.value("metric", nlohmann::json()));
        if (out.resultType == u"vector") {
            const auto v = s.find("value");
            if (v == s.end())
                throw Bad{tr("a vector entry has no \"value\"")};
            series.samples.append(parseSample(*v));
        } else if (out.resultType == u"matrix") {
            const auto vs = s.find("values");
            if (vs == s.end() || !vs->is_array())
                throw Bad{tr("a matrix entry has no \"values\" list")};
            series.samples.reserve(qsizetype(vs->size()));
            for (const auto &p : *vs)
                series.samples.append(parseSample(p));
        } else {
            throw Bad{tr("unsupported result type \"%1\"").arg(out.resultType)};
        }
        out.series.append(std::move(series));
    }
}

} // namespace

std::optional<double> PromResult::firstValue() const
{
    if (series.isEmpty() || series.front().samples.isEmpty())
        return std::nullopt;
    return series.front().samples.front().value;
}

PromResult parsePromResponse(const QByteArray &body, int httpStatus)
{
    PromResult out;
    std::size_t depth = 0;
    bool tooDeep = false;
    // Refuse absurd nesting while parsing, before a DOM is built.
    const nlohmann::json::parser_callback_t limit = [&](int, nlohmann::json::parse_event_t ev, nlohmann::json &) {
        if (ev == nlohmann::json::parse_event_t::object_start || ev == nlohmann::json::parse_event_t::array_start) {
            if (++depth > kMaxDepth)
                tooDeep = true;
        } else if (ev == nlohmann::json::parse_event_t::object_end || ev == nlohmann::json::parse_event_t::array_end) {
            --depth;
        }
        return !tooDeep;
    };
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(body.constBegin(), body.constEnd(), limit);
    } catch (const nlohmann::json::exception &) {
        out.errorType = u"decode"_s;
        out.error = httpStatus >= 400 ? tr("the query API answered HTTP %1 without a Prometheus error body").arg(httpStatus)
                                      : tr("the query API's answer is not valid JSON");
        return out;
    }
    if (tooDeep) {
        out.errorType = u"decode"_s;
        out.error = tr("the query API's answer is nested too deeply");
        return out;
    }
    try {
        if (!root.is_object())
            throw Bad{tr("the answer is not a JSON object")};
        if (const auto w = root.find("warnings"); w != root.end() && w->is_array())
            for (const auto &x : *w)
                out.warnings.append(boundedText(x));
        const auto status = root.find("status");
        if (status == root.end() || !status->is_string())
            throw Bad{tr("\"status\" is missing")};
        if (*status == "error") {
            out.errorType = prometheusErrorType(boundedText(root.value("errorType", nlohmann::json())));
            const QString text = boundedText(root.value("error", nlohmann::json()));
            out.error = text.isEmpty() ? tr("the query failed (%1)").arg(out.errorType) : text;
            if (out.errorType.isEmpty())
                out.errorType = u"error"_s;
            return out;
        }
        if (*status != "success")
            throw Bad{tr("unknown \"status\"")};
        parseData(root.value("data", nlohmann::json()), out);
    } catch (const Bad &b) {
        out.series.clear();
        out.errorType = u"decode"_s;
        out.error = tr("unexpected answer from the query API: %1").arg(b.message);
    } catch (const nlohmann::json::exception &) {
        out.series.clear();
        out.errorType = u"decode"_s;
        out.error = tr("unexpected answer from the query API");
    }
    return out;
}

} // namespace keel::prometheus
