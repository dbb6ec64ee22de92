#include "agreementtablemodel.h"

#include "shared/rolenames.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace cd {

const AgreementTableModel::Columns &AgreementTableModel::columns() const
{
    static const Columns columns {{
        {QT_TR_NOOP("Number"), [](const AgreementRow &r) -> QVariant { return r.number; }},
        {QT_TR_NOOP("Partner"), [](const AgreementRow &r) -> QVariant { return r.partnerName; }},
        {QT_TR_NOOP("Type"), [](const AgreementRow &r) -> QVariant { return r.type; }},
        {QT_TR_NOOP("Owner"), [](const AgreementRow &r) -> QVariant { return r.owner; }},
        {QT_TR_NOOP("Stage"),
            [](const AgreementRow &r) -> QVariant { return AgreementStages::label(r.stage); }},
        {QT_TR_NOOP("Ends"),
            [](const AgreementRow &r) -> QVariant {
                if (!r.currentEnd.isValid())
                    return tr("no period");
                if (r.daysToExpiry < 0)
                    //: List cell: end date, days since it passed
                    return tr("%1 (expired %n day(s) ago)", nullptr, -r.daysToExpiry)
                        .arg(QLocale().toString(r.currentEnd, QLocale::ShortFormat));
                //: List cell: end date, days left
                return tr("%1 (%n day(s))", nullptr, r.daysToExpiry)
                    .arg(QLocale().toString(r.currentEnd, QLocale::ShortFormat));
            }},
        {QT_TR_NOOP("Updated"),
            [](const AgreementRow &r) -> QVariant {
                return QLocale().toString(r.updatedAt.toLocalTime(), QLocale::ShortFormat);
            }},
    }};
    return columns;
}

QVariant AgreementTableModel::rowData(const AgreementRow &r, Column column, int role) const
{
    switch (role) {
    case Qt::ToolTipRole:
        if (column == AgreementColumn::Partner)
            return r.partnerCode;
        return {};
    case Qt::ForegroundRole:
        if (column == AgreementColumn::End && r.currentEnd.isValid() && r.daysToExpiry < 0)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (column == AgreementColumn::Stage)
            return QBrush(QColor(AgreementStages::info(r.stage).textColour));
        return {};
    case Qt::BackgroundRole:
        if (column == AgreementColumn::Stage)
            return QBrush(QColor(AgreementStages::info(r.stage).colour));
        return {};
    case IdRole:
        return r.id;
    case NumberRole:
        return r.number;
    case PartnerIdRole:
        return r.partnerId;
    case StageRole:
        return int(r.stage);
    case DaysToExpiryRole:
        return r.currentEnd.isValid() ? QVariant(r.daysToExpiry) : QVariant();
    case SortValueRole:
        switch (column) {
        case AgreementColumn::Stage:
            return int(r.stage);
        case AgreementColumn::End:
            return r.currentEnd;
        case AgreementColumn::Updated:
            return r.updatedAt;
        default:
            return text(r, column);
        }
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
