#include "spendsourcebox.h"

#include <settings/langfusecredentials.h>
#include <sources/langfuse/langfuseprobe.h>
#include <sources/litellm/litellmprobe.h>

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;
using keel::settings::DataSources;

namespace keel::widgets {

SpendSourceBox::SpendSourceBox(QWidget *parent)
    : QGroupBox(tr("Spend and budgets"), parent)
    , m_kind(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_publicKey(new QLineEdit(this))
    , m_secretKey(new QLineEdit(this))
    , m_test(new QPushButton(tr("Test &Proxy"), this))
    , m_result(new QLabel(this))
{
    auto *form = new QFormLayout(this);
    m_kind->addItem(tr("From the platform"), DataSources::spendKindName(DataSources::SpendKind::Platform));
    m_kind->addItem(tr("From a LiteLLM proxy"), DataSources::spendKindName(DataSources::SpendKind::LiteLlm));
    m_kind->addItem(tr("From a Langfuse project (no budgets)"), DataSources::spendKindName(DataSources::SpendKind::Langfuse));
    m_kind->setAccessibleName(tr("Spend source"));
    form->addRow(tr("&Source:"), m_kind);
    m_url->setAccessibleName(tr("Spend source URL"));
    form->addRow(tr("Ad&dress:"), m_url);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Admin key (sk-…); empty keeps the saved key"));
    m_key->setAccessibleName(tr("LiteLLM key"));
    m_key->setToolTip(tr("A proxy admin key: other keys see only their own spend. Stored in the system keychain, "
                         "never in a settings file or a log."));
    form->addRow(tr("Proxy &key:"), m_key);
    m_publicKey->setPlaceholderText(tr("pk-lf-…; empty keeps the saved keys"));
    m_publicKey->setAccessibleName(tr("Langfuse public key for spend"));
    form->addRow(tr("Public &key:"), m_publicKey);
    m_secretKey->setEchoMode(QLineEdit::Password);
    m_secretKey->setPlaceholderText(tr("sk-lf-…"));
    m_secretKey->setAccessibleName(tr("Langfuse secret key for spend"));
    m_secretKey->setToolTip(tr("The project's API keys (Langfuse › Settings › API Keys), the same the review queues "
                               "use for that host. Stored in the system keychain, never in a settings file or a log."));
    form->addRow(tr("Secret ke&y:"), m_secretKey);
    m_result->setWordWrap(true);
    // Room for a two-line answer: the dialog is sized once, and a wrapped line would be cut off.
    m_result->setMinimumHeight(2 * m_result->fontMetrics().lineSpacing() + 4);
    m_result->setTextFormat(Qt::PlainText); // the source's words may carry markup
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_test, m_result);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { updateState(); Q_EMIT changed(); });
    for (QLineEdit *edit : {m_url, m_publicKey, m_secretKey})
        connect(edit, &QLineEdit::textChanged, this, [this] { updateState(); Q_EMIT changed(); });
    connect(m_test, &QPushButton::clicked, this, &SpendSourceBox::testProxy);
    updateState();
}

void SpendSourceBox::setPlatformAvailable(bool available)
{
    m_kind->setItemText(0, available ? tr("From the platform") : tr("Not used (no platform)"));
}

void SpendSourceBox::setSources(const DataSources &sources)
{
    m_kind->setCurrentIndex(m_kind->findData(DataSources::spendKindName(sources.spend)));
    m_url->setText(sources.spendUrl.toString());
}

DataSources SpendSourceBox::sources() const
{
    DataSources out;
    DataSources::parseSpendKind(m_kind->currentData().toString(), &out.spend);
    out.spendUrl = QUrl::fromUserInput(m_url->text().trimmed());
    if (m_url->text().trimmed().isEmpty())
        out.spendUrl.clear();
    return out;
}

QString SpendSourceBox::liteLlmKey() const
{
    return m_key->text().trimmed();
}

QString SpendSourceBox::langfusePublicKey() const
{
    return m_publicKey->text().trimmed();
}

