// ConsoleController, part two: which source feeds each view. After sign-in (or, without a
// platform, at once) the spend source's keys are read, then the review source's, then the
// session's services start. Each step asks the keychain asynchronously and says which source
// failed when it has no keys.
#include "consolecontroller.h"

#include "localidentity.h"

#include <settings/connectionprofile.h>
#include <settings/langfusecredentials.h>
#include <settings/sourcesecret.h>
#include <sources/langfuse/langfuseconnection.h>
#include <sources/litellm/litellmsource.h>
#include <sources/reviewsourcefactory.h>

#include <QSettings>

using namespace Qt::StringLiterals;

namespace keel::app {

void ConsoleController::applySpendOptions()
{
    if (m_options.liteLlmUrl.isValid()) {
        m_sources.spend = settings::DataSources::SpendKind::LiteLlm;
        m_sources.spendUrl = m_options.liteLlmUrl;
    } else if (m_options.langfuseSpendUrl.isValid()) {
        m_sources.spend = settings::DataSources::SpendKind::Langfuse;
        m_sources.spendUrl = m_options.langfuseSpendUrl;
    }
}

void ConsoleController::startWithoutPlatform()
{
    if (!m_sources.servesWithoutPlatform()) {
        const QString why = tr("Without a Keel platform, Keel needs another source: review queues from Langfuse, spend from "
                               "a LiteLLM proxy, or SLOs from Prometheus.");
        if (!m_showWindow)
            fail(tr("Nothing to show"), why + u' ' + tr("Give --langfuse URL, --litellm URL or --langfuse-spend URL."));
        else
            openConnectionDialog(why);
        return;
    }
    // No sign-in: the TLS choices of the profile still apply to the other sources.
    m_connection = m_profile->connectionSettings();
    m_connection.baseUrl.clear();
    m_connection.token.clear();
    m_session.platformUrl.clear();
    onSignedIn(localIdentity(m_sources, QSettings()));
}

void ConsoleController::onSignedIn(const domain::Identity &identity)
{
    m_session.identity = identity;
    if (m_sources.spendFromLangfuse()) {
        resolveLangfuseSpend();
        return;
    }
    if (!m_sources.spendFromLiteLlm()) {
        resolveReviewSource(std::nullopt);
        return;
    }
    // Spend from a LiteLLM proxy: its key comes from KEEL_LITELLM_KEY or the keychain.
    const QUrl proxy = m_sources.spendUrl;
    auto *secret = new settings::SourceSecret(QString::fromLatin1(settings::kLiteLlmSecretKind), proxy,
                                              settings::kLiteLlmKeyVariable, this);
    connect(secret, &settings::SourceSecret::loaded, this, [this, secret, proxy](bool found, const QString &message) {
        secret->deleteLater();
        if (!found && m_sessionLiteLlmKey.isEmpty()) {
            fail(tr("No key for LiteLLM at %1").arg(proxy.toDisplayString()), message);
            return;
        }
        ExternalSpendSource source;
        source.kind = ExternalSpendSource::Kind::LiteLlm;
        source.connection = sources::litellm::connectionSettings(proxy, found ? secret->secret() : m_sessionLiteLlmKey);
        source.connection.caBundlePath = m_connection.caBundlePath;
        source.connection.verifyTls = m_connection.verifyTls;
        resolveReviewSource(source);
    }, Qt::SingleShotConnection);
    secret->load();
}

void ConsoleController::resolveLangfuseSpend()
{
    // The project's keys, as for the review source: KEEL_LANGFUSE_*, the keychain, or this session's.
    const QUrl host = m_sources.spendUrl;
    m_langfuseSpendKeys->setBaseUrl(host);
    connect(m_langfuseSpendKeys, &settings::LangfuseCredentials::loaded, this, [this, host](bool found, const QString &message) {
        if (!found) {
            fail(tr("No keys for Langfuse at %1").arg(host.toDisplayString()),
                 message + u' ' + tr("Paste the project's public and secret key in File › Connect, or set KEEL_LANGFUSE_PUBLIC_KEY "
                                     "and KEEL_LANGFUSE_SECRET_KEY."));
            return;
        }
        ExternalSpendSource source;
        source.kind = ExternalSpendSource::Kind::Langfuse;
        source.connection = sources::langfuse::connectionSettings(host, m_langfuseSpendKeys->publicKey(),
                                                                  m_langfuseSpendKeys->secretKey());
        source.connection.caBundlePath = m_connection.caBundlePath;
        source.connection.verifyTls = m_connection.verifyTls;
        resolveReviewSource(source);
    }, Qt::SingleShotConnection);
    m_langfuseSpendKeys->load();
}

void ConsoleController::resolveReviewSource(const std::optional<ExternalSpendSource> &spendSource)
{
    if (!m_sources.reviewFromLangfuse()) {
        startServices(spendSource, std::nullopt);
        return;
    }
    // Review queues from Langfuse: the project's keys come from KEEL_LANGFUSE_PUBLIC_KEY /
    // KEEL_LANGFUSE_SECRET_KEY, the keychain, or what this session was given.
    const QUrl host = m_sources.reviewUrl;
    m_langfuseKeys->setBaseUrl(host);
    connect(m_langfuseKeys, &settings::LangfuseCredentials::loaded, this, [this, host, spendSource](bool found, const QString &message) {
        if (!found) {
            fail(tr("No keys for Langfuse at %1").arg(host.toDisplayString()),
                 message + u' ' + tr("Paste the project's public and secret key in File › Connect, or set KEEL_LANGFUSE_PUBLIC_KEY "
                                     "and KEEL_LANGFUSE_SECRET_KEY."));
            return;
        }
        sources::ReviewSourceOptions options;
        options.kind = u"langfuse"_s;
        options.baseUrl = host;
        options.publicKey = m_langfuseKeys->publicKey();
        options.secretKey = m_langfuseKeys->secretKey();
        options.caBundlePath = m_connection.caBundlePath;
        options.verifyTls = m_connection.verifyTls;
        auto source = std::make_shared<sources::ReviewSource>(sources::createReviewSource(options));
        if (!*source) {
            fail(tr("Langfuse at %1 cannot be used").arg(host.toDisplayString()), source->error);
            return;
        }
        startServices(spendSource, LangfuseReviewSource{host, options.publicKey, std::move(source)});
    }, Qt::SingleShotConnection);
    m_langfuseKeys->load();
}

} // namespace keel::app
