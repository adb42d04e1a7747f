#include "slotablemodel.h"
#include <plaintext.h>

#include "burnalertpolicy.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keel::slo {

namespace {
bool isBurnColumn(int c) { return c >= SloTableModel::Burn5m && c <= SloTableModel::Burn3d; }
std::size_t burnIndex(int c) { return std::size_t(c - SloTableModel::Burn5m); }

std::optional<double> burnOf(const domain::SloStatus &s, std::size_t i)
{
    const auto want = label(kBurnWindows[i]);
    for (const auto &b : s.burnRates)
        if (b.window == want)
            return b.hasData ? std::optional(b.rate) : std::nullopt;
    return std::nullopt;
}

int rankOf(const std::string &alert)
{
    switch (alertLevelFromString(alert)) {
    case AlertLevel::Page: return 3;
    case AlertLevel::Ticket: return 2;
    case AlertLevel::Ok: return 1;
    case AlertLevel::NoData: return 0;
    }
    return 0;
}

QString percent(double fraction, int decimals)
{
    return QLocale().toString(fraction * 100.0, 'f', decimals) + u'%';
}
} // namespace

SloTableModel::SloTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SloTableModel::setSlos(const QList<SloInfo> &slos)
{
    bool sameIds = slos.size() == m_slos.size();
    for (qsizetype i = 0; sameIds && i < slos.size(); ++i)
        sameIds = slos[i].id == m_slos[i].id;
    if (sameIds) {
        m_slos = slos;
        if (!m_slos.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_slos = slos;
    QHash<QString, domain::SloStatus> kept;
    for (const auto &s : slos)
        if (m_status.contains(s.id))
            kept.insert(s.id, m_status.value(s.id));
    m_status = kept;
    m_errors.clear();
    endResetModel();
}

void SloTableModel::setStatus(const QString &sloId, const domain::SloStatus &status)
{
    const int row = rowOf(sloId);
    if (row < 0)
        return;
    m_status.insert(sloId, status);
    m_errors.remove(sloId);
    // A change of one row's alert can change the layer's worst rank, which other rows expose.
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void SloTableModel::setStatusError(const QString &sloId, const QString &message)
{
    const int row = rowOf(sloId);
    if (row < 0)
        return;
    m_errors.insert(sloId, message);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SloTableModel::clear()
{
    if (m_slos.isEmpty())
        return;
    beginResetModel();
    m_slos.clear();
    m_status.clear();
    m_errors.clear();
    endResetModel();
}

const SloInfo *SloTableModel::slo(int row) const
{
    return row >= 0 && row < m_slos.size() ? &m_slos[row] : nullptr;
}

const domain::SloStatus *SloTableModel::status(const QString &sloId) const
{
    const auto it = m_status.constFind(sloId);
    return it == m_status.constEnd() ? nullptr : &it.value();
}

int SloTableModel::rowOf(const QString &sloId) const
{
    for (qsizetype i = 0; i < m_slos.size(); ++i)
        if (m_slos[i].id == sloId)
            return int(i);
    return -1;
}

int SloTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_slos.size());
}

int SloTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SloTableModel::alertRank(int row) const
{
    const auto *s = status(m_slos[row].id);
    return s ? rankOf(s->alert) : 0;
}

int SloTableModel::layerWorstRank(const QString &layer) const
{
    int worst = 0;
    for (qsizetype i = 0; i < m_slos.size(); ++i)
        if (m_slos[i].layer == layer)
            worst = std::max(worst, alertRank(int(i)));
    return worst;
}

QVariant SloTableModel::sortValue(int row, int column) const
{
    const auto &info = m_slos[row];
    const auto *s = status(info.id);
    switch (column) {
    case Name: return info.name;
    case Layer: return int(sloLayers().indexOf(info.layer));
    case Objective: return info.objective;
    case Window: return info.windowDays;
    case Sli: return info.sli;
    case Attainment: return s && s->totalEvents > 0 ? QVariant(s->attainment) : QVariant();
    case BudgetRemaining: return s ? QVariant(s->errorBudgetRemaining) : QVariant();
    case Status: return alertRank(row);
    default: break;
    }
    if (isBurnColumn(column) && s)
        if (const auto b = burnOf(*s, burnIndex(column)))
            return *b;
    return {};
}

QVariant SloTableModel::displayText(int row, int column) const
{
    const auto &info = m_slos[row];
    const auto *s = status(info.id);
    const QString noData = tr("no data");
    switch (column) {
    case Name: return info.name;
    case Layer: return info.layer;
    case Objective: return percent(info.objective, 2);
    case Window: return tr("%n day(s)", nullptr, info.windowDays);
    case Sli: return info.sli;
    case Attainment:
        if (!s) return QString();
        return s->totalEvents > 0 ? percent(s->attainment, 3) : noData;
    case BudgetRemaining: return s ? percent(s->errorBudgetRemaining, 1) : QString();
    case Status: {
        if (m_errors.contains(info.id)) return tr("error");
        if (!s) return tr("loading…");
        switch (alertLevelFromString(s->alert)) {
        case AlertLevel::Page: return tr("PAGE");
        case AlertLevel::Ticket: return tr("TICKET");
        case AlertLevel::Ok: return tr("OK");
        case AlertLevel::NoData: return noData;
        }
        return {};
    }
    default: break;
    }
    if (isBurnColumn(column)) {
        if (!s) return QString();
        const auto b = burnOf(*s, burnIndex(column));
        return b ? QLocale().toString(*b, 'f', *b < 10 ? 2 : 1) + u'×' : u"–"_s;
    }
    return {};
}

QVariant SloTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const auto &info = m_slos[row];
    switch (role) {
    case Qt::DisplayRole: return displayText(row, column);
    case SortRole: return sortValue(row, column);
    case SloIdRole: return info.id;
    case AlertRankRole: return alertRank(row);
    case LayerWorstRankRole: return layerWorstRank(info.layer);
    case LayerOrderRole: return int(sloLayers().indexOf(info.layer));
    case AlertLevelRole: {
        const auto *s = status(info.id);
        return s ? QString::fromStdString(s->alert) : u"no_data"_s;
    }
    case MaxBurnRole: {
        double worst = -1;
        if (const auto *s = status(info.id))
            for (const auto &b : s->burnRates)
                if (b.hasData)
                    worst = std::max(worst, b.rate);
        return worst;
    }
    case Qt::TextAlignmentRole:
        if (column == Name || column == Layer || column == Sli || column == Status)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == Status && m_errors.contains(info.id))
            return plainToolTip(m_errors.value(info.id));
        if (column == Sli || column == Name)
            return plainToolTip(info.description.isEmpty() ? info.sli : info.description + u"\n"_s + info.sli);
        if (column == Status) {
            const auto rules = burnAlertRules(info.windowDays);
            return tr("Page: burn ≥ %1× over 1h and 5m, or ≥ %2× over 6h and 30m. Ticket: ≥ %3× over 3d and 6h.")
                .arg(rules[0].threshold, 0, 'g', 3).arg(rules[1].threshold, 0, 'g', 3).arg(rules[2].threshold, 0, 'g', 3);
        }
        return {};
    default: return {};
    }
}

QVariant SloTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("SLO");
    case Layer: return tr("Layer");
    case Objective: return tr("Objective");
    case Window: return tr("Window");
    case Sli: return tr("SLI");
    case Attainment: return tr("Attainment");
    case BudgetRemaining: return tr("Budget left");
    case Burn5m: return tr("Burn 5m");
    case Burn30m: return tr("Burn 30m");
    case Burn1h: return tr("Burn 1h");
    case Burn6h: return tr("Burn 6h");
    case Burn1d: return tr("Burn 1d");
    case Burn3d: return tr("Burn 3d");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace keel::slo
