#pragma once

// ReportsCommands: "reports lead-flow", "reports conversion", "reports performance" and
// "reports won-value" over the leads and deals, as table, CSV or JSON.

#include "command.h"
#include "commandcontext.h"
#include "reports/reportfilter.h"
#include "reports/reporttable.h"

namespace cd::cli {

class ReportsCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReportsCommands)
public:
    static QList<Command> commands();

private:
    enum class Report { LeadFlow, Conversion, Performance, WonValue, Commission };
    static int run(CommandContext &context, Report report);
    static int commission(CommandContext &context, const ReportFilter &filter);
    static int write(CommandContext &context, const Result<ReportTable> &table);
};

} // namespace cd::cli
