#pragma once

// WorkerPage: a page whose figures are computed on a worker thread with its own connection (a
// period's commissions, a report), so the window stays responsive over a million partners. start()
// asks again and drops the answer to the question before; finished() says the answer is shown;
// run() is start() waited for (scripts and tests).

#include "listpage.h"
#include "pagereader.h"

#include <memory>

class QLabel;

namespace cd {

class WorkerPage : public ListPage
{
    Q_OBJECT
public:
    using ListPage::ListPage;
    ~WorkerPage() override;

    // Asks the page's question on the worker; finished() when the answer is shown.
    virtual void start() = 0;
    // start() and wait for finished().
    Status run();

signals:
    void finished(const cd::Status &status);

protected:
    // A new question: answers to the ones before are dropped (their generation is older). False,
    // with the reason on `message` and finished(error), when no database is open.
    bool beginRun(QLabel *message);
    // Whether the question start() asked went to the worker (else finished() came at once).
    virtual bool waitsForWorker() const { return m_db.isOpen(); }
    // The worker, made on first use for the page's database.
    PageReader *reader();
    // A new database: the worker and any answer on its way are dropped.
    void forgetReads();

    Database m_db;
    quint64 m_generation = 0; // of the last question asked

private:
    std::unique_ptr<PageReader> m_reader;
};

} // namespace cd
