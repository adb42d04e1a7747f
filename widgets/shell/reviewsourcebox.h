#pragma once
// The "Review queues" part of File › Connect: from the platform, or from a Langfuse project's
// annotation queues (its host and the project's public and secret key, with a test of its own
// that lists the queues the keys can see). The keys are never prefilled: empty fields keep the
// keys the keychain already holds, and the test then uses those.
#include <settings/datasources.h>

#include <QGroupBox>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace keel::sources::langfuse { class LangfuseProbe; }

namespace keel::widgets {

class ReviewSourceBox : public QGroupBox {
    Q_OBJECT
public:
    explicit ReviewSourceBox(QWidget *parent = nullptr);

    // Takes the review part of sources; sources() returns it merged into `base`.
    void setSources(const settings::DataSources &sources);
    // Without a platform its entry reads "Not used" (the session then has no such view).
    void setPlatformAvailable(bool available);
    settings::DataSources sources(settings::DataSources base = {}) const;
    QString publicKey() const;  // what was typed (both empty = keep the saved keys)
    QString secretKey() const;
    bool isComplete() const;    // platform, or a Langfuse URL with a host and both or neither key
    QString resultText() const;

public Q_SLOTS:
    void testLangfuse();

Q_SIGNALS:
    void changed();
    void testFinished(bool ok, const QString &message);

private:
    void updateState();
    void probe(const QString &publicKey, const QString &secretKey);
    void showResult(bool ok, const QString &message);
    QComboBox *m_kind;
    QLineEdit *m_url;
    QLineEdit *m_publicKey;
    QLineEdit *m_secretKey;
    QPushButton *m_test;
    QLabel *m_result;
    QPointer<sources::langfuse::LangfuseProbe> m_probe;
    bool m_testing = false;
};

} // namespace keel::widgets
