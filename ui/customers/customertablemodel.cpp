#include "customertablemodel.h"

#include "common/country.h"
#include "shared/rolenames.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace cd {

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::ForegroundRole:
    case Qt::FontRole:
    case IdRole:
    case CodeRole:
    case PartnerIdRole:
    case ArchivedRole:
    case SortValueRole:
        break;
    default:
        return {}; // roles that never need a row: no page read
    }
    const CustomerRow *r = rowAt(index.row());
    if (!r)
        return {};
    const CustomerColumn column = columnKind(index.column());
    const bool direct = r->partnerId == 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CustomerColumn::Code:
            return r->code;
        case CustomerColumn::Name:
            return r->name;
        case CustomerColumn::City:
            return r->city;
        case CustomerColumn::Country:
            return r->country;
        case CustomerColumn::Segment:
            return r->segment;
        case CustomerColumn::Partner:
            //: Partner column of a customer: partner name, then its code
            return direct ? tr("Direct") : tr("%1 (%2)").arg(r->partnerName, r->partnerCode);
        case CustomerColumn::Updated:
            return QLocale().toString(r->updatedAt.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        if (r->archived)
            return tr("%1 (archived)").arg(r->name);
        if (column == CustomerColumn::Country)
            return Country::name(r->country);
        if (column == CustomerColumn::Partner && direct)
            return tr("A direct customer, served without a partner");
        if (column == CustomerColumn::Updated)
            return QLocale().toString(r->updatedAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::ForegroundRole:
        if (r->archived || (column == CustomerColumn::Partner && direct))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (r->archived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IdRole:
        return r->id;
    case CodeRole:
        return r->code;
    case PartnerIdRole:
        return r->partnerId;
    case ArchivedRole:
        return r->archived;
    case SortValueRole:
        switch (column) {
        case CustomerColumn::Partner:
            return r->partnerId;
        case CustomerColumn::Updated:
            return r->updatedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QString CustomerTableModel::columnTitle(Column column) const
{
    switch (column) {
    case CustomerColumn::Code:
        return tr("Code");
    case CustomerColumn::Name:
        return tr("Name");
    case CustomerColumn::City:
        return tr("City");
    case CustomerColumn::Country:
        return tr("Country");
    case CustomerColumn::Segment:
        return tr("Segment");
    case CustomerColumn::Partner:
        return tr("Partner");
    case CustomerColumn::Updated:
        return tr("Updated");
    }
    return {};
}

QHash<int, QByteArray> CustomerTableModel::roleNames() const
{
    return withRoleNames(QAbstractTableModel::roleNames(),
        {{IdRole, "customerId"}, {CodeRole, "code"}, {PartnerIdRole, "partnerId"}, {ArchivedRole, "archived"},
            {SortValueRole, "sortValue"}});
}

} // namespace cd
