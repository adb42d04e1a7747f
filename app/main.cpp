// keel: the console window, or a headless command (snapshot, export, report).
#include "commandline.h"
#include "consolecontroller.h"
#include "headlesscommands.h"
#include "quitonsignal.h"
#include "wipecache.h"

#include <shell/mainwindow.h>

#include <clock.h>
#include <colorscheme.h>
#include <installtranslators.h>
#include <resourcesinit.h>

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    // Parse before QApplication exists so headless commands can pick the offscreen platform.
    QCoreApplication::setOrganizationName(u"Keel"_s);
    QCoreApplication::setApplicationName(u"keel"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KEEL_VERSION));
    const keel::app::ParseResult parsed = keel::app::parseCommandLine(args);
    if (!parsed.error.isEmpty()) {
        std::fprintf(stderr, "keel: %s\nRun keel --help for usage.\n", qUtf8Printable(parsed.error));
        return 2;
    }
    const keel::app::AppOptions &options = parsed.options;
    if (options.nowMs)
        keel::domain::processClock().pin(*options.nowMs);
    const bool headless = options.command != keel::app::AppOptions::Command::Gui;
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    // Qt takes "--platform NAME" as its own QPA plugin option and would swallow "--platform URL";
    // hand Qt the joined "--platform=URL" form, which it leaves alone (ours is parsed above).
    QByteArray joinedPlatform;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--platform") == 0) {
            joinedPlatform = QByteArray("--platform=") + argv[i + 1];
            argv[i] = joinedPlatform.data();
            for (int j = i + 1; j + 1 < argc; ++j)
                argv[j] = argv[j + 1];
            argv[--argc] = nullptr;
            break;
        }
    }
    QApplication app(argc, argv);
    keel::app::quitOnTerminationSignals();
    keel::initResources();
    const keel::TranslationSetup translation = keel::installTranslators(app, options.lang);
    if (!translation.warning.isEmpty())
        std::fprintf(stderr, "keel: %s\n", qUtf8Printable(translation.warning));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Keel"));
    QApplication::setDesktopFileName(u"dev.keel.Keel"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/dev.keel.Keel.svg"_s));
    const auto scheme = keel::parseColorScheme(QSettings().value(QLatin1StringView(keel::colorSchemeSettingsKey)).toString());
    keel::applyColorScheme(app, scheme.value_or(keel::ColorScheme::System));

    if (options.command == keel::app::AppOptions::Command::WipeCache)
        return keel::app::wipeCaches(options);
    if (headless)
        return keel::app::runHeadless(options);

    keel::app::ConsoleController controller(options);
    if (!options.screenshotOnReady.isEmpty()) {
        QObject::connect(&controller, &keel::app::ConsoleController::viewReady, &app, [&](const QString &id) {
            if (!controller.window() || controller.window()->currentViewId() != id)
                return;
            QTimer::singleShot(400, &app, [&] {
                if (controller.window()->grab().save(options.screenshotOnReady, "PNG"))
                    std::printf("screenshot: %s\n", qUtf8Printable(options.screenshotOnReady));
            });
        });
    }
    controller.start(true);
    return app.exec();
}
