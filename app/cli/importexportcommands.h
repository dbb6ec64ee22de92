#pragma once

// ImportExportCommands: "import partners|contacts|customers FILE" and
// "export partners|contacts|customers --out FILE".

#include "command.h"
#include "io/importer.h"

#include <QCoreApplication>

namespace cd::cli {

class ImportExportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ImportExportCommands)
public:
    static QList<Command> commands();
    // "leads import" runs the same import with the same options.
    static QList<QCommandLineOption> importOptions();
    static int import(CommandContext &context, ImportKind kind);

private:
    static int exportPartners(CommandContext &context, bool contacts);
    static int exportCustomers(CommandContext &context);
};

} // namespace cd::cli
