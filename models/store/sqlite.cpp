#include "sqlite.h"

#include <QFile>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace keel::store {

namespace {
[[noreturn]] void fail(sqlite3 *db, std::string_view what)
{
    throw SqlError(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}
} // namespace

Stmt::Stmt(sqlite3 *db, std::string_view sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        fail(db, "prepare");
}

Stmt::~Stmt()
{
    sqlite3_finalize(m_stmt);
}

Stmt &Stmt::bind(int i, std::int64_t v)
{
    if (sqlite3_bind_int64(m_stmt, i, v) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

Stmt &Stmt::bind(int i, double v)
{
    if (sqlite3_bind_double(m_stmt, i, v) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

Stmt &Stmt::bind(int i, std::string_view t)
{
    if (sqlite3_bind_text64(m_stmt, i, t.data(), t.size(), SQLITE_TRANSIENT, SQLITE_UTF8) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

Stmt &Stmt::bindStatic(int i, std::string_view t)
{
    if (sqlite3_bind_text64(m_stmt, i, t.data(), t.size(), SQLITE_STATIC, SQLITE_UTF8) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

Stmt &Stmt::bind(int i, const QString &t)
{
    const QByteArray utf8 = t.toUtf8();
    return bind(i, std::string_view(utf8.constData(), size_t(utf8.size())));
}

Stmt &Stmt::bindNull(int i)
{
    if (sqlite3_bind_null(m_stmt, i) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

bool Stmt::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const std::string message = sqlite3_errmsg(m_db);
    sqlite3_reset(m_stmt);
    throw SqlError("step: " + message);
}

void Stmt::exec()
{
    while (step()) {
    }
    reset();
}

void Stmt::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Stmt::columnCount() const { return sqlite3_column_count(m_stmt); }
int Stmt::columnType(int c) const { return c < sqlite3_column_count(m_stmt) ? sqlite3_column_type(m_stmt, c) : -1; }
bool Stmt::isNull(int c) const { return sqlite3_column_type(m_stmt, c) == SQLITE_NULL; }
std::int64_t Stmt::int64(int c) const { return sqlite3_column_int64(m_stmt, c); }
double Stmt::real(int c) const { return sqlite3_column_double(m_stmt, c); }

std::string_view Stmt::text(int c) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c));
    return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, c))) : std::string_view();
}

QString Stmt::qtext(int c) const
{
    const auto t = text(c);
    return QString::fromUtf8(t.data(), qsizetype(t.size()));
}

Db::Db(const QString &path, Mode mode)
    : m_path(path)
{
    const QByteArray native = QFile::encodeName(path);
    if (mode == Mode::ReadWrite) {
        // Create the file ourselves with 0600 so there is no window where it is world-readable.
        const int fd = ::open(native.constData(), O_CREAT | O_RDWR | O_CLOEXEC, 0600);
        if (fd < 0)
            throw SqlError("cannot create " + native.toStdString());
        ::close(fd);
    }
    const int flags = (mode == Mode::ReadWrite ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(native.constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        m_db = nullptr;
        throw SqlError("open " + native.toStdString() + ": " + message);
    }
    sqlite3_busy_timeout(m_db, 5000);
    sqlite3_extended_result_codes(m_db, 1);
}

Db::~Db()
{
    m_cache.clear(); // statements before the connection
    sqlite3_close(m_db);
}

void Db::exec(std::string_view sql)
{
    char *err = nullptr;
    const std::string s(sql);
    if (sqlite3_exec(m_db, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        const std::string message = err ? err : "unknown";
        sqlite3_free(err);
        throw SqlError(message);
    }
}

Stmt &Db::prepared(std::string_view sql)
{
    auto it = m_cache.find(std::string(sql));
    if (it == m_cache.end())
        it = m_cache.emplace(std::string(sql), std::make_unique<Stmt>(m_db, sql)).first;
    return *it->second;
}

std::int64_t Db::scalar(std::string_view sql)
{
    Stmt s(m_db, sql);
    return s.step() ? s.int64(0) : 0;
}

std::int64_t Db::changes() const
{
    return sqlite3_changes64(m_db);
}

Transaction::Transaction(Db &db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const SqlError &) {
            // nothing left to undo (SQLite already rolled back after the error)
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

void restrictToOwner(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        const QByteArray native = QFile::encodeName(path + suffix);
        ::chmod(native.constData(), 0600); // absent companions simply fail
    }
}

} // namespace keel::store
