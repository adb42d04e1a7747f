// domain::Clock, the one reading of wall time for keel-platform and the console: unpinned it is
// the system clock; pinned it starts at the chosen instant and runs on at real speed. And no
// source outside clock.cpp reads the system time behind its back.
#include <domain/clock.h>

#include "testclock.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <chrono>

using namespace Qt::StringLiterals;
using keel::domain::Clock;

namespace {

qint64 systemMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

class TstDomainClock : public QObject {
    Q_OBJECT
private slots:
    void unpinnedIsTheSystemClock()
    {
        Clock clock;
        QVERIFY(!clock.isPinned());
        const qint64 before = systemMs();
        const qint64 read = clock.nowMs();
        const qint64 after = systemMs();
        QVERIFY(read >= before && read <= after);
    }

    void pinnedStartsThereAndRunsOn_data()
    {
        QTest::addColumn<qint64>("at");
        QTest::addRow("leap day") << qint64(1835395500000); // 2028-02-29T00:05:00Z
        QTest::addRow("year end") << qint64(1798761540000); // 2026-12-31T23:59:00Z
        QTest::addRow("epoch") << qint64(1);
        QTest::addRow("far future") << qint64(4102444800000); // 2100-01-01
    }
    void pinnedStartsThereAndRunsOn()
    {
        QFETCH(qint64, at);
        Clock clock;
        clock.pin(at);
        QVERIFY(clock.isPinned());
        const qint64 first = clock.nowMs();
        QVERIFY2(first >= at && first < at + 1000, QByteArray::number(first - at).constData());
        QTest::qSleep(120);
        const qint64 later = clock.nowMs();
        // Runs on at real speed (the rows at the epoch and in 2100 show it is not the system clock).
        QVERIFY2(later - first >= 100 && later - first < 5000, QByteArray::number(later - first).constData());
    }

    void pinningAgainMovesIt()
    {
        Clock clock;
        clock.pin(1798761540000);
        clock.pin(1835395500000);
        QVERIFY(clock.nowMs() >= 1835395500000 && clock.nowMs() < 1835395500000 + 1000);
    }

    void theSuiteRunsOnAPinnedClock()
    {
        // tests/support/testclock pins the console's process clock before main(): to KEEL_TEST_NOW
        // when the date sweep sets it, else to one fixed instant, never to today.
        QVERIFY(keel::domain::processClock().isPinned());
        const QByteArray wanted = qgetenv("KEEL_TEST_NOW").isEmpty() ? QByteArray(keel::test::kDefaultTestNow)
                                                                       : qgetenv("KEEL_TEST_NOW");
        const auto pinnedAt = keel::domain::parseRfc3339(wanted.toStdString());
        QVERIFY(pinnedAt);
        const qint64 now = keel::test::nowMs();
        QVERIFY2(now >= *pinnedAt && now < *pinnedAt + 600'000, QByteArray::number(now - *pinnedAt).constData());
    }

    void nothingElseReadsTheSystemTime()
    {
        // A stray QDateTime::currentDateTime() is how a date-dependent failure comes back.
        static const QRegularExpression systemTime(
            uR"(QDateTime::current|QDate::currentDate|QTime::currentTime|system_clock::now|\btime\(nullptr\)|std::time\(|gettimeofday|CLOCK_REALTIME)"_s);
        QStringList offenders;
        for (const char *dir : {"models", "widgets", "app", "server"}) {
            QDirIterator it(QString::fromUtf8(KEEL_SOURCE_DIR) + u'/' + QLatin1StringView(dir),
                            {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.endsWith(u"/models/domain/clock.cpp"_s))
                    continue;
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                int lineNo = 0;
                while (!f.atEnd()) {
                    const QString line = QString::fromUtf8(f.readLine());
                    ++lineNo;
                    if (line.trimmed().startsWith(u"//"_s))
                        continue;
                    if (systemTime.match(line).hasMatch())
                        offenders << path.mid(int(qstrlen(KEEL_SOURCE_DIR)) + 1) + u':' + QString::number(lineNo);
                }
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TstDomainClock)
#include "tst_domain_clock.moc"
