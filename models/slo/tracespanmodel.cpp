#include "tracespanmodel.h"
#include <plaintext.h>

#include <QLocale>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace keel::slo {

TraceSpanModel::TraceSpanModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void TraceSpanModel::setSpans(const std::vector<domain::Span> &spans)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_startMs = 0;
    m_totalMs = 0;
    std::map<std::string, int> byId;
    for (const auto &s : spans) {
        if (byId.count(s.spanId))
            continue; // a duplicated span id would make the tree ambiguous; keep the first
        byId[s.spanId] = int(m_nodes.size());
        m_nodes.push_back({s, -1, 0, {}});
    }
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const auto it = byId.find(m_nodes[i].span.parentId);
        // Orphans (parent unknown) and self-parents are shown at the top level, not dropped.
        if (!m_nodes[i].span.parentId.empty() && it != byId.end() && it->second != int(i)) {
            // Walk up to refuse cycles: a span may not be its own ancestor.
            int p = it->second;
            bool cycle = false;
            for (int guard = 0; p >= 0 && guard < int(m_nodes.size()); ++guard) {
                if (p == int(i)) { cycle = true; break; }
                p = m_nodes[std::size_t(p)].parent;
            }
            if (!cycle) {
                m_nodes[i].parent = it->second;
                continue;
            }
        }
        m_nodes[i].parent = -1;
    }
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        auto &list = m_nodes[i].parent < 0 ? m_roots : m_nodes[std::size_t(m_nodes[i].parent)].children;
        list.push_back(int(i));
    }
    auto byStart = [this](int a, int b) { return m_nodes[std::size_t(a)].span.start < m_nodes[std::size_t(b)].span.start; };
    std::stable_sort(m_roots.begin(), m_roots.end(), byStart);
    for (auto &n : m_nodes)
        std::stable_sort(n.children.begin(), n.children.end(), byStart);
    for (std::size_t r = 0; r < m_roots.size(); ++r)
        m_nodes[std::size_t(m_roots[r])].row = int(r);
    for (auto &n : m_nodes)
        for (std::size_t r = 0; r < n.children.size(); ++r)
            m_nodes[std::size_t(n.children[r])].row = int(r);
    if (!m_nodes.empty()) {
        qint64 start = m_nodes.front().span.start, end = start;
        for (const auto &n : m_nodes) {
            start = std::min<qint64>(start, n.span.start);
            end = std::max<qint64>(end, n.span.start + std::max<qint64>(0, n.span.durationMs));
        }
        m_startMs = start;
        m_totalMs = std::max<qint64>(1, end - start);
    }
    endResetModel();
}

void TraceSpanModel::clear()
{
    setSpans({});
}

const std::vector<int> &TraceSpanModel::childrenOf(int node) const
{
    return node < 0 ? m_roots : m_nodes[std::size_t(node)].children;
}

const domain::Span *TraceSpanModel::spanAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_nodes[std::size_t(index.internalId())].span;
}

QModelIndex TraceSpanModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const int p = parent.isValid() ? int(parent.internalId()) : -1;
    const auto &kids = childrenOf(p);
    if (std::size_t(row) >= kids.size())
        return {};
    return createIndex(row, column, quintptr(kids[std::size_t(row)]));
}

QModelIndex TraceSpanModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes[std::size_t(child.internalId())].parent;
    if (p < 0)
        return {};
    return createIndex(m_nodes[std::size_t(p)].row, 0, quintptr(p));
}

int TraceSpanModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int TraceSpanModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TraceSpanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &s = m_nodes[std::size_t(index.internalId())].span;
    const qint64 offset = s.start - m_startMs;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return QString::fromStdString(s.name);
        case Kind: return QString::fromStdString(s.kind);
        case Offset: return tr("+%1 ms").arg(QLocale().toString(offset));
        case Duration: return tr("%1 ms").arg(QLocale().toString(qint64(s.durationMs)));
        case Status: return QString::fromStdString(s.status);
        default: return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines{QString::fromStdString(s.name)};
        for (const auto &[k, v] : s.attributes)
            lines.append(QString::fromStdString(k) + u": "_s + QString::fromStdString(v));
        return plainToolTip(lines.join(u'\n'));
    }
    case OffsetMsRole: return offset;
    case DurationMsRole: return qint64(s.durationMs);
    case TraceDurationMsRole: return m_totalMs;
    case IsErrorRole: return s.status == "error";
    case SpanIdRole: return QString::fromStdString(s.spanId);
    default: return {};
    }
}

QVariant TraceSpanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Span");
    case Kind: return tr("Kind");
    case Offset: return tr("Start");
    case Duration: return tr("Duration");
    case Status: return tr("Status");
    case Timeline: return tr("Timeline");
    default: return {};
    }
}

} // namespace keel::slo
