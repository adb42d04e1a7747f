#pragma once
// Sort and filter of the items table: by risk, confidence, model, use case, policy flag and
// free text over those; sorting uses the model's SortRole so numbers sort as numbers.
#include <QSortFilterProxyModel>

namespace keel::review {

class ReviewItemFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ReviewItemFilterProxy(QObject *parent = nullptr);

    void setMinRisk(double minRisk);             // 0 = no filter
    void setMaxConfidence(double maxConfidence); // 1 = no filter
    void setModelFilter(const QString &model);   // exact; empty = any
    void setUseCaseFilter(const QString &useCase);
    void setPolicyFlagFilter(const QString &flag);
    void setText(const QString &text);           // case-insensitive substring of model/use case/flags/id
    void clearFilters();
    bool hasFilters() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    double m_minRisk = 0;
    double m_maxConfidence = 1;
    QString m_model;
    QString m_useCase;
    QString m_flag;
    QString m_text;
};

} // namespace keel::review
