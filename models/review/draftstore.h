#pragma once
// The reviewer's unfinished work on an item (edited text, chosen codes, labels, rubric,
// comment), saved as they type so a lost lease, a 409/410 or a crash never loses it.
// Kept in the review database (mode 0600), never in QSettings: it holds model output.
#include "reviewdb.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace keel::review {

struct ReviewDraft {
    QString itemId;
    QString mode;               // "" | "edit" | "escalate" | "reject"
    QString editedOutput;
    bool hasEdit = false;       // editedOutput is meaningful (it may legitimately be empty)
    QString escalationTier;
    QString escalationReason;
    QString rejectReason;
    QStringList labels;
    QMap<QString, int> rubric;
    QString comment;            // also the escalation note
    qint64 updatedAt = 0;
    bool isEmpty() const;
    bool operator==(const ReviewDraft &) const = default;
};

class DraftStore {
public:
    explicit DraftStore(ReviewDb &db);
    bool save(const QString &reviewer, const ReviewDraft &draft); // empty drafts are removed
    std::optional<ReviewDraft> load(const QString &reviewer, const QString &itemId) const;
    bool remove(const QString &reviewer, const QString &itemId);
    int purgeOlderThan(qint64 cutoffMs); // abandoned drafts hold model output: do not keep them forever

private:
    ReviewDb &m_db;
};

} // namespace keel::review
