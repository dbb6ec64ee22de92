#include "jobprogressdialog.h"

#include <QEventLoop>
#include <QPointer>
#include <QThread>
#include <QTimer>

namespace cd {

JobProgressDialog::JobProgressDialog(const QString &label, bool cancellable, QWidget *parent)
    : QProgressDialog(label, cancellable ? tr("Cancel") : QString(), 0, 0, parent)
{
    setWindowTitle(tr("Please Wait"));
    setWindowModality(Qt::WindowModal);
    setAutoClose(false);
    setAutoReset(false);
    setMinimumDuration(400); // quick jobs finish without a flashing dialog
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    if (!cancellable)
        setCancelButton(nullptr);
}

Status JobProgressDialog::run(
    QWidget *parent, const QString &label, const Database &db, const Job &job, bool cancellable)
{
    std::atomic_bool cancel = false;
    std::atomic<qint64> done = 0;
    std::atomic<qint64> total = 0;
    Status result;

    Control control;
    control.cancel = &cancel;
    control.progress = [&](qint64 d, qint64 t) {
        done = d;
        total = t;
    };

    QThread *thread = QThread::create([&] {
        // A connection belongs to the thread that opened it; this one opens, uses and closes its own.
        auto connection = db.openAnotherConnection();
        if (!connection) {
            result = connection.error();
            return;
        }
        result = job(connection.value(), control);
    });

    JobProgressDialog dialog(label, cancellable, parent);
    connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        cancel = true;
        dialog.setLabelText(tr("Cancelling…"));
    });
    // Poll rather than signal per step: a job may report thousands of steps a second.
    QTimer poll;
    poll.setInterval(100);
    connect(&poll, &QTimer::timeout, &dialog, [&] {
        const qint64 t = total;
        if (t > 0) {
            dialog.setMaximum(1000);
            dialog.setValue(int(std::min<qint64>(1000, done * 1000 / t)));
        }
    });
    QEventLoop loop;
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    poll.start();
    loop.exec(); // the window-modal dialog keeps the user away from the window meanwhile
    thread->wait();
    delete thread;
    return result;
}

} // namespace cd
