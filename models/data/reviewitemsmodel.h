#pragma once
// Review items from the cache. Prompt, output and sources are untrusted text: views must show
// them as plain text (QPlainTextEdit / Qt::PlainText), never as rich text.
#include "storetablemodel.h"

namespace keel::data {

class ReviewItemsModel : public StoreTableModel {
    Q_OBJECT
public:
    enum Column { Id, Queue, Status, RiskScore, Confidence, Model, Route, UseCase, CreatedAt, SlaDue, LeaseHolder, ColumnCount };
    enum Role {
        PromptRole = FirstModelRole, // QString, plain text ("" once purged)
        OutputRole,                  // QString, plain text
        SourcesJsonRole,             // JSON array text of {title, snippet, uri}
        PolicyFlagsJsonRole,         // JSON array text
        ReasonEscalatedRole,
        RequestIdRole,
        CorrelationIdRole,
        PurgedRole,                  // bool: text removed after the retention period
        UpdatedAtRole,
    };
    explicit ReviewItemsModel(QObject *parent = nullptr) : StoreTableModel(parent) {}
    // Limit to one queue ("" = all).
    void setQueue(const QString &queue) { m_queue = queue; }

protected:
    QString selectSql() const override;
    QStringList tables() const override { return {QStringLiteral("review_items")}; }
    QStringList headers() const override;
    QVariant display(int column, const QVariant &raw) const override;
    QVariant extraData(const TableRow &row, int column, int role) const override;
    QHash<int, QByteArray> extraRoleNames() const override;

private:
    QString m_queue;
};

} // namespace keel::data
