#pragma once

// SalesDemo: what the commission screens need on a fresh demo database: default rates on the
// partners (a few margin resellers), plans of each kind given to levels and to some partners, a
// year of monthly invoices up to today for a sample of customers (some credit notes, some unpaid),
// a few overrides and splits, distributor terms on some links; then every month but the last two
// settled, and all but the last three approved. The same for the same seed.

#include "common/result.h"
#include "db/database.h"

namespace cd {

struct SalesDemoReport
{
    qint64 invoices = 0;
    qint64 creditNotes = 0;
    qint64 plans = 0;
    qint64 statements = 0;
};

class SalesDemo
{
public:
    explicit SalesDemo(const Database &db);

    // For the partners with ids in [firstId, lastId] and their customers, at most `maxCustomers`
    // of them with sales. Each step in a transaction of its own.
    Result<SalesDemoReport> run(
        quint64 seed, qint64 firstId, qint64 lastId, qint64 maxCustomers = 20000) const;

private:
    Database m_db;
};

} // namespace cd
