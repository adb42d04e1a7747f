#include "requestrows.h"

#include "catalog.h"
#include "correlation.h"
#include "db.h"

#include <domain/requestpagewriter.h>

#include <string>

namespace keel::platform {

domain::RequestRecord readRequest(const Stmt &s, std::uint64_t seed)
{
    domain::RequestRecord r;
    readRequestInto(s, seed, r);
    return r;
}

void readRequestInto(const Stmt &s, std::uint64_t seed, domain::RequestRecord &r)
{
    const std::int64_t rowId = s.i64(0);
    r.id = requestIdFor(rowId);
    r.ts = s.i64(1);
    r.correlationId = correlationIdFor(seed, rowId);
    // assign() from views: no temporary strings, and a reused record keeps its buffers.
    r.route.assign(s.view(2));
    r.useCase.assign(s.view(3));
    r.model.assign(s.view(4));
    r.provider.assign(s.view(5));
    r.team.assign(s.view(6));
    r.customerSegment.assign(s.view(7));
    r.promptTemplate.assign(s.view(8));
    r.inputTokens = s.i64(9);
    r.outputTokens = s.i64(10);
    r.cachedTokens = s.i64(11);
    r.costMicros = s.i64(12);
    r.latencyMs = s.i64(13);
    r.ttftMs = s.i64(14);
    r.status.assign(s.view(15));
    r.errorCode.assign(s.view(16));
    r.cacheHit = s.i64(17) != 0;
    const auto flags = static_cast<std::uint8_t>(s.i64(18));
    if (flags)
        r.safetyFlags = safetyFlagList(flags);
    else
        r.safetyFlags.clear();
    // Scores are stored as float-derived doubles; 4 decimals is what the gateway reports.
    r.confidence = static_cast<double>(static_cast<std::int64_t>(s.f64(19) * 10000 + 0.5)) / 10000.0;
    r.riskScore = static_cast<double>(static_cast<std::int64_t>(s.f64(20) * 10000 + 0.5)) / 10000.0;
    r.escalated = s.i64(21) != 0;
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

std::string requestPageJson(Connection &c, std::uint64_t seed, std::int64_t afterRow, std::int64_t endRow,
                            std::int64_t limit, const std::function<std::string(std::int64_t lastRow)> &cursorFor,
                            const RequestFilter &equals)
{
    std::string sql = std::string("SELECT ") + kRequestColumns + " FROM requests WHERE id > ? AND id < ?";
    for (const auto &[column, value] : equals)
        sql += std::string(" AND ") + std::string(column) + " = ?";
    sql += " ORDER BY id LIMIT ?";
    Stmt s(c.handle(), sql);
    s.bind(1, afterRow).bind(2, endRow);
    int index = 2;
    for (const auto &[column, value] : equals)
        s.bind(++index, value);
    s.bind(index + 1, limit + 1);
    domain::RequestPageWriter writer(static_cast<std::size_t>(limit));
    domain::RequestRecord record; // one record, reused: its strings keep their buffers
    std::optional<std::string> next;
    std::int64_t lastRow = afterRow;
    while (s.step()) {
        if (static_cast<std::int64_t>(writer.count()) == limit) {
            next = cursorFor(lastRow);
            break;
        }
        lastRow = s.i64(0);
        readRequestInto(s, seed, record);
        writer.add(record);
    }
    return writer.finish(next);
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
