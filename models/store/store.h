#pragma once
// The local cache's single writer: a worker on an owned thread holding the only read-write
// SQLite connection. Callers hand it work as functions that run inside one transaction there
// (one page = one transaction) and get the outcome back on their own thread. Never blocks the
// caller. Readers open their own connections with openForReading() on their own worker threads.
#include "sqlite.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace keel::store {

class Store : public QObject {
    Q_OBJECT
public:
    enum class Durability {
        Normal, // synchronous=NORMAL: a power cut may lose the last commits (cache data, re-fetchable)
        Full,   // synchronous=FULL: on disk when done() runs (outbox: before the UI says "saved")
    };
    using WriteFn = std::function<void(Db &)>;
    using DoneFn = std::function<void(const QString &error)>; // empty error = committed

    // Opens (creating, migrating) the file on the writer thread; opened() reports the outcome.
    explicit Store(const QString &path, QObject *parent = nullptr);
    ~Store() override; // runs the writes already queued, closes the connection, joins the thread

    QString path() const { return m_path; }

    // Runs `fn` in one transaction on the writer thread. `done` runs on `context`'s thread
    // (dropped if context is gone). If fn throws (SqlError or std::exception) the transaction
    // rolls back and done gets the message. Writes run strictly in the order they were queued.
    void write(WriteFn fn, QObject *context = nullptr, DoneFn done = {}, Durability durability = Durability::Normal);

    // Runs `fn` on the writer thread outside any transaction (e.g. maintenance, reads after writes).
    void run(std::function<void(Db *db)> fn);

    // Blocks until every queued write has run. For tests and shutdown paths only, never the GUI.
    void flush();

Q_SIGNALS:
    void opened(bool ok, const QString &error);
    // Emitted on the Store's thread after a committed write that named its tables (tableChanged()).
    void tablesChanged(const QStringList &tables);

public:
    // Inside a WriteFn: record that `table` changed, so tablesChanged() is emitted after commit.
    static void noteChanged(const char *table);

private:
    QString m_path;
    std::unique_ptr<QThread> m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    std::unique_ptr<Db> m_db;    // touched only on m_thread
    QString m_openError;
};

} // namespace keel::store
