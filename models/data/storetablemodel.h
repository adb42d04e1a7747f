#pragma once
// Base of the item models over the local cache. A load runs on a worker thread with its own
// read-only SQLite connection and hands finished rows (plain values) to the GUI thread; the
// first load resets, later loads MERGE (removes, dataChanged, inserts) so selections and
// scroll positions survive a refresh. Stale loads (superseded by a newer one) are dropped.
#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace keel::store { class Store; }

namespace keel::data {

// One cached record: its key and the values of the model's columns, in Column order.
struct TableRow {
    QString key;
    QList<QVariant> values;
    bool operator==(const TableRow &o) const { return key == o.key && values == o.values; }
};

enum BaseRole {
    KeyRole = Qt::UserRole + 1, // the record's primary key as text
    SortRole,                   // the raw value of the cell (numbers stay numbers) for proxies
    FirstModelRole = Qt::UserRole + 16,
};

class StoreTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit StoreTableModel(QObject *parent = nullptr);
    ~StoreTableModel() override;

    void setDatabasePath(const QString &path);
    QString databasePath() const { return m_path; }
    // Reload whenever the store commits a write touching one of tables().
    void watch(store::Store *store);

    // Starts a load; loaded() follows. Safe to call often: overlapping loads collapse.
    void reload();
    bool isLoading() const { return m_loading; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const TableRow *rowAt(int row) const;
    int rowOfKey(const QString &key) const;

    // Replaces the rows as a reload would (merge). Public for tests and for callers that
    // already hold rows (e.g. a view-model built from an API answer).
    void applyRows(QList<TableRow> rows);

Q_SIGNALS:
    void loaded(bool ok, const QString &error);

protected:
    // The SELECT producing the key in column 0 and then one column per model column.
    virtual QString selectSql() const = 0;
    virtual QStringList tables() const = 0;
    virtual QStringList headers() const = 0;
    // Display text of a raw value; the default prints it as is.
    virtual QVariant display(int column, const QVariant &raw) const;
    // Extra roles; the default returns an invalid QVariant.
    virtual QVariant extraData(const TableRow &row, int column, int role) const;
    virtual QHash<int, QByteArray> extraRoleNames() const { return {}; }
    virtual Qt::Alignment alignment(int column) const;

private:
    QString m_path;
    QList<TableRow> m_rows;
    bool m_loading = false;
    bool m_reloadAgain = false;
    bool m_everLoaded = false;
    quint64 m_generation = 0;
    QString m_error;
    QPointer<store::Store> m_store;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace keel::data
