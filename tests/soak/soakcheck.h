#pragma once
// What the soak compares at the end: the platform's feedback export (every decision it applied,
// paged by Next-Cursor), each console's outbox database, and the "saved" lines the consoles
// printed (what reviewers were told).
#include <domain/review.h>

#include <QList>
#include <QMap>
#include <QString>

#include <map>
#include <string>
#include <vector>

namespace keel::test { class ApiClient; }

namespace keel::soak {

struct OutboxRow {
    qint64 seq = 0;
    QString itemId;
    QString key;
    QString state;
    int httpStatus = 0;
    QString lastError;
    QString problemType; // slug of the refusal's problem type ("already-decided", "lease-expired", …)
    int attempts = 0;
};

// Every row of the console's outbox (cache.sqlite in dir), read with its own read-only connection.
QList<OutboxRow> readOutbox(const QString &dir, QString *error);

// Every decision in the platform's feedback export, following Next-Cursor; false on any error.
bool fetchFeedback(const test::ApiClient &api, std::vector<domain::FeedbackRecord> &out, QString *error);

struct PlatformCounters {
    std::map<std::string, long long> faults; // keel_platform_faults_injected_total by fault
    long long faultsTotal = 0;
    long long reviewRequests = 0;            // keel_http_requests_total on /v1/review/…
};
PlatformCounters fetchCounters(const test::ApiClient &api);

struct ConsoleRecord {
    QString name;                       // "console", "A", "B"
    QString dir;
    std::map<QString, QString> acked;   // idempotency key -> item id, from "saved" lines
    int duplicateAcks = 0;              // the same key reported saved twice (never expected)
};

struct Verdict {
    long long acknowledged = 0;
    long long serverDecisions = 0;   // decisions on the platform made by the soak's consoles
    long long landed = 0;            // acknowledged and on the platform, on the right item, once
    long long refused = 0;           // acknowledged, then refused by the platform (409/410) — in the outbox as failed
    std::map<QString, long long> refusedByReason;
    long long refusedWithoutOtherDecision = 0; // refused, yet nobody's decision is on the item
    long long lost = 0;              // acknowledged, not on the platform, not refused with a reason
    long long wrongItem = 0;         // the key landed on another item than the one acknowledged
    long long itemsDecidedTwice = 0; // items with more than one decision on the platform
    long long keysAppliedTwice = 0;  // idempotency keys applied more than once
    long long unknown = 0;           // platform decisions whose key no outbox holds
    long long unfinished = 0;        // outbox rows still pending or delivering
    long long failedOther = 0;       // outbox rows failed with something other than 409/410
    long long deliveredUnacknowledged = 0; // delivered but never reported saved (killed in between)
    long long duplicateAcks = 0;
    QStringList examples;            // a few of each problem, for the report
    bool ok(bool refusalsAllowed) const
    {
        return lost == 0 && wrongItem == 0 && itemsDecidedTwice == 0 && keysAppliedTwice == 0 && unknown == 0
            && unfinished == 0 && failedOther == 0 && duplicateAcks == 0 && (refusalsAllowed || refused == 0);
    }
};

Verdict verify(const std::vector<ConsoleRecord> &consoles, const std::vector<domain::FeedbackRecord> &feedback,
               QString *error);

} // namespace keel::soak
