#pragma once

// ReportsCommands: "reports lead-flow", "reports conversion", "reports performance" and
// "reports won-value" over the leads and deals, as table, CSV or JSON.

#include "command.h"
#include "commandcontext.h"

namespace cd::cli {

class ReportsCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReportsCommands)
public:
    static QList<Command> commands();

private:
    enum class Report { LeadFlow, Conversion, Performance, WonValue };
    static int run(CommandContext &context, Report report);
};

} // namespace cd::cli
