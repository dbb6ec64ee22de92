#pragma once

// JobRunner: the daily agreement job. From the dates alone (so a missed day is caught up) it moves
// Signed -> Expiring inside the largest alert window and -> Expired after the end, starts the next
// period of auto-renewing agreements, and creates renewal and alert tasks. Set-based SQL in one
// BEGIN IMMEDIATE transaction with unique task keys: running it twice, or on two machines at once,
// never duplicates anything.

#include "common/result.h"
#include "db/database.h"

#include <QDate>

namespace cd {

struct JobReport
{
    QDate today;
    qint64 expiring = 0; // Signed -> Expiring
    qint64 expired = 0; // -> Expired
    qint64 renewed = 0; // periods added to auto-renewing agreements
    qint64 tasksCreated = 0;
    qint64 elapsedMs = 0;
};

class JobRunner
{
public:
    explicit JobRunner(const Database &db);

    // Runs every job as of `today` (Clock::today() when invalid).
    Result<JobReport> run(const QDate &today = {}) const;

    // For the app's start: opens its own connection to the file of `db` (call it on a worker
    // thread; the connection lives and dies there) and runs the job as of Clock::today().
    static Result<JobReport> runInOwnConnection(const Database &db);

private:
    Database m_db;
};

} // namespace cd
