#include "leadtablemodel.h"

#include "shared/moneytext.h"

#include <QLocale>

namespace cd {

QVariant LeadTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Lead *l = rowAt(index.row());
    if (!l)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CompanyColumn:
            return l->company;
        case CountryColumn:
            return l->country;
        case ValueColumn:
            return moneyText(l->estimatedValue);
        case StatusColumn:
            if (l->isFlagged())
                //: Lead status with the reason it waits: status, flag reason
                return tr("%1 (%2)").arg(Lead::statusLabel(l->status), Lead::flagReasonLabel(l->flagReason));
            return Lead::statusLabel(l->status);
        case PartnerColumn:
            return l->assignedPartnerName;
        case DistributorColumn:
            return l->distributorName;
        case CreatedColumn:
            return QLocale().toString(l->createdAt.toLocalTime().date(), QLocale::ShortFormat);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return l->id;
    case StatusRole:
        return int(l->status);
    case PartnerIdRole:
        return l->assignedPartnerId;
    case FlaggedRole:
        return l->isFlagged();
    }
    return {};
}

QString LeadTableModel::columnTitle(LeadColumn column) const
{
    switch (columnOf(column)) {
    case CompanyColumn:
        return tr("Company");
    case CountryColumn:
        return tr("Country");
    case ValueColumn:
        return tr("Estimated value");
    case StatusColumn:
        return tr("Status");
    case PartnerColumn:
        return tr("Partner");
    case DistributorColumn:
        return tr("Submitted by");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

} // namespace cd
