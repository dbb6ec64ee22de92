#pragma once

// LeadTableModel: the leads list for views: counted once and read page by page through the core
// LeadStore, filtered and sorted in the database, so a hundred thousand leads stay instant.

#include "leads/lead.h"
#include "leads/leadfilter.h"
#include "leads/leadstore.h"
#include "shared/directorymodel.h"

#include <optional>

namespace cd {

using LeadModelTraits = ModelTraits<LeadStore, Lead, LeadFilter, LeadSort, LeadColumn::Created>;

class LeadTableModel : public DirectoryModel<LeadModelTraits>
{
    Q_OBJECT
public:
    enum Column {
        CompanyColumn = int(LeadColumn::Company),
        CountryColumn = int(LeadColumn::Country),
        ValueColumn = int(LeadColumn::Value),
        StatusColumn = int(LeadColumn::Status),
        PartnerColumn = int(LeadColumn::Partner),
        DistributorColumn = int(LeadColumn::Distributor),
        CreatedColumn = int(LeadColumn::Created),
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        StatusRole, // int(LeadStatus)
        PartnerIdRole, // qint64, 0 = not assigned
        FlaggedRole, // bool
    };
    Q_ENUM(Role)

    using DirectoryModel::DirectoryModel;

    qint64 leadId(int row) const { return idAt(row); }
    std::optional<Lead> lead(int row) const { return recordAt(row); }

protected:
    const Columns &columns() const override;
    QVariant rowData(const Lead &row, LeadColumn column, int role) const override;
    QVariant columnData(LeadColumn column, int role) const override;
};

} // namespace cd
