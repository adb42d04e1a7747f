#pragma once
// What a reviewer reads when the platform says no: 409 held by another, 410 lease expired,
// 403 no review rights, 422 invalid, network trouble. One sentence that says what to do.
#include <QString>

namespace keel::api { struct ApiResponse; }

namespace keel::review {

QString formatLocalTime(const QString &rfc3339);   // "14:05:09" (local), or the input if unparsable
QString formatLocalTime(qint64 ms);
QString heldByMessage(const QString &holder, const QString &untilRfc3339);
QString explainClaimFailure(const api::ApiResponse &response);
QString explainLeaseLoss(const api::ApiResponse &response); // renew failed
QString explainDecisionFailure(const api::ApiResponse &response);
QString leaseExpiredLocallyMessage();
QString idleReleaseMessage(qint64 idleLimitMs);
QString forbiddenMessage();
// A source without leases (Langfuse): the item is open for this reviewer, but not locked.
QString noLocksMessage(const QString &source);

} // namespace keel::review
