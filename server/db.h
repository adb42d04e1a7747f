#pragma once
// Thin RAII over the SQLite C API. Handlers run on many pool threads, so each thread opens
// its own connection (Database::local()); writes that must be atomic use a Transaction
// (BEGIN IMMEDIATE) so claim and decision never interleave.
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace keel::platform {

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
    Stmt &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Stmt &bind(int index, double value);
    Stmt &bind(int index, std::string_view value);
    Stmt &bind(int index, const char *value) { return bind(index, std::string_view(value)); }
    Stmt &bind(int index, const std::string &value) { return bind(index, std::string_view(value)); }
    Stmt &bindNull(int index);
    Stmt &bindBlob(int index, std::string_view bytes);
    bool step(); // true: a row is available; false: done
    void run();  // step to completion
    void reset();

    std::int64_t i64(int col) const;
    double f64(int col) const;
    std::string text(int col) const;
    std::string_view view(int col) const; // valid until the next step
    bool isNull(int col) const;
    std::string_view blob(int col) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

class Connection {
public:
    explicit Connection(const std::string &path, bool readOnly = false);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    void exec(std::string_view sql);
    sqlite3 *handle() const { return m_db; }
    std::int64_t changes() const;
    bool tableHasColumn(const std::string &table, const std::string &column) const;

private:
    sqlite3 *m_db = nullptr;
};

// BEGIN IMMEDIATE on construction; ROLLBACK unless commit() was called.
class Transaction {
public:
    explicit Transaction(Connection &c, bool immediate = true);
    ~Transaction();
    void commit();

private:
    Connection &m_c;
    bool m_done = false;
};

class Database {
public:
    explicit Database(std::string path) : m_path(std::move(path)) {}
    // This thread's connection to the database (opened on first use, WAL, busy timeout).
    Connection &local() const;
    const std::string &path() const { return m_path; }

private:
    std::string m_path;
};

// meta table helpers
std::optional<std::string> readMeta(Connection &c, std::string_view key);
void writeMeta(Connection &c, std::string_view key, std::string_view value);

} // namespace keel::platform
