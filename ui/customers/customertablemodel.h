#pragma once

// CustomerTableModel: the customer directory as a table for views, counted with one query and read
// page by page; sorting and filtering run in the database.

#include "customers/customerdirectory.h"
#include "shared/directorymodel.h"

#include <optional>

namespace cd {

using CustomerModelTraits
    = ModelTraits<CustomerDirectory, CustomerRow, CustomerFilter, CustomerSort, CustomerColumn::Updated>;

class CustomerTableModel : public DirectoryModel<CustomerModelTraits>
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        CodeRole, // QString
        PartnerIdRole, // qint64; 0 = a direct customer
        ArchivedRole, // bool
        SortValueRole, // the raw value the column sorts by (dates as QDateTime)
    };
    Q_ENUM(Role)

    using DirectoryModel::DirectoryModel;

    qint64 customerId(int row) const { return idAt(row); }
    std::optional<CustomerRow> customerRow(int row) const { return recordAt(row); }

    QHash<int, QByteArray> roleNames() const override;

protected:
    const Columns &columns() const override;
    QVariant rowData(const CustomerRow &row, Column column, int role) const override;
};

} // namespace cd
