#pragma once
// A thin RAII layer over the sqlite3 C API: a connection with a cache of prepared statements,
// statements with typed bind/column, and a scoped transaction. Errors throw SqlError; the
// store catches them at its thread boundary and reports them as text.
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace keel::store {

class SqlError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Stmt {
public:
    Stmt(sqlite3 *db, std::string_view sql);
    ~Stmt();
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;

    Stmt &bind(int index, std::int64_t value);
    Stmt &bind(int index, int value) { return bind(index, std::int64_t(value)); }
    Stmt &bind(int index, long long value) { return bind(index, std::int64_t(value)); } // qint64
    Stmt &bind(int index, bool value) { return bind(index, std::int64_t(value ? 1 : 0)); }
    Stmt &bind(int index, double value);
    Stmt &bind(int index, std::optional<double> value) { return value ? bind(index, *value) : bindNull(index); }
    Stmt &bind(int index, std::string_view text);      // copied only if needed (SQLITE_TRANSIENT)
    Stmt &bind(int index, const std::string &text) { return bind(index, std::string_view(text)); }
    Stmt &bind(int index, const char *text) { return bind(index, std::string_view(text)); }
    Stmt &bind(int index, const QString &text);
    // Binds without copying: `text` must stay alive and unchanged until the statement is reset
    // (bulk writers bind strings of records that outlive the exec()).
    Stmt &bindStatic(int index, std::string_view text);
    Stmt &bindNull(int index);
    template <typename T>
    Stmt &bind(int index, const std::optional<T> &v) { return v ? bind(index, *v) : bindNull(index); }

    bool step();          // true while a row is available
    void exec();          // step to completion and reset
    void reset();

    bool isNull(int col) const;
    int columnCount() const;
    int columnType(int col) const; // SQLITE_INTEGER/FLOAT/TEXT/BLOB/NULL, or -1 past the last column
    std::int64_t int64(int col) const;
    double real(int col) const;
    std::string_view text(int col) const;
    QString qtext(int col) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

class Db {
public:
    enum class Mode { ReadWrite, ReadOnly };
    // Opens (creating when ReadWrite) the database file. A new file is created with mode 0600
    // before SQLite touches it, so prompts and outputs are never world-readable.
    Db(const QString &path, Mode mode);
    ~Db();
    Db(const Db &) = delete;
    Db &operator=(const Db &) = delete;

    void exec(std::string_view sql); // one or more statements, no results
    Stmt &prepared(std::string_view sql); // cached for the life of the connection
    std::int64_t scalar(std::string_view sql);
    std::int64_t changes() const;
    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    std::unordered_map<std::string, std::unique_ptr<Stmt>> m_cache;
};

// BEGIN IMMEDIATE … COMMIT; rolls back unless commit() ran.
class Transaction {
public:
    explicit Transaction(Db &db);
    ~Transaction();
    void commit();
private:
    Db &m_db;
    bool m_done = false;
};

// Restricts an existing database file and its -wal/-shm/-journal companions to the owner.
void restrictToOwner(const QString &path);

} // namespace keel::store
