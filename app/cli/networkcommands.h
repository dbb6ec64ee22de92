#pragma once

// NetworkCommands: "network tree", "network move", "network link", "network unlink" and
// "network distributors": the partner hierarchy and distributor links from the command line.

#include "command.h"
#include "commandcontext.h"

namespace cd::cli {

class NetworkCommands
{
    Q_DECLARE_TR_FUNCTIONS(NetworkCommands)
public:
    static QList<Command> commands();

private:
    static int tree(CommandContext &context);
    static int move(CommandContext &context);
    static int link(CommandContext &context);
    static int unlink(CommandContext &context);
    static int distributors(CommandContext &context);
};

} // namespace cd::cli
