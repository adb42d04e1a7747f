#pragma once
// Test helpers for the spend tests: fetch what a running keel-platform serves (through the real
// PlatformClient), write it into a real store file (keel::store::Store and its cache writers,
// the same code the sync engine uses), and sum raw requests independently.
#include <domain/spend.h>
#include <domain/telemetry.h>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <vector>

namespace keel::test {

struct SpendData {
    std::vector<domain::RequestRecord> requests;
    std::vector<domain::SpendRow> spend;      // day granularity, grouped by all four dimensions
    std::vector<domain::Budget> budgets;
};

// One GET; fails the test on a non-2xx answer (check QTest::currentTestFailed()).
QByteArray spendGet(const QUrl &baseUrl, const QString &token, const QString &path,
                    const QList<QPair<QString, QString>> &query);
// Every page of /v1/telemetry/requests, /v1/spend (day × model, use_case, team, segment) and /v1/budgets.
SpendData fetchSpendData(const QUrl &baseUrl, const QString &token);
// Writes `data` into the store at `path` (created and migrated by keel::store::Store).
bool writeStore(const QString &path, const SpendData &data, QString *error = nullptr);

// A spend row / request for synthetic stores.
domain::SpendRow spendRow(qint64 dayMs, const char *model, const char *useCase, const char *team,
                          const char *segment, qint64 costMicros, qint64 requests = 1,
                          const char *route = "", const char *promptTemplate = "", const char *provider = "");
domain::RequestRecord requestRecord(const QString &id, qint64 ts, const char *model, const char *useCase,
                                    const char *team, const char *segment, const char *route,
                                    const char *promptTemplate, qint64 costMicros);

} // namespace keel::test
