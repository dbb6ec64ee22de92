#pragma once

// DbCommands: "backup" and "check", which work on the database file as a whole.

#include "command.h"

#include <QCoreApplication>

namespace cd::cli {

class DbCommands
{
    Q_DECLARE_TR_FUNCTIONS(DbCommands)
public:
    static QList<Command> commands();

private:
    static int backup(CommandContext &context);
    static int check(CommandContext &context);
};

} // namespace cd::cli
