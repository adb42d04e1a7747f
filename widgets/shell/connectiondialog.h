#pragma once
// File › Connect to Platform: where the platform is, how to trust it, and the token — with a
// "Test connection" that says exactly what failed (name resolution, TCP, TLS, 401, 403, API version);
// which source feeds spend and budgets (SpendSourceBox: the platform or a LiteLLM proxy) and
// which feeds the review queues (ReviewSourceBox: the platform or Langfuse annotation queues).
// "Sign in to a Keel platform" unticked: no platform at all; Connect then needs another source.
#include <api/apitypes.h>
#include <api/connectiontester.h>

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace keel::widgets {

class ReviewSourceBox;
class SpendSourceBox;

class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    void setSettings(const api::ConnectionSettings &settings);
    api::ConnectionSettings settings() const; // what the user entered (token included)
    void setNote(const QString &text);        // e.g. why the dialog opened
    void setUsePlatform(bool use);
    bool usePlatform() const;
    // SLOs from Prometheus are set in the settings file: enough, without a platform, to connect.
    void setSloFromPrometheus(bool configured);
    QString resultText() const;
    bool isTesting() const { return m_tester != nullptr; }
    SpendSourceBox *spendSource() const { return m_spendSource; } // where spend and budgets come from
    ReviewSourceBox *reviewSource() const { return m_reviewSource; } // where review queues come from

public Q_SLOTS:
    void testConnection();

Q_SIGNALS:
    void testFinished(bool ok, const QString &message);

private:
    void updateButtons();
    void showResult(bool ok, const QString &text);
    QCheckBox *m_usePlatform;
    QLineEdit *m_url;
    QLineEdit *m_token;
    QLineEdit *m_caBundle;
    QCheckBox *m_verify;
    QLabel *m_note;
    QLabel *m_result;
    QPushButton *m_test;
    QPushButton *m_connect;
    SpendSourceBox *m_spendSource;
    ReviewSourceBox *m_reviewSource;
    QPointer<api::ConnectionTester> m_tester;
    bool m_sloFromPrometheus = false;
};

} // namespace keel::widgets
