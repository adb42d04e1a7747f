// keel_soak: reviewer decisions are never lost and never applied twice, shown at volume.
//
//   keel_soak crash [--decisions 10000] [--fault-rate 0.2] [--seed 1] [--kill-min-ms 1000] [--kill-max-ms 5000]
//       One console works the queue against a real keel-platform whose review paths fail at
//       --fault-rate (503, dropped answers, malformed answers, hangs past the client's timeout);
//       it is killed with SIGKILL at random intervals and restarted on the same files until
//       --decisions decisions were reported saved; then faults go off and a last run drains its
//       outbox. Every saved decision must be on the platform exactly once.
//   keel_soak race [--decisions 2000] [--fault-rate 0.2] [--seed 1]
//       Two consoles on one queue at once, as two reviewers and as one reviewer on two machines,
//       with and without faults: no item gets two decisions, and every saved decision either
//       landed or was refused with its 409/410 reason in that console's outbox.
//   keel_soak all            crash, then race, with the options above (--race-decisions for race)
//
// Common: [--work DIR] (kept; default a temporary folder, kept on failure) [--timeout-ms 1000]
// [--hang-ms 1500] [--max-pending 16] [--max-minutes 90] [--client-retries N] (the client's own
// retries of idempotent requests; default the app's, 0 puts every failure on the outbox's retry). Prints the figures; exits 1 on any loss,
// duplicate, unknown decision, unfinished outbox or console crash. Built with the tests, never
// run by ctest (it takes minutes): scripts/soak.sh.
//
// `keel_soak console …` is the console child (soakconsole.h), started by the driver.
#include "soakcheck.h"
#include "soakchild.h"
#include "soakconsole.h"

#include <apiclient.h>
#include <platformprocess.h>
#include <testclock.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <random>


using namespace Qt::StringLiterals;
using namespace keel;
using keel::soak::Child;
using keel::soak::pump;

