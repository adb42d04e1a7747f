// No Secret Service reachable (no session bus at all): storing the token falls back to a
// session-only copy and says so; KEEL_TOKEN wins over everything.
#include "settings/connectionprofile.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cstdlib>

using namespace Qt::StringLiterals;
using keel::settings::ConnectionProfile;

namespace {
// Before QCoreApplication (and so before any D-Bus connection is attempted).
const bool g_noBus = [] {
    ::unsetenv("DBUS_SESSION_BUS_ADDRESS");
    ::unsetenv("KEEL_TOKEN");
    return true;
}();
} // namespace

class TestKeychainFallback : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(g_noBus);
        QStandardPaths::setTestModeEnabled(true);
    }

    void sessionOnlyFallbackSaysSo()
    {
        ConnectionProfile profile;
        profile.setPlatformUrl(QUrl(u"https://platform.example"_s));
        QSignalSpy stored(&profile, &ConnectionProfile::tokenStored);
        profile.storeToken(u"tok-1"_s);
        QVERIFY(stored.wait(10000));
        QCOMPARE(stored.first().at(0).toBool(), false);
        const QString message = stored.first().at(1).toString();
        QVERIFY2(message.contains(u"session only"_s), qPrintable(message));
        QCOMPARE(profile.tokenSource(), ConnectionProfile::TokenSource::SessionOnly);
        QCOMPARE(profile.token(), u"tok-1"_s); // still usable now
        QCOMPARE(profile.connectionSettings().token, u"tok-1"_s);

        QSignalSpy loaded(&profile, &ConnectionProfile::tokenLoaded);
        profile.loadToken();
        QVERIFY(loaded.wait(10000));
        QVERIFY(loaded.first().at(0).toBool());

        // a new session has nothing and says the keychain could not be read
        ConnectionProfile fresh;
        fresh.setPlatformUrl(QUrl(u"https://platform.example"_s));
        QSignalSpy freshLoaded(&fresh, &ConnectionProfile::tokenLoaded);
        fresh.loadToken();
        QVERIFY(freshLoaded.wait(10000));
        QVERIFY(!freshLoaded.first().at(0).toBool());
        QVERIFY(!freshLoaded.first().at(1).toString().isEmpty());
    }

    void environmentTokenWins()
    {
        qputenv("KEEL_TOKEN", "from-env");
        ConnectionProfile profile;
        profile.setPlatformUrl(QUrl(u"https://platform.example"_s));
        QSignalSpy loaded(&profile, &ConnectionProfile::tokenLoaded);
        profile.loadToken();
        QVERIFY(loaded.wait(5000));
        QVERIFY(loaded.first().at(0).toBool());
        QCOMPARE(profile.token(), u"from-env"_s);
        QCOMPARE(profile.tokenSource(), ConnectionProfile::TokenSource::Environment);
        qunsetenv("KEEL_TOKEN");
    }

    void preferencesRoundTripWithoutSecrets()
    {
        QSettings settings(QStandardPaths::writableLocation(QStandardPaths::TempLocation) + u"/keel-prefs-test.ini"_s,
                           QSettings::IniFormat);
        ConnectionProfile a;
        a.setPlatformUrl(QUrl(u"https://platform.example/"_s));
        a.setCaBundlePath(u"/etc/ssl/custom.pem"_s);
        a.setVerifyTls(false);
        a.save(settings);
        ConnectionProfile b;
        b.load(settings);
        QCOMPARE(b.platformUrl(), a.platformUrl());
        QCOMPARE(b.caBundlePath(), a.caBundlePath());
        QCOMPARE(b.verifyTls(), false);
        QCOMPARE(b.keychainKey(), u"https://platform.example"_s);
    }
};

QTEST_GUILESS_MAIN(TestKeychainFallback)
#include "tst_keychainfallback.moc"
