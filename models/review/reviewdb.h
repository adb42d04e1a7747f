#pragma once
// The reviewer's local, durable state: the decision outbox and edit drafts, in one SQLite file
// (WAL, synchronous=FULL, mode 0600 because drafts hold model output). Opened and used on the
// thread that owns the ReviewSession; every write is one small transaction.
#include <QString>
#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

namespace keel::review {

class ReviewDb {
public:
    ReviewDb() = default;
    ~ReviewDb();
    ReviewDb(const ReviewDb &) = delete;
    ReviewDb &operator=(const ReviewDb &) = delete;

    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }
    QString lastError() const;
    sqlite3 *handle() const { return m_db; }

    bool exec(const char *sql, QString *error = nullptr);
    qint64 lastInsertId() const;
    int changes() const;

    // Review DB next to the console's cache: "<cache>-review" for the platform's queues,
    // "<cache>-review-<hash of sourceKey>" for another review source (a Langfuse project), so
    // one source's pending decisions are never delivered to another; falls back to the app data dir.
    static QString defaultPathFor(const QString &storePath, const QString &sourceKey = {});
    // Every file of the review database at path (with its WAL and shared-memory files), for
    // --wipe-cache. It holds drafts (model output) and the review-db outbox.
    static QStringList filesOf(const QString &path);
    // Decisions saved but not yet delivered (pending or delivering) in every review database
    // beside storePath, whichever review source each belongs to: what wiping the cache would
    // lose. Read-only; unreadable files count as none.
    static qint64 undeliveredBeside(const QString &storePath);

private:
    bool migrate(QString *error);
    sqlite3 *m_db = nullptr;
    QString m_path;
};

// RAII prepared statement with small typed binders.
class Statement {
public:
    Statement(ReviewDb &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    bool isValid() const { return m_stmt != nullptr; }
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &value);
    Statement &bind(int index, qint64 value);
    Statement &bindNull(int index);
    bool step();      // true while a row is available
    bool run();       // executes to completion; false on error
    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    bool m_error = false;
};

} // namespace keel::review
