// The token through a real Secret Service (scripts/test.sh runs ctest inside dbus-run-session
// with an unlocked gnome-keyring). Without a session bus the test is skipped here; the fallback
// path has its own test (tst_keychainfallback).
#include "settings/connectionprofile.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using keel::settings::ConnectionProfile;

class TestKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("KEEL_TOKEN");
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session: run through scripts/test.sh (dbus-run-session + gnome-keyring)");
    }

    void tokenRoundTripsThroughTheKeychain()
    {
        const QUrl url(u"http://127.0.0.1:9/keel-test-%1"_s.arg(QCoreApplication::applicationPid()));
        {
            ConnectionProfile profile;
            profile.setPlatformUrl(url);
            QSignalSpy stored(&profile, &ConnectionProfile::tokenStored);
            profile.storeToken(u"s3cret-token"_s);
            QVERIFY(stored.wait(10000));
            QVERIFY2(stored.first().at(0).toBool(), qPrintable(stored.first().at(1).toString()));
            QCOMPARE(profile.tokenSource(), ConnectionProfile::TokenSource::Keychain);
        }
        ConnectionProfile again;
        again.setPlatformUrl(url);
        QSignalSpy loaded(&again, &ConnectionProfile::tokenLoaded);
        again.loadToken();
        QVERIFY(loaded.wait(10000));
        QVERIFY(loaded.first().at(0).toBool());
        QCOMPARE(again.token(), u"s3cret-token"_s);
        QCOMPARE(again.connectionSettings().token, u"s3cret-token"_s);

        // the token is not in QSettings
        QSettings settings;
        again.save(settings);
        settings.sync();
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(u"s3cret"_s));

        again.forgetToken();
        ConnectionProfile third;
        third.setPlatformUrl(url);
        QSignalSpy none(&third, &ConnectionProfile::tokenLoaded);
        third.loadToken();
        QVERIFY(none.wait(10000));
        QVERIFY(!none.first().at(0).toBool());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
