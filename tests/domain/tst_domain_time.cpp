// RFC 3339 parsing and formatting edge cases, and exact money formatting.
#include <domain/money.h>
#include <domain/timeutil.h>

#include <QTest>

#include <limits>

using namespace keel::domain;
using namespace Qt::StringLiterals;

class TimeMoneyTest : public QObject {
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void format_data();
    void format();
    void formatParseRoundTrip_data();
    void formatParseRoundTrip();
    void money_data();
    void money();
};

void TimeMoneyTest::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("ms");
    QTest::addRow("epoch") << QByteArray("1970-01-01T00:00:00Z") << qint64(0);
    QTest::addRow("millis") << QByteArray("2026-11-26T18:32:22.123Z") << qint64(1795717942123);
    QTest::addRow("lowercase t and z") << QByteArray("2026-11-26t18:32:22.123z") << qint64(1795717942123);
    QTest::addRow("one fraction digit") << QByteArray("2026-11-26T18:32:22.1Z") << qint64(1795717942100);
    QTest::addRow("micro fraction truncates") << QByteArray("2026-11-26T18:32:22.123999Z") << qint64(1795717942123);
    QTest::addRow("nano fraction") << QByteArray("2026-11-26T18:32:22.000000001Z") << qint64(1795717942000);
    QTest::addRow("positive offset") << QByteArray("2026-11-26T20:32:22.123+02:00") << qint64(1795717942123);
    QTest::addRow("negative offset") << QByteArray("2026-11-26T13:02:22.123-05:30") << qint64(1795717942123);
    QTest::addRow("offset crosses day") << QByteArray("2026-11-27T00:30:00+01:00") << qint64(1795735800000);
    QTest::addRow("leap day 2024") << QByteArray("2024-02-29T12:00:00Z") << qint64(1709208000000);
    QTest::addRow("leap day 2000") << QByteArray("2000-02-29T00:00:00Z") << qint64(951782400000);
    QTest::addRow("leap second folds") << QByteArray("2016-12-31T23:59:60Z") << qint64(1483228799000);
    QTest::addRow("before epoch") << QByteArray("1969-12-31T23:59:59.999Z") << qint64(-1);
    QTest::addRow("end of year") << QByteArray("2026-12-31T23:59:59.999Z") << qint64(1798761599999);
}

void TimeMoneyTest::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, ms);
    const auto parsed = parseRfc3339(text.toStdString());
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, ms);
}

void TimeMoneyTest::rejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("empty") << QByteArray("");
    QTest::addRow("date only") << QByteArray("2026-11-26");
    QTest::addRow("no zone") << QByteArray("2026-11-26T18:32:22");
    QTest::addRow("space separator") << QByteArray("2026-11-26 18:32:22Z");
    QTest::addRow("Feb 29 in 2025") << QByteArray("2025-02-29T00:00:00Z");
    QTest::addRow("Feb 29 in 1900") << QByteArray("1900-02-29T00:00:00Z");
    QTest::addRow("Feb 30") << QByteArray("2024-02-30T00:00:00Z");
    QTest::addRow("April 31") << QByteArray("2026-04-31T00:00:00Z");
    QTest::addRow("month 13") << QByteArray("2026-13-01T00:00:00Z");
    QTest::addRow("month 0") << QByteArray("2026-00-01T00:00:00Z");
    QTest::addRow("day 0") << QByteArray("2026-01-00T00:00:00Z");
    QTest::addRow("hour 24") << QByteArray("2026-01-01T24:00:00Z");
    QTest::addRow("minute 60") << QByteArray("2026-01-01T00:60:00Z");
    QTest::addRow("second 61") << QByteArray("2026-01-01T00:00:61Z");
    QTest::addRow("empty fraction") << QByteArray("2026-01-01T00:00:00.Z");
    QTest::addRow("offset without colon") << QByteArray("2026-01-01T00:00:00+0100");
    QTest::addRow("offset hour 24") << QByteArray("2026-01-01T00:00:00+24:00");
    QTest::addRow("trailing junk") << QByteArray("2026-01-01T00:00:00Zjunk");
    QTest::addRow("sign in year") << QByteArray("+026-01-01T00:00:00Z");
    QTest::addRow("unix number") << QByteArray("1795717942123");
    // Found by fuzz_domain_decoders: an offset that moves the instant out of years 0000-9999
    // parsed, and its formatted form ("-001-12-31…", "10000-01-01…") then did not.
    QTest::addRow("offset before year 0") << QByteArray("0000-01-01T00:00:00+01:00");
    QTest::addRow("offset past year 9999") << QByteArray("9999-12-31T23:59:59-00:01");
}

void TimeMoneyTest::rejects()
{
    QFETCH(QByteArray, text);
    QVERIFY(!parseRfc3339(text.toStdString()).has_value());
}

void TimeMoneyTest::format_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::addRow("epoch") << qint64(0) << u"1970-01-01T00:00:00.000Z"_s;
    QTest::addRow("now-ish") << qint64(1795717942123) << u"2026-11-26T18:32:22.123Z"_s;
    QTest::addRow("leap day") << qint64(1709208000000) << u"2024-02-29T12:00:00.000Z"_s;
    QTest::addRow("1 ms before epoch") << qint64(-1) << u"1969-12-31T23:59:59.999Z"_s;
    QTest::addRow("one day before epoch") << qint64(-86400000) << u"1969-12-31T00:00:00.000Z"_s;
}

void TimeMoneyTest::format()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(formatRfc3339(ms)), text);
    // The extremes format without undefined behaviour (UBSan reported -INT64_MIN here).
    QVERIFY(!formatRfc3339(std::numeric_limits<qint64>::min()).empty());
    QVERIFY(!formatRfc3339(std::numeric_limits<qint64>::max()).empty());
}

void TimeMoneyTest::formatParseRoundTrip_data()
{
    QTest::addColumn<qint64>("ms");
    for (qint64 ms : {qint64(0), qint64(951782400000), qint64(1795717942123), qint64(4102444799999), qint64(-2208988800000)})
        QTest::addRow("%lld", static_cast<long long>(ms)) << ms;
}

void TimeMoneyTest::formatParseRoundTrip()
{
    QFETCH(qint64, ms);
    QCOMPARE(parseRfc3339(formatRfc3339(ms)).value_or(-42), ms);
}

void TimeMoneyTest::money_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QString>("text");
    QTest::addRow("zero") << qint64(0) << u"0.000000"_s;
    QTest::addRow("one micro") << qint64(1) << u"0.000001"_s;
    QTest::addRow("one dollar") << qint64(kMicrosPerDollar) << u"1.000000"_s;
    QTest::addRow("cents") << qint64(12345678) << u"12.345678"_s;
    QTest::addRow("negative") << qint64(-1500000) << u"-1.500000"_s;
    QTest::addRow("negative sub-dollar") << qint64(-7) << u"-0.000007"_s;
    QTest::addRow("max") << qint64(std::numeric_limits<qint64>::max()) << u"9223372036854.775807"_s;
    QTest::addRow("min") << qint64(std::numeric_limits<qint64>::min()) << u"-9223372036854.775808"_s;
}

void TimeMoneyTest::money()
{
    QFETCH(qint64, micros);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(microsToDecimalString(micros)), text);
}

QTEST_GUILESS_MAIN(TimeMoneyTest)
#include "tst_domain_time.moc"
