#pragma once

// DemoCommand: "demo", which fills a database with generated partners and customers.

#include "command.h"

#include <QCoreApplication>

namespace cd::cli {

class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
public:
    static QList<Command> commands();

private:
    static int run(CommandContext &context);
};

} // namespace cd::cli
