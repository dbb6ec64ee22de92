#pragma once

// StatementPdf: a partner's commission statement for one period as a PDF, every line with why it is
// there, the totals and what was carried. Lives in channeldesk_documents (needs Qt Gui; the same
// path as agreement documents).

#include "settlement.h"

#include <QByteArray>
#include <QString>

#include <QCoreApplication>

namespace cd {

class StatementPdf
{
    Q_DECLARE_TR_FUNCTIONS(StatementPdf)

public:
    // The statement's page as HTML (every value escaped): `statement` and its lines from `run`.
    static QString html(const SettlementRun &run, const CommissionStatement &statement);
    // All statements of `run` (one partner's, usually one per currency), one after the other.
    static QByteArray render(const SettlementRun &run);
};

} // namespace cd
