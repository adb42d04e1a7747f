#include "store.h"

#include "database.h"
#include "logging.h"

#include <QSemaphore>
#include <QThread>

using namespace Qt::StringLiterals;

namespace keel::store {

namespace {
thread_local QStringList t_changedTables;
}

void Store::noteChanged(const char *table)
{
    const QString name = QString::fromLatin1(table);
    if (!t_changedTables.contains(name))
        t_changedTables.append(name);
}

Store::Store(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(u"keel-store-writer"_s);
    m_worker = new QObject;
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [this] {
        bool ok = true;
        QString error;
        try {
            m_db = openForWriting(m_path);
        } catch (const std::exception &e) {
            ok = false;
            error = QString::fromStdString(e.what());
            m_openError = error;
            qCWarning(lcStore) << "cannot open cache:" << error;
        }
        QMetaObject::invokeMethod(this, [this, ok, error] { Q_EMIT opened(ok, error); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

Store::~Store()
{
    // Queued behind every pending write, so they all run before the connection closes.
    QMetaObject::invokeMethod(m_worker, [this] {
        m_db.reset();
        QThread::currentThread()->quit();
    }, Qt::QueuedConnection);
    m_thread->wait();
}

void Store::write(WriteFn fn, QObject *context, DoneFn done, Durability durability)
{
    QPointer<QObject> ctx(context);
    const bool wantsDone = bool(done);
    QMetaObject::invokeMethod(m_worker, [this, fn = std::move(fn), ctx, wantsDone, done = std::move(done), durability] {
        QString error;
        t_changedTables.clear();
        if (!m_db) {
            error = m_openError.isEmpty() ? u"cache is not open"_s : m_openError;
        } else {
            try {
                if (durability == Durability::Full)
                    m_db->exec("PRAGMA synchronous=FULL");
                {
                    Transaction tx(*m_db);
                    fn(*m_db);
                    tx.commit();
                }
                if (durability == Durability::Full)
                    m_db->exec("PRAGMA synchronous=NORMAL");
            } catch (const std::exception &e) {
                error = QString::fromStdString(e.what());
                t_changedTables.clear();
                try {
                    m_db->exec("PRAGMA synchronous=NORMAL");
                } catch (const std::exception &) {
                }
                qCWarning(lcStore) << "write rolled back:" << error;
            }
        }
        const QStringList changed = std::exchange(t_changedTables, {});
        if (!changed.isEmpty())
            QMetaObject::invokeMethod(this, [this, changed] { Q_EMIT tablesChanged(changed); }, Qt::QueuedConnection);
        if (wantsDone && ctx)
            QMetaObject::invokeMethod(ctx.data(), [done, error] { done(error); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void Store::run(std::function<void(Db *)> fn)
{
    QMetaObject::invokeMethod(m_worker, [this, fn = std::move(fn)] { fn(m_db.get()); }, Qt::QueuedConnection);
}

void Store::flush()
{
    Q_ASSERT(QThread::currentThread() != m_thread.get());
    QSemaphore done;
    QMetaObject::invokeMethod(m_worker, [&done] { done.release(); }, Qt::QueuedConnection);
    done.acquire();
}

} // namespace keel::store
