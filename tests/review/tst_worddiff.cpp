// WordDiff: tokens, segments and the reconstruction property on hand-picked and random edits.
#include <review/worddiff.h>

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using keel::review::DiffSegment;
using keel::review::WordDiff;
using Kind = keel::review::DiffSegment::Kind;

Q_DECLARE_METATYPE(QList<keel::review::DiffSegment>)

namespace {
QString side(const QList<DiffSegment> &segments, Kind skip)
{
    QString out;
    for (const DiffSegment &s : segments)
        if (s.kind != skip)
            out += s.text;
    return out;
}

// Compact notation for expectations: "=same" "-removed" "+inserted", joined by '|'.
QList<DiffSegment> parse(const QString &spec)
{
    QList<DiffSegment> out;
    if (spec.isEmpty())
        return out;
    for (const QString &part : spec.split(u'|')) {
        const QChar k = part.front();
        const Kind kind = k == u'=' ? Kind::Equal : k == u'-' ? Kind::Removed : Kind::Inserted;
        out.append({kind, part.mid(1)});
    }
    return out;
}
} // namespace

class TestWordDiff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tokenize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");
        QTest::addRow("empty") << QString() << QStringList();
        QTest::addRow("words and spaces") << u"the  cat"_s << QStringList{u"the"_s, u"  "_s, u"cat"_s};
        QTest::addRow("punctuation") << u"Hi, you!"_s << QStringList{u"Hi"_s, u","_s, u" "_s, u"you"_s, u"!"_s};
        QTest::addRow("digits stay in words") << u"v2 of 10"_s << QStringList{u"v2"_s, u" "_s, u"of"_s, u" "_s, u"10"_s};
        QTest::addRow("newline is whitespace") << u"a\nb"_s << QStringList{u"a"_s, u"\n"_s, u"b"_s};
        QTest::addRow("html is just characters") << u"<b>"_s << QStringList{u"<"_s, u"b"_s, u">"_s};
        QTest::addRow("accents") << u"café olé"_s << QStringList{u"café"_s, u" "_s, u"olé"_s};
    }
    void tokenize()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        QCOMPARE(WordDiff::tokenize(text), tokens);
        QCOMPARE(WordDiff::tokenize(text).join(QString()), text);
    }

    void diff_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("edited");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("inserted");
        QTest::addColumn<int>("removed");
        QTest::addRow("identical") << u"same text"_s << u"same text"_s << u"=same text"_s << 0 << 0;
        QTest::addRow("both empty") << QString() << QString() << QString() << 0 << 0;
        QTest::addRow("from empty") << QString() << u"new words"_s << u"+new words"_s << 2 << 0;
        QTest::addRow("to empty") << u"old words"_s << QString() << u"-old words"_s << 0 << 2;
        QTest::addRow("one word replaced") << u"the cat sat"_s << u"the dog sat"_s
                                           << u"=the |-cat|+dog|= sat"_s << 1 << 1;
        QTest::addRow("word inserted") << u"refund in days"_s << u"refund in 5 days"_s
                                       << u"=refund in |+5 |=days"_s << 1 << 0;
        QTest::addRow("word deleted") << u"you must always pay"_s << u"you must pay"_s
                                      << u"=you must |-always |=pay"_s << 0 << 1;
        QTest::addRow("punctuation change") << u"Yes."_s << u"Yes!"_s << u"=Yes|-.|+!"_s << 1 << 1;
        QTest::addRow("prefix and suffix kept") << u"a b c d e"_s << u"a x y e"_s
                                                << u"=a |-b c d|+x y|= e"_s << 2 << 3;
    }
    void diff()
    {
        QFETCH(QString, original);
        QFETCH(QString, edited);
        QFETCH(QString, expected);
        QFETCH(int, inserted);
        QFETCH(int, removed);
        const auto segments = WordDiff::diff(original, edited);
        QCOMPARE(segments, parse(expected));
        const auto summary = WordDiff::summarize(segments);
        QCOMPARE(summary.insertedWords, inserted);
        QCOMPARE(summary.removedWords, removed);
    }

    // Whatever the edit, the old text is Equal+Removed and the new text is Equal+Inserted.
    void reconstructs_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("maxEdit");
        for (quint32 seed = 1; seed <= 12; ++seed)
            QTest::addRow("seed %u", seed) << seed << 2000;
        QTest::addRow("tiny edit budget falls back") << quint32(99) << 2;
    }
    void reconstructs()
    {
        QFETCH(quint32, seed);
        QFETCH(int, maxEdit);
        QRandomGenerator rng(seed);
        const QStringList vocab{u"the"_s, u"claim"_s, u"is"_s, u"covered"_s, u"not"_s, u","_s, u"."_s, u" "_s, u"\n"_s};
        QString a;
        for (int i = 0; i < 300; ++i)
            a += vocab.at(rng.bounded(int(vocab.size()))) + u' ';
        QStringList tokens = WordDiff::tokenize(a);
        for (int i = 0; i < 25; ++i) {
            const int at = rng.bounded(int(tokens.size()) + 1);
            if (rng.bounded(2) && at < tokens.size())
                tokens.removeAt(at);
            else
                tokens.insert(at, vocab.at(rng.bounded(int(vocab.size()))));
        }
        const QString b = tokens.join(QString());
        const auto segments = WordDiff::diff(a, b, maxEdit);
        QCOMPARE(side(segments, Kind::Inserted), a);
        QCOMPARE(side(segments, Kind::Removed), b);
        for (int i = 1; i < segments.size(); ++i)
            QVERIFY(segments.at(i).kind != segments.at(i - 1).kind);
    }

    void largeSingleLineEdit()
    {
        // A 1 MB output with one word changed near the middle: prefix/suffix trimming keeps it exact.
        QString a;
        while (a.size() < 1024 * 1024)
            a += u"lorem ipsum dolor sit amet "_s;
        QString b = a;
        b.replace(a.size() / 2, 5, u"XXXXX"_s);
        const auto segments = WordDiff::diff(a, b);
        QCOMPARE(side(segments, Kind::Inserted), a);
        QCOMPARE(side(segments, Kind::Removed), b);
        const auto summary = WordDiff::summarize(segments);
        QVERIFY(summary.insertedWords >= 1 && summary.insertedWords <= 2);
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
