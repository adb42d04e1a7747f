// "Test connection" says exactly what failed, in words, against a real keel-platform.
#include "doubleprocess.h"
#include "platformprocess.h"

#include <shell/connectiondialog.h>
#include <shell/reviewsourcebox.h>
#include <shell/spendsourcebox.h>

#include <QtTest>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QLabel>
#include <QPushButton>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using keel::widgets::ConnectionDialog;
using keel::widgets::ReviewSourceBox;
using keel::widgets::SpendSourceBox;

class TestConnectionDialog : public QObject {
    Q_OBJECT
    keel::test::PlatformProcess m_platform{keel::test::PlatformOptions{42, 2, 300, {}, {}}};

    QString runTest(ConnectionDialog &dialog, bool *ok)
    {
        QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
        dialog.testConnection();
        if (!finished.wait(30000))
            return u"(no answer)"_s;
        *ok = finished.at(0).at(0).toBool();
        return finished.at(0).at(1).toString();
    }

    keel::test::DoubleProcess m_proxy{u"litellm"_s};

    QString testProxy(keel::widgets::SpendSourceBox *box, bool *ok)
    {
        QSignalSpy finished(box, &keel::widgets::SpendSourceBox::testFinished);
        box->testProxy();
        if (!finished.wait(30000))
            return u"(no answer)"_s;
        *ok = finished.at(0).at(0).toBool();
        return finished.at(0).at(1).toString();
    }

    static void chooseProxy(keel::widgets::SpendSourceBox *box, const QUrl &url, const QString &key)
    {
        // As a user would: pick the source, type the URL and the key.
        box->findChild<QComboBox *>()->setCurrentIndex(1);
        const auto edits = box->findChildren<QLineEdit *>();
        for (QLineEdit *edit : edits) {
            if (edit->accessibleName() == u"Spend source URL"_s)
                edit->setText(url.toString());
            else if (edit->accessibleName() == u"LiteLLM key"_s)
                edit->setText(key);
        }
    }

    keel::test::DoubleProcess m_langfuse{u"langfuse"_s, {u"--langfuse-mode"_s, u"v4"_s}};

    QString testLangfuse(keel::widgets::ReviewSourceBox *box, bool *ok)
    {
        QSignalSpy finished(box, &keel::widgets::ReviewSourceBox::testFinished);
        box->testLangfuse();
        if (!finished.wait(30000))
            return u"(no answer)"_s;
        *ok = finished.at(0).at(0).toBool();
        return finished.at(0).at(1).toString();
    }

