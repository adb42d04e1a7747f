#include "storetablemodel.h"

#include "logging.h"
#include "store/database.h"
#include "store/store.h"

#include <QHash>
#include <QThreadPool>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace keel::data {

namespace {

QList<TableRow> loadRows(const QString &path, const QString &sql, QString *error)
{
    QList<TableRow> rows;
    try {
        auto db = store::openForReading(path);
        const QByteArray utf8 = sql.toUtf8();
        store::Stmt s(db->handle(), std::string_view(utf8.constData(), size_t(utf8.size())));
        while (s.step()) {
            TableRow row;
            row.key = s.qtext(0);
            rows.append(std::move(row));
            TableRow &r = rows.last();
            for (int c = 1;; ++c) {
                const int type = s.columnType(c);
                if (type < 0)
                    break;
                switch (type) {
                case SQLITE_INTEGER: r.values.append(QVariant::fromValue<qint64>(s.int64(c))); break;
                case SQLITE_FLOAT: r.values.append(s.real(c)); break;
                case SQLITE_NULL: r.values.append(QVariant()); break;
                default: r.values.append(s.qtext(c)); break;
                }
            }
        }
    } catch (const std::exception &e) {
        *error = QString::fromStdString(e.what());
    }
    return rows;
}

} // namespace

StoreTableModel::StoreTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

StoreTableModel::~StoreTableModel()
{
    *m_alive = false;
}

void StoreTableModel::setDatabasePath(const QString &path)
{
    m_path = path;
}

void StoreTableModel::watch(store::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (!store)
        return;
    if (m_path.isEmpty())
        m_path = store->path();
    connect(store, &store::Store::tablesChanged, this, [this](const QStringList &changed) {
        for (const QString &t : tables())
            if (changed.contains(t)) {
                reload();
                return;
            }
    });
}

void StoreTableModel::reload()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    m_reloadAgain = false;
    const quint64 gen = ++m_generation;
    const QString path = m_path;
    const QString sql = selectSql();
    QPointer<StoreTableModel> self(this);
    QThreadPool::globalInstance()->start([self, gen, path, sql] {
        QString error;
        QList<TableRow> rows = loadRows(path, sql, &error);
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, gen, rows = std::move(rows), error]() mutable {
            if (!self || gen != self->m_generation)
                return; // a newer load superseded this one
            self->m_loading = false;
            self->m_error = error;
            if (error.isEmpty())
                self->applyRows(std::move(rows));
            else
                qCWarning(lcStore) << "model load failed:" << error;
            Q_EMIT self->loaded(error.isEmpty(), error);
            if (self->m_reloadAgain)
                self->reload();
        }, Qt::QueuedConnection);
    });
}

void StoreTableModel::applyRows(QList<TableRow> rows)
{
    if (!m_everLoaded || m_rows.isEmpty()) {
        m_everLoaded = true;
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    QHash<QString, qsizetype> incoming;
    incoming.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        incoming.insert(rows.at(i).key, i);

    // 1. removals, in contiguous runs from the bottom so earlier indexes stay valid
    for (qsizetype i = m_rows.size() - 1; i >= 0;) {
        if (incoming.contains(m_rows.at(i).key)) {
            --i;
            continue;
        }
        qsizetype first = i;
        while (first > 0 && !incoming.contains(m_rows.at(first - 1).key))
            --first;
        beginRemoveRows({}, int(first), int(i));
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }
    // 2. changes in place
    QSet<QString> present;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const TableRow &fresh = rows.at(incoming.value(m_rows.at(i).key));
        present.insert(fresh.key);
        if (!(fresh == m_rows.at(i))) {
            m_rows[i] = fresh;
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
        }
    }
    // 3. new rows at the end (proxies sort them into place)
    QList<TableRow> added;
    for (TableRow &r : rows)
        if (!present.contains(r.key))
            added.append(std::move(r));
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows.append(std::move(added));
        endInsertRows();
    }
}

int StoreTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StoreTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(headers().size());
}

QVariant StoreTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TableRow &row = m_rows.at(index.row());
    const int column = index.column();
    const QVariant raw = column < row.values.size() ? row.values.at(column) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return display(column, raw);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(alignment(column));
    case KeyRole:
        return row.key;
    case SortRole:
        return raw;
    default:
        return extraData(row, column, role);
    }
}

QVariant StoreTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= headers().size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return headers().at(section);
}

QHash<int, QByteArray> StoreTableModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(SortRole, "sortValue");
    names.insert(extraRoleNames());
    return names;
}

const TableRow *StoreTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int StoreTableModel::rowOfKey(const QString &key) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).key == key)
            return int(i);
    return -1;
}

QVariant StoreTableModel::display(int, const QVariant &raw) const
{
    return raw;
}

QVariant StoreTableModel::extraData(const TableRow &, int, int) const
{
    return {};
}

Qt::Alignment StoreTableModel::alignment(int) const
{
    return Qt::AlignLeft | Qt::AlignVCenter;
}

} // namespace keel::data
