// keel with spend from a LiteLLM proxy (--litellm) and everything else from keel-platform (or with
// no platform at all, --no-platform), driven headless as a FinOps script would: the export's numbers are the proxy's, read independently
// with curl from the LiteLLM test double (keel-connector-double, not a real proxy), and a key the
// proxy refuses is reported naming the proxy.
#include "doubleprocess.h"
#include "platformprocess.h"

#include <QtTest>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <testclock.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString err;
};

constexpr auto kMasterKey = "sk-keel-double-master";

} // namespace

class TestLiteLlmSpend : public QObject {
    Q_OBJECT
private:
    keel::test::PlatformProcess m_platform{keel::test::PlatformOptions{42, 5, 800, {}, {}}};
    keel::test::DoubleProcess m_proxy{u"litellm"_s};
    QTemporaryDir m_tmp;

    Run keel(const QStringList &args, const QString &proxyKey, const QString &cacheDir, bool withPlatform = true)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"KEEL_TOKEN"_s, m_platform.token(u"finops"_s));
        if (proxyKey.isEmpty())
            env.remove(u"KEEL_LITELLM_KEY"_s);
        else
            env.insert(u"KEEL_LITELLM_KEY"_s, proxyKey);
        // No Secret Service: a missing key must be reported, not waited for.
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + m_tmp.path() + u"/no-bus"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_tmp.path() + u"/config"_s); // never touch the user's settings
        p.setProcessEnvironment(env);
        const QStringList platform = withPlatform ? QStringList{u"--platform"_s, m_platform.baseUrl().toString()}
                                                  : QStringList{u"--no-platform"_s};
        p.start(QString::fromUtf8(KEEL_BIN),
                args + platform + QStringList{u"--now"_s, keel::test::nowArgument(), u"--litellm"_s, m_proxy.baseUrl().toString(),
                                              u"--cache-dir"_s, cacheDir});
        if (!p.waitForFinished(240000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
    }

    // The proxy's own spend per team for [from, to], every page of /team/daily/activity, by curl.
    QHash<QString, double> proxySpendByTeam(const QDate &from, const QDate &to)
    {
        QHash<QString, double> out;
        for (int page = 1; page < 100; ++page) {
            QProcess curl;
            const QString url = m_proxy.baseUrl().toString() + u"/team/daily/activity?page_size=1000&start_date="_s
                + from.toString(Qt::ISODate) + u"&end_date="_s + to.toString(Qt::ISODate) + u"&page="_s + QString::number(page);
            curl.start(u"curl"_s, {u"-sf"_s, u"-H"_s, u"Authorization: Bearer "_s + QLatin1StringView(kMasterKey), url});
            curl.waitForFinished(30000);
            const QJsonObject body = QJsonDocument::fromJson(curl.readAllStandardOutput()).object();
            for (const QJsonValue &day : body.value(u"results"_s).toArray()) {
                const QJsonObject entities = day[u"breakdown"_s][u"entities"_s].toObject();
                for (auto it = entities.begin(); it != entities.end(); ++it) {
                    // The proxy's "Unassigned" is spend of keys in no team: Keel's empty team.
                    const QString team = it.key() == u"Unassigned"_s ? QString() : it.key();
                    out[team] += it.value()[u"metrics"_s][u"spend"_s].toDouble();
                }
            }
            if (!body.value(u"metadata"_s)[u"has_more"_s].toBool())
                break;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        if (QStandardPaths::findExecutable(u"curl"_s).isEmpty())
            QSKIP("curl is needed to read the proxy independently (scripts/install-deps.sh installs it)");
        QVERIFY2(m_platform.start(), qPrintable(m_platform.errorString()));
        QVERIFY2(m_proxy.start(), qPrintable(m_proxy.errorString()));
    }

    void exportedSpendIsTheProxys_data()
    {
        QTest::addColumn<bool>("withPlatform");
        QTest::addRow("beside the platform") << true;
        QTest::addRow("without a platform") << false; // --no-platform: FinOps on LiteLLM alone
    }

    void exportedSpendIsTheProxys()
    {
        QFETCH(bool, withPlatform);
        const QDate to = keel::test::nowUtc().date().addDays(-1);
        const QDate from = to.addDays(-6);
        const QString out = m_tmp.path() + u"/spend.csv"_s;
        const Run r = keel({u"export"_s, u"spend"_s, u"--from"_s, from.toString(Qt::ISODate), u"--to"_s, to.toString(Qt::ISODate),
                            u"--group-by"_s, u"team"_s, u"--format"_s, u"csv"_s, u"--out"_s, out},
                           QString::fromLatin1(kMasterKey), m_tmp.path() + (withPlatform ? u"/cache"_s : u"/cache-alone"_s),
                           withPlatform);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() > 1, qPrintable(lines.join(u'\n')));
        const QStringList header = lines.first().split(u',');
        const int teamCol = header.indexOf(u"team"_s);
        const int microsCol = header.indexOf(u"cost_micros"_s);
        QVERIFY2(teamCol >= 0 && microsCol >= 0, qPrintable(lines.first()));
        QHash<QString, qint64> exported;
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList cells = lines.at(i).split(u',');
            exported[cells.value(teamCol)] += cells.value(microsCol).toLongLong();
        }
        const QHash<QString, double> expected = proxySpendByTeam(from, to);
        QVERIFY2(!expected.isEmpty(), "the proxy double has no spend in the range");
        // The proxy's teams, not the platform's (whose teams are named differently).
        QCOMPARE(QSet<QString>(exported.keyBegin(), exported.keyEnd()), QSet<QString>(expected.keyBegin(), expected.keyEnd()));
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            // Keel keeps micro-dollars per row; the double's floats are summed here: a micro per row at most.
            const qint64 want = std::llround(it.value() * 1e6);
            QVERIFY2(std::llabs(exported.value(it.key()) - want) <= 200,
                     qPrintable(u"%1: exported %2, proxy %3"_s.arg(it.key()).arg(exported.value(it.key())).arg(want)));
        }
    }

    void aRefusedKeyNamesTheProxy()
    {
        const Run r = keel({u"export"_s, u"spend"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-01-02"_s, u"--out"_s,
                            m_tmp.path() + u"/refused.csv"_s},
                           u"sk-keel-not-a-key"_s, m_tmp.path() + u"/cache-refused"_s);
        // The export goes on with what the cache holds (nothing here), as it does offline; what
        // failed is said naming the proxy.
        QVERIFY2(r.err.contains(u"LiteLLM at "_s + m_proxy.baseUrl().toDisplayString()), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"401"_s), qPrintable(r.err));
    }

    void aMissingKeySaysWhereToPutIt()
    {
        const Run r = keel({u"export"_s, u"spend"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-01-02"_s, u"--out"_s,
                            m_tmp.path() + u"/nokey.csv"_s},
                           QString(), m_tmp.path() + u"/cache-nokey"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"KEEL_LITELLM_KEY"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_tmp.path() + u"/nokey.csv"_s));
    }
};

QTEST_GUILESS_MAIN(TestLiteLlmSpend)
#include "tst_app_litellmspend.moc"
