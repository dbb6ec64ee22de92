#include "pagereader.h"

#include <QThread>

#include <optional>

namespace cd {

// Lives in the reader's thread: the connection is opened, used and closed there only.
class PageReader::Worker : public QObject
{
public:
    // Pages of a list are a few hundred rows; the operating system caches the file.
    static constexpr int ReaderCacheKiB = 4000;

    explicit Worker(const Database &db)
        : m_source(db)
    {}

    const Result<Database> &connection()
    {
        if (!m_connection)
            m_connection = m_source.openAnotherConnection(ReaderCacheKiB);
        return *m_connection;
    }
    void close() { m_connection.reset(); }

private:
    Database m_source;
    std::optional<Result<Database>> m_connection;
};

PageReader::PageReader(const Database &db, QObject *owner)
    : QObject(nullptr)
    , m_thread(new QThread)
    , m_worker(new Worker(db))
    , m_owner(owner)
{
    m_thread->setObjectName(QStringLiteral("PageReader"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

PageReader::~PageReader()
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void PageReader::post(const std::shared_ptr<Job> &job)
{
    Worker *worker = m_worker;
    QPointer<QObject> owner = m_owner;
    QMetaObject::invokeMethod(
        worker,
        [worker, job, owner] {
            if (!job->wanted)
                return;
            job->run(worker->connection());
            if (owner)
                QMetaObject::invokeMethod(owner, [job] {
                    if (job->wanted)
                        job->done();
                });
        },
        Qt::QueuedConnection);
}

} // namespace cd
