#pragma once
// FinOps Open Cost and Usage Specification (FOCUS 1.0) columns for AI inference spend, so the
// console's export joins cloud bills in the same FinOps tooling.
#include "spendtypes.h"

#include <QHash>
#include <QStringList>

namespace keel::spend {

// The header, in order: BilledCost, EffectiveCost, ListCost, BillingCurrency, BillingPeriodStart,
// BillingPeriodEnd, ChargePeriodStart, ChargePeriodEnd, ChargeCategory, ChargeDescription,
// ServiceCategory, ServiceName, ProviderName, PublisherName, ResourceName, ConsumedQuantity,
// ConsumedUnit, Tags, x_Requests, x_CachedTokens.
QStringList focusColumns();

// One FOCUS row for one spend_daily row. Money as exact decimal dollars ("12.345678"), times as
// ISO 8601 UTC, Tags as a JSON object {"team", "use_case", "customer_segment", "model"}.
// `providers` maps model -> provider id ("openai", …) for ServiceName/PublisherName.
QStringList focusRow(const SpendDetailRow &row, const QHash<QString, QString> &providers);

// "openai" -> "OpenAI API" etc.; unknown ids pass through, empty -> "AI inference".
QString focusServiceName(const QString &provider);

} // namespace keel::spend
