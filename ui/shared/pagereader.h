#pragma once

// PageReader: reads pages of a list on a worker thread with a connection of its own, so that
// scrolling a million rows never waits for the database on the GUI thread. A model posts a read
// (a function of the worker's Database) and gets its answer back on its own thread; reads that
// the user has scrolled past before they start are skipped.

#include "db/database.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

class QThread;

namespace cd {

class PageReader : public QObject
{
    Q_OBJECT
public:
    // One read: `run` on the worker (with the worker's connection, or the reason there is none),
    // then `done` on the owner's thread, unless the read was dropped before it started.
    struct Job
    {
        std::function<void(const Result<Database> &db)> run;
        std::function<void()> done;
        std::atomic_bool wanted {true};
    };

    // Reads from `db`'s file; `owner` receives the answers (and must outlive nothing: answers for a
    // deleted owner are dropped).
    PageReader(const Database &db, QObject *owner);
    ~PageReader() override; // waits for the read in progress, closes the connection

    void post(const std::shared_ptr<Job> &job);
    // Posts `read` (Result<T> read(const Database &)) to run on the worker, then `done(Result<T>)`
    // on the owner's thread, with the worker's reason when it has no connection. The job is
    // returned so that it can be dropped before it starts (wanted = false).
    template<typename Read, typename Done>
    std::shared_ptr<Job> read(Read read, Done done)
    {
        using Answer = std::decay_t<std::invoke_result_t<Read, const Database &>>;
        auto answer = std::make_shared<std::optional<Answer>>();
        auto job = std::make_shared<Job>();
        job->run = [read = std::move(read), answer](const Result<Database> &db) {
            answer->emplace(db ? read(db.value()) : Answer(db.error()));
        };
        job->done = [done = std::move(done), answer]() mutable {
            if (answer->has_value())
                done(std::move(**answer));
        };
        post(job);
        return job;
    }

private:
    class Worker;
    QThread *m_thread;
    Worker *m_worker;
    QPointer<QObject> m_owner;
};

} // namespace cd
