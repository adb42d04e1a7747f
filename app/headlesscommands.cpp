#include "headlesscommands.h"

#include "consolecontroller.h"
#include "headlessjobs.h"

#include <shell/mainwindow.h>

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace keel::app {
namespace {

void printErr(const QString &text)
{
    std::fprintf(stderr, "keel: %s\n", qUtf8Printable(text));
}

// Gives the view a moment after ready() so queued model updates land before the grab.
constexpr int kSettleMs = 400;
constexpr int kCommandTimeoutMs = 180000;

} // namespace

int runHeadless(const AppOptions &options)
{
    ConsoleController controller(options);
    int exitCode = 1;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, qApp, [&] {
        printErr(QCoreApplication::translate("Headless", "gave up after %1 s waiting for the platform").arg(kCommandTimeoutMs / 1000));
        QCoreApplication::exit(1);
    });
    timeout.start(kCommandTimeoutMs);
    QObject::connect(&controller, &ConsoleController::sessionFailed, qApp, [](const QString &message) {
        printErr(message);
        QCoreApplication::exit(1);
    });

    std::unique_ptr<HeadlessJob> job;
    const QStringList needed = resourcesNeededBy(options);
    controller.setSyncResources(needed.isEmpty() ? QStringList{u"none"_s} : needed);
    if (options.command == AppOptions::Command::Snapshot) {
        // Grab once the view has loaded AND the cache holds what it shows: the sync finished
        // and the view redrew from it (spend reloads after a sync and says so by loadFinished()).
        struct SnapshotState { bool viewReady = false; bool synced = false; bool grabbed = false; };
        auto state = std::make_shared<SnapshotState>();
        auto grab = [&controller, &options, state] {
            if (state->grabbed || !state->viewReady || !state->synced)
                return;
            state->grabbed = true;
            QTimer::singleShot(kSettleMs, qApp, [&controller, &options] {
                widgets::MainWindow *w = controller.window();
                const QImage image = w->grab().toImage();
                QDir().mkpath(QFileInfo(options.out).absolutePath());
                if (!image.save(options.out, "PNG")) {
                    printErr(QCoreApplication::translate("Headless", "could not write %1").arg(options.out));
                    QCoreApplication::exit(1);
                    return;
                }
                std::printf("%s\n", qUtf8Printable(QFileInfo(options.out).absoluteFilePath()));
                QCoreApplication::exit(0);
            });
        };
        QObject::connect(&controller, &ConsoleController::viewReady, qApp, [state, grab, &options](const QString &id) {
            if (id != options.view)
                return;
            state->viewReady = true;
            grab();
        });
        QObject::connect(&controller, &ConsoleController::syncFinished, qApp, [state, grab, &controller, &options](bool ok, const QString &summary) {
            if (!ok)
                printErr(QCoreApplication::translate("Headless", "sync did not finish (%1); the snapshot shows the cache").arg(summary));
            QWidget *view = controller.window()->view(options.view);
            if (view && view->metaObject()->indexOfSignal("loadFinished()") >= 0) {
                auto *relay = new ReadyRelay(options.view, view);
                QObject::connect(view, SIGNAL(loadFinished()), relay, SLOT(onReady()));
                QObject::connect(relay, &ReadyRelay::ready, qApp, [state, grab, relay] {
                    relay->deleteLater();
                    state->synced = true;
                    grab();
                });
                return; // the controller asked it to reload; wait for that load
            }
            state->synced = true;
            grab();
        });
        QObject::connect(&controller, &ConsoleController::sessionReady, qApp, [&] {
            if (!controller.window()->view(options.view)) {
                printErr(QCoreApplication::translate("Headless", "the signed-in identity has no %1 view").arg(options.view));
                QCoreApplication::exit(1);
                return;
            }
            controller.window()->showView(options.view);
        });
        controller.start(false);
        controller.window()->resize(options.size);
        controller.window()->setAttribute(Qt::WA_DontShowOnScreen);
        controller.window()->show();
    } else {
        auto runJob = [&] {
            job = createHeadlessJob(options, controller.session());
            if (!job) {
                QCoreApplication::exit(1);
                return;
            }
            QObject::connect(job.get(), &HeadlessJob::progress, qApp, [](int done, int total) {
                if (total > 0)
                    std::fprintf(stderr, "\r%d/%d", done, total);
            });
            QObject::connect(job.get(), &HeadlessJob::finished, qApp, [](bool ok, const QString &message) {
                std::fprintf(stderr, "\n");
                if (ok)
                    std::printf("%s\n", qUtf8Printable(message));
                else
                    printErr(message);
                QCoreApplication::exit(ok ? 0 : 1);
            });
            job->start();
        };
        QObject::connect(&controller, &ConsoleController::syncFinished, qApp, [runJob, &job](bool ok, const QString &summary) {
            if (!ok)
                printErr(QCoreApplication::translate("Headless", "sync did not finish (%1); using the cache as it is").arg(summary));
            if (!job)
                runJob();
        });
        controller.start(false);
    }
    exitCode = QCoreApplication::exec();
    return exitCode;
}

} // namespace keel::app