namespace {

struct Options {
    QString mode;
    int decisions = 10000;
    int raceDecisions = 2000;
    double faultRate = 0.2;
    quint64 seed = 1;
    int killMinMs = 1000;
    int killMaxMs = 5000;
    QString work;
    int timeoutMs = 1000;
    int hangMs = 1500;
    int maxPending = 16;
    int maxMinutes = 90;
    int clientRetries = -1;
};

void out(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

void progress(const QString &text)
{
    std::fputs(qPrintable(u"[soak] "_s + text + u'\n'), stderr);
    std::fflush(stderr);
}

QString percent(long long part, long long whole)
{
    return whole > 0 ? QString::number(100.0 * double(part) / double(whole), 'f', 1) + u'%' : u"-"_s;
}

QStringList faultArguments(const Options &o, double rate)
{
    if (rate <= 0)
        return {};
    // The share of review requests that fail, split over every kind the platform injects. Drops and
    // malformed answers come after the platform applied the request: the decision is on the server
    // and the console did not hear so, the case an idempotency key is for.
    return {u"--fault-5xx"_s, QString::number(rate * 0.3), u"--fault-drop"_s, QString::number(rate * 0.3),
            u"--fault-malformed"_s, QString::number(rate * 0.2), u"--fault-hang"_s, QString::number(rate * 0.2),
            u"--hang-ms"_s, QString::number(o.hangMs), u"--fault-path-prefix"_s, u"/v1/review/"_s};
}

QStringList consoleArguments(const Options &o)
{
    return {u"--max-pending"_s, QString::number(o.maxPending), u"--timeout-ms"_s, QString::number(o.timeoutMs),
            u"--client-retries"_s, QString::number(o.clientRetries)};
}

std::unique_ptr<test::PlatformProcess> startPlatform(const Options &o, const QString &dir, int reviewItems, double faultRate)
{
    test::PlatformOptions po;
    po.seed = int(o.seed % 100000);
    po.days = 7;
    po.requestsPerDay = 2000;
    po.dataDir = dir;
    po.extraArgs = QStringList{u"--review-items"_s, QString::number(reviewItems)} + faultArguments(o, faultRate);
    auto platform = std::make_unique<test::PlatformProcess>(po);
    if (!platform->start()) {
        out(u"keel-platform did not start: "_s + platform->errorString());
        return nullptr;
    }
    return platform;
}

bool faultsOff(const test::ApiClient &api)
{
    return api.put("/v1/admin/faults", u"admin"_s, "{}").status == 200;
}

void printVerdict(const soak::Verdict &v, bool refusalsAllowed)
{
    out(u"lost: %1   applied twice: %2 (items with two decisions %3, keys applied twice %4)   unknown on the platform: %5"_s
            .arg(v.lost + v.wrongItem).arg(v.itemsDecidedTwice + v.keysAppliedTwice).arg(v.itemsDecidedTwice)
            .arg(v.keysAppliedTwice).arg(v.unknown));
    QStringList reasons;
    for (const auto &[reason, n] : v.refusedByReason)
        reasons << u"%1 x%2"_s.arg(reason).arg(n);
    out(u"refused by the platform (in the outbox as failed, with the reason): %1%2%3"_s.arg(v.refused)
            .arg(reasons.isEmpty() ? QString() : u" ("_s + reasons.join(u", "_s) + u')')
            .arg(refusalsAllowed ? QString() : u" (must be 0 with one console)"_s));
    if (v.refused > 0)
        out(u"refused with no other decision on the item: %1"_s.arg(v.refusedWithoutOtherDecision));
    out(u"outbox rows unfinished: %1   failed otherwise: %2   duplicate \"saved\" lines: %3"_s.arg(v.unfinished)
            .arg(v.failedOther).arg(v.duplicateAcks));
    for (const QString &e : v.examples)
        out(u"  ! "_s + e);
}

void printFaults(const soak::PlatformCounters &c)
{
    QStringList kinds;
    for (const auto &[kind, n] : c.faults)
        if (n > 0)
            kinds << u"%1 %2"_s.arg(QString::fromStdString(kind)).arg(n);
    out(u"faults injected: %1 of %2 review requests (%3): %4"_s.arg(c.faultsTotal).arg(c.reviewRequests)
            .arg(percent(c.faultsTotal, c.reviewRequests), kinds.join(u", "_s)));
}

// (a) One console, killed again and again.
bool runCrash(const Options &o, const QString &work)
{
    out(u"== crash: %1 decisions, %2% faults on /v1/review/, console killed (SIGKILL) every %3-%4 ms, seed %5"_s
            .arg(o.decisions).arg(o.faultRate * 100).arg(o.killMinMs).arg(o.killMaxMs).arg(o.seed));
    QDir(work).mkpath(u"crash/console"_s);
    auto platform = startPlatform(o, work + u"/crash/platform"_s, o.decisions + o.decisions / 2 + 500, o.faultRate);
    if (!platform)
        return false;
    test::ApiClient api(*platform, 60000);
    soak::ConsoleRecord record{u"console"_s, work + u"/crash/console"_s, {}, 0};
    Child child(record);
    std::mt19937_64 rng(o.seed);
    std::uniform_int_distribution<int> interval(o.killMinMs, std::max(o.killMinMs, o.killMaxMs));
    QElapsedTimer clock;
    clock.start();
    qint64 lastProgress = 0;
    int unexpected = 0;
    QStringList exits;
    bool timedOut = false;
    while (int(record.acked.size()) < o.decisions) {
        if (clock.elapsed() > qint64(o.maxMinutes) * 60000) {
            timedOut = true;
            break;
        }
        child.start(*platform, u"reviewer-1"_s, o.seed * 1000003 + quint64(child.starts),
                    consoleArguments(o));
        QElapsedTimer alive;
        alive.start();
        const int life = interval(rng);
        while (alive.elapsed() < life && child.running() && int(record.acked.size()) < o.decisions) {
            pump(20);
            child.poll();
        }
        (void)platform->stderrText(); // the request log: read so the pipe never fills, not kept
        if (!child.running()) {
            ++unexpected; // a console that ends by itself crashed or gave up: a finding
            exits << u"exit code %1%2 after %3 ms"_s.arg(child.exitCode()).arg(child.crashed() ? u" (crash)"_s : QString())
                         .arg(alive.elapsed());
            if (unexpected > 10)
                break;
            continue;
        }
        child.kill();
        if (clock.elapsed() - lastProgress > 10000) {
            lastProgress = clock.elapsed();
            progress(u"%1/%2 saved, %3 kills, %4 decisions/s"_s.arg(record.acked.size()).arg(o.decisions).arg(child.kills)
                         .arg(double(record.acked.size()) * 1000.0 / double(std::max<qint64>(1, clock.elapsed())), 0, 'f', 1));
        }
    }
    const qint64 workMs = clock.elapsed();
    const soak::PlatformCounters counters = soak::fetchCounters(api);
    if (!faultsOff(api))
        out(u"could not turn the faults off"_s);

    // The last console: no faults, no kill, no new items; it delivers what is left.
    QElapsedTimer drainClock;
    drainClock.start();
    child.start(*platform, u"reviewer-1"_s, o.seed * 1000003 + quint64(child.starts), {u"--drain"_s});
    const bool drained = child.waitForExit(10 * 60000) && child.exitCode() == 0 && !child.drained.isEmpty();
    const qint64 drainMs = drainClock.elapsed();

    std::vector<domain::FeedbackRecord> feedback;
    QString error;
    if (!soak::fetchFeedback(api, feedback, &error)) {
        out(u"feedback export: "_s + error);
        return false;
    }
    const soak::Verdict v = soak::verify({record}, feedback, &error);
    if (!error.isEmpty()) {
        out(error);
        return false;
    }
    out(u"decisions acknowledged (\"saved\" lines): %1"_s.arg(v.acknowledged));
    out(u"kills (SIGKILL): %1   console starts: %2   consoles that ended by themselves: %3%4"_s.arg(child.kills)
            .arg(child.starts).arg(unexpected).arg(exits.isEmpty() ? QString() : u" ("_s + exits.join(u"; "_s) + u')'));
    printFaults(counters);
    out(u"delivered (the console's decisions on the platform): %1 = %2 acknowledged + %3 saved but killed before the line"_s
            .arg(v.serverDecisions).arg(v.landed).arg(v.deliveredUnacknowledged));
    printVerdict(v, false);
    out(u"final drain: %1 (%2)"_s.arg(drained ? u"ok"_s : u"FAILED"_s, QString::fromUtf8(child.drained)));
    for (const QByteArray &line : child.notable)
        out(u"  console said: "_s + QString::fromUtf8(line));
    out(u"elapsed: %1 s under faults and kills + %2 s final drain; %3 decisions/s"_s.arg(double(workMs) / 1000.0, 0, 'f', 1)
            .arg(double(drainMs) / 1000.0, 0, 'f', 1)
            .arg(double(v.acknowledged) * 1000.0 / double(std::max<qint64>(1, workMs)), 0, 'f', 1));
    const bool ok = v.ok(false) && drained && unexpected == 0 && !timedOut;
    out(u"result: "_s + (ok ? u"PASS"_s : u"FAIL"_s) + (timedOut ? u" (ran out of time)"_s : QString()));
    return ok;
}

// (b) Two consoles on one queue at once.
bool runRaceVariant(const Options &o, const QString &work, const QString &name, const QString &reviewerA,
                    const QString &reviewerB, double faultRate)
{
    out(u"== race: %1, %2 decisions, %3% faults, seed %4"_s.arg(name).arg(o.raceDecisions).arg(faultRate * 100).arg(o.seed));
    const QString base = work + u"/race-"_s + name.simplified().replace(u' ', u'-') + (faultRate > 0 ? u"-faults"_s : u""_s);
    QDir(base).mkpath(u"A"_s);
    QDir(base).mkpath(u"B"_s);
    auto platform = startPlatform(o, base + u"/platform"_s, o.raceDecisions + o.raceDecisions / 2 + 500, faultRate);
    if (!platform)
        return false;
    test::ApiClient api(*platform, 60000);
    soak::ConsoleRecord a{u"A"_s, base + u"/A"_s, {}, 0};
    soak::ConsoleRecord b{u"B"_s, base + u"/B"_s, {}, 0};
    Child ca(a), cb(b);
    const QStringList extra = QStringList{u"--decisions"_s, QString::number(o.raceDecisions / 2)} + consoleArguments(o);
    QElapsedTimer clock;
    clock.start();
    ca.start(*platform, reviewerA, o.seed * 7919 + 1, extra);
    cb.start(*platform, reviewerB, o.seed * 7919 + 2, extra);
    while ((ca.running() || cb.running()) && clock.elapsed() < qint64(o.maxMinutes) * 60000) {
        pump(20);
        ca.poll();
        cb.poll();
        (void)platform->stderrText();
    }
    const qint64 workMs = clock.elapsed();
    ca.kill(); // only if still running (out of time)
    cb.kill();
    const bool cleanA = ca.exitCode() == 0 && !ca.drained.isEmpty();
    const bool cleanB = cb.exitCode() == 0 && !cb.drained.isEmpty();
    const soak::PlatformCounters counters = soak::fetchCounters(api);
    faultsOff(api);
    std::vector<domain::FeedbackRecord> feedback;
    QString error;
    if (!soak::fetchFeedback(api, feedback, &error)) {
        out(u"feedback export: "_s + error);
        return false;
    }
    const soak::Verdict v = soak::verify({a, b}, feedback, &error);
    if (!error.isEmpty()) {
        out(error);
        return false;
    }
    out(u"decisions acknowledged: %1 (A %2 as %3, B %4 as %5)"_s.arg(v.acknowledged).arg(a.acked.size()).arg(reviewerA)
            .arg(b.acked.size()).arg(reviewerB));
    printFaults(counters);
    out(u"landed: %1   platform decisions from the two consoles: %2"_s.arg(v.landed).arg(v.serverDecisions));
    printVerdict(v, true);
    out(u"consoles: A %1, B %2"_s.arg(QString::fromUtf8(ca.drained.isEmpty() ? "did not finish" : ca.drained),
                                       QString::fromUtf8(cb.drained.isEmpty() ? "did not finish" : cb.drained)));
    for (const QByteArray &line : ca.notable + cb.notable)
        out(u"  console said: "_s + QString::fromUtf8(line));
    out(u"elapsed: %1 s; %2 decisions/s"_s.arg(double(workMs) / 1000.0, 0, 'f', 1)
            .arg(double(v.acknowledged) * 1000.0 / double(std::max<qint64>(1, workMs)), 0, 'f', 1));
    // Refusals are the expected outcome of two consoles deciding one item (the second one loses).
    // One that leaves the item with no decision at all would be a decision lost, not refused.
    const bool ok = v.ok(true) && v.refusedWithoutOtherDecision == 0 && cleanA && cleanB;
    out(u"result: "_s + (ok ? u"PASS"_s : u"FAIL"_s));
    return ok;
}

bool runRace(const Options &o, const QString &work)
{
    bool ok = true;
    for (const double rate : {0.0, o.faultRate}) {
        ok = runRaceVariant(o, work, u"two reviewers"_s, u"reviewer-1"_s, u"reviewer-2"_s, rate) && ok;
        ok = runRaceVariant(o, work, u"one reviewer on two consoles"_s, u"reviewer-1"_s, u"reviewer-1"_s, rate) && ok;
        if (o.faultRate <= 0)
            break;
    }
    return ok;
}

std::optional<Options> parse(const QStringList &args)
{
    Options o;
    o.mode = args.value(1);
    for (qsizetype i = 2; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString v = args.value(i + 1);
        bool used = true;
        if (a == u"--decisions") o.decisions = v.toInt();
        else if (a == u"--race-decisions") o.raceDecisions = v.toInt();
        else if (a == u"--fault-rate") o.faultRate = v.toDouble();
        else if (a == u"--seed") o.seed = v.toULongLong();
        else if (a == u"--kill-min-ms") o.killMinMs = v.toInt();
        else if (a == u"--kill-max-ms") o.killMaxMs = v.toInt();
        else if (a == u"--work") o.work = v;
        else if (a == u"--timeout-ms") o.timeoutMs = v.toInt();
        else if (a == u"--hang-ms") o.hangMs = v.toInt();
        else if (a == u"--max-pending") o.maxPending = v.toInt();
        else if (a == u"--max-minutes") o.maxMinutes = v.toInt();
        else if (a == u"--client-retries") o.clientRetries = v.toInt();
        else {
            std::fprintf(stderr, "keel_soak: unknown option %s\n", qPrintable(a));
            return std::nullopt;
        }
        if (used)
            ++i;
    }
    if (o.mode == u"race" && !args.contains(u"--race-decisions"_s) && args.contains(u"--decisions"_s))
        o.raceDecisions = o.decisions;
    if ((o.mode != u"crash" && o.mode != u"race" && o.mode != u"all") || o.decisions < 1 || o.raceDecisions < 2
        || o.faultRate < 0 || o.faultRate > 1 || o.killMinMs < 1) {
        std::fprintf(stderr, "usage: keel_soak crash|race|all [--decisions N] [--race-decisions N] [--fault-rate P] [--seed N]\n"
                             "       [--kill-min-ms N] [--kill-max-ms N] [--work DIR] [--timeout-ms N] [--hang-ms N]\n"
                             "       [--max-pending N] [--max-minutes N] [--client-retries N]\n");
        return std::nullopt;
    }
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == u"console") {
        QString error;
        const soak::ConsoleOptions options = soak::consoleOptionsFromArguments(args.mid(2), &error);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "keel_soak console: %s\n", qPrintable(error));
            return 2;
        }
        return soak::runConsole(options);
    }
    const auto options = parse(args);
    if (!options)
        return 2;
    std::unique_ptr<QTemporaryDir> temp;
    QString work = options->work;
    if (work.isEmpty()) {
        temp = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/keel-soak-XXXXXX"_s);
        work = temp->path();
    }
    QDir().mkpath(work);
    QElapsedTimer total;
    total.start();
    bool ok = true;
    if (options->mode == u"crash" || options->mode == u"all")
        ok = runCrash(*options, work) && ok;
    if (options->mode == u"race" || options->mode == u"all")
        ok = runRace(*options, work) && ok;
    if (!ok && temp) {
        temp->setAutoRemove(false);
        out(u"work folder kept for a look: "_s + work);
    }
    out(u"soak %1 in %2 s"_s.arg(ok ? u"passed"_s : u"FAILED"_s).arg(double(total.elapsed()) / 1000.0, 0, 'f', 1));
    return ok ? 0 : 1;
}
