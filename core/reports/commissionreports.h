#pragma once

// CommissionReports: the commission distribution (settled statement lines) per distributor, per
// reseller, per level or per period, per currency: what the channel earned and where it went.

#include "db/database.h"
#include "reportfilter.h"
#include "reporttable.h"

#include <QCoreApplication>

namespace cd {

class CommissionReports
{
    Q_DECLARE_TR_FUNCTIONS(CommissionReports)

public:
    enum class By { Distributor, Reseller, Level, Period };

    explicit CommissionReports(const Database &db);

    // Lines dated from f.from to f.to (open ends allowed), settled ones only; largest first (by
    // period: in period order).
    Result<ReportTable> distribution(By by, const ReportFilter &f) const;

private:
    Database m_db;
};

} // namespace cd
