#pragma once

// LeadsCommands: "leads import", "leads assign", "leads accept", "leads decline", "leads convert",
// "leads lost" and "leads list".

#include "command.h"
#include "commandcontext.h"
#include "leads/lead.h"

#include <optional>

namespace cd::cli {

class LeadsCommands
{
    Q_DECLARE_TR_FUNCTIONS(LeadsCommands)
public:
    static QList<Command> commands();

    // The partner with this code, or a NotFound error naming the option.
    static Result<qint64> partnerId(const Database &db, const QString &code, const QString &option);
    // --partner CODE as a partner id; 0 when the option is not given.
    static Result<qint64> partnerOption(const CommandContext &context, const Database &db);
    // --status as a lead status; nullopt when not given.
    static Result<std::optional<LeadStatus>> statusOption(const CommandContext &context);

private:
    static int assign(CommandContext &context);
    static int accept(CommandContext &context);
    static int decline(CommandContext &context);
    static int convert(CommandContext &context);
    static int lost(CommandContext &context);
    static int list(CommandContext &context);
};

} // namespace cd::cli
