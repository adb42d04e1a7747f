#pragma once
// The "Spend and budgets" part of File › Connect: from the platform, from a LiteLLM proxy (its
// URL and key) or from a Langfuse project (its host and the project's two keys), each with a test
// of its own that names the source in what it reports. Keys are never prefilled: empty fields
// keep what the keychain already holds.
#include <settings/datasources.h>

#include <QGroupBox>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace keel::sources::litellm { class LiteLlmProbe; }
namespace keel::sources::langfuse { class LangfuseProbe; }

namespace keel::widgets {

class SpendSourceBox : public QGroupBox {
    Q_OBJECT
public:
    explicit SpendSourceBox(QWidget *parent = nullptr);

    void setSources(const settings::DataSources &sources);
    // Without a platform its entry reads "Not used" (the session then has no such view).
    void setPlatformAvailable(bool available);
    settings::DataSources sources() const;
    QString liteLlmKey() const;  // what was typed (empty = keep the saved key)
    QString langfusePublicKey() const; // what was typed (both empty = keep the saved keys)
    QString langfuseSecretKey() const;
    bool isComplete() const;     // platform, or a URL with a host (and, for Langfuse, both or neither key)
    QString resultText() const;

public Q_SLOTS:
    void testProxy();

Q_SIGNALS:
    void changed();
    void testFinished(bool ok, const QString &message);

private:
    void updateState();
    void probeLangfuse(const QString &publicKey, const QString &secretKey);
    void showResult(bool ok, const QString &message);
    QComboBox *m_kind;
    QLineEdit *m_url;
    QLineEdit *m_key;
    QLineEdit *m_publicKey;
    QLineEdit *m_secretKey;
    QPushButton *m_test;
    QLabel *m_result;
    QPointer<sources::litellm::LiteLlmProbe> m_probe;
    QPointer<sources::langfuse::LangfuseProbe> m_langfuseProbe;
    bool m_testing = false;
};

} // namespace keel::widgets
