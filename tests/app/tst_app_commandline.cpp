// The command line is an interface scripts depend on: every command, every refusal.
#include "commandline.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using keel::app::AppOptions;
using keel::app::parseCommandLine;

Q_DECLARE_METATYPE(AppOptions::Command)

class TestCommandLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void commands_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<AppOptions::Command>("command");
        QTest::addColumn<bool>("ok");
        QTest::addRow("gui") << QStringList{} << AppOptions::Command::Gui << true;
        QTest::addRow("gui demo") << QStringList{u"--demo"_s} << AppOptions::Command::Gui << true;
        QTest::addRow("snapshot") << QStringList{u"snapshot"_s, u"--view"_s, u"spend"_s, u"--out"_s, u"a.png"_s, u"--demo"_s}
                                  << AppOptions::Command::Snapshot << true;
        QTest::addRow("snapshot bad view") << QStringList{u"snapshot"_s, u"--view"_s, u"money"_s, u"--out"_s, u"a.png"_s, u"--demo"_s}
                                           << AppOptions::Command::Snapshot << false;
        QTest::addRow("snapshot no out") << QStringList{u"snapshot"_s, u"--view"_s, u"slo"_s, u"--demo"_s}
                                         << AppOptions::Command::Snapshot << false;
        QTest::addRow("snapshot no source") << QStringList{u"snapshot"_s, u"--view"_s, u"slo"_s, u"--out"_s, u"a.png"_s}
                                            << AppOptions::Command::Snapshot << false;
        QTest::addRow("export") << QStringList{u"export"_s, u"spend"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-10-31"_s,
                                               u"--group-by"_s, u"team"_s, u"--format"_s, u"focus"_s, u"--out"_s, u"x.csv"_s,
                                               u"--platform"_s, u"http://127.0.0.1:1"_s}
                                << AppOptions::Command::ExportSpend << true;
        QTest::addRow("export bad group") << QStringList{u"export"_s, u"spend"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-10-31"_s,
                                                         u"--group-by"_s, u"planet"_s, u"--out"_s, u"x.csv"_s, u"--demo"_s}
                                          << AppOptions::Command::ExportSpend << false;
        QTest::addRow("export bad format") << QStringList{u"export"_s, u"spend"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-10-31"_s,
                                                          u"--format"_s, u"xlsx"_s, u"--out"_s, u"x.csv"_s, u"--demo"_s}
                                           << AppOptions::Command::ExportSpend << false;
        QTest::addRow("report") << QStringList{u"report"_s, u"slo"_s, u"--month"_s, u"2026-10"_s, u"--out"_s, u"r.pdf"_s, u"--demo"_s}
                                << AppOptions::Command::ReportSlo << true;
        QTest::addRow("report bad month") << QStringList{u"report"_s, u"slo"_s, u"--month"_s, u"October"_s, u"--out"_s, u"r.pdf"_s, u"--demo"_s}
                                          << AppOptions::Command::ReportSlo << false;
        QTest::addRow("wipe") << QStringList{u"--wipe-cache"_s} << AppOptions::Command::WipeCache << true;
        QTest::addRow("unknown command") << QStringList{u"launch"_s, u"--demo"_s} << AppOptions::Command::Gui << false;
        QTest::addRow("bad platform url") << QStringList{u"--platform"_s, u"not a url"_s} << AppOptions::Command::Gui << false;
        QTest::addRow("snapshot without a platform")
            << QStringList{u"snapshot"_s, u"--view"_s, u"review"_s, u"--out"_s, u"a.png"_s, u"--no-platform"_s,
                           u"--langfuse"_s, u"https://cloud.langfuse.com"_s}
            << AppOptions::Command::Snapshot << true;
        QTest::addRow("no platform and a platform") << QStringList{u"--no-platform"_s, u"--platform"_s, u"https://p.example.com"_s}
                                                   << AppOptions::Command::Gui << false;
        QTest::addRow("no platform and the demo") << QStringList{u"--no-platform"_s, u"--demo"_s} << AppOptions::Command::Gui << false;
    }
    void commands()
    {
        QFETCH(QStringList, args);
        QFETCH(AppOptions::Command, command);
        QFETCH(bool, ok);
        const auto result = parseCommandLine(QStringList{u"keel"_s} + args);
        QCOMPARE(result.error.isEmpty(), ok);
        if (ok)
            QCOMPARE(result.options.command, command);
    }

    void sizeOption_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QSize>("size");
        QTest::addRow("default") << QString() << QSize(1600, 1000);
        QTest::addRow("custom") << u"1280x720"_s << QSize(1280, 720);
        QTest::addRow("garbage") << u"big"_s << QSize();
        QTest::addRow("one number") << u"1280"_s << QSize();
    }
    void sizeOption()
    {
        QFETCH(QString, text);
        QFETCH(QSize, size);
        QStringList args{u"keel"_s, u"snapshot"_s, u"--view"_s, u"review"_s, u"--out"_s, u"a.png"_s, u"--demo"_s};
        if (!text.isEmpty())
            args << u"--size"_s << text;
        const auto result = parseCommandLine(args);
        if (size.isValid()) {
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QCOMPARE(result.options.size, size);
        } else {
            QVERIFY(!result.error.isEmpty());
        }
    }

    void nowOption_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms"); // -1: refused
        QTest::addRow("leap day") << u"2028-02-29T00:05:00Z"_s << qint64(1835395500000);
        QTest::addRow("offset") << u"2028-02-29T01:05:00+01:00"_s << qint64(1835395500000);
        QTest::addRow("date only") << u"2028-02-29"_s << qint64(-1);
        QTest::addRow("not a leap year") << u"2027-02-29T00:05:00Z"_s << qint64(-1);
        QTest::addRow("words") << u"tomorrow"_s << qint64(-1);
    }
    void nowOption()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto result = parseCommandLine({u"keel"_s, u"--demo"_s, u"--now"_s, text});
        if (ms < 0) {
            QVERIFY(!result.error.isEmpty());
            QVERIFY2(result.error.contains(u"--now"_s), qPrintable(result.error));
        } else {
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QCOMPARE(result.options.nowMs, std::optional<qint64>(ms));
        }
        QVERIFY(!parseCommandLine({u"keel"_s, u"--demo"_s}).options.nowMs); // unset: the system clock
    }

    void demoUserAndLanguage()
    {
        const auto result = parseCommandLine({u"keel"_s, u"--demo"_s, u"--demo-user"_s, u"reviewer-2"_s, u"--lang"_s, u"de"_s});
        QVERIFY(result.error.isEmpty());
        QVERIFY(result.options.demo);
        QCOMPARE(result.options.demoUser, u"reviewer-2"_s);
        QCOMPARE(result.options.lang, u"de"_s);
    }

    void sourceOptions()
    {
        const auto both = parseCommandLine({u"keel"_s, u"--platform"_s, u"https://p.example.com"_s, u"--litellm"_s,
                                            u"https://proxy.example.com"_s, u"--langfuse"_s, u"https://cloud.langfuse.com"_s});
        QVERIFY2(both.error.isEmpty(), qPrintable(both.error));
        QCOMPARE(both.options.liteLlmUrl, QUrl(u"https://proxy.example.com"_s));
        QCOMPARE(both.options.langfuseUrl, QUrl(u"https://cloud.langfuse.com"_s));
        QVERIFY(parseCommandLine({u"keel"_s, u"--demo"_s}).options.langfuseUrl.isEmpty());
        QVERIFY(!both.options.noPlatform);
        const auto lfSpend = parseCommandLine({u"keel"_s, u"--no-platform"_s, u"--langfuse-spend"_s, u"https://cloud.langfuse.com"_s});
        QVERIFY2(lfSpend.error.isEmpty(), qPrintable(lfSpend.error));
        QCOMPARE(lfSpend.options.langfuseSpendUrl, QUrl(u"https://cloud.langfuse.com"_s));
        const auto twoSpends = parseCommandLine({u"keel"_s, u"--demo"_s, u"--litellm"_s, u"https://proxy.example.com"_s,
                                                 u"--langfuse-spend"_s, u"https://cloud.langfuse.com"_s});
        QVERIFY2(twoSpends.error.contains(u"--langfuse-spend"_s), qPrintable(twoSpends.error));
        QVERIFY(parseCommandLine({u"keel"_s, u"--no-platform"_s, u"--litellm"_s, u"https://proxy.example.com"_s}).options.noPlatform);
        for (const QString &bad : {u"cloud.langfuse.com"_s, u"https://"_s}) {
            const auto result = parseCommandLine({u"keel"_s, u"--demo"_s, u"--langfuse"_s, bad});
            QVERIFY2(result.error.contains(u"--langfuse"_s), qPrintable(bad + u": "_s + result.error));
        }
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_app_commandline.moc"
