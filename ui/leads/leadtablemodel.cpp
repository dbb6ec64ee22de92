#include "leadtablemodel.h"

#include "shared/moneytext.h"

#include <QLocale>

namespace cd {

const LeadTableModel::Columns &LeadTableModel::columns() const
{
    static const Columns columns {{
        {QT_TR_NOOP("Company"), [](const Lead &l) -> QVariant { return l.company; }},
        {QT_TR_NOOP("Country"), [](const Lead &l) -> QVariant { return l.country; }},
        {QT_TR_NOOP("Estimated value"),
            [](const Lead &l) -> QVariant { return moneyText(l.estimatedValue); }},
        {QT_TR_NOOP("Status"),
            [](const Lead &l) -> QVariant {
                if (l.isFlagged())
                    //: Lead status with the reason it waits: status, flag reason
                    return tr("%1 (%2)").arg(
                        Lead::statusLabel(l.status), Lead::flagReasonLabel(l.flagReason));
                return Lead::statusLabel(l.status);
            }},
        {QT_TR_NOOP("Partner"), [](const Lead &l) -> QVariant { return l.assignedPartnerName; }},
        {QT_TR_NOOP("Submitted by"), [](const Lead &l) -> QVariant { return l.distributorName; }},
        {QT_TR_NOOP("Created"),
            [](const Lead &l) -> QVariant {
                return QLocale().toString(l.createdAt.toLocalTime().date(), QLocale::ShortFormat);
            }},
    }};
    return columns;
}

QVariant LeadTableModel::rowData(const Lead &l, LeadColumn, int role) const
{
    switch (role) {
    case IdRole:
        return l.id;
    case StatusRole:
        return int(l.status);
    case PartnerIdRole:
        return l.assignedPartnerId;
    case FlaggedRole:
        return l.isFlagged();
    }
    return {};
}

QVariant LeadTableModel::columnData(LeadColumn column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == LeadColumn::Value)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace cd
