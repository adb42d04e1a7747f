// A syncing process killed with SIGKILL mid-page and started again ends with a cache exactly
// equal to the server's data: every page and its cursor commit together, so the restart resumes
// from the last committed page with no gap and no duplicate.
#include "coretesthelpers.h"

#include <platformprocess.h>

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keel;

class TestSyncKill : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killedMidSyncResumesExactly()
    {
        test::PlatformProcess platform;
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        QTemporaryDir dir;
        const QString db = dir.filePath(u"cache.sqlite"_s);
        const QString helper = QCoreApplication::applicationDirPath() + u"/sync_into_db"_s;
        const QStringList args{platform.baseUrl().toString(), platform.token(u"admin"_s), db, u"500"_s};

        QProcess first;
        first.start(helper, args);
        QVERIFY(first.waitForStarted());
        int committedLines = 0;
        while (committedLines < 3) { // let a few pages commit, then pull the plug mid-stream
            QVERIFY2(first.state() == QProcess::Running, "helper finished before it could be killed");
            QVERIFY(first.waitForReadyRead(60000));
            committedLines += first.readAll().count("committed");
        }
        first.kill(); // SIGKILL: no destructors, no flush, whatever page was being written is lost
        QVERIFY(first.waitForFinished());

        QCOMPARE(test::integrityCheck(db), u"ok"_s);
        const qint64 partial = test::countRows(db, "requests");
        QVERIFY(partial > 0);
        QCOMPARE(partial % 500, 0); // whole pages only

        QProcess second;
        second.start(helper, args);
        QVERIFY(second.waitForFinished(240000));
        const QByteArray out = second.readAllStandardOutput();
        QVERIFY2(second.exitCode() == 0, out.constData());

        QCOMPARE(test::integrityCheck(db), u"ok"_s);
        api::PlatformClient client(test::settingsFor(platform, u"admin"_s));
        QString error;
        const auto server = test::serverRequests(client, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto cached = test::cachedRequests(db);
        QCOMPARE(cached.size(), server.size());
        QVERIFY(cached == server);
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
