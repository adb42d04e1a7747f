// Countdown, duration, percentage and band formatting, and the reviewer's figures.
#include <review/reviewerstats.h>
#include <review/reviewformat.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keel::review;

Q_DECLARE_METATYPE(keel::review::Band)
Q_DECLARE_METATYPE(keel::review::SlaState)
Q_DECLARE_METATYPE(QList<keel::review::DecisionTiming>)

class TestReviewFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void duration_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::addRow("zero") << qint64(0) << u"0s"_s;
        QTest::addRow("sub-second rounds down") << qint64(999) << u"0s"_s;
        QTest::addRow("seconds") << qint64(45'000) << u"45s"_s;
        QTest::addRow("minutes pad seconds") << qint64(12 * 60'000 + 5'000) << u"12m 05s"_s;
        QTest::addRow("hours pad minutes") << qint64(3 * 3600'000 + 7 * 60'000) << u"3h 07m"_s;
        QTest::addRow("days") << qint64(2 * 86400'000LL + 4 * 3600'000) << u"2d 4h"_s;
        QTest::addRow("negative uses absolute") << qint64(-90'000) << u"1m 30s"_s;
    }
    void duration()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(formatDuration(ms), text);
    }

    void countdown_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::addRow("left") << qint64(4 * 60'000 + 12'000) << u"4m 12s left"_s;
        QTest::addRow("exactly due") << qint64(0) << u"0s left"_s;
        QTest::addRow("overdue") << qint64(-(3 * 60'000 + 10'000)) << u"overdue by 3m 10s"_s;
    }
    void countdown()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(formatCountdown(ms), text);
    }

    void percent_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::addRow("0") << 0.0 << u"0%"_s;
        QTest::addRow("rounds half up") << 0.875 << u"88%"_s;
        QTest::addRow("1") << 1.0 << u"100%"_s;
        QTest::addRow("nan") << std::nan("") << u"n/a"_s;
    }
    void percent()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(formatPercent(value), text);
    }

    void bands_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<Band>("risk");
        QTest::addColumn<Band>("confidence");
        QTest::addRow("0.0") << 0.0 << Band::Low << Band::Low;
        QTest::addRow("0.39") << 0.39 << Band::Low << Band::Low;
        QTest::addRow("0.4") << 0.4 << Band::Medium << Band::Low;
        QTest::addRow("0.5") << 0.5 << Band::Medium << Band::Medium;
        QTest::addRow("0.7") << 0.7 << Band::High << Band::Medium;
        QTest::addRow("0.8") << 0.8 << Band::High << Band::High;
    }
    void bands()
    {
        QFETCH(double, value);
        QFETCH(Band, risk);
        QFETCH(Band, confidence);
        QCOMPARE(riskBand(value), risk);
        QCOMPARE(confidenceBand(value), confidence);
    }

    void sla_data()
    {
        QTest::addColumn<qint64>("remainingMs");
        QTest::addColumn<qint64>("slaMinutes");
        QTest::addColumn<SlaState>("state");
        QTest::addRow("overdue") << qint64(-1) << qint64(60) << SlaState::Overdue;
        QTest::addRow("under 10 min is due soon") << qint64(9 * 60'000) << qint64(600) << SlaState::DueSoon;
        QTest::addRow("under a fifth is due soon") << qint64(100 * 60'000) << qint64(600) << SlaState::DueSoon;
        QTest::addRow("on track") << qint64(300 * 60'000) << qint64(600) << SlaState::OnTrack;
    }
    void sla()
    {
        QFETCH(qint64, remainingMs);
        QFETCH(qint64, slaMinutes);
        QFETCH(SlaState, state);
        const qint64 now = 1'700'000'000'000;
        QCOMPARE(slaState(now, now + remainingMs, slaMinutes), state);
    }

    void figures_data()
    {
        QTest::addColumn<QList<DecisionTiming>>("decisions");
        QTest::addColumn<int>("decided");
        QTest::addColumn<double>("median");
        QTest::addColumn<int>("breaches");
        const qint64 day = 1'000'000'000;
        QTest::addRow("none") << QList<DecisionTiming>{} << 0 << 0.0 << 0;
        QTest::addRow("one") << QList<DecisionTiming>{{day + 10, 30'000, 0}} << 1 << 30.0 << 0;
        QTest::addRow("odd count median")
            << QList<DecisionTiming>{{day + 1, 10'000, 0}, {day + 2, 50'000, 0}, {day + 3, 20'000, 0}} << 3 << 20.0 << 0;
        QTest::addRow("even count averages the middle two")
            << QList<DecisionTiming>{{day + 1, 10'000, 0}, {day + 2, 40'000, 0}, {day + 3, 20'000, 0}, {day + 4, 90'000, 0}}
            << 4 << 30.0 << 0;
        QTest::addRow("yesterday and tomorrow ignored")
            << QList<DecisionTiming>{{day - 1, 5'000, 0}, {day + 5, 8'000, 0}, {day + 86'400'000, 9'000, 0}} << 1 << 8.0 << 0;
        QTest::addRow("breach only after the due time")
            << QList<DecisionTiming>{{day + 100, 1'000, day + 50}, {day + 100, 1'000, day + 100}, {day + 100, 1'000, 0}}
            << 3 << 1.0 << 1;
        QTest::addRow("negative time counts as zero") << QList<DecisionTiming>{{day + 1, -5, 0}} << 1 << 0.0 << 0;
    }
    void figures()
    {
        QFETCH(QList<DecisionTiming>, decisions);
        QFETCH(int, decided);
        QFETCH(double, median);
        QFETCH(int, breaches);
        const qint64 day = 1'000'000'000;
        const ReviewerFigures f = computeReviewerFigures(decisions, day, day + 86'400'000);
        QCOMPARE(f.decidedToday, decided);
        QCOMPARE(f.medianSecondsPerItem, median);
        QCOMPARE(f.slaBreaches, breaches);
    }

    void dayBounds()
    {
        const qint64 now = QDateTime(QDate(2026, 11, 26), QTime(13, 5)).toMSecsSinceEpoch();
        const auto [start, end] = localDayBounds(now);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(start), QDateTime(QDate(2026, 11, 26), QTime(0, 0)));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(end), QDateTime(QDate(2026, 11, 27), QTime(0, 0)));
    }
};

QTEST_GUILESS_MAIN(TestReviewFormat)
#include "tst_reviewformat.moc"
