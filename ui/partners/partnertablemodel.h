#pragma once

// PartnerTableModel: the partner directory as a table for views: counts with one query and reads
// rows page by page, so a million partners stay instant; sorting and filtering run in the database.

#include "partners/partnerdirectory.h"
#include "shared/directorymodel.h"

#include <QIcon>

#include <array>
#include <optional>

namespace cd {

using PartnerModelTraits
    = ModelTraits<PartnerDirectory, PartnerRow, PartnerFilter, PartnerSort, PartnerColumn::Updated>;

class PartnerTableModel : public DirectoryModel<PartnerModelTraits>
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        CodeRole, // QString
        KindRole, // int(PartnerKind)
        StatusRole, // int(PartnerStatus)
        ArchivedRole, // bool
        SortValueRole, // the raw value the column sorts by (dates as QDateTime)
    };
    Q_ENUM(Role)

    using DirectoryModel::DirectoryModel;

    qint64 partnerId(int row) const { return idAt(row); }
    std::optional<PartnerRow> partnerRow(int row) const { return recordAt(row); }

    QHash<int, QByteArray> roleNames() const override;

protected:
    const Columns &columns() const override;
    QVariant rowData(const PartnerRow &row, Column column, int role) const override;

private:
    mutable std::array<QIcon, 3> m_statusIcons; // by PartnerStatus, drawn on first use
};

} // namespace cd
