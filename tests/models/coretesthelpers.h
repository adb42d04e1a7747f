#pragma once
// Helpers shared by the data core's integration tests: talking to a real keel-platform and
// reading back the cache.
#include "api/platformclient.h"

#include <platformprocess.h>

#include <QMap>
#include <QString>

namespace keel::test {

api::ConnectionSettings settingsFor(const PlatformProcess &platform, const QString &identity,
                                    int totalTimeoutMs = 15000);

// Sends one request and waits for its answer (QSignalSpy::wait; the test thread is not the GUI).
api::ApiResponse sendAndWait(api::PlatformClient &client, api::ApiRequest request, int timeoutMs = 60000);

// Which number of a request the maps below carry.
enum class RequestValue { Cost, Ts };

// Every request record the server has, id → cost_micros (or ts), paged through the API with no
// faults. Returns an empty map and fills `error` when a page fails.
QMap<QString, qint64> serverRequests(api::PlatformClient &client, QString *error, RequestValue value = RequestValue::Cost);

// id → cost_micros (or ts) as cached; "PRAGMA integrity_check" result ("ok" when sound).
QMap<QString, qint64> cachedRequests(const QString &dbPath, RequestValue value = RequestValue::Cost);
QString integrityCheck(const QString &dbPath);
qint64 countRows(const QString &dbPath, const char *table);

// PUT /v1/admin/faults with the admin token; true on 2xx.
bool setFaults(api::PlatformClient &adminClient, const QByteArray &json);

} // namespace keel::test
