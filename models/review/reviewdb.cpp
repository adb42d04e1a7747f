#include "reviewdb.h"

#include "logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace keel::review {

namespace {
// Version 1: outbox + drafts. Columns mirror the console's store outbox (docs/architecture.md)
// so the two can be merged later without reshaping data.
const char *const kSchemaV1 = R"sql(
CREATE TABLE IF NOT EXISTS review_outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  item_id TEXT NOT NULL,
  queue TEXT NOT NULL DEFAULT '',
  reviewer TEXT NOT NULL,
  action TEXT NOT NULL,
  idempotency_key TEXT NOT NULL UNIQUE,
  body TEXT NOT NULL,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT NOT NULL DEFAULT '',
  http_status INTEGER NOT NULL DEFAULT 0,
  response TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  deliver_after INTEGER NOT NULL,
  delivered_at INTEGER NOT NULL DEFAULT 0,
  time_spent_ms INTEGER NOT NULL DEFAULT 0,
  sla_due INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS review_outbox_state ON review_outbox(state, seq);
CREATE TABLE IF NOT EXISTS review_drafts (
  item_id TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  json TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (item_id, reviewer)
);
CREATE TABLE IF NOT EXISTS review_ledger (
  idempotency_key TEXT PRIMARY KEY,
  seq INTEGER NOT NULL DEFAULT 0,
  item_id TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  action TEXT NOT NULL,
  decided_at INTEGER NOT NULL,
  time_spent_ms INTEGER NOT NULL DEFAULT 0,
  sla_due INTEGER NOT NULL DEFAULT 0,
  state TEXT NOT NULL,
  message TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS review_ledger_seq ON review_ledger(seq);
CREATE TABLE IF NOT EXISTS review_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO review_meta(key, value) VALUES ('schema_version', '1');
)sql";
} // namespace

ReviewDb::~ReviewDb()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

QString ReviewDb::defaultPathFor(const QString &storePath, const QString &sourceKey)
{
    // "<cache>-review" beside the cache (not "*.sqlite", so it is never taken for a second cache);
    // store::wipeCache removes every "<cache>-review*" with the cache.
    const QString suffix = sourceKey.isEmpty()
        ? QString()
        : u"-"_s + QString::fromLatin1(QCryptographicHash::hash(sourceKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
    if (!storePath.isEmpty())
        return storePath + u"-review"_s + suffix;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + u"/review"_s + suffix + u".sqlite"_s;
}

QStringList ReviewDb::filesOf(const QString &path)
{
    return {path, path + u"-wal"_s, path + u"-shm"_s};
}

qint64 ReviewDb::undeliveredBeside(const QString &storePath)
{
    const QFileInfo store(storePath);
    const QDir dir = store.absoluteDir();
    qint64 total = 0;
    for (const QString &name : dir.entryList({store.fileName() + u"-review*"_s}, QDir::Files | QDir::Hidden)) {
        if (name.endsWith(u"-wal"_s) || name.endsWith(u"-shm"_s) || name.endsWith(u"-journal"_s))
            continue;
        sqlite3 *db = nullptr;
        const QByteArray file = QFile::encodeName(dir.filePath(name));
        if (sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
            sqlite3_busy_timeout(db, 2000); // the open session may be committing a decision
            sqlite3_stmt *stmt = nullptr;
            if (sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM review_outbox WHERE state IN ('pending', 'delivering')",
                                   -1, &stmt, nullptr) == SQLITE_OK
                && sqlite3_step(stmt) == SQLITE_ROW)
                total += sqlite3_column_int64(stmt, 0);
            sqlite3_finalize(stmt);
        }
        sqlite3_close(db);
    }
    return total;
}

bool ReviewDb::open(const QString &path, QString *error)
{
    m_path = path;
    const bool existed = QFileInfo::exists(path);
    if (!existed) {
        // Create it 0600 before SQLite does, so drafts are never world-readable even briefly.
        QFile f(path);
        if (!f.open(QIODevice::ReadWrite)) { // ReadWrite creates without truncating a file made meanwhile
            if (error)
                *error = QCoreApplication::translate("keel::review::ReviewDb",
                                                     "Cannot create the review database: %1")
                             .arg(f.errorString());
            return false;
        }
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr)
        != SQLITE_OK) {
        if (error)
            *error = lastError();
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return false;
    }
    sqlite3_busy_timeout(m_db, 5000);
    if (!exec("PRAGMA journal_mode=WAL", error) || !exec("PRAGMA synchronous=FULL", error))
        return false;
    return migrate(error);
}

bool ReviewDb::migrate(QString *error)
{
    if (!exec("BEGIN IMMEDIATE", error) || !exec(kSchemaV1, error))
        return false;
    // Version 2: the ledger keeps the item's name, so the decision log names a decision made
    // before a restart as it did when it was made (a Langfuse item's key means nothing to people).
    qint64 labelColumns = -1;
    {
        Statement hasLabel(*this, "SELECT COUNT(*) FROM pragma_table_info('review_ledger') WHERE name = 'item_label'");
        if (hasLabel.step())
            labelColumns = hasLabel.integer(0);
    } // finalized before the ALTER below
    if (labelColumns < 0) {
        if (error)
            *error = lastError();
        return false;
    }
    if (labelColumns == 0 && !exec("ALTER TABLE review_ledger ADD COLUMN item_label TEXT NOT NULL DEFAULT ''", error))
        return false;
    return exec("UPDATE review_meta SET value = '2' WHERE key = 'schema_version'", error) && exec("COMMIT", error);
}

QString ReviewDb::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : u"database not open"_s;
}

bool ReviewDb::exec(const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        qCWarning(lcReview) << "review db:" << text;
        if (error)
            *error = text;
        return false;
    }
    return true;
}

qint64 ReviewDb::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int ReviewDb::changes() const
{
    return sqlite3_changes(m_db);
}

Statement::Statement(ReviewDb &db, const char *sql)
{
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        qCWarning(lcReview) << "review db prepare failed:" << db.lastError();
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (m_stmt)
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (m_stmt)
        sqlite3_bind_text(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step()
{
    if (!m_stmt || m_error)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_error = true;
        qCWarning(lcReview) << "review db step failed:" << sqlite3_errstr(rc);
    }
    return false;
}

bool Statement::run()
{
    while (step()) {
    }
    return m_stmt && !m_error;
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray Statement::blob(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace keel::review
