#pragma once

// DemoGenerator: fills a database with plausible partners, contacts and customers from many
// countries, fast enough for a million partners and five million customers, and the same for the
// same seed.

#include "common/result.h"
#include "db/database.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace cd {

struct DemoOptions
{
    qint64 partners = 1000;
    qint64 customers = 5000;
    quint64 seed = 1;
    // Called every few thousand rows and at the end; done and total count partners plus customers.
    std::function<void(qint64 done, qint64 total)> progress;
    // Called when a phase starts (partners, customers, network, leads, ...), with its name for people.
    std::function<void(const QString &phase)> phase;
    // Set to true to stop. During the partners and customers nothing is written; later the steps
    // already done (network, leads, agreements) stay.
    const std::atomic_bool *cancel = nullptr;
};

struct DemoReport
{
    qint64 partners = 0;
    qint64 contacts = 0;
    qint64 customers = 0;
    qint64 agreements = 0;
    qint64 leads = 0;
    qint64 deals = 0;
    qint64 invoices = 0;
    qint64 statements = 0;
};

class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    explicit DemoGenerator(const Database &db);

    // Adds the partners, contacts and customers in one transaction, next to whatever the database
    // already holds; then the network, the leads and the agreements, each in one more. Each partner
    // gets a "created" timeline event (and its status and archive events); bulk customers get none.
    Result<DemoReport> run(const DemoOptions &options) const;

private:
    Database m_db;
};

} // namespace cd
