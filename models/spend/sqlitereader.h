#pragma once
// A read-only SQLite connection for one worker thread, with just enough statement helpers for
// the spend aggregations. The store's writer has its own connection; WAL lets both run at once.
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace keel::spend {

class SqliteStatement {
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

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
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

class SqliteReader {
public:
    SqliteReader() = default;
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
    sqlite3 *m_db = nullptr;
    QString m_error;
};

} // namespace keel::spend
