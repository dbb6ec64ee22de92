#pragma once

// RowImporter: turns the rows of one import kind into records. The Importer reads the file, hands
// every row to the kind's RowImporter and owns the transaction; a new kind adds one of these and
// its fields (importfields.cpp).

#include "importcontext_p.h"

#include <memory>

namespace cd::importing {

class RowImporter
{
public:
    explicit RowImporter(ImportContext &context)
        : c(context)
    {}
    virtual ~RowImporter() = default;
    RowImporter(const RowImporter &) = delete;
    RowImporter &operator=(const RowImporter &) = delete;

    // After the header row was taken: load what the rows look up.
    virtual Status start() { return {}; }
    // One non-blank row with no more fields than the header. Row problems go to the report; an
    // error stops the run.
    virtual Status row(ImportRow &row) = 0;
    // After the last row: resolve what had to wait for the whole file.
    virtual Status finish() { return {}; }

protected:
    ImportContext &c;
};

std::unique_ptr<RowImporter> partnerImporter(ImportContext &context);
std::unique_ptr<RowImporter> contactImporter(ImportContext &context);
std::unique_ptr<RowImporter> customerImporter(ImportContext &context);
std::unique_ptr<RowImporter> leadImporter(ImportContext &context);
std::unique_ptr<RowImporter> saleImporter(ImportContext &context);

} // namespace cd::importing
