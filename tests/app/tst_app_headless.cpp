// keel's headless commands against a real keel-platform: what a scheduled report script sees.
#include "platformprocess.h"

#include <review/reviewdb.h>

#include <QtTest>
#include <QDate>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <testclock.h>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestHeadless : public QObject {
    Q_OBJECT
private:
    keel::test::PlatformProcess m_platform{keel::test::PlatformOptions{42, 10, 1500, {}, {}}};
    QTemporaryDir m_tmp;

    Run keel(const QStringList &args, const QString &identity, const QString &cacheDir)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"KEEL_TOKEN"_s, identity.isEmpty() ? u"kt_not_a_token"_s : m_platform.token(identity));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_tmp.path() + u"/config"_s); // never touch the user's settings
        p.setProcessEnvironment(env);
        p.start(QString::fromUtf8(KEEL_BIN), args + QStringList{u"--now"_s, keel::test::nowArgument(), u"--platform"_s, m_platform.baseUrl().toString(),
                                                                 u"--cache-dir"_s, cacheDir});
        if (!p.waitForFinished(240000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // The platform's own spend total for the range, read with curl (independent of keel's client).
    qint64 platformSpendMicros(const QDate &from, const QDate &to)
    {
        QProcess curl;
        const QString url = m_platform.baseUrl().toString() + u"/v1/spend?granularity=day&limit=5000&from="_s
            + from.toString(Qt::ISODate) + u"&to="_s + to.addDays(1).toString(Qt::ISODate);
        curl.start(u"curl"_s, {u"-sf"_s, u"-H"_s, u"Authorization: Bearer "_s + m_platform.token(u"finops"_s), url});
        curl.waitForFinished(30000);
        const QJsonObject page = QJsonDocument::fromJson(curl.readAllStandardOutput()).object();
        if (!page.value(u"next_cursor"_s).isNull())
            qWarning("spend needed more than one page");
        qint64 sum = 0;
        for (const QJsonValue &row : page.value(u"items"_s).toArray())
            sum += row.toObject().value(u"cost_micros"_s).toInteger();
        return sum;
    }

    // The one cache file a real `keel snapshot --view review` run leaves in dir; empty (with *why)
    // when the run failed or left another number of files.
    QString cacheMadeByRun(const QString &dir, QString *why)
    {
        const Run r = keel({u"snapshot"_s, u"--view"_s, u"review"_s, u"--out"_s, dir + u"-review.png"_s}, u"reviewer-2"_s, dir);
        const QStringList files = QDir(dir).entryList({u"cache-*.sqlite"_s}, QDir::Files);
        if (r.exitCode != 0 || files.size() != 1) {
            *why = u"exit %1, %2 cache file(s): %3"_s.arg(r.exitCode).arg(files.size()).arg(r.err);
            return {};
        }
        return dir + u'/' + files.first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        if (QStandardPaths::findExecutable(u"curl"_s).isEmpty())
            QSKIP("curl is needed to read the platform independently (scripts/install-deps.sh installs it)");
        QVERIFY2(m_platform.start(), qPrintable(m_platform.errorString()));
    }

    void exportSpendCsvMatchesPlatformTotal()
    {
        const QDate to = keel::test::nowUtc().date().addDays(-1);
        const QDate from = to.addDays(-6);
        const QString out = m_tmp.path() + u"/spend.csv"_s;
        const Run r = keel({u"export"_s, u"spend"_s, u"--from"_s, from.toString(Qt::ISODate), u"--to"_s, to.toString(Qt::ISODate),
                            u"--group-by"_s, u"team"_s, u"--format"_s, u"csv"_s, u"--out"_s, out},
                           u"finops"_s, m_tmp.path() + u"/cache-export"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() > 7, qPrintable(lines.join(u'\n')));
        const QStringList header = lines.first().split(u',');
        QVERIFY2(header.contains(u"team"_s), qPrintable(lines.first()));
        const int microsCol = header.indexOf(u"cost_micros"_s);
        QVERIFY2(microsCol >= 0, qPrintable(lines.first()));
        qint64 sum = 0;
        for (int i = 1; i < lines.size(); ++i)
            sum += lines.at(i).split(u',').value(microsCol).toLongLong();
        QVERIFY(sum > 0);
        QCOMPARE(sum, platformSpendMicros(from, to));
    }

    void exportSpendFocusHasFocusColumns()
    {
        const QDate to = keel::test::nowUtc().date().addDays(-1);
        const QString out = m_tmp.path() + u"/focus.csv"_s;
        const Run r = keel({u"export"_s, u"spend"_s, u"--from"_s, to.addDays(-2).toString(Qt::ISODate), u"--to"_s, to.toString(Qt::ISODate),
                            u"--format"_s, u"focus"_s, u"--out"_s, out},
                           u"admin"_s, m_tmp.path() + u"/cache-focus"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString header = QString::fromUtf8(f.readLine());
        for (const char *col : {"BilledCost", "EffectiveCost", "BillingCurrency", "ChargePeriodStart", "ChargePeriodEnd",
                                "ServiceCategory", "ServiceName", "ConsumedQuantity", "ConsumedUnit", "Tags"})
            QVERIFY2(header.contains(QLatin1StringView(col)), col);
        QVERIFY(QString::fromUtf8(f.readAll()).contains(u"AI and Machine Learning"_s));
    }

    void reviewerCannotExportSpend()
    {
        const Run r = keel({u"export"_s, u"spend"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-01-31"_s, u"--out"_s,
                            m_tmp.path() + u"/no.csv"_s},
                           u"reviewer-1"_s, m_tmp.path() + u"/cache-rev"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"spend"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_tmp.path() + u"/no.csv"_s));
    }

    void badTokenSaysSo()
    {
        const Run r = keel({u"snapshot"_s, u"--view"_s, u"slo"_s, u"--out"_s, m_tmp.path() + u"/x.png"_s}, QString(),
                           m_tmp.path() + u"/cache-bad"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"401"_s) || r.err.contains(u"token"_s, Qt::CaseInsensitive), qPrintable(r.err));
    }

    void snapshotRendersTheViewAtTheAskedSize()
    {
        const QString out = m_tmp.path() + u"/slo.png"_s;
        const Run r = keel({u"snapshot"_s, u"--view"_s, u"slo"_s, u"--out"_s, out, u"--size"_s, u"1280x800"_s}, u"council"_s,
                           m_tmp.path() + u"/cache-snap"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage image(out);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 800));
        // A rendered dashboard has many colours; a blank or failed window has a handful.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 40, qPrintable(QString::number(colours.size())));
    }

    void snapshotOfAViewTheRoleLacksFails()
    {
        const Run r = keel({u"snapshot"_s, u"--view"_s, u"spend"_s, u"--out"_s, m_tmp.path() + u"/nope.png"_s}, u"reviewer-1"_s,
                           m_tmp.path() + u"/cache-rev2"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"spend"_s), qPrintable(r.err));
    }

    void reportSloWritesAPdf()
    {
        const QString out = m_tmp.path() + u"/slo.pdf"_s;
        const QString month = keel::test::nowUtc().date().toString(u"yyyy-MM"_s);
        const Run r = keel({u"report"_s, u"slo"_s, u"--month"_s, month, u"--out"_s, out}, u"council"_s, m_tmp.path() + u"/cache-report"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 10000);
    }

    void snapshotOfReviewWritesNothing()
    {
        // A scheduled screenshot of the review view must not claim the item it shows: that would
        // lock it away from reviewers for a lease and write audit rows on the platform.
        auto platformCount = [this](const QString &path, const QString &identity) {
            QProcess curl;
            curl.start(u"curl"_s, {u"-sf"_s, u"-H"_s, u"Authorization: Bearer "_s + m_platform.token(identity),
                                   m_platform.baseUrl().toString() + path});
            curl.waitForFinished(30000);
            return QJsonDocument::fromJson(curl.readAllStandardOutput()).object().value(u"items"_s).toArray().size();
        };
        const qsizetype auditBefore = platformCount(u"/v1/admin/audit?limit=10000"_s, u"admin"_s);
        const qsizetype claimedBefore = platformCount(u"/v1/review/items?status=claimed&limit=5000"_s, u"admin"_s);
        const Run r = keel({u"snapshot"_s, u"--view"_s, u"review"_s, u"--out"_s, m_tmp.path() + u"/review-ro.png"_s},
                           u"reviewer-1"_s, m_tmp.path() + u"/cache-ro"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QImage(m_tmp.path() + u"/review-ro.png"_s).isNull());
        QCOMPARE(platformCount(u"/v1/review/items?status=claimed&limit=5000"_s, u"admin"_s), claimedBefore);
        QCOMPARE(platformCount(u"/v1/admin/audit?limit=10000"_s, u"admin"_s), auditBefore);
    }

    void wipeCacheKeepsUndeliveredDecisionsUnlessForced()
    {
        // A cache made by a real run, then a decision that never left the machine.
        const QString dir = m_tmp.path() + u"/cache-wipe"_s;
        QString why;
        const QString db = cacheMadeByRun(dir, &why);
        QVERIFY2(!db.isEmpty(), qPrintable(why));
        sqlite3 *h = nullptr;
        QCOMPARE(sqlite3_open(db.toUtf8().constData(), &h), SQLITE_OK);
        char *err = nullptr;
        const int rc = sqlite3_exec(h, "INSERT INTO outbox(item_id, idempotency_key, body, state, attempts, created_at, deliver_after)"
                                       " VALUES('it_x', 'k-1', '{}', 'pending', 0, 0, 0)", nullptr, nullptr, &err);
        QVERIFY2(rc == SQLITE_OK, err ? err : "");
        sqlite3_close(h);

        Run r = keel({u"--wipe-cache"_s}, u"reviewer-2"_s, dir);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"--force"_s), qPrintable(r.err));
        QVERIFY(QFile::exists(db));

        r = keel({u"--wipe-cache"_s, u"--force"_s}, u"reviewer-2"_s, dir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QFile::exists(db));
        QVERIFY(!QFile::exists(db + u"-wal"_s));
    }

    // A decision waiting in a review source's own database (Langfuse: "<cache>-review-<hash>",
    // made by the console's ReviewDb) is counted too, though the cache's outbox is empty.
    void wipeCacheKeepsUndeliveredReviewSourceDecisions()
    {
        const QString dir = m_tmp.path() + u"/cache-wipe-review"_s;
        QString why;
        const QString cache = cacheMadeByRun(dir, &why);
        QVERIFY2(!cache.isEmpty(), qPrintable(why));
        const QString reviewPath = keel::review::ReviewDb::defaultPathFor(cache, u"langfuse|http://127.0.0.1:3000|pk-lf-1"_s);
        {
            keel::review::ReviewDb review;
            QString error;
            QVERIFY2(review.open(reviewPath, &error), qPrintable(error));
            QVERIFY2(review.exec("INSERT INTO review_outbox(item_id, queue, reviewer, action, idempotency_key, body, state, "
                                 "created_at, deliver_after) VALUES('q1:i1', 'q1', 'reviewer-2', 'approve', 'k-lf-1', '{}', "
                                 "'pending', 0, 0)", &error), qPrintable(error));
        }
        QCOMPARE(keel::review::ReviewDb::undeliveredBeside(cache), 1);

        Run r = keel({u"--wipe-cache"_s}, u"reviewer-2"_s, dir);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"1 decision(s)"_s), qPrintable(r.err));
        QVERIFY(QFile::exists(reviewPath));

        r = keel({u"--wipe-cache"_s, u"--force"_s}, u"reviewer-2"_s, dir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QFile::exists(reviewPath));
        QVERIFY(!QFile::exists(cache));
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_app_headless.moc"
