#include "connectiondialog.h"

#include "reviewsourcebox.h"
#include "spendsourcebox.h"

#include <api/connectiontester.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keel::widgets {

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_usePlatform(new QCheckBox(tr("Sign in to a Keel &platform"), this))
    , m_url(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_caBundle(new QLineEdit(this))
    , m_verify(new QCheckBox(tr("Verify the server's TLS certificate"), this))
    , m_note(new QLabel(this))
    , m_result(new QLabel(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_spendSource(new SpendSourceBox(this))
    , m_reviewSource(new ReviewSourceBox(this))
{
    setWindowTitle(tr("Connect to Platform"));
    auto *layout = new QVBoxLayout(this);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();
    layout->addWidget(m_note);

    m_usePlatform->setObjectName(u"usePlatform"_s);
    m_usePlatform->setChecked(true);
    m_usePlatform->setToolTip(tr("Untick to work from Langfuse, a LiteLLM proxy or Prometheus alone: "
                                 "views only the platform serves are then not shown."));
    layout->addWidget(m_usePlatform);
    auto *form = new QFormLayout;
    m_url->setPlaceholderText(u"https://platform.example.com"_s);
    m_url->setAccessibleName(tr("Platform URL"));
    form->addRow(tr("Platform &URL:"), m_url);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Bearer token from your platform administrator"));
    m_token->setAccessibleName(tr("Token"));
    m_token->setToolTip(tr("Stored in the system keychain, never in a settings file or a log."));
    form->addRow(tr("T&oken:"), m_token);
    auto *caRow = new QHBoxLayout;
    m_caBundle->setPlaceholderText(tr("System certificates"));
    m_caBundle->setAccessibleName(tr("CA bundle"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    browse->setAccessibleName(tr("Choose CA bundle"));
    caRow->addWidget(m_caBundle, 1);
    caRow->addWidget(browse);
    // A row holding a layout gets a label without a buddy, which would print the "&": name it.
    auto *caLabel = new QLabel(tr("CA &bundle (PEM):"), this);
    caLabel->setBuddy(m_caBundle);
    form->addRow(caLabel, caRow);
    m_verify->setObjectName(u"verifyTls"_s);
    m_verify->setChecked(true);
    form->addRow(QString(), m_verify);
    layout->addLayout(form);
    layout->addWidget(m_spendSource);
    layout->addWidget(m_reviewSource);

    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText); // server text may carry markup
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(40);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_connect->setDefault(true);
    layout->addWidget(buttons);

    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("CA Bundle"), {}, tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_caBundle->setText(path);
    });
    connect(m_verify, &QCheckBox::toggled, this, [this](bool on) {
        if (!on)
            showResult(false, tr("Without verification anyone on the network path can read your token and data. Use this only against a test platform."));
        else
            m_result->clear();
    });
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectionDialog::updateButtons);
    connect(m_usePlatform, &QCheckBox::toggled, this, [this](bool on) {
        m_url->setEnabled(on);
        m_token->setEnabled(on);
        m_spendSource->setPlatformAvailable(on);
        m_reviewSource->setPlatformAvailable(on);
        updateButtons();
    });
    connect(m_spendSource, &SpendSourceBox::changed, this, &ConnectionDialog::updateButtons);
    connect(m_reviewSource, &ReviewSourceBox::changed, this, &ConnectionDialog::updateButtons);
    updateButtons();
    resize(560, sizeHint().height());
}

void ConnectionDialog::setSettings(const api::ConnectionSettings &settings)
{
    m_url->setText(settings.baseUrl.toString());
    m_token->setText(settings.token);
    m_caBundle->setText(settings.caBundlePath);
    m_verify->setChecked(settings.verifyTls);
}

api::ConnectionSettings ConnectionDialog::settings() const
{
    api::ConnectionSettings s;
    s.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
    s.token = m_token->text().trimmed();
    s.caBundlePath = m_caBundle->text().trimmed();
    s.verifyTls = m_verify->isChecked();
    return s;
}

void ConnectionDialog::setUsePlatform(bool use)
{
    m_usePlatform->setChecked(use);
}

bool ConnectionDialog::usePlatform() const
{
    return m_usePlatform->isChecked();
}

void ConnectionDialog::setSloFromPrometheus(bool configured)
{
    m_sloFromPrometheus = configured;
    updateButtons();
}

void ConnectionDialog::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QString ConnectionDialog::resultText() const
{
    return m_result->text();
}

void ConnectionDialog::updateButtons()
{
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    const bool valid = !m_url->text().trimmed().isEmpty() && url.isValid() && !url.host().isEmpty();
    const bool sourcesComplete = m_spendSource->isComplete() && m_reviewSource->isComplete();
    if (!m_usePlatform->isChecked()) {
        // Without a platform something else has to feed a view.
        settings::DataSources chosen = m_reviewSource->sources(m_spendSource->sources());
        chosen.usePlatform = false;
        chosen.sloFromPrometheus = m_sloFromPrometheus;
        m_test->setEnabled(false);
        m_connect->setEnabled(sourcesComplete && chosen.complete());
        m_connect->setToolTip(chosen.complete() ? QString()
                                                : tr("Without a platform, choose Langfuse for review or LiteLLM for spend."));
        return;
    }
    m_connect->setToolTip({});
    m_test->setEnabled(valid && !m_tester);
    m_connect->setEnabled(valid && sourcesComplete);
}

void ConnectionDialog::showResult(bool ok, const QString &text)
{
    m_result->setStyleSheet(ok ? u"color: #1b5e20;"_s : u"color: #b71c1c;"_s);
    m_result->setText(text);
}

void ConnectionDialog::testConnection()
{
    if (m_tester)
        return;
    m_result->setStyleSheet({});
    m_result->setText(tr("Testing…"));
    m_tester = new api::ConnectionTester(this);
    connect(m_tester, &api::ConnectionTester::finished, this,
            [this](api::ConnectionTester::Outcome outcome, const QString &message, const domain::Identity &) {
                const bool ok = outcome == api::ConnectionTester::Outcome::Ok;
                showResult(ok, message);
                m_tester->deleteLater();
                m_tester = nullptr;
                updateButtons();
                Q_EMIT testFinished(ok, message);
            });
    m_tester->start(settings());
    updateButtons();
}

} // namespace keel::widgets
