#pragma once

// AgreementsDemo: gives demo partners agreements in every stage, with contract periods, stage
// history, a few stored documents and the tasks of the daily job. The same agreements for the same
// seed and day; about one agreement for every five partners.

#include "common/result.h"
#include "db/database.h"

namespace cd {

struct AgreementsDemoReport
{
    qint64 agreements = 0;
    qint64 documents = 0;
    qint64 tasks = 0;
};

class AgreementsDemo
{
public:
    explicit AgreementsDemo(const Database &db);

    // Adds agreements for partners with ids in [firstId, lastId]; runs inside the caller's
    // transaction (or its own when there is none).
    Result<AgreementsDemoReport> run(quint64 seed, qint64 firstId, qint64 lastId) const;

private:
    Database m_db;
};

} // namespace cd
