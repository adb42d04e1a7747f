#include "commandline.h"

#include <domain/timeutil.h>


#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace keel::app {

ParseResult parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Keel — operations console for an AI platform.\n\n"
        "Commands (optional; without one the console window opens):\n"
        "  snapshot --view review|spend|slo|trace --out FILE.png [--size 1600x1000]\n"
        "  export spend --from DATE --to DATE --group-by model|use_case|team|customer_segment "
        "--format csv|focus --out FILE\n"
        "  report slo --month YYYY-MM --out FILE.pdf\n"
        "Each command needs --demo or --platform URL (token from KEEL_TOKEN or the keychain), or --no-platform "
        "with --langfuse or --litellm."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("CommandLine", "snapshot, export or report"), u"[command]"_s);
    parser.addPositionalArgument(u"subject"_s, QCoreApplication::translate("CommandLine", "for export: spend; for report: slo"), u"[subject]"_s);

    const QCommandLineOption platform(u"platform"_s, QCoreApplication::translate("CommandLine", "Platform API base URL."), u"url"_s);
    const QCommandLineOption demo(u"demo"_s, QCoreApplication::translate("CommandLine", "Start the bundled reference platform with demo data and sign in to it."));
    const QCommandLineOption demoUser(u"demo-user"_s, QCoreApplication::translate("CommandLine", "Demo identity: reviewer-1, reviewer-2, finops, council or admin."), u"name"_s, u"admin"_s);
    const QCommandLineOption lang(u"lang"_s, QCoreApplication::translate("CommandLine", "User interface language (en, de, fr); default follows the system."), u"code"_s);
    const QCommandLineOption wipe(u"wipe-cache"_s, QCoreApplication::translate("CommandLine", "Delete the local cache (prompts, outputs, telemetry) and exit. Undelivered decisions are kept unless --force is given."));
    const QCommandLineOption force(u"force"_s, QCoreApplication::translate("CommandLine", "With --wipe-cache: also delete undelivered decisions."));
    const QCommandLineOption view(u"view"_s, QCoreApplication::translate("CommandLine", "View to render: review, spend, slo or trace."), u"view"_s);
    const QCommandLineOption out(u"out"_s, QCoreApplication::translate("CommandLine", "Output file."), u"file"_s);
    const QCommandLineOption size(u"size"_s, QCoreApplication::translate("CommandLine", "Snapshot size as WIDTHxHEIGHT."), u"size"_s, u"1600x1000"_s);
    const QCommandLineOption from(u"from"_s, QCoreApplication::translate("CommandLine", "First day (YYYY-MM-DD)."), u"date"_s);
    const QCommandLineOption to(u"to"_s, QCoreApplication::translate("CommandLine", "Last day, inclusive (YYYY-MM-DD)."), u"date"_s);
    const QCommandLineOption groupBy(u"group-by"_s, QCoreApplication::translate("CommandLine", "model, use_case, team or customer_segment."), u"dimension"_s, u"model"_s);
    const QCommandLineOption format(u"format"_s, QCoreApplication::translate("CommandLine", "csv or focus."), u"format"_s, u"csv"_s);
    const QCommandLineOption month(u"month"_s, QCoreApplication::translate("CommandLine", "Report month (YYYY-MM)."), u"month"_s);
    const QCommandLineOption screenshot(u"screenshot"_s, QCoreApplication::translate("CommandLine", "Write a PNG of the window once the first view has loaded."), u"file"_s);
    const QCommandLineOption cacheDir(u"cache-dir"_s, QCoreApplication::translate("CommandLine", "Folder of the local cache."), u"dir"_s);
    const QCommandLineOption correlation(u"correlation-id"_s, QCoreApplication::translate("CommandLine", "Open the trace explorer on this request (GUI and snapshot --view trace)."), u"id"_s);
    const QCommandLineOption now(u"now"_s, QCoreApplication::translate("CommandLine", "Start the clock at this UTC time, e.g. 2026-03-18T10:30:00Z (with --demo, the platform's too)."), u"time"_s);
    const QCommandLineOption liteLlm(u"litellm"_s, QCoreApplication::translate("CommandLine", "Take spend, budgets and requests from the LiteLLM proxy at this URL (key from KEEL_LITELLM_KEY or the keychain)."), u"url"_s);
    const QCommandLineOption langfuse(u"langfuse"_s, QCoreApplication::translate("CommandLine", "Take review queues from the annotation queues of the Langfuse project at this URL (keys from KEEL_LANGFUSE_PUBLIC_KEY and KEEL_LANGFUSE_SECRET_KEY, or the keychain)."), u"url"_s);
    const QCommandLineOption noPlatform(u"no-platform"_s, QCoreApplication::translate("CommandLine", "Sign in to no Keel platform: review, spend and SLOs come only from --langfuse, --litellm and the Prometheus SLO settings."));
    const QCommandLineOption langfuseSpend(u"langfuse-spend"_s, QCoreApplication::translate("CommandLine", "Take spend and requests from the Langfuse project at this URL (keys as for --langfuse; Langfuse has no budgets)."), u"url"_s);
    parser.addOptions({langfuseSpend, platform, noPlatform, demo, demoUser, lang, wipe, force, view, out, size, from, to, groupBy, format, month, screenshot, cacheDir, correlation, now, liteLlm, langfuse});

    ParseResult result;
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s)) {
        parser.showHelp(0); // exits
    }
    if (parser.isSet(u"version"_s))
        parser.showVersion(); // exits

    AppOptions &o = result.options;
    o.platformUrl = QUrl(parser.value(platform));
    o.liteLlmUrl = QUrl(parser.value(liteLlm));
    o.langfuseUrl = QUrl(parser.value(langfuse));
    o.langfuseSpendUrl = QUrl(parser.value(langfuseSpend));
    o.demo = parser.isSet(demo);
    o.noPlatform = parser.isSet(noPlatform);
    o.demoUser = parser.value(demoUser);
    o.lang = parser.value(lang);
    o.view = parser.value(view);
    o.out = parser.value(out);
    o.from = parser.value(from);
    o.to = parser.value(to);
    o.groupBy = parser.value(groupBy);
    o.format = parser.value(format);
    o.month = parser.value(month);
    o.screenshotOnReady = parser.value(screenshot);
    o.cacheDir = parser.value(cacheDir);
    o.wipeForce = parser.isSet(force);
    o.correlationId = parser.value(correlation);
    if (parser.isSet(now)) {
        o.nowMs = domain::parseRfc3339(parser.value(now).toStdString());
        if (!o.nowMs) {
            result.error = QCoreApplication::translate("CommandLine", "--now must be a UTC time such as 2026-03-18T10:30:00Z.");
            return result;
        }
    }

    const QRegularExpression sizeRe(u"^(\\d{2,5})x(\\d{2,5})$"_s);
    const auto m = sizeRe.match(parser.value(size));
    if (!m.hasMatch()) {
        result.error = QCoreApplication::translate("CommandLine", "--size must look like 1600x1000.");
        return result;
    }
    o.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());

    const QStringList pos = parser.positionalArguments();
    const QString cmd = pos.value(0);
    const QString subject = pos.value(1);
    if (parser.isSet(wipe)) {
        o.command = AppOptions::Command::WipeCache;
    } else if (cmd.isEmpty()) {
        o.command = AppOptions::Command::Gui;
    } else if (cmd == u"snapshot"_s) {
        o.command = AppOptions::Command::Snapshot;
        static const QStringList views{u"review"_s, u"spend"_s, u"slo"_s, u"trace"_s};
        if (!views.contains(o.view))
            result.error = QCoreApplication::translate("CommandLine", "snapshot needs --view review, spend, slo or trace.");
        else if (o.out.isEmpty())
            result.error = QCoreApplication::translate("CommandLine", "snapshot needs --out FILE.png.");
    } else if (cmd == u"export"_s && subject == u"spend"_s) {
        o.command = AppOptions::Command::ExportSpend;
        static const QStringList dims{u"model"_s, u"use_case"_s, u"team"_s, u"customer_segment"_s};
        if (o.from.isEmpty() || o.to.isEmpty() || o.out.isEmpty())
            result.error = QCoreApplication::translate("CommandLine", "export spend needs --from, --to and --out.");
        else if (!dims.contains(o.groupBy))
            result.error = QCoreApplication::translate("CommandLine", "--group-by must be model, use_case, team or customer_segment.");
        else if (o.format != u"csv"_s && o.format != u"focus"_s)
            result.error = QCoreApplication::translate("CommandLine", "--format must be csv or focus.");
    } else if (cmd == u"report"_s && subject == u"slo"_s) {
        o.command = AppOptions::Command::ReportSlo;
        if (!QRegularExpression(u"^\\d{4}-\\d{2}$"_s).match(o.month).hasMatch() || o.out.isEmpty())
            result.error = QCoreApplication::translate("CommandLine", "report slo needs --month YYYY-MM and --out FILE.pdf.");
    } else {
        result.error = QCoreApplication::translate("CommandLine", "Unknown command: %1").arg(pos.join(u' '));
    }
    if (result.error.isEmpty() && o.command != AppOptions::Command::WipeCache && o.command != AppOptions::Command::Gui
        && !o.demo && !o.platformUrl.isValid() && !o.noPlatform)
        result.error = QCoreApplication::translate("CommandLine", "This command needs --demo or --platform URL (or --no-platform with --langfuse or --litellm).");
    if (o.noPlatform && (o.demo || !o.platformUrl.isEmpty()))
        result.error = QCoreApplication::translate("CommandLine", "--no-platform cannot be combined with --demo or --platform.");
    if (!o.platformUrl.isEmpty() && (!o.platformUrl.isValid() || o.platformUrl.scheme().isEmpty()))
        result.error = QCoreApplication::translate("CommandLine", "--platform must be a URL such as https://platform.example.com.");
    if (!o.liteLlmUrl.isEmpty() && (!o.liteLlmUrl.isValid() || o.liteLlmUrl.host().isEmpty()))
        result.error = QCoreApplication::translate("CommandLine", "--litellm must be a URL such as https://litellm.example.com.");
    if (!o.langfuseSpendUrl.isEmpty() && (!o.langfuseSpendUrl.isValid() || o.langfuseSpendUrl.host().isEmpty()))
        result.error = QCoreApplication::translate("CommandLine", "--langfuse-spend must be a URL such as https://cloud.langfuse.com.");
    if (!o.langfuseSpendUrl.isEmpty() && !o.liteLlmUrl.isEmpty())
        result.error = QCoreApplication::translate("CommandLine", "Spend comes from one source: give --litellm or --langfuse-spend, not both.");
    if (!o.langfuseUrl.isEmpty() && (!o.langfuseUrl.isValid() || o.langfuseUrl.host().isEmpty()))
        result.error = QCoreApplication::translate("CommandLine", "--langfuse must be a URL such as https://cloud.langfuse.com.");
    return result;
}

} // namespace keel::app
