#include "worddiff.h"

#include <algorithm>
#include <vector>

namespace keel::review {

namespace {

enum class CharClass { Word, Space, Other };

CharClass classOf(QChar c)
{
    if (c.isLetterOrNumber() || c == u'_' || c.isMark())
        return CharClass::Word;
    if (c.isSpace())
        return CharClass::Space;
    return CharClass::Other;
}

void append(QList<DiffSegment> &out, DiffSegment::Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!out.isEmpty() && out.last().kind == kind) {
        out.last().text += text;
        return;
    }
    out.append(DiffSegment{kind, text});
}

bool isWord(const QString &token)
{
    return !token.isEmpty() && classOf(token.front()) != CharClass::Space;
}

// Edit script of a[0..n) → b[0..m) as a list of (kind, token index) steps.
struct Step {
    DiffSegment::Kind kind;
    int index; // into a for Equal/Removed, into b for Inserted
};

bool myers(const QStringList &a, int aOff, int n, const QStringList &b, int bOff, int m,
           int maxD, std::vector<Step> &steps)
{
    const int max = n + m;
    const int limit = std::min(max, maxD);
    const int offset = max + 1;
    std::vector<int> v(2 * max + 3, 0);
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= limit; ++d) {
        // Keep only the diagonals the walk back can read: k in [-(d-1), d-1].
        if (d == 0)
            trace.emplace_back();
        else
            trace.emplace_back(v.begin() + offset - d + 1, v.begin() + offset + d);
        for (int k = -d; k <= d; k += 2) {
            int x;
            if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                x = v[offset + k + 1];
            else
                x = v[offset + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a[aOff + x] == b[bOff + y]) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
        if (found >= 0)
            break;
    }
    if (found < 0)
        return false;
    // Walk back through the saved V arrays.
    int x = n;
    int y = m;
    std::vector<Step> reversed;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &saved = trace[d];
        auto pv = [&](int diagonal) { return saved[std::size_t(diagonal + d - 1)]; };
        const int k = x - y;
        int prevK;
        if (k == -d || (k != d && pv(k - 1) < pv(k + 1)))
            prevK = k + 1;
        else
            prevK = k - 1;
        const int prevX = pv(prevK);
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            --x;
            --y;
            reversed.push_back({DiffSegment::Kind::Equal, aOff + x});
        }
        if (x == prevX)
            reversed.push_back({DiffSegment::Kind::Inserted, bOff + prevY});
        else
            reversed.push_back({DiffSegment::Kind::Removed, aOff + prevX});
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        reversed.push_back({DiffSegment::Kind::Equal, aOff + x});
    }
    steps.assign(reversed.rbegin(), reversed.rend());
    return true;
}

} // namespace

QStringList WordDiff::tokenize(const QString &text)
{
    QStringList tokens;
    qsizetype start = 0;
    while (start < text.size()) {
        const CharClass cls = classOf(text.at(start));
        qsizetype end = start + 1;
        if (cls != CharClass::Other) {
            while (end < text.size() && classOf(text.at(end)) == cls)
                ++end;
        } else if (text.at(start).isHighSurrogate() && end < text.size()) {
            ++end; // keep a surrogate pair together
        }
        tokens.append(text.mid(start, end - start));
        start = end;
    }
    return tokens;
}

QList<DiffSegment> WordDiff::diff(const QString &original, const QString &edited, int maxEditTokens)
{
    const QStringList a = tokenize(original);
    const QStringList b = tokenize(edited);
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;

    QList<DiffSegment> out;
    for (int i = 0; i < prefix; ++i)
        append(out, DiffSegment::Kind::Equal, a[i]);

    const int n = int(a.size()) - prefix - suffix;
    const int m = int(b.size()) - prefix - suffix;
    std::vector<Step> steps;
    if (n > 0 || m > 0) {
        if (myers(a, prefix, n, b, prefix, m, maxEditTokens, steps)) {
            // Within one run of changes, show removals before insertions. A lone whitespace
            // match between two changes is folded into the change, so "b c d" → "x y" reads
            // as one replacement instead of word/space/word fragments.
            QString removed;
            QString inserted;
            QString space; // Equal whitespace seen right after a change
            auto flush = [&] {
                append(out, DiffSegment::Kind::Removed, removed);
                append(out, DiffSegment::Kind::Inserted, inserted);
                removed.clear();
                inserted.clear();
                append(out, DiffSegment::Kind::Equal, space);
                space.clear();
            };
            auto inChange = [&] { return !removed.isEmpty() || !inserted.isEmpty(); };
            for (const Step &s : steps) {
                switch (s.kind) {
                case DiffSegment::Kind::Equal:
                    if (inChange() && !isWord(a[s.index])) {
                        space += a[s.index];
                        break;
                    }
                    flush();
                    append(out, DiffSegment::Kind::Equal, a[s.index]);
                    break;
                case DiffSegment::Kind::Removed:
                    removed += space + a[s.index];
                    inserted += space;
                    space.clear();
                    break;
                case DiffSegment::Kind::Inserted:
                    removed += space;
                    inserted += space + b[s.index];
                    space.clear();
                    break;
                }
            }
            flush();
        } else {
            QString removed;
            for (int i = prefix; i < prefix + n; ++i)
                removed += a[i];
            QString inserted;
            for (int i = prefix; i < prefix + m; ++i)
                inserted += b[i];
            append(out, DiffSegment::Kind::Removed, removed);
            append(out, DiffSegment::Kind::Inserted, inserted);
        }
    }
    for (qsizetype i = a.size() - suffix; i < a.size(); ++i)
        append(out, DiffSegment::Kind::Equal, a[i]);
    return out;
}

DiffSummary WordDiff::summarize(const QList<DiffSegment> &segments)
{
    DiffSummary summary;
    for (const DiffSegment &s : segments) {
        if (s.kind == DiffSegment::Kind::Equal)
            continue;
        const QStringList tokens = tokenize(s.text);
        const int words = int(std::count_if(tokens.begin(), tokens.end(), isWord));
        if (s.kind == DiffSegment::Kind::Inserted)
            summary.insertedWords += words;
        else
            summary.removedWords += words;
    }
    return summary;
}

} // namespace keel::review
