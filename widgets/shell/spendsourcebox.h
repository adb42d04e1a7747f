#pragma once
// The "Spend and budgets" part of File › Connect: from the platform, or from a LiteLLM proxy
// (its URL and key, with a test of its own that names the proxy in what it reports). The key
// is never prefilled: an empty field keeps the key the keychain already holds.
#include <settings/datasources.h>

#include <QGroupBox>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace keel::sources::litellm { class LiteLlmProbe; }

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
    bool isComplete() const;     // platform, or a LiteLLM URL with a host
    QString resultText() const;

public Q_SLOTS:
    void testProxy();

Q_SIGNALS:
    void changed();
    void testFinished(bool ok, const QString &message);

private:
    void updateState();
    QComboBox *m_kind;
    QLineEdit *m_url;
    QLineEdit *m_key;
    QPushButton *m_test;
    QLabel *m_result;
    QPointer<sources::litellm::LiteLlmProbe> m_probe;
};

} // namespace keel::widgets
