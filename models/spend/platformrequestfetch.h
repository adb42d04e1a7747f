#pragma once
// The requests behind one spend cell, paged from the platform: for a drill-down into a day the
// cache's raw-request window (store::RequestWindow) no longer holds. Pages are decoded on a
// worker thread; only the costliest `limit` requests are kept, as the cached drill-down does.
#include "spendtypes.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <optional>
#include <string>

namespace keel::api { class PlatformClient; class ApiReply; struct ApiResponse; }

namespace keel::spend {

class PlatformRequestFetch : public QObject {
    Q_OBJECT
public:
    // Enough for a cell of a busy day (a few thousand requests), bounded against a platform
    // that ignores the filters and pages through everything.
    static constexpr int kMaxPages = 40;

    PlatformRequestFetch(api::PlatformClient *client, SpendDetailRow row, int limit, QObject *parent = nullptr);
    ~PlatformRequestFetch() override;

    void start();
    void cancel(); // no finished() after this

    const SpendDetailRow &row() const { return m_row; }

Q_SIGNALS:
    // error empty on success; rows are the costliest first (cost, then time, then id).
    void finished(const QList<keel::spend::RequestRow> &rows, const QString &error);

private:
    void fetch(const std::optional<std::string> &cursor);
    void onPage(const api::ApiResponse &response);
    void merge(QList<RequestRow> page, const std::optional<std::string> &next, const QString &error);
    void finish(const QString &error);

    QPointer<api::PlatformClient> m_client;
    SpendDetailRow m_row;
    int m_limit;
    int m_pages = 0;
    bool m_done = false;
    QList<RequestRow> m_best;
    QPointer<api::ApiReply> m_reply;
    QThreadPool m_decoder;
};

// Costliest first, then oldest, then by id: the order requestsBehind() answers in.
bool costlierRequest(const RequestRow &a, const RequestRow &b);

} // namespace keel::spend
