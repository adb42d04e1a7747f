#pragma once
// Headless spend export: `keel export spend --from D --to D --group-by DIM --format csv|focus
// --out FILE`, and the dashboard's export actions. Reads the store on its own thread and writes
// through QSaveFile, so a failed or cancelled export never leaves a half-written file.
#include "spendquery.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <optional>

namespace keel::spend {

struct SpendExportOptions {
    enum class Format { Csv, Focus };
    QString storePath;
    SpendQuery query;        // range, filters, granularity and group-by (group-by ignored for FOCUS)
    Format format = Format::Csv;
    QString outPath;

    static std::optional<Format> formatFromName(const QString &name); // "csv" | "focus"
};

class SpendExportJob : public QObject {
    Q_OBJECT
public:
    explicit SpendExportJob(SpendExportOptions options, QObject *parent = nullptr);
    ~SpendExportJob() override; // cancels and joins

    void start();
    void cancel();
    bool isRunning() const { return m_thread && m_thread->isRunning(); }

    // The grouped CSV header: period_start, <dimension>, cost_usd, cost_micros, requests,
    // input_tokens, output_tokens, cached_tokens, cache_savings_usd.
    static QStringList groupedColumns(Dimension groupBy);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(bool ok, const QString &message);

private:
    void run();
    void reportProgress(int done, int total);
    void reportFinished(bool ok, const QString &message);

    SpendExportOptions m_options;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    bool m_done = false;
};

} // namespace keel::spend
