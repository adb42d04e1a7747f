#pragma once
// A read-only cache connection for one worker thread, as the spend aggregations use it:
// errors become text (the dashboard shows them) instead of exceptions. Built on the store's
// own SQLite layer (store::openForReading, store::Stmt); WAL lets it read while the writer writes.
#include <QString>
#include <QVariant>

#include <memory>

namespace keel::store { class Db; class Stmt; }

namespace keel::spend {

class SqliteStatement {
public:
    SqliteStatement();
    SqliteStatement(store::Db &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;

    bool isValid() const { return m_stmt != nullptr; }
    QString error() const { return m_error; }
    // Binds 1-based parameters in order: qint64, QString or double.
    SqliteStatement &bind(const QVariantList &values);
    bool next();                     // true while a row is available; errors end the loop
    bool failed() const { return !m_error.isEmpty(); }
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;

private:
    std::unique_ptr<store::Stmt> m_stmt;
    QString m_error;
};

class SqliteReader {
public:
    SqliteReader();
    ~SqliteReader();
    SqliteReader(const SqliteReader &) = delete;
    SqliteReader &operator=(const SqliteReader &) = delete;

    // Opens `path` read-only; false (with errorString()) when it does not exist or is not SQLite.
    bool open(const QString &path);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    bool hasTable(const QString &name);
    SqliteStatement prepare(const QString &sql);
    QString errorString() const { return m_error; }

private:
    std::unique_ptr<store::Db> m_db;
    QString m_error;
};

} // namespace keel::spend
