#pragma once

// PartnersCommands: "partners list", "partners show", "partners archive", "partners restore", and the
// partner filter options that "export partners" shares.

#include "command.h"
#include "commandcontext.h"
#include "listing.h"
#include "partners/partnerdirectory.h"

namespace cd::cli {

class PartnersCommands
{
    Q_DECLARE_TR_FUNCTIONS(PartnersCommands)
public:
    static QList<Command> commands();

    // --search, --kind, --status, --level, --country, --area, --manager, --archived, --sort, --desc.
    static QList<QCommandLineOption> filterOptions();
    // The filter those options describe, checked before the database is opened (a usage error
    // then never creates a file); resolveNames() adds the level, area and manager from the database.
    static Result<PartnerFilter> parseFilter(const CommandContext &context);
    static Status resolveNames(const CommandContext &context, const Database &db, PartnerFilter &filter);
    // The sort, filter and database of an export (Listing::selection).
    static Result<Listing::Request<PartnerSort, PartnerFilter>> selection(const CommandContext &context);

private:
    static int list(CommandContext &context);
    static int show(CommandContext &context);
    static int setArchived(CommandContext &context, bool archived);
};

} // namespace cd::cli
