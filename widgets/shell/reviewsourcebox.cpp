#include "reviewsourcebox.h"

#include <settings/langfusecredentials.h>
#include <sources/langfuse/langfuseprobe.h>

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;
using keel::settings::DataSources;

namespace keel::widgets {

ReviewSourceBox::ReviewSourceBox(QWidget *parent)
    : QGroupBox(tr("Review queues"), parent)
    , m_kind(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_publicKey(new QLineEdit(this))
    , m_secretKey(new QLineEdit(this))
    , m_test(new QPushButton(tr("Test Lang&fuse"), this))
    , m_result(new QLabel(this))
{
    auto *form = new QFormLayout(this);
    m_kind->addItem(tr("From the platform"), DataSources::reviewKindName(DataSources::ReviewKind::Platform));
    m_kind->addItem(tr("From Langfuse annotation queues"), DataSources::reviewKindName(DataSources::ReviewKind::Langfuse));
    m_kind->setAccessibleName(tr("Review source"));
    form->addRow(tr("Re&view from:"), m_kind);
    m_url->setPlaceholderText(u"https://cloud.langfuse.com"_s);
    m_url->setAccessibleName(tr("Langfuse URL"));
    form->addRow(tr("Langfuse &host:"), m_url);
    m_publicKey->setPlaceholderText(tr("pk-lf-…; empty keeps the saved keys"));
    m_publicKey->setAccessibleName(tr("Langfuse public key"));
    form->addRow(tr("Pub&lic key:"), m_publicKey);
    m_secretKey->setEchoMode(QLineEdit::Password);
    m_secretKey->setPlaceholderText(tr("sk-lf-…"));
    m_secretKey->setAccessibleName(tr("Langfuse secret key"));
    m_secretKey->setToolTip(tr("The project's API keys (Langfuse › Settings › API Keys). Stored in the system keychain, "
                               "never in a settings file or a log."));
    form->addRow(tr("Secr&et key:"), m_secretKey);
    m_result->setWordWrap(true);
    // Room for a two-line answer: the dialog is sized once, and a wrapped line would be cut off.
    m_result->setMinimumHeight(2 * m_result->fontMetrics().lineSpacing() + 4);
    m_result->setTextFormat(Qt::PlainText); // the server's words may carry markup
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_test, m_result);

    for (QLineEdit *edit : {m_url, m_publicKey, m_secretKey})
        connect(edit, &QLineEdit::textChanged, this, [this] { updateState(); Q_EMIT changed(); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { updateState(); Q_EMIT changed(); });
    connect(m_test, &QPushButton::clicked, this, &ReviewSourceBox::testLangfuse);
    updateState();
}

void ReviewSourceBox::setPlatformAvailable(bool available)
{
    m_kind->setItemText(0, available ? tr("From the platform") : tr("Not used (no platform)"));
}

void ReviewSourceBox::setSources(const DataSources &sources)
{
    m_kind->setCurrentIndex(m_kind->findData(DataSources::reviewKindName(sources.review)));
    m_url->setText(sources.reviewUrl.toString());
}

DataSources ReviewSourceBox::sources(DataSources base) const
{
    DataSources::parseReviewKind(m_kind->currentData().toString(), &base.review);
    const QString url = m_url->text().trimmed();
    base.reviewUrl = url.isEmpty() ? QUrl() : QUrl::fromUserInput(url);
    return base;
}

QString ReviewSourceBox::publicKey() const
{
    return m_publicKey->text().trimmed();
}

QString ReviewSourceBox::secretKey() const
{
    return m_secretKey->text().trimmed();
}

bool ReviewSourceBox::isComplete() const
{
    const DataSources s = sources();
    if (s.review == DataSources::ReviewKind::Platform)
        return true;
    // One key without the other cannot sign in, and would overwrite a good saved pair.
    return s.reviewFromLangfuse() && publicKey().isEmpty() == secretKey().isEmpty();
}

QString ReviewSourceBox::resultText() const
{
    return m_result->text();
}

void ReviewSourceBox::updateState()
{
    const bool langfuse = sources().review == DataSources::ReviewKind::Langfuse;
    for (QWidget *w : std::initializer_list<QWidget *>{m_url, m_publicKey, m_secretKey})
        w->setEnabled(langfuse);
    m_test->setEnabled(langfuse && isComplete() && !m_testing);
}

void ReviewSourceBox::testLangfuse()
{
    if (m_testing || !isComplete())
        return;
    m_testing = true;
    m_result->setStyleSheet({});
    m_result->setText(tr("Testing…"));
    updateState();
    if (!publicKey().isEmpty()) {
        probe(publicKey(), secretKey());
        return;
    }
    // Empty fields: test the keys saved for this host (or KEEL_LANGFUSE_*), as Connect would use them.
    auto *saved = new settings::LangfuseCredentials(this);
    saved->setBaseUrl(sources().reviewUrl);
    connect(saved, &settings::LangfuseCredentials::loaded, this, [this, saved](bool found, const QString &message) {
        saved->deleteLater();
        if (!found) {
            showResult(false, message.isEmpty() ? tr("No keys are saved for this Langfuse host: paste the project's public "
                                                     "and secret key.")
                                                : message);
            return;
        }
        probe(saved->publicKey(), saved->secretKey());
    }, Qt::SingleShotConnection);
    saved->load();
}

void ReviewSourceBox::probe(const QString &publicKey, const QString &secretKey)
{
    if (!m_probe) {
        m_probe = new sources::langfuse::LangfuseProbe(this);
        connect(m_probe, &sources::langfuse::LangfuseProbe::finished, this, &ReviewSourceBox::showResult);
    }
    m_probe->start(sources().reviewUrl, publicKey, secretKey);
}

void ReviewSourceBox::showResult(bool ok, const QString &message)
{
    m_testing = false;
    m_result->setStyleSheet(ok ? u"color: #1b5e20;"_s : u"color: #b71c1c;"_s);
    m_result->setText(message);
    updateState();
    Q_EMIT testFinished(ok, message);
}

} // namespace keel::widgets
