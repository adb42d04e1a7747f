#include "focusexport.h"

#include <domain/money.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace keel::spend {

namespace {
QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}
} // namespace

QStringList focusColumns()
{
    return {u"BilledCost"_s, u"EffectiveCost"_s, u"ListCost"_s, u"BillingCurrency"_s,
            u"BillingPeriodStart"_s, u"BillingPeriodEnd"_s, u"ChargePeriodStart"_s,
            u"ChargePeriodEnd"_s, u"ChargeCategory"_s, u"ChargeDescription"_s,
            u"ServiceCategory"_s, u"ServiceName"_s, u"ProviderName"_s, u"PublisherName"_s,
            u"ResourceName"_s, u"ConsumedQuantity"_s, u"ConsumedUnit"_s, u"Tags"_s,
            u"x_Requests"_s, u"x_CachedTokens"_s};
}

QString focusServiceName(const QString &provider)
{
    if (provider.isEmpty())
        return u"AI inference"_s;
    if (provider == u"openai"_s)
        return u"OpenAI API"_s;
    if (provider == u"anthropic"_s)
        return u"Anthropic API"_s;
    if (provider == u"self_hosted"_s)
        return u"Self-hosted inference"_s;
    return provider;
}

QStringList focusRow(const SpendDetailRow &r, const QHash<QString, QString> &providers)
{
    const QDate day = msToDate(r.day);
    const QDate month(day.year(), day.month(), 1);
    const QString provider = providers.value(r.model);
    QJsonObject tags{{u"team"_s, r.team},
                     {u"use_case"_s, r.useCase},
                     {u"customer_segment"_s, r.segment},
                     {u"model"_s, r.model}};
    return {
        decimalMoney(r.cell.cost),                                    // BilledCost
        decimalMoney(r.cell.cost),                                    // EffectiveCost: no commitments to amortise
        decimalMoney(r.cell.cost + r.cell.cacheSavings),              // ListCost: before cache discounts
        u"USD"_s,                                              // BillingCurrency
        isoUtc(dateToMs(month)),                               // BillingPeriodStart
        isoUtc(dateToMs(month.addMonths(1))),                  // BillingPeriodEnd (exclusive)
        isoUtc(r.day),                                         // ChargePeriodStart
        isoUtc(r.day + 86'400'000),                            // ChargePeriodEnd (exclusive)
        u"Usage"_s,                                            // ChargeCategory
        r.model + u" inference for "_s + r.useCase,            // ChargeDescription
        u"AI and Machine Learning"_s,                          // ServiceCategory
        focusServiceName(provider),                            // ServiceName
        u"Keel AI Platform"_s,                                 // ProviderName: who bills us
        provider,                                              // PublisherName: who made the model
        r.model,                                               // ResourceName
        QString::number(r.cell.inputTokens + r.cell.outputTokens), // ConsumedQuantity
        u"Tokens"_s,                                           // ConsumedUnit
        QString::fromUtf8(QJsonDocument(tags).toJson(QJsonDocument::Compact)), // Tags
        QString::number(r.cell.requests),                      // x_Requests
        QString::number(r.cell.cachedTokens),                  // x_CachedTokens
    };
}

} // namespace keel::spend
