#pragma once
// The council's monthly SLO report as a PDF (`keel report slo --month YYYY-MM --out FILE.pdf`,
// and from the UI): a summary page (every SLO's attainment, budget and status, plus the review
// queues' decision counts), then one section per SLO with attainment, budget used in the month,
// burn periods / incidents in the month and a small burn-down chart.
// The numbers come from the dashboard's SLI source (the platform, or Prometheus as of the month's
// end when the settings name it), queue counts from the session's review source; the PDF is painted with QPdfWriter on a pool thread, so it
// needs no display and never blocks the GUI thread.
#include <session.h>

#include <slo/sloinfo.h>

#include <QDate>
#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>

namespace keel::slo {

class SliSource;

struct SloReportData; // what the painter needs, copied to the pool thread

class SloReportJob : public QObject {
    Q_OBJECT
public:
    // month: "YYYY-MM".
    SloReportJob(const keel::SessionContext &context, QString month, QString outPath, QObject *parent = nullptr);
    ~SloReportJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int sectionCount() const { return m_sections; } // SLO sections written in the last report

Q_SIGNALS:
    void progress(int done, int total);
    void finished(bool ok, const QString &message);

private:
    void fetchQueues();
    void maybeRender();
    void fail(const QString &message);

    keel::SessionContext m_context;
    QString m_month;
    QString m_outPath;
    QDate m_monthStart;
    std::unique_ptr<SliSource> m_source;
    std::shared_ptr<SloReportData> m_data;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    int m_total = 0;
    int m_done = 0;
    bool m_listDone = false;
    bool m_queuesDone = false;
    bool m_running = false;
    int m_sections = 0;
    quint64 m_queueTicket = 0;
};

} // namespace keel::slo
