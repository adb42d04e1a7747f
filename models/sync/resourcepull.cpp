#include "resourcepull.h"

#include <domain/codec.h>

#include <nlohmann/json.hpp>

#include <memory>

using namespace Qt::StringLiterals;

namespace keel::sync {

namespace {

std::string_view view(const QByteArray &b)
{
    return {b.constData(), size_t(b.size())};
}

template <typename T, typename Decoder, typename Writer, typename Mark>
DecodedPage decodeWith(const QByteArray &body, Decoder decoder, Writer writer, Mark markOf)
{
    DecodedPage out;
    auto decoded = decoder(view(body), domain::DecodeLimits{});
    if (!decoded) {
        out.error = QString::fromStdString(decoded.error().toString());
        return out;
    }
    auto items = std::make_shared<std::vector<T>>(std::move(decoded.value().items));
    out.nextCursor = decoded.value().nextCursor;
    out.count = qint64(items->size());
    for (const T &item : *items)
        out.mark = std::max<qint64>(out.mark, markOf(item));
    out.write = [items, writer](store::Db &db, bool firstPage) { writer(db, *items, firstPage); };
    return out;
}

} // namespace

QList<ResourcePull> standardPulls(int requestPageLimit)
{
    QList<ResourcePull> pulls;

    ResourcePull requests;
    requests.name = u"requests"_s;
    requests.path = u"/v1/telemetry/requests"_s;
    requests.limit = requestPageLimit;
    requests.sinceParam = u"since"_s; // inclusive: the next run re-reads the last ms, upserts dedupe
    requests.decode = [](const QByteArray &body, const PageContext &) {
        return decodeWith<domain::RequestRecord>(
            body, &domain::decodeRequestPage,
            [](store::Db &db, const auto &v, bool) { store::upsertRequests(db, v); },
            [](const domain::RequestRecord &r) { return r.ts; });
    };
    pulls << requests;

    ResourcePull spend;
    spend.name = u"spend_daily"_s;
    spend.path = u"/v1/spend"_s;
    spend.limit = 10000;
    spend.sinceParam = u"from"_s;
    spend.overlapMs = 2 * 86'400'000LL; // the last days' totals still grow: re-pull them
    spend.fixedQuery = {{u"granularity"_s, u"day"_s}, {u"group_by"_s, kSpendDimensions}};
    spend.decode = [](const QByteArray &body, const PageContext &) {
        return decodeWith<domain::SpendRow>(
            body, &domain::decodeSpendPage,
            [](store::Db &db, const auto &v, bool) { store::upsertSpendRows(db, v); },
            [](const domain::SpendRow &r) { return r.periodStart; });
    };
    pulls << spend;

    ResourcePull budgets;
    budgets.name = u"budgets"_s;
    budgets.path = u"/v1/budgets"_s;
    budgets.decode = [](const QByteArray &body, const PageContext &) {
        return decodeWith<domain::Budget>(
            body, &domain::decodeBudgetPage,
            [](store::Db &db, const auto &v, bool first) { store::replaceBudgets(db, v, first); },
            [](const domain::Budget &) { return 0; });
    };
    pulls << budgets;

    ResourcePull slos;
    slos.name = u"slos"_s;
    slos.path = u"/v1/slos"_s;
    slos.decode = [](const QByteArray &body, const PageContext &) {
        return decodeWith<domain::Slo>(
            body, &domain::decodeSloPage,
            [](store::Db &db, const auto &v, bool first) { store::replaceSlos(db, v, first); },
            [](const domain::Slo &) { return 0; });
    };
    pulls << slos;

    ResourcePull queues;
    queues.name = u"review_queues"_s;
    queues.path = u"/v1/review/queues"_s;
    queues.decode = [](const QByteArray &body, const PageContext &) {
        return decodeWith<domain::ReviewQueue>(
            body, &domain::decodeQueuePage,
            [](store::Db &db, const auto &v, bool first) { store::replaceQueues(db, v, first); },
            [](const domain::ReviewQueue &) { return 0; });
    };
    pulls << queues;

    ResourcePull items;
    items.name = u"review_items"_s;
    items.path = u"/v1/review/items"_s;
    items.limit = 1000;
    items.sinceParam = u"updated_since"_s;
    items.fixedQuery = {{u"status"_s, u"all"_s}};
    items.decode = [](const QByteArray &body, const PageContext &) {
        return decodeWith<domain::ReviewItem>(
            body, &domain::decodeItemPage,
            [](store::Db &db, const auto &v, bool) { store::upsertReviewItems(db, v); },
            [](const domain::ReviewItem &i) { return i.updatedAt; });
    };
    pulls << items;

    return pulls;
}

CursorPeek peekNextCursor(const QByteArray &body)
{
    CursorPeek peek;
    // The envelope is {"items":[...],"next_cursor":…}; look only at the tail, and only accept a
    // key that is not inside the items (the last occurrence, followed by a scalar and the end).
    const qsizetype key = body.lastIndexOf("\"next_cursor\"");
    if (key < 0 || body.size() - key > 4096)
        return peek;
    qsizetype colon = body.indexOf(':', key);
    if (colon < 0)
        return peek;
    QByteArray rest = body.mid(colon + 1).trimmed();
    if (!rest.endsWith('}'))
        return peek;
    rest.chop(1);
    rest = rest.trimmed();
    try {
        const auto value = nlohmann::json::parse(rest.constData(), rest.constData() + rest.size());
        if (value.is_null()) {
            peek.known = true;
        } else if (value.is_string()) {
            peek.known = true;
            peek.cursor = value.get<std::string>();
        }
    } catch (const nlohmann::json::exception &) {
        // something else follows (e.g. "currency"): wait for the real decode
    }
    return peek;
}

} // namespace keel::sync
