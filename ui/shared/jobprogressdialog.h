#pragma once

// JobProgressDialog: runs one long job (export, backup) on a worker thread with its own database
// connection, showing progress and a Cancel button while the window stays responsive.

#include "db/database.h"

#include <QProgressDialog>

#include <atomic>
#include <functional>

namespace cd {

class JobProgressDialog : public QProgressDialog
{
    Q_OBJECT
public:
    // What a job may use while it runs on the worker thread.
    struct Control
    {
        std::function<void(qint64 done, qint64 total)> progress; // thread-safe; total 0 = unknown
        const std::atomic_bool *cancel = nullptr; // becomes true when the user cancels
    };
    using Job = std::function<Status(const Database &db, const Control &control)>;

    // Runs `job` with a new connection to `db` on a worker thread and returns what it returned (a
    // job that honours `cancel` returns a Cancelled error). Without `cancellable` the dialog has no
    // Cancel button (for jobs that cannot stop half way).
    static Status run(
        QWidget *parent, const QString &label, const Database &db, const Job &job, bool cancellable = true);

private:
    JobProgressDialog(const QString &label, bool cancellable, QWidget *parent);
};

} // namespace cd
