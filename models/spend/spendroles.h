#pragma once
// Roles shared by the spend item models. Models hold exact raw values; the views format them
// for people (widgets/common/numberformat.h) and exports write ExportRole.
#include <Qt>

namespace keel::spend {

enum SpendRole {
    RawValueRole = Qt::UserRole + 1, // qint64 micros / count, double ratio, QString text, qint64 ms
    ValueKindRole,                   // int(ValueKind)
    ExportRole,                      // QString for CSV: exact decimal dollars, ISO dates, plain counts
    StatusRole,                      // BudgetModel: int(BudgetState)
    FractionRole,                    // BudgetModel: actual / amount; forecast share via ForecastFractionRole
    ForecastFractionRole,
    CorrelationIdRole,               // RequestListModel
    PeriodStartRole,                 // UTC ms of the row's period/day
    KeyRole,                         // the group value of the row
    RowIndexRole,                    // index into the model's source list
};

// UnitCost: money per request / per 1k tokens, shown with more decimals than totals.
enum class ValueKind { Text, Money, Count, Ratio, SignedRatio, MoneyChange, Date, DateTime, UnitCost };

} // namespace keel::spend
