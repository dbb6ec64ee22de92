#pragma once

// CommissionsCommands: "sales import", "sales list", "commissions plans add|assign|list",
// "commissions partner", "commissions override", "commissions split", "commissions preview",
// "commissions settle", "commissions approve", "commissions statement" and "commissions settings".

#include "command.h"
#include "commandcontext.h"

namespace cd::cli {

class CommissionsCommands
{
    Q_DECLARE_TR_FUNCTIONS(CommissionsCommands)
public:
    static QList<Command> commands();
    // True for "commissions statement ... --format pdf" (it needs a QGuiApplication).
    static bool rendersDocuments(const QStringList &arguments);

private:
    static int salesList(CommandContext &context);
    static int addPlan(CommandContext &context);
    static int assignPlan(CommandContext &context);
    static int listPlans(CommandContext &context);
    static int partner(CommandContext &context);
    static int override(CommandContext &context);
    static int split(CommandContext &context);
    static int preview(CommandContext &context);
    static int settle(CommandContext &context);
    static int approve(CommandContext &context);
    static int statement(CommandContext &context);
    static int settings(CommandContext &context);
};

} // namespace cd::cli
