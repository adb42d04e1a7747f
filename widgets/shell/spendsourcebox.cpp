#include "spendsourcebox.h"

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
    , m_test(new QPushButton(tr("Test &Proxy"), this))
    , m_result(new QLabel(this))
{
    auto *form = new QFormLayout(this);
    m_kind->addItem(tr("From the platform"), DataSources::spendKindName(DataSources::SpendKind::Platform));
    m_kind->addItem(tr("From a LiteLLM proxy"), DataSources::spendKindName(DataSources::SpendKind::LiteLlm));
    m_kind->setAccessibleName(tr("Spend source"));
    form->addRow(tr("&Source:"), m_kind);
    m_url->setPlaceholderText(u"https://litellm.example.com"_s);
    m_url->setAccessibleName(tr("LiteLLM proxy URL"));
    form->addRow(tr("Pro&xy URL:"), m_url);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Admin key (sk-…); empty keeps the saved key"));
    m_key->setAccessibleName(tr("LiteLLM key"));
    m_key->setToolTip(tr("A proxy admin key: other keys see only their own spend. Stored in the system keychain, "
                         "never in a settings file or a log."));
    form->addRow(tr("Proxy &key:"), m_key);
    m_result->setWordWrap(true);
    // Room for a two-line answer: the dialog is sized once, and a wrapped line would be cut off.
    m_result->setMinimumHeight(2 * m_result->fontMetrics().lineSpacing() + 4);
    m_result->setTextFormat(Qt::PlainText); // the proxy's words may carry markup
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_test, m_result);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { updateState(); Q_EMIT changed(); });
    connect(m_url, &QLineEdit::textChanged, this, [this] { updateState(); Q_EMIT changed(); });
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

bool SpendSourceBox::isComplete() const
{
    const DataSources s = sources();
    return s.spend == DataSources::SpendKind::Platform || s.spendFromLiteLlm();
}

QString SpendSourceBox::resultText() const
{
    return m_result->text();
}

void SpendSourceBox::updateState()
{
    const bool proxy = sources().spend == DataSources::SpendKind::LiteLlm;
    m_url->setEnabled(proxy);
    m_key->setEnabled(proxy);
    m_test->setEnabled(proxy && isComplete() && !m_probe);
}

void SpendSourceBox::testProxy()
{
    if (m_probe || !isComplete())
        return;
    m_result->setStyleSheet({});
    m_result->setText(tr("Testing…"));
    m_probe = new sources::litellm::LiteLlmProbe(this);
    connect(m_probe, &sources::litellm::LiteLlmProbe::finished, this, [this](bool ok, const QString &message) {
        m_result->setStyleSheet(ok ? u"color: #1b5e20;"_s : u"color: #b71c1c;"_s);
        m_result->setText(message);
        m_probe->deleteLater();
        m_probe = nullptr;
        updateState();
        Q_EMIT testFinished(ok, message);
    });
    // An empty field tests without a key: the proxy then says it needs one (401).
    m_probe->start(sources().spendUrl, liteLlmKey());
    updateState();
}

} // namespace keel::widgets
