#pragma once
// Test helpers: every raw request record of a running keel-platform, fetched page by page
// through the real PlatformClient, for independent computations.
#include <domain/telemetry.h>

#include <QString>
#include <QUrl>

#include <vector>

namespace keel::test {

// Fetches GET /v1/telemetry/requests until next_cursor is null. Fails the test (QVERIFY inside)
// on any error; check QTest::currentTestFailed() after calling.
std::vector<domain::RequestRecord> fetchAllRequests(const QUrl &baseUrl, const QString &token);
// One GET of `path` with a query; returns the body, fails the test on a non-2xx answer.
// One GET through the console's own PlatformClient, waited for with QSignalSpy. With
// httpStatus given, a failure is the caller's to judge; without, it fails the test.
QByteArray getJson(const QUrl &baseUrl, const QString &token, const QString &path,
                   const QList<QPair<QString, QString>> &query, int *httpStatus = nullptr, int timeoutMs = 60000);

} // namespace keel::test
