#pragma once
// Word-level diff of a model output against the reviewer's edit, shown before an Edit decision
// is submitted so the reviewer sees exactly what they changed.
#include <QList>
#include <QString>
#include <QStringList>

namespace keel::review {

struct DiffSegment {
    enum class Kind { Equal, Inserted, Removed };
    Kind kind = Kind::Equal;
    QString text;
    bool operator==(const DiffSegment &other) const = default;
};

struct DiffSummary {
    int insertedWords = 0;
    int removedWords = 0;
};

class WordDiff {
public:
    // Tokens are runs of letters/digits, runs of whitespace, or single other characters, so
    // concatenating the tokens gives back the text exactly.
    static QStringList tokenize(const QString &text);

    // Myers O((N+M)·D) on tokens after trimming the common prefix and suffix. Adjacent segments
    // of one kind are merged; Removed comes before Inserted inside one change. When the edit is
    // so large that D passes maxEditTokens, the changed middle is reported as one removal plus
    // one insertion, which is still correct, only coarser.
    static QList<DiffSegment> diff(const QString &original, const QString &edited,
                                   int maxEditTokens = 2000);

    static DiffSummary summarize(const QList<DiffSegment> &segments);
};

} // namespace keel::review
