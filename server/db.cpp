#include "db.h"

#include <sqlite3.h>

#include <map>

namespace keel::platform {

namespace {
[[noreturn]] void fail(sqlite3 *db, std::string_view what)
{
    throw SqlError(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "no database"));
}
} // namespace

Stmt::Stmt(sqlite3 *db, std::string_view sql)
    : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr) != SQLITE_OK)
        fail(db, "prepare");
}

Stmt::~Stmt() { sqlite3_finalize(m_stmt); }

Stmt &Stmt::bind(int index, std::int64_t value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

Stmt &Stmt::bind(int index, double value)
{
    if (sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

Stmt &Stmt::bind(int index, std::string_view value)
{
    // An empty view may have a null data pointer, which SQLite would store as NULL.
    if (sqlite3_bind_text(m_stmt, index, value.data() ? value.data() : "", static_cast<int>(value.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

Stmt &Stmt::bindBlob(int index, std::string_view bytes)
{
    if (sqlite3_bind_blob(m_stmt, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

std::string_view Stmt::blob(int col) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
    return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, col))) : std::string_view();
}

Stmt &Stmt::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Stmt::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(m_db, "step");
}

void Stmt::run()
{
    while (step()) {
    }
}

void Stmt::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Stmt::i64(int col) const { return sqlite3_column_int64(m_stmt, col); }
double Stmt::f64(int col) const { return sqlite3_column_double(m_stmt, col); }
bool Stmt::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }

std::string_view Stmt::view(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, col))) : std::string_view();
}

std::string Stmt::text(int col) const { return std::string(view(col)); }

Connection::Connection(const std::string &path, bool readOnly)
{
    const int flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (sqlite3_open_v2(path.c_str(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        const std::string msg = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        m_db = nullptr;
        throw SqlError("open " + path + ": " + msg);
    }
    sqlite3_busy_timeout(m_db, 10000);
}

Connection::~Connection() { sqlite3_close_v2(m_db); }

void Connection::exec(std::string_view sql)
{
    const std::string s(sql);
    char *err = nullptr;
    if (sqlite3_exec(m_db, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        const std::string msg = err ? err : "unknown";
        sqlite3_free(err);
        throw SqlError("exec: " + msg);
    }
}

std::int64_t Connection::changes() const { return sqlite3_changes(m_db); }

bool Connection::tableHasColumn(const std::string &table, const std::string &column) const
{
    Stmt s(m_db, "SELECT count(*) FROM pragma_table_info(?) WHERE name = ?");
    s.bind(1, table).bind(2, column);
    return s.step() && s.i64(0) > 0;
}

Transaction::Transaction(Connection &c, bool immediate)
    : m_c(c)
{
    m_c.exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_c.exec("ROLLBACK");
        } catch (...) {
            // Nothing more to do: the connection rolls back on its own when the statement failed.
        }
    }
}

void Transaction::commit()
{
    m_c.exec("COMMIT");
    m_done = true;
}

Connection &Database::local() const
{
    // One connection per (thread, database file); pool threads live as long as the server.
    thread_local std::map<std::string, std::unique_ptr<Connection>> connections;
    auto &slot = connections[m_path];
    if (!slot) {
        slot = std::make_unique<Connection>(m_path);
        slot->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
    }
    return *slot;
}

std::optional<std::string> readMeta(Connection &c, std::string_view key)
{
    Stmt s(c.handle(), "SELECT value FROM meta WHERE key = ?");
    s.bind(1, key);
    if (s.step())
        return s.text(0);
    return std::nullopt;
}

void writeMeta(Connection &c, std::string_view key, std::string_view value)
{
    Stmt s(c.handle(), "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    s.bind(1, key).bind(2, value).run();
}

} // namespace keel::platform
