#pragma once

// PayoutsCommands: "payouts account", "payouts create" and "payouts list".

#include "command.h"
#include "commandcontext.h"

namespace cd::cli {

class PayoutsCommands
{
    Q_DECLARE_TR_FUNCTIONS(PayoutsCommands)
public:
    static QList<Command> commands();

private:
    static int account(CommandContext &context);
    static int create(CommandContext &context);
    static int list(CommandContext &context);
};

} // namespace cd::cli
