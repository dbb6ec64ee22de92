#include "customertablemodel.h"

#include "common/country.h"
#include "shared/rolenames.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace cd {

const CustomerTableModel::Columns &CustomerTableModel::columns() const
{
    static const Columns columns {{
        {QT_TR_NOOP("Code"), [](const CustomerRow &r) -> QVariant { return r.code; }},
        {QT_TR_NOOP("Name"), [](const CustomerRow &r) -> QVariant { return r.name; }},
        {QT_TR_NOOP("City"), [](const CustomerRow &r) -> QVariant { return r.city; }},
        {QT_TR_NOOP("Country"), [](const CustomerRow &r) -> QVariant { return r.country; }},
        {QT_TR_NOOP("Segment"), [](const CustomerRow &r) -> QVariant { return r.segment; }},
        {QT_TR_NOOP("Partner"),
            [](const CustomerRow &r) -> QVariant {
                //: Partner column of a customer: partner name, then its code
                return r.partnerId == 0 ? tr("Direct") : tr("%1 (%2)").arg(r.partnerName, r.partnerCode);
            }},
        {QT_TR_NOOP("Updated"),
            [](const CustomerRow &r) -> QVariant {
                return QLocale().toString(r.updatedAt.toLocalTime(), QLocale::ShortFormat);
            }},
    }};
    return columns;
}

QVariant CustomerTableModel::rowData(const CustomerRow &r, Column column, int role) const
{
    const bool direct = r.partnerId == 0;
    switch (role) {
    case Qt::ToolTipRole:
        if (r.archived)
            return tr("%1 (archived)").arg(r.name);
        if (column == CustomerColumn::Country)
            return Country::name(r.country);
        if (column == CustomerColumn::Partner && direct)
            return tr("A direct customer, served without a partner");
        if (column == CustomerColumn::Updated)
            return QLocale().toString(r.updatedAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::ForegroundRole:
        if (column == CustomerColumn::Partner && direct)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case IdRole:
        return r.id;
    case CodeRole:
        return r.code;
    case PartnerIdRole:
        return r.partnerId;
    case ArchivedRole:
        return r.archived;
    case SortValueRole:
        switch (column) {
        case CustomerColumn::Partner:
            return r.partnerId;
        case CustomerColumn::Updated:
            return r.updatedAt;
        default:
            return text(r, column);
        }
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
