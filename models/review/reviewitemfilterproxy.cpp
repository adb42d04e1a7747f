#include "reviewitemfilterproxy.h"

#include "reviewitemmodel.h"

namespace keel::review {

ReviewItemFilterProxy::ReviewItemFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ReviewItemModel::SortRole);
    setDynamicSortFilter(true);
}

void ReviewItemFilterProxy::setMinRisk(double minRisk)
{
    m_minRisk = minRisk;
    invalidateFilter();
}

void ReviewItemFilterProxy::setMaxConfidence(double maxConfidence)
{
    m_maxConfidence = maxConfidence;
    invalidateFilter();
}

void ReviewItemFilterProxy::setModelFilter(const QString &model)
{
    m_model = model;
    invalidateFilter();
}

void ReviewItemFilterProxy::setUseCaseFilter(const QString &useCase)
{
    m_useCase = useCase;
    invalidateFilter();
}

void ReviewItemFilterProxy::setPolicyFlagFilter(const QString &flag)
{
    m_flag = flag;
    invalidateFilter();
}

void ReviewItemFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void ReviewItemFilterProxy::clearFilters()
{
    m_minRisk = 0;
    m_maxConfidence = 1;
    m_model.clear();
    m_useCase.clear();
    m_flag.clear();
    m_text.clear();
    invalidateFilter();
}

bool ReviewItemFilterProxy::hasFilters() const
{
    return m_minRisk > 0 || m_maxConfidence < 1 || !m_model.isEmpty() || !m_useCase.isEmpty()
        || !m_flag.isEmpty() || !m_text.isEmpty();
}

bool ReviewItemFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    // An item its source did not score passes only when the filter is off: "risk ≥ 70%" must not
    // list items nobody rated.
    const QVariant risk = idx.data(ReviewItemModel::RiskRole);
    if (m_minRisk > 0 && (risk.isNull() || risk.toDouble() < m_minRisk))
        return false;
    const QVariant confidence = idx.data(ReviewItemModel::ConfidenceRole);
    if (m_maxConfidence < 1 && (confidence.isNull() || confidence.toDouble() > m_maxConfidence))
        return false;
    const QString model = idx.data(ReviewItemModel::ModelRole).toString();
    if (!m_model.isEmpty() && model != m_model)
        return false;
    const QString useCase = idx.data(ReviewItemModel::UseCaseRole).toString();
    if (!m_useCase.isEmpty() && useCase != m_useCase)
        return false;
    const QStringList flags = idx.data(ReviewItemModel::PolicyFlagsRole).toStringList();
    if (!m_flag.isEmpty() && !flags.contains(m_flag))
        return false;
    if (!m_text.isEmpty()) {
        const QString id = idx.data(ReviewItemModel::ItemIdRole).toString();
        const bool hit = model.contains(m_text, Qt::CaseInsensitive)
            || useCase.contains(m_text, Qt::CaseInsensitive) || id.contains(m_text, Qt::CaseInsensitive)
            || std::any_of(flags.begin(), flags.end(),
                           [&](const QString &f) { return f.contains(m_text, Qt::CaseInsensitive); });
        if (!hit)
            return false;
    }
    return true;
}

} // namespace keel::review
