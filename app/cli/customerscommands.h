#pragma once

// CustomersCommands: "customers list" and "customers reassign", and the customer filter options
// that "export customers" shares.

#include "command.h"
#include "commandcontext.h"
#include "customers/customerdirectory.h"
#include "listing.h"

namespace cd::cli {

class CustomersCommands
{
    Q_DECLARE_TR_FUNCTIONS(CustomersCommands)
public:
    static QList<Command> commands();

    // --search, --partner, --direct, --country, --segment, --archived, --sort, --desc.
    static QList<QCommandLineOption> filterOptions();
    // The filter those options describe, checked before the database is opened; resolvePartner()
    // looks up the --partner code.
    static Result<CustomerFilter> parseFilter(const CommandContext &context);
    static Status resolvePartner(const CommandContext &context, const Database &db, CustomerFilter &filter);
    // The sort, filter and database of an export (Listing::selection).
    static Result<Listing::Request<CustomerSort, CustomerFilter>> selection(const CommandContext &context);

private:
    static int list(CommandContext &context);
    static int reassign(CommandContext &context);
};

} // namespace cd::cli
