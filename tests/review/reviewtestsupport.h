#pragma once
// Shared pieces of the review integration tests: a client for a demo identity, blocking-in-test
// helpers that wait with QSignalSpy (never sleep), and the platform's feedback export.
#include <api/platformclient.h>
#include <domain/review.h>

#include <platformprocess.h>

#include <QList>
#include <QString>

#include <memory>

namespace keel::test {

api::ConnectionSettings settingsFor(const PlatformProcess &platform, const QString &identity);
std::unique_ptr<api::PlatformClient> clientFor(const PlatformProcess &platform, const QString &identity);

// Sends and waits (QSignalSpy::wait) for the answer; a reply that never comes fails the test.
api::ApiResponse call(api::PlatformClient &client, api::ApiRequest request, int timeoutMs = 20000);
api::ApiResponse post(api::PlatformClient &client, const QString &path, const QByteArray &body = {},
                      const QByteArray &idempotencyKey = {});

// GET /v1/review/feedback, every line decoded; *ok false (and a QTest failure message) on error.
QList<domain::FeedbackRecord> feedback(api::PlatformClient &client, bool *ok = nullptr);
int countFor(const QList<domain::FeedbackRecord> &records, const QString &itemId);

// Pending items of a queue (or of every queue when queue is empty), up to limit.
QList<domain::ReviewItem> pendingItems(api::PlatformClient &client, const QString &queue, int limit);

} // namespace keel::test
