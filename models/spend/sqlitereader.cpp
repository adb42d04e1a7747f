#include "sqlitereader.h"

#include <store/database.h>
#include <store/sqlite.h>

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace keel::spend {

SqliteStatement::SqliteStatement() = default;

SqliteStatement::SqliteStatement(store::Db &db, const QString &sql)
{
    try {
        m_stmt = std::make_unique<store::Stmt>(db.handle(), sql.toStdString());
    } catch (const std::exception &e) {
        m_error = QString::fromUtf8(e.what());
    }
}

SqliteStatement::~SqliteStatement() = default;
SqliteStatement::SqliteStatement(SqliteStatement &&) noexcept = default;
SqliteStatement &SqliteStatement::operator=(SqliteStatement &&) noexcept = default;

SqliteStatement &SqliteStatement::bind(const QVariantList &values)
{
    if (!m_stmt || failed())
        return *this;
    try {
        int i = 1;
        for (const QVariant &v : values) {
            switch (v.typeId()) {
            case QMetaType::LongLong:
            case QMetaType::Int:
            case QMetaType::Bool:
                m_stmt->bind(i, std::int64_t(v.toLongLong()));
                break;
            case QMetaType::Double:
                m_stmt->bind(i, v.toDouble());
                break;
            default:
                m_stmt->bind(i, v.toString());
            }
            ++i;
        }
    } catch (const std::exception &e) {
        m_error = QString::fromUtf8(e.what());
    }
    return *this;
}

bool SqliteStatement::next()
{
    if (!m_stmt || failed())
        return false;
    try {
        return m_stmt->step();
    } catch (const std::exception &e) {
        m_error = QString::fromUtf8(e.what());
        return false;
    }
}

qint64 SqliteStatement::int64(int c) const { return m_stmt->int64(c); }
double SqliteStatement::real(int c) const { return m_stmt->real(c); }
QString SqliteStatement::text(int c) const { return m_stmt->qtext(c); }
bool SqliteStatement::isNull(int c) const { return m_stmt->isNull(c); }

SqliteReader::SqliteReader() = default;

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
    try {
        m_db = store::openForReading(path);
    } catch (const std::exception &e) {
        m_error = QString::fromUtf8(e.what());
        return false;
    }
    // A file that is not SQLite only fails on the first read.
    SqliteStatement probe(*m_db, u"SELECT count(*) FROM sqlite_master"_s);
    if (!probe.isValid() || !probe.next()) {
        m_error = probe.error().isEmpty() ? u"not a database"_s : probe.error();
        close();
        return false;
    }
    return true;
}

void SqliteReader::close()
{
    m_db.reset();
}

bool SqliteReader::hasTable(const QString &name)
{
    SqliteStatement s = prepare(u"SELECT 1 FROM sqlite_master WHERE type='table' AND name=?"_s);
    s.bind({name});
    return s.next();
}

SqliteStatement SqliteReader::prepare(const QString &sql)
{
    return SqliteStatement(*m_db, sql);
}

} // namespace keel::spend