QString SpendSourceBox::langfuseSecretKey() const
{
    return m_secretKey->text().trimmed();
}

bool SpendSourceBox::isComplete() const
{
    const DataSources s = sources();
    switch (s.spend) {
    case DataSources::SpendKind::Platform:
        return true;
    case DataSources::SpendKind::LiteLlm:
        return s.spendFromLiteLlm();
    case DataSources::SpendKind::Langfuse:
        // One key without the other cannot sign in, and would overwrite a good saved pair.
        return s.spendFromLangfuse() && langfusePublicKey().isEmpty() == langfuseSecretKey().isEmpty();
    }
    return false;
}

QString SpendSourceBox::resultText() const
{
    return m_result->text();
}

void SpendSourceBox::updateState()
{
    const DataSources::SpendKind kind = sources().spend;
    const bool proxy = kind == DataSources::SpendKind::LiteLlm;
    const bool langfuse = kind == DataSources::SpendKind::Langfuse;
    auto *form = static_cast<QFormLayout *>(layout());
    form->setRowVisible(m_key, !langfuse);
    form->setRowVisible(m_publicKey, langfuse);
    form->setRowVisible(m_secretKey, langfuse);
    m_url->setPlaceholderText(langfuse ? u"https://cloud.langfuse.com"_s : u"https://litellm.example.com"_s);
    m_test->setText(langfuse ? tr("Test Lan&gfuse") : tr("Test &Proxy"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_url, m_key, m_publicKey, m_secretKey})
        w->setEnabled(proxy || langfuse);
    m_test->setEnabled((proxy || langfuse) && isComplete() && !m_testing);
}

void SpendSourceBox::testProxy()
{
    if (m_testing || !isComplete())
        return;
    const DataSources s = sources();
    if (s.spend == DataSources::SpendKind::Platform)
        return;
    m_testing = true;
    m_result->setStyleSheet({});
    m_result->setText(tr("Testing…"));
    updateState();
    if (s.spend == DataSources::SpendKind::Langfuse) {
        if (!langfusePublicKey().isEmpty()) {
            probeLangfuse(langfusePublicKey(), langfuseSecretKey());
            return;
        }
        // Empty fields: the keys saved for this host (or KEEL_LANGFUSE_*), as Connect would use them.
        auto *saved = new settings::LangfuseCredentials(this);
        saved->setBaseUrl(s.spendUrl);
        connect(saved, &settings::LangfuseCredentials::loaded, this, [this, saved](bool found, const QString &message) {
            saved->deleteLater();
            if (!found) {
                showResult(false, message.isEmpty() ? tr("No keys are saved for this Langfuse host: paste the project's "
                                                         "public and secret key.")
                                                    : message);
                return;
            }
            probeLangfuse(saved->publicKey(), saved->secretKey());
        }, Qt::SingleShotConnection);
        saved->load();
        return;
    }
    if (!m_probe) {
        m_probe = new sources::litellm::LiteLlmProbe(this);
        connect(m_probe, &sources::litellm::LiteLlmProbe::finished, this, &SpendSourceBox::showResult);
    }
    // An empty field tests without a key: the proxy then says it needs one (401).
    m_probe->start(s.spendUrl, liteLlmKey());
}

void SpendSourceBox::probeLangfuse(const QString &publicKey, const QString &secretKey)
{
    if (!m_langfuseProbe) {
        m_langfuseProbe = new sources::langfuse::LangfuseProbe(this);
        connect(m_langfuseProbe, &sources::langfuse::LangfuseProbe::finished, this, &SpendSourceBox::showResult);
    }
    m_langfuseProbe->start(sources().spendUrl, publicKey, secretKey);
}

void SpendSourceBox::showResult(bool ok, const QString &message)
{
    m_testing = false;
    m_result->setStyleSheet(ok ? u"color: #1b5e20;"_s : u"color: #b71c1c;"_s);
    m_result->setText(message);
    updateState();
    Q_EMIT testFinished(ok, message);
}

} // namespace keel::widgets
