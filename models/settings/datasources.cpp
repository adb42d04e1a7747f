#include "datasources.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace keel::settings {

QString DataSources::spendKindName(SpendKind kind)
{
    switch (kind) {
    case SpendKind::LiteLlm:
        return u"litellm"_s;
    case SpendKind::Langfuse:
        return u"langfuse"_s;
    case SpendKind::Platform:
        break;
    }
    return u"platform"_s;
}

bool DataSources::parseSpendKind(const QString &name, SpendKind *out)
{
    if (name == u"platform"_s)
        *out = SpendKind::Platform;
    else if (name == u"litellm"_s)
        *out = SpendKind::LiteLlm;
    else if (name == u"langfuse"_s)
        *out = SpendKind::Langfuse;
    else
        return false;
    return true;
}

QString DataSources::reviewKindName(ReviewKind kind)
{
    return kind == ReviewKind::Langfuse ? u"langfuse"_s : u"platform"_s;
}

bool DataSources::parseReviewKind(const QString &name, ReviewKind *out)
{
    if (name == u"platform"_s)
        *out = ReviewKind::Platform;
    else if (name == u"langfuse"_s)
        *out = ReviewKind::Langfuse;
    else
        return false;
    return true;
}

DataSources DataSources::load(const QSettings &s)
{
    DataSources out;
    out.usePlatform = s.value(u"sources/platform"_s, u"keel"_s).toString() != u"none"_s;
    // An unknown name (a newer Keel's source, a typo) falls back to the platform.
    parseSpendKind(s.value(u"sources/spend"_s, u"platform"_s).toString(), &out.spend);
    out.spendUrl = QUrl(s.value(u"sources/spend_url"_s).toString());
    parseReviewKind(s.value(u"sources/review"_s, u"platform"_s).toString(), &out.review);
    out.reviewUrl = QUrl(s.value(u"sources/review_url"_s).toString());
    out.sloFromPrometheus = QUrl(s.value(u"slo/prometheus_url"_s).toString()).isValid()
        && !s.value(u"slo/prometheus_url"_s).toString().isEmpty() && !s.value(u"slo/definitions_file"_s).toString().isEmpty();
    return out;
}

void DataSources::save(QSettings &s) const
{
    s.setValue(u"sources/platform"_s, usePlatform ? u"keel"_s : u"none"_s);
    s.setValue(u"sources/spend"_s, spendKindName(spend));
    s.setValue(u"sources/spend_url"_s, spendUrl.toString());
    s.setValue(u"sources/review"_s, reviewKindName(review));
    s.setValue(u"sources/review_url"_s, reviewUrl.toString());
}

} // namespace keel::settings
