#include "leasemessages.h"

#include <api/apitypes.h>

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace keel::review {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keel::review", text);
}

QString detailOf(const api::ApiResponse &r)
{
    const QString detail = QString::fromStdString(r.error.problem.detail);
    return detail.isEmpty() ? QString::fromStdString(r.error.problem.title) : detail;
}
} // namespace

QString formatLocalTime(const QString &rfc3339)
{
    const QDateTime t = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(u"HH:mm:ss"_s) : rfc3339;
}

QString formatLocalTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"HH:mm:ss"_s);
}

QString heldByMessage(const QString &holder, const QString &untilRfc3339)
{
    if (untilRfc3339.isEmpty())
        return tr("%1 is working on this item. You can read it, but not decide it.").arg(holder);
    return tr("%1 holds this item until %2. You can read it, but not decide it.")
        .arg(holder, formatLocalTime(untilRfc3339));
}

QString forbiddenMessage()
{
    return tr("The platform refused (403 Forbidden): your account has no review rights. "
              "Ask an admin for the reviewer role.");
}

QString leaseExpiredLocallyMessage()
{
    return tr("Your lease on this item expired: no renewal reached the platform in time. "
              "Your draft is kept; press O to claim the item again.");
}

QString idleReleaseMessage(qint64 idleLimitMs)
{
    return tr("Nothing happened here for %1 minute(s), so the lease was let go for other reviewers. "
              "Your draft is kept; press O to claim the item again.")
        .arg(std::max<qint64>(1, idleLimitMs / 60000));
}

QString explainClaimFailure(const api::ApiResponse &r)
{
    if (r.error.kind != api::ApiError::Kind::Http)
        return tr("Could not claim the item: %1 It stays read-only until the platform answers.")
            .arg(api::describe(r.error));
    switch (r.httpStatus) {
    case 409:
        return heldByMessage(QString::fromStdString(r.error.problem.holder),
                             QString::fromStdString(r.error.problem.expiresAt));
    case 403:
        return forbiddenMessage();
    case 404:
    case 410:
        return tr("This item is no longer open for review (%1). Pick another one.").arg(detailOf(r));
    default:
        return tr("Could not claim the item (HTTP %1): %2").arg(r.httpStatus).arg(detailOf(r));
    }
}

QString explainLeaseLoss(const api::ApiResponse &r)
{
    switch (r.httpStatus) {
    case 409:
        return tr("You lost this item: %1 Your draft is kept.")
            .arg(heldByMessage(QString::fromStdString(r.error.problem.holder),
                               QString::fromStdString(r.error.problem.expiresAt)));
    case 410:
        return tr("Your lease on this item expired before it could be renewed. "
                  "Your draft is kept; press O to claim the item again.");
    case 403:
        return forbiddenMessage();
    default:
        return tr("Your lease could not be renewed (%1). Your draft is kept.").arg(api::describe(r.error));
    }
}

// The whole sentence a reviewer reads in the decision log for a decision the platform refused:
// what happened, and whether opening the item again can redo it (not when it is decided already).
QString explainDecisionFailure(const api::ApiResponse &r)
{
    const QString redo = tr("Open the item again (O) to redo it; your draft is kept.");
    if (r.error.kind != api::ApiError::Kind::Http)
        return tr("Not applied on the platform: %1 %2").arg(api::describe(r.error), redo);
    switch (r.httpStatus) {
    case 409:
        if (r.error.problem.type.ends_with("/already-decided"))
            return tr("Not applied: the item was already decided on the platform, by another reviewer or "
                      "by you in another Keel window. There is nothing to redo; this decision stays in the log.");
        return tr("Not applied: another reviewer holds the item (%1). %2")
            .arg(QString::fromStdString(r.error.problem.holder), redo);
    case 410:
        return tr("Not applied: your lease expired before the decision reached the platform. %1").arg(redo);
    case 403:
        return forbiddenMessage();
    case 404:
        return tr("Not applied: the item no longer exists on the platform.");
    case 422:
        return tr("Not applied: the platform found the decision invalid: %1 %2").arg(detailOf(r), redo);
    default:
        return tr("Not applied (HTTP %1): %2 %3").arg(r.httpStatus).arg(detailOf(r), redo);
    }
}

QString noLocksMessage(const QString &source)
{
    return tr("%1 has no item locks: another reviewer may decide this item at the same time, and the last "
              "decision wins.").arg(source);
}

} // namespace keel::review
