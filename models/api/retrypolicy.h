#pragma once
// Pure decisions of the platform client: when to retry, how long to wait, how to name a curl
// failure. Kept free of I/O so they can be tested data-driven.
#include "apitypes.h"

#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace keel::api {

// Exponential backoff with full jitter (AWS architecture blog): a uniform draw in
// [0, min(maxMs, baseMs * 2^attempt)]. `unit` is a uniform random number in [0, 1);
// attempt counts from 0 for the first retry.
int backoffDelayMs(int attempt, int baseMs, int maxMs, double unit);

// Retry-After is either delta-seconds ("120") or an HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT").
// Returns the wait in ms relative to `now` (0 for a date in the past), nullopt when unparseable.
std::optional<qint64> parseRetryAfterMs(QByteArrayView value, const QDateTime &now);

// Longest Retry-After we honour; beyond it we give up and report the answer instead of stalling.
constexpr qint64 kMaxRetryAfterMs = 60'000;

// Maps a CURLcode (as int, so this header needs no curl) to an error kind.
ApiError::Kind kindForCurlCode(int curlCode);

// True when `method` may be repeated without a second effect: GET/PUT/DELETE, or any request
// carrying an Idempotency-Key (the server replays the first answer for the same key).
bool isIdempotent(QByteArrayView method, bool hasIdempotencyKey);

// Whether a failed attempt should be retried. Transport failures before anything reached the
// server (connect refused) are always safe; timeouts and drops only for idempotent requests.
bool shouldRetry(ApiError::Kind kind, int httpStatus, bool idempotent);

} // namespace keel::api
