#pragma once

// AgreementTableModel: the agreements as a table (the list beside the board): counts with one query
// and reads rows page by page; sorting and filtering run in the database.

#include "agreements/agreementdirectory.h"
#include "agreements/agreementsettings.h"
#include "shared/directorymodel.h"

#include <optional>

namespace cd {

using AgreementModelTraits
    = ModelTraits<AgreementDirectory, AgreementRow, AgreementFilter, AgreementSort, AgreementColumn::Updated>;

class AgreementTableModel : public DirectoryModel<AgreementModelTraits>
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        NumberRole, // QString
        PartnerIdRole, // qint64
        StageRole, // int(AgreementStage)
        DaysToExpiryRole, // int; invalid without a period
        SortValueRole, // the raw value the column sorts by
    };
    Q_ENUM(Role)

    using DirectoryModel::DirectoryModel;

    qint64 agreementId(int row) const { return idAt(row); }
    std::optional<AgreementRow> agreementRow(int row) const { return recordAt(row); }

    QHash<int, QByteArray> roleNames() const override;

protected:
    const Columns &columns() const override;
    QVariant rowData(const AgreementRow &row, Column column, int role) const override;
};

} // namespace cd