    static void chooseLangfuse(keel::widgets::ReviewSourceBox *box, const QUrl &url, const QString &publicKey,
                               const QString &secretKey)
    {
        box->findChild<QComboBox *>()->setCurrentIndex(1);
        for (QLineEdit *edit : box->findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == u"Langfuse URL"_s)
                edit->setText(url.toString());
            else if (edit->accessibleName() == u"Langfuse public key"_s)
                edit->setText(publicKey);
            else if (edit->accessibleName() == u"Langfuse secret key"_s)
                edit->setText(secretKey);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_platform.start(), qPrintable(m_platform.errorString()));
        QVERIFY2(m_proxy.start(), qPrintable(m_proxy.errorString()));
        QVERIFY2(m_langfuse.start(), qPrintable(m_langfuse.errorString()));
    }

    void reviewFromLangfuseNeedsItsHostAndTestsItsKeys()
    {
        ConnectionDialog dialog;
        keel::api::ConnectionSettings s;
        s.baseUrl = m_platform.baseUrl();
        dialog.setSettings(s);
        auto *box = dialog.reviewSource();
        auto *connectButton = [&] {
            for (QPushButton *b : dialog.findChildren<QPushButton *>())
                if (b->text().remove(u'&') == u"Connect"_s)
                    return b;
            return static_cast<QPushButton *>(nullptr);
        }();
        QVERIFY(connectButton);
        QVERIFY(box->isComplete());
        QVERIFY(connectButton->isEnabled());
        chooseLangfuse(box, QUrl(), QString(), QString());
        QVERIFY(!box->isComplete()); // Langfuse without its host cannot connect
        QVERIFY(!connectButton->isEnabled());
        chooseLangfuse(box, m_langfuse.baseUrl(), u"pk-lf-keel-double"_s, QString());
        QVERIFY(!box->isComplete()); // one key without the other would overwrite a good saved pair
        chooseLangfuse(box, m_langfuse.baseUrl(), u"pk-lf-keel-double"_s, u"sk-lf-keel-double"_s);
        QVERIFY(box->isComplete());
        QVERIFY(connectButton->isEnabled());
        keel::settings::DataSources base;
        base.spend = keel::settings::DataSources::SpendKind::LiteLlm;
        base.spendUrl = m_proxy.baseUrl();
        const keel::settings::DataSources merged = box->sources(base);
        QVERIFY(merged.reviewFromLangfuse());
        QCOMPARE(merged.reviewUrl, m_langfuse.baseUrl());
        QCOMPARE(merged.spendUrl, m_proxy.baseUrl()); // the spend choice is kept
        bool ok = false;
        QString message = testLangfuse(box, &ok);
        QVERIFY2(ok, qPrintable(message));
        const QString name = u"Langfuse at "_s + m_langfuse.baseUrl().toDisplayString();
        QVERIFY2(message.startsWith(name) && message.contains(u"annotation queue"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"sk-lf-"_s), "the secret key is never shown");
        if (const QString dir = qEnvironmentVariable("KEEL_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(dir + u"/connect-langfuse.png"_s));
        }

        chooseLangfuse(box, m_langfuse.baseUrl(), u"pk-lf-keel-double"_s, u"sk-lf-wrong"_s);
        message = testLangfuse(box, &ok);
        QVERIFY(!ok);
        QVERIFY2(message.startsWith(name) && message.contains(u"401"_s), qPrintable(message));
        QCOMPARE(box->resultText(), message);
    }

    void spendFromAProxyNeedsItsUrlAndTestsItsKey()
    {
        ConnectionDialog dialog;
        keel::api::ConnectionSettings s;
        s.baseUrl = m_platform.baseUrl();
        dialog.setSettings(s);
        auto *box = dialog.spendSource();
        QVERIFY(box->isComplete()); // the platform: nothing more to give
        chooseProxy(box, QUrl(), QString());
        QVERIFY(!box->isComplete()); // a proxy without its URL cannot connect
        chooseProxy(box, m_proxy.baseUrl(), u"sk-keel-double-master"_s);
        QVERIFY(box->isComplete());
        QCOMPARE(box->sources().spend, keel::settings::DataSources::SpendKind::LiteLlm);
        QCOMPARE(box->sources().spendUrl, m_proxy.baseUrl());
        QCOMPARE(box->liteLlmKey(), u"sk-keel-double-master"_s);
        bool ok = false;
        QString message = testProxy(box, &ok);
        QVERIFY2(ok, qPrintable(message));
        QVERIFY2(message.contains(u"LiteLLM at "_s + m_proxy.baseUrl().toDisplayString()), qPrintable(message));
        QVERIFY2(!message.contains(u"sk-keel-double-master"_s), "the key is never shown");
        if (const QString dir = qEnvironmentVariable("KEEL_SCREENSHOT_DIR"); !dir.isEmpty()) {
            // docs/screenshots/connect-litellm.png is made this way (docs/connectors-litellm.md).
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(dir + u"/connect-litellm.png"_s));
        }

        chooseProxy(box, m_proxy.baseUrl(), u"sk-keel-wrong"_s);
        message = testProxy(box, &ok);
        QVERIFY(!ok);
        QVERIFY2(message.contains(u"LiteLLM at "_s) && message.contains(u"401"_s), qPrintable(message));
        QCOMPARE(box->resultText(), message);
    }

    void spendFromLangfuseNeedsBothKeysAndTestsThem()
    {
        ConnectionDialog dialog;
        auto *box = dialog.spendSource();
        box->findChild<QComboBox *>()->setCurrentIndex(2); // as a user picks "From a Langfuse project"
        QCOMPARE(box->sources().spend, keel::settings::DataSources::SpendKind::Langfuse);
        QLineEdit *url = nullptr, *publicKey = nullptr, *secretKey = nullptr, *proxyKey = nullptr;
        for (QLineEdit *edit : box->findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == u"Spend source URL"_s)
                url = edit;
            else if (edit->accessibleName() == u"Langfuse public key for spend"_s)
                publicKey = edit;
            else if (edit->accessibleName() == u"Langfuse secret key for spend"_s)
                secretKey = edit;
            else if (edit->accessibleName() == u"LiteLLM key"_s)
                proxyKey = edit;
        }
        QVERIFY(url && publicKey && secretKey && proxyKey);
        QVERIFY(!proxyKey->isVisibleTo(box) && publicKey->isVisibleTo(box) && secretKey->isVisibleTo(box));
        QVERIFY(!box->isComplete());
        url->setText(m_langfuse.baseUrl().toString());
        publicKey->setText(u"pk-lf-keel-double"_s);
        QVERIFY(!box->isComplete()); // one key without the other would overwrite a good saved pair
        secretKey->setText(u"sk-lf-keel-double"_s);
        QVERIFY(box->isComplete());
        QVERIFY(box->sources().spendFromLangfuse());
        QSignalSpy finished(box, &SpendSourceBox::testFinished);
        box->testProxy();
        QVERIFY(finished.wait(30000));
        const QString message = finished.first().at(1).toString();
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(message));
        QVERIFY2(message.contains(u"Langfuse at "_s + m_langfuse.baseUrl().toDisplayString()), qPrintable(message));
        QVERIFY2(!message.contains(u"sk-lf-keel-double"_s), "the key is never shown");
        secretKey->setText(u"sk-lf-wrong"_s);
        finished.clear();
        box->testProxy();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(finished.first().at(1).toString().contains(u"401"_s), qPrintable(finished.first().at(1).toString()));
        // Back to the proxy: its key row returns, the Langfuse rows go.
        box->findChild<QComboBox *>()->setCurrentIndex(1);
        QVERIFY(proxyKey->isVisibleTo(box) && !publicKey->isVisibleTo(box));
    }

    void withoutAPlatformAnotherSourceIsNeeded()
    {
        ConnectionDialog dialog;
        dialog.setSloFromPrometheus(false);
        QPushButton *connectButton = nullptr, *testButton = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text() == ConnectionDialog::tr("&Connect"))
                connectButton = b;
            else if (b->text() == ConnectionDialog::tr("&Test Connection"))
                testButton = b;
        }
        QVERIFY(connectButton && testButton);
        QLineEdit *url = nullptr, *token = nullptr;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == u"Platform URL"_s)
                url = edit;
            else if (edit->accessibleName() == u"Token"_s)
                token = edit;
        }
        QVERIFY(url && token);
        url->setText(m_platform.baseUrl().toString());
        QVERIFY(connectButton->isEnabled());
        QVERIFY(dialog.usePlatform());

        dialog.findChild<QCheckBox *>(u"usePlatform"_s)->setChecked(false); // as the user unticks it
        QVERIFY(!dialog.usePlatform());
        QVERIFY(!url->isEnabled() && !token->isEnabled() && !testButton->isEnabled());
        // Both sources still "from the platform": without one, nothing would feed a view.
        QVERIFY(!connectButton->isEnabled());
        QCOMPARE(dialog.spendSource()->findChild<QComboBox *>()->itemText(0), SpendSourceBox::tr("Not used (no platform)"));
        QCOMPARE(dialog.reviewSource()->findChild<QComboBox *>()->itemText(0), ReviewSourceBox::tr("Not used (no platform)"));
        chooseLangfuse(dialog.reviewSource(), m_langfuse.baseUrl(), u"pk-lf-keel-double"_s, u"sk-lf-keel-double"_s);
        QVERIFY(connectButton->isEnabled());
        // Prometheus alone (set in the settings file) is enough too.
        dialog.reviewSource()->findChild<QComboBox *>()->setCurrentIndex(0);
        QVERIFY(!connectButton->isEnabled());
        dialog.setSloFromPrometheus(true);
        QVERIFY(connectButton->isEnabled());
        dialog.setUsePlatform(true);
        QCOMPARE(dialog.spendSource()->findChild<QComboBox *>()->itemText(0), SpendSourceBox::tr("From the platform"));
        QVERIFY(url->isEnabled());
    }

    void savedSourcesRoundTrip()
    {
        QTemporaryDir dir;
        QSettings s(dir.filePath(u"keel.ini"_s), QSettings::IniFormat);
        keel::settings::DataSources sources;
        sources.spend = keel::settings::DataSources::SpendKind::LiteLlm;
        sources.spendUrl = QUrl(u"https://litellm.example.com"_s);
        sources.review = keel::settings::DataSources::ReviewKind::Langfuse;
        sources.reviewUrl = QUrl(u"https://cloud.langfuse.com"_s);
        sources.save(s);
        auto loaded = keel::settings::DataSources::load(s);
        QVERIFY(loaded.usePlatform); // the default: sign in to the platform
        QVERIFY(!loaded.sloFromPrometheus);
        sources.usePlatform = false;
        sources.save(s);
        loaded = keel::settings::DataSources::load(s);
        QVERIFY(!loaded.usePlatform);
        QVERIFY(loaded.complete());
        s.setValue(u"slo/prometheus_url"_s, u"http://prometheus.example.com:9090"_s);
        QVERIFY(!keel::settings::DataSources::load(s).sloFromPrometheus); // needs the definition file too
        s.setValue(u"slo/definitions_file"_s, u"/etc/keel/keel-slos.json"_s);
        QVERIFY(keel::settings::DataSources::load(s).sloFromPrometheus);
        QVERIFY(loaded.spendFromLiteLlm());
        QCOMPARE(loaded.spendUrl, sources.spendUrl);
        QVERIFY(loaded.reviewFromLangfuse());
        QCOMPARE(loaded.reviewUrl, sources.reviewUrl);
        s.setValue(u"sources/review"_s, u"label-studio"_s);
        QCOMPARE(keel::settings::DataSources::load(s).review, keel::settings::DataSources::ReviewKind::Platform);
        // A source this Keel does not know falls back to the platform rather than to nothing.
        s.setValue(u"sources/spend"_s, u"some-future-source"_s);
        QCOMPARE(keel::settings::DataSources::load(s).spend, keel::settings::DataSources::SpendKind::Platform);
        // No secret in the settings file, ever.
        s.sync();
        QFile file(dir.filePath(u"keel.ini"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("sk-"));
    }

    void goodTokenSaysWhoIsSignedIn()
    {
        ConnectionDialog dialog;
        keel::api::ConnectionSettings s;
        s.baseUrl = m_platform.baseUrl();
        s.token = m_platform.token(u"finops"_s);
        dialog.setSettings(s);
        bool ok = false;
        const QString message = runTest(dialog, &ok);
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(dialog.resultText(), message);
        QCOMPARE(dialog.settings().token, s.token);
    }

    void failuresAreNamed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("identity");
        QTest::addColumn<QString>("expected");
        QTest::addRow("bad token") << QString() << QString() << u"401"_s;
        QTest::addRow("name resolution") << u"http://keel-no-such-host.invalid:8080"_s << u"finops"_s << u"resolve"_s;
    }
    void failuresAreNamed()
    {
        QFETCH(QString, url);
        QFETCH(QString, identity);
        QFETCH(QString, expected);
        ConnectionDialog dialog;
        keel::api::ConnectionSettings s;
        s.baseUrl = url.isEmpty() ? m_platform.baseUrl() : QUrl(url);
        s.token = identity.isEmpty() ? u"kt_wrong"_s : m_platform.token(identity);
        dialog.setSettings(s);
        bool ok = true;
        const QString message = runTest(dialog, &ok);
        QVERIFY(!ok);
        QVERIFY2(message.contains(expected, Qt::CaseInsensitive), qPrintable(message));
    }

    void refusedPortIsATcpFailure()
    {
        // A port that was free a moment ago: nothing listens there now.
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
        socklen_t len = sizeof addr;
        QCOMPARE(::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len), 0);
        const quint16 port = ntohs(addr.sin_port);
        ::close(fd);
        ConnectionDialog dialog;
        keel::api::ConnectionSettings s;
        s.baseUrl = QUrl(u"http://127.0.0.1:"_s + QString::number(port));
        s.token = m_platform.token(u"finops"_s);
        dialog.setSettings(s);
        bool ok = true;
        const QString message = runTest(dialog, &ok);
        QVERIFY(!ok);
        QVERIFY2(message.contains(u"connect"_s, Qt::CaseInsensitive), qPrintable(message));
    }

    void turningVerificationOffWarns()
    {
        ConnectionDialog dialog;
        auto *verify = dialog.findChild<QCheckBox *>(u"verifyTls"_s);
        QVERIFY(verify);
        QVERIFY(verify->isChecked()); // on by default
        verify->setChecked(false);
        QVERIFY(dialog.resultText().contains(u"token"_s));
        QVERIFY(!dialog.settings().verifyTls);
    }

    void resultIsPlainText()
    {
        ConnectionDialog dialog;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            if (label->wordWrap())
                QCOMPARE(label->textFormat(), Qt::PlainText);
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_app_connectiondialog.moc"
