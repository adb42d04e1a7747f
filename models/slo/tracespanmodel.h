#pragma once
// The spans of one request as a tree (parent_id → children, each level by start time), with the
// numbers a waterfall needs: offset from the trace start and duration, both in ms.
#include <domain/telemetry.h>

#include <QAbstractItemModel>

#include <vector>

namespace keel::slo {

class TraceSpanModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, Offset, Duration, Status, Timeline, ColumnCount };
    enum Role {
        OffsetMsRole = Qt::UserRole + 1, // start - trace start
        DurationMsRole,
        TraceDurationMsRole,             // end of the last span - trace start (the bar scale)
        IsErrorRole,
        SpanIdRole,
    };

    explicit TraceSpanModel(QObject *parent = nullptr);

    void setSpans(const std::vector<domain::Span> &spans);
    void clear();
    qint64 traceDurationMs() const { return m_totalMs; }
    const domain::Span *spanAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        domain::Span span;
        int parent = -1;          // index into m_nodes, -1 = top level
        int row = 0;              // row under its parent
        std::vector<int> children;
    };
    const std::vector<int> &childrenOf(int node) const;

    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
    qint64 m_startMs = 0;
    qint64 m_totalMs = 0;
};

} // namespace keel::slo
