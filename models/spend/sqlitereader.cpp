#include "sqlitereader.h"

#include <QFileInfo>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace keel::spend {

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement &&o) noexcept
    : m_db(o.m_db), m_stmt(o.m_stmt), m_error(std::move(o.m_error))
{
    o.m_stmt = nullptr;
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&o) noexcept
{
    if (this != &o) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = o.m_db;
        m_stmt = o.m_stmt;
        m_error = std::move(o.m_error);
        o.m_stmt = nullptr;
    }
    return *this;
}

SqliteStatement &SqliteStatement::bind(const QVariantList &values)
{
    if (!m_stmt)
        return *this;
    int i = 1;
    for (const QVariant &v : values) {
        int rc = SQLITE_OK;
        switch (v.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(m_stmt, i, v.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(m_stmt, i, v.toDouble());
            break;
        default: {
            const QByteArray t = v.toString().toUtf8();
            rc = sqlite3_bind_text(m_stmt, i, t.constData(), int(t.size()), SQLITE_TRANSIENT);
        }
        }
        if (rc != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        ++i;
    }
    return *this;
}

bool SqliteStatement::next()
{
    if (!m_stmt || failed())
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

qint64 SqliteStatement::int64(int c) const
{
    return sqlite3_column_int64(m_stmt, c);
}

double SqliteStatement::real(int c) const
{
    return sqlite3_column_double(m_stmt, c);
}

QString SqliteStatement::text(int c) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, c)) : QString();
}

bool SqliteStatement::isNull(int c) const
{
    return sqlite3_column_type(m_stmt, c) == SQLITE_NULL;
}

SqliteReader::~SqliteReader()
{
    close();
}

bool SqliteReader::open(const QString &path)
{
    close();
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        m_error = u"no such file"_s;
        return false;
    }
    const QByteArray p = path.toUtf8();
    if (sqlite3_open_v2(p.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : u"cannot open"_s;
        close();
        return false;
    }
    sqlite3_busy_timeout(m_db, 5000);
    // A file that is not SQLite only fails on the first read.
    SqliteStatement probe(m_db, u"SELECT count(*) FROM sqlite_master"_s);
    if (!probe.isValid() || !probe.next()) {
        m_error = probe.error().isEmpty() ? u"not a database"_s : probe.error();
        close();
        return false;
    }
    return true;
}

void SqliteReader::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool SqliteReader::hasTable(const QString &name)
{
    SqliteStatement s = prepare(u"SELECT 1 FROM sqlite_master WHERE type='table' AND name=?"_s);
    s.bind({name});
    return s.next();
}

SqliteStatement SqliteReader::prepare(const QString &sql)
{
    return SqliteStatement(m_db, sql);
}

} // namespace keel::spend
