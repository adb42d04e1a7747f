#include "requestrows.h"

#include "catalog.h"
#include "correlation.h"
#include "db.h"

#include <string>

namespace keel::platform {

domain::RequestRecord readRequest(const Stmt &s, std::uint64_t seed)
{
    domain::RequestRecord r;
    const std::int64_t rowId = s.i64(0);
    r.id = requestIdFor(rowId);
    r.ts = s.i64(1);
    r.correlationId = correlationIdFor(seed, rowId);
    r.route = s.text(2);
    r.useCase = s.text(3);
    r.model = s.text(4);
    r.provider = s.text(5);
    r.team = s.text(6);
    r.customerSegment = s.text(7);
    r.promptTemplate = s.text(8);
    r.inputTokens = s.i64(9);
    r.outputTokens = s.i64(10);
    r.cachedTokens = s.i64(11);
    r.costMicros = s.i64(12);
    r.latencyMs = s.i64(13);
    r.ttftMs = s.i64(14);
    r.status = s.text(15);
    r.errorCode = s.text(16);
    r.cacheHit = s.i64(17) != 0;
    r.safetyFlags = safetyFlagList(static_cast<std::uint8_t>(s.i64(18)));
    // Scores are stored as float-derived doubles; 4 decimals is what the gateway reports.
    r.confidence = static_cast<double>(static_cast<std::int64_t>(s.f64(19) * 10000 + 0.5)) / 10000.0;
    r.riskScore = static_cast<double>(static_cast<std::int64_t>(s.f64(20) * 10000 + 0.5)) / 10000.0;
    r.escalated = s.i64(21) != 0;
    return r;
}

std::optional<domain::RequestRecord> loadRequest(Connection &c, std::uint64_t seed, std::int64_t rowId,
                                                 std::int64_t *retrievalMs, std::int64_t *chunks)
{
    Stmt s(c.handle(), std::string("SELECT ") + kRequestColumns + " FROM requests WHERE id = ?");
    s.bind(1, rowId);
    if (!s.step())
        return std::nullopt;
    if (retrievalMs)
        *retrievalMs = s.i64(22);
    if (chunks)
        *chunks = s.i64(23);
    return readRequest(s, seed);
}

std::int64_t firstRowAtOrAfter(Connection &c, std::int64_t tsMs)
{
    Stmt s(c.handle(), "SELECT id FROM requests WHERE ts >= ? ORDER BY ts, id LIMIT 1");
    s.bind(1, tsMs);
    if (s.step())
        return s.i64(0);
    Stmt last(c.handle(), "SELECT COALESCE(MAX(id), 0) + 1 FROM requests");
    last.step();
    return last.i64(0);
}

} // namespace keel::platform
