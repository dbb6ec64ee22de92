#include "agreementtablemodel.h"

#include "shared/rolenames.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace cd {

QVariant AgreementTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::ForegroundRole:
    case Qt::BackgroundRole:
    case IdRole:
    case NumberRole:
    case PartnerIdRole:
    case StageRole:
    case DaysToExpiryRole:
    case SortValueRole:
        break;
    default:
        return {};
    }
    const AgreementRow *r = rowAt(index.row());
    if (!r)
        return {};
    const AgreementColumn column = columnKind(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case AgreementColumn::Number:
            return r->number;
        case AgreementColumn::Partner:
            return r->partnerName;
        case AgreementColumn::Type:
            return r->type;
        case AgreementColumn::Owner:
            return r->owner;
        case AgreementColumn::Stage:
            return AgreementStages::label(r->stage);
        case AgreementColumn::End:
            if (!r->currentEnd.isValid())
                return tr("no period");
            if (r->daysToExpiry < 0)
                //: List cell: end date, days since it passed
                return tr("%1 (expired %n day(s) ago)", nullptr, -r->daysToExpiry)
                    .arg(QLocale().toString(r->currentEnd, QLocale::ShortFormat));
            //: List cell: end date, days left
            return tr("%1 (%n day(s))", nullptr, r->daysToExpiry)
                .arg(QLocale().toString(r->currentEnd, QLocale::ShortFormat));
        case AgreementColumn::Updated:
            return QLocale().toString(r->updatedAt.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == AgreementColumn::Partner)
            return r->partnerCode;
        return {};
    case Qt::ForegroundRole:
        if (column == AgreementColumn::End && r->currentEnd.isValid() && r->daysToExpiry < 0)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (column == AgreementColumn::Stage)
            return QBrush(QColor(AgreementStages::info(r->stage).textColour));
        return {};
    case Qt::BackgroundRole:
        if (column == AgreementColumn::Stage)
            return QBrush(QColor(AgreementStages::info(r->stage).colour));
        return {};
    case IdRole:
        return r->id;
    case NumberRole:
        return r->number;
    case PartnerIdRole:
        return r->partnerId;
    case StageRole:
        return int(r->stage);
    case DaysToExpiryRole:
        return r->currentEnd.isValid() ? QVariant(r->daysToExpiry) : QVariant();
    case SortValueRole:
        switch (column) {
        case AgreementColumn::Stage:
            return int(r->stage);
        case AgreementColumn::End:
            return r->currentEnd;
        case AgreementColumn::Updated:
            return r->updatedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QString AgreementTableModel::columnTitle(Column column) const
{
    switch (column) {
    case AgreementColumn::Number:
        return tr("Number");
    case AgreementColumn::Partner:
        return tr("Partner");
    case AgreementColumn::Type:
        return tr("Type");
    case AgreementColumn::Owner:
        return tr("Owner");
    case AgreementColumn::Stage:
        return tr("Stage");
    case AgreementColumn::End:
        return tr("Ends");
    case AgreementColumn::Updated:
        return tr("Updated");
    }
    return {};
}

QHash<int, QByteArray> AgreementTableModel::roleNames() const
{
    return withRoleNames(QAbstractTableModel::roleNames(),
        {{IdRole, "agreementId"}, {NumberRole, "number"}, {PartnerIdRole, "partnerId"}, {StageRole, "stage"},
            {DaysToExpiryRole, "daysToExpiry"}, {SortValueRole, "sortValue"}});
}

} // namespace cd
