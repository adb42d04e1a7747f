// Tokens go to the OS keychain and nowhere else; without a keychain service they live for the
// session only, and the user is told so.
#include "tokenstore.h"

#include <QtTest>
#include <QDirIterator>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using keel::app::TokenStore;

class TestTokenStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void keychainRoundTrip()
    {
        if (qEnvironmentVariableIsSet("KEEL_TOKENSTORE_CHILD"))
            QSKIP("runs in the parent only");
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session: run through scripts/test.sh, which provides one with an unlocked gnome-keyring");
        TokenStore store;
        const QUrl platform(u"https://platform.example.test:8443/v1"_s);
        const QString token = u"kt_roundtrip_"_s + QString::number(QDateTime::currentMSecsSinceEpoch());

        QSignalSpy wrote(&store, &TokenStore::writeFinished);
        store.write(platform, token);
        QVERIFY(wrote.wait(10000));
        QVERIFY2(wrote.at(0).at(0).toBool(), qPrintable(wrote.at(0).at(2).toString()));
        QVERIFY2(!wrote.at(0).at(1).toBool(), "a running Secret Service must not fall back to the session store");

        QSignalSpy read(&store, &TokenStore::readFinished);
        store.read(QUrl(u"https://platform.example.test:8443/other/path"_s)); // same origin, same token
        QVERIFY(read.wait(10000));
        QVERIFY(read.at(0).at(0).toBool());
        QCOMPARE(read.at(0).at(1).toString(), token);

        // Never in a settings file.
        QSettings().sync();
        const QString configDir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QDirIterator it(configDir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(token.toUtf8()), qPrintable(f.fileName()));
        }

        QSignalSpy removed(&store, &TokenStore::removeFinished);
        store.remove(platform);
        QVERIFY(removed.wait(10000));
        QVERIFY(removed.at(0).at(0).toBool());
        read.clear();
        store.read(platform);
        QVERIFY(read.wait(10000));
        QVERIFY(!read.at(0).at(0).toBool());
        QVERIFY(read.at(0).at(3).toString().isEmpty()); // "not found" is not an error
    }

    void sessionOnlyFallbackWithoutKeychain()
    {
        if (qEnvironmentVariableIsSet("KEEL_TOKENSTORE_CHILD"))
            QSKIP("runs in the parent only");
        // A D-Bus connection is made once per process, so the no-keychain case runs in a child
        // whose session bus address leads nowhere.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"KEEL_TOKENSTORE_CHILD"_s, u"1"_s);
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/keel-no-bus"_s);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {u"fallbackChild"_s});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray out = child.readAllStandardOutput() + child.readAllStandardError();
        QVERIFY2(child.exitCode() == 0, out.constData());
        QVERIFY2(out.contains("PASS   : TestTokenStore::fallbackChild"), out.constData());
    }

    void fallbackChild()
    {
        if (!qEnvironmentVariableIsSet("KEEL_TOKENSTORE_CHILD"))
            QSKIP("runs in the child process of sessionOnlyFallbackWithoutKeychain");
        TokenStore store;
        const QUrl platform(u"https://platform.example.test"_s);
        QSignalSpy wrote(&store, &TokenStore::writeFinished);
        store.write(platform, u"kt_session_only"_s);
        QVERIFY(wrote.wait(20000));
        QVERIFY(wrote.at(0).at(0).toBool());
        QVERIFY(wrote.at(0).at(1).toBool()); // session only
        QVERIFY2(wrote.at(0).at(2).toString().contains(u"session only"_s), qPrintable(wrote.at(0).at(2).toString()));

        QSignalSpy read(&store, &TokenStore::readFinished);
        store.read(platform);
        QVERIFY(read.wait(20000));
        QVERIFY(read.at(0).at(0).toBool());
        QCOMPARE(read.at(0).at(1).toString(), u"kt_session_only"_s);
        QVERIFY(read.at(0).at(2).toBool());

        read.clear();
        store.read(QUrl(u"https://another.example.test"_s));
        QVERIFY(read.wait(20000));
        QVERIFY(!read.at(0).at(0).toBool());
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_app_tokenstore.moc"
