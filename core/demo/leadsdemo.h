#pragma once

// LeadsDemo: leads and deals for freshly generated demo partners: leads placed near partners,
// some submitted by distributors for their linked resellers, the rest routed by weight; then
// accepted, declined, converted to deals in every stage, won and lost. The same for the same seed.

#include "common/result.h"
#include "db/database.h"

namespace cd {

struct LeadsDemoReport
{
    qint64 leads = 0;
    qint64 submittedByDistributors = 0;
    qint64 declined = 0;
    qint64 deals = 0;
    qint64 won = 0;
};

class LeadsDemo
{
public:
    explicit LeadsDemo(const Database &db);

    // Leads for the partners with ids in [firstId, lastId] (all when both are 0): half as many as
    // partners, at most `maxLeads`. Runs inside the caller's transaction; bulk rows get no timeline
    // events except the router's assignments.
    Result<LeadsDemoReport> run(
        quint64 seed, qint64 firstId = 0, qint64 lastId = 0, qint64 maxLeads = 100000) const;

private:
    Database m_db;
};

} // namespace cd
