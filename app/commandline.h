#pragma once
// The keel command line: the GUI by default, or a headless command (snapshot, export, report).
#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QCoreApplication;

namespace keel::app {

struct AppOptions {
    enum class Command { Gui, Snapshot, ExportSpend, ReportSlo, WipeCache };
    Command command = Command::Gui;
    QUrl platformUrl;          // --platform URL
    QUrl liteLlmUrl;           // --litellm URL: spend, budgets and requests from that proxy
    QUrl langfuseUrl;          // --langfuse URL: review queues from that Langfuse's annotation queues
    QUrl langfuseSpendUrl;     // --langfuse-spend URL: spend and raw requests from that Langfuse project
    // --no-platform: sign in to no Keel platform; the views come from --langfuse, --litellm and
    // the Prometheus SLO settings alone (also the saved choice "sources/platform=none").
    bool noPlatform = false;
    bool demo = false;         // --demo: start a bundled keel-platform with demo data
    QString demoUser = QStringLiteral("admin"); // --demo-user reviewer-1|reviewer-2|finops|council|admin
    QString lang;              // --lang de|fr|en (default: system locale)
    QString view;              // snapshot --view review|spend|slo|trace
    QString out;               // --out FILE
    QSize size{1600, 1000};    // --size WxH
    QString from, to, groupBy, format, month; // export / report
    QString screenshotOnReady; // --screenshot FILE: the GUI writes a PNG of itself once the view is ready
    QString cacheDir;          // --cache-dir DIR (default: the per-user cache location)
    bool wipeForce = false;    // --wipe-cache --force
    QString correlationId;     // --correlation-id ID: open the trace explorer on this request
    std::optional<qint64> nowMs; // --now TIME: the clock starts there (reproducible reports, screenshots, tests)
};

struct ParseResult {
    AppOptions options;
    QString error;      // non-empty: print it with the help and exit 2
    bool exitNow = false; // --help / --version were handled
};

ParseResult parseCommandLine(const QStringList &arguments);

} // namespace keel::app
