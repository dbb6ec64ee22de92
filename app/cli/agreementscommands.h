#pragma once

// AgreementsCommands: "agreements list|show|create|move|attach|generate", "tasks list|done" and
// "run-jobs": the agreement workflow, its documents, the task list and the daily job from the
// command line.

#include "command.h"
#include "commandcontext.h"

namespace cd::cli {

class AgreementsCommands
{
    Q_DECLARE_TR_FUNCTIONS(AgreementsCommands)
public:
    static QList<Command> commands();

    // True for command lines that render documents (they need a QGuiApplication).
    static bool rendersDocuments(const QStringList &arguments);

private:
    static int list(CommandContext &context);
    static int show(CommandContext &context);
    static int create(CommandContext &context);
    static int move(CommandContext &context);
    static int attach(CommandContext &context);
    static int generate(CommandContext &context);
    static int exportDocument(CommandContext &context);
    static int listTasks(CommandContext &context);
    static int taskDone(CommandContext &context);
    static int runJobs(CommandContext &context);
};

} // namespace cd::cli
