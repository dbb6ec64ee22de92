#include "workerpage.h"

#include <QEventLoop>
#include <QLabel>

namespace cd {

WorkerPage::~WorkerPage() = default;

Status WorkerPage::run()
{
    Status status;
    QEventLoop loop;
    const auto connection = connect(this, &WorkerPage::finished, &loop, [&](const Status &s) {
        status = s;
        loop.quit();
    });
    start();
    if (waitsForWorker()) // else finished() came at once
        loop.exec();
    disconnect(connection);
    return status;
}

bool WorkerPage::beginRun(QLabel *message)
{
    ++m_generation;
    if (m_db.isOpen())
        return true;
    const Error e = Error::make(Error::Code::Database, tr("No database is open."));
    message->setText(e.message);
    emit finished(e);
    return false;
}

PageReader *WorkerPage::reader()
{
    if (!m_reader)
        m_reader = std::make_unique<PageReader>(m_db, this);
    return m_reader.get();
}

void WorkerPage::forgetReads()
{
    ++m_generation;
    m_reader.reset();
}

} // namespace cd
