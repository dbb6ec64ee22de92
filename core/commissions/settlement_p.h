#pragma once

// What the settlement's run (settlement.cpp) and its reads of settled periods (settlementreads.cpp)
// share: reading stored lines and statements, and the names a run explains its lines with.

#include "settlement.h"

#include <QSet>
#include <QSqlQuery>

namespace cd::settlement {

// The codes and names of the partners `ids` (read in chunks) and of every plan into `run`, and the
// partner's code and name onto each of its statements: what a run explains its lines with.
Status loadNames(const QSqlDatabase &db, const QSet<qint64> &ids, SettlementRun &run);
// A stored line from a row of "SELECT storedLineColumns() WHERE ...".
CommissionLine readStoredLine(const QSqlQuery &r);
QString storedLineColumns();
CommissionStatement readStatement(const QSqlQuery &r);
// The statements of a period, or one partner's of it (`alias` prefixes the columns).
QString statementsWhere(
    const QString &alias, const CommissionPeriod &period, qint64 partnerId, QVariantList &binds);

} // namespace cd::settlement
