#include "draftstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <clock.h>

using namespace Qt::StringLiterals;

namespace keel::review {

bool ReviewDraft::isEmpty() const
{
    return mode.isEmpty() && !hasEdit && escalationTier.isEmpty() && escalationReason.isEmpty()
        && rejectReason.isEmpty() && labels.isEmpty() && rubric.isEmpty() && comment.isEmpty();
}

DraftStore::DraftStore(ReviewDb &db)
    : m_db(db)
{
}

bool DraftStore::save(const QString &reviewer, const ReviewDraft &draft)
{
    if (draft.isEmpty())
        return remove(reviewer, draft.itemId);
    QJsonObject rubric;
    for (auto it = draft.rubric.begin(); it != draft.rubric.end(); ++it)
        rubric.insert(it.key(), it.value());
    const QJsonObject obj{
        {u"mode"_s, draft.mode},
        {u"edited_output"_s, draft.editedOutput},
        {u"has_edit"_s, draft.hasEdit},
        {u"escalation_tier"_s, draft.escalationTier},
        {u"escalation_reason"_s, draft.escalationReason},
        {u"reject_reason"_s, draft.rejectReason},
        {u"labels"_s, QJsonArray::fromStringList(draft.labels)},
        {u"rubric"_s, rubric},
        {u"comment"_s, draft.comment},
    };
    Statement s(m_db, "INSERT INTO review_drafts(item_id, reviewer, json, updated_at) VALUES (?,?,?,?) "
                      "ON CONFLICT(item_id, reviewer) DO UPDATE SET json = excluded.json, "
                      "updated_at = excluded.updated_at");
    s.bind(1, draft.itemId).bind(2, reviewer).bind(3, QJsonDocument(obj).toJson(QJsonDocument::Compact))
        .bind(4, keel::clock::nowMs());
    return s.run();
}

std::optional<ReviewDraft> DraftStore::load(const QString &reviewer, const QString &itemId) const
{
    Statement s(m_db, "SELECT json, updated_at FROM review_drafts WHERE item_id = ? AND reviewer = ?");
    s.bind(1, itemId).bind(2, reviewer);
    if (!s.step())
        return std::nullopt;
    const QJsonObject obj = QJsonDocument::fromJson(s.blob(0)).object();
    ReviewDraft d;
    d.itemId = itemId;
    d.mode = obj.value(u"mode"_s).toString();
    d.editedOutput = obj.value(u"edited_output"_s).toString();
    d.hasEdit = obj.value(u"has_edit"_s).toBool();
    d.escalationTier = obj.value(u"escalation_tier"_s).toString();
    d.escalationReason = obj.value(u"escalation_reason"_s).toString();
    d.rejectReason = obj.value(u"reject_reason"_s).toString();
    for (const QJsonValue &v : obj.value(u"labels"_s).toArray())
        d.labels.append(v.toString());
    const QJsonObject rubric = obj.value(u"rubric"_s).toObject();
    for (auto it = rubric.begin(); it != rubric.end(); ++it)
        d.rubric.insert(it.key(), it.value().toInt());
    d.comment = obj.value(u"comment"_s).toString();
    d.updatedAt = s.integer(1);
    return d;
}

bool DraftStore::remove(const QString &reviewer, const QString &itemId)
{
    Statement s(m_db, "DELETE FROM review_drafts WHERE item_id = ? AND reviewer = ?");
    s.bind(1, itemId).bind(2, reviewer);
    return s.run();
}

int DraftStore::purgeOlderThan(qint64 cutoffMs)
{
    Statement s(m_db, "DELETE FROM review_drafts WHERE updated_at < ?");
    s.bind(1, cutoffMs);
    return s.run() ? m_db.changes() : 0;
}

} // namespace keel::review
