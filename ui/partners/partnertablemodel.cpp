#include "partnertablemodel.h"

#include "common/country.h"
#include "shared/rolenames.h"

#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace cd {

namespace {

QColor statusColor(PartnerStatus status)
{
    switch (status) {
    case PartnerStatus::Active:
        return QColor(0x2e, 0x9d, 0x4f);
    case PartnerStatus::Inactive:
        return QColor(0x9a, 0x9a, 0x9a);
    case PartnerStatus::Suspended:
        return QColor(0xd0, 0x44, 0x3e);
    }
    return {};
}

// A filled dot in the status colour, drawn at two scales so it stays crisp on high-DPI screens.
QIcon statusIcon(PartnerStatus status)
{
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor color = statusColor(status);
        painter.setPen(QPen(color.darker(125), size / 16.0));
        painter.setBrush(color);
        const qreal margin = size * 0.25;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

const PartnerTableModel::Columns &PartnerTableModel::columns() const
{
    static const Columns columns {{
        {QT_TR_NOOP("Code"), [](const PartnerRow &r) -> QVariant { return r.code; }},
        {QT_TR_NOOP("Name"), [](const PartnerRow &r) -> QVariant { return r.name; }},
        {QT_TR_NOOP("Legal name"), [](const PartnerRow &r) -> QVariant { return r.legalName; }},
        {QT_TR_NOOP("Kind"), [](const PartnerRow &r) -> QVariant { return Partner::kindLabel(r.kind); }},
        {QT_TR_NOOP("Status"),
            [](const PartnerRow &r) -> QVariant { return Partner::statusLabel(r.status); }},
        {QT_TR_NOOP("Level"), [](const PartnerRow &r) -> QVariant { return r.level; }},
        {QT_TR_NOOP("Activation"), [](const PartnerRow &r) -> QVariant { return r.activation; }},
        {QT_TR_NOOP("Area"), [](const PartnerRow &r) -> QVariant { return r.area; }},
        {QT_TR_NOOP("City"), [](const PartnerRow &r) -> QVariant { return r.city; }},
        {QT_TR_NOOP("Country"), [](const PartnerRow &r) -> QVariant { return r.country; }},
        {QT_TR_NOOP("Account manager"), [](const PartnerRow &r) -> QVariant { return r.accountManager; }},
        {QT_TR_NOOP("Updated"),
            [](const PartnerRow &r) -> QVariant {
                return QLocale().toString(r.updatedAt.toLocalTime(), QLocale::ShortFormat);
            }},
    }};
    return columns;
}

QVariant PartnerTableModel::rowData(const PartnerRow &r, Column column, int role) const
{
    switch (role) {
    case Qt::ToolTipRole:
        if (r.archived)
            return tr("%1 (archived)").arg(r.name);
        if (column == PartnerColumn::Country)
            return Country::name(r.country);
        if (column == PartnerColumn::Updated)
            return QLocale().toString(r.updatedAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::DecorationRole:
        if (column == PartnerColumn::Status) {
            QIcon &icon = m_statusIcons[std::size_t(r.status)];
            if (icon.isNull())
                icon = statusIcon(r.status);
            return icon;
        }
        return {};
    case IdRole:
        return r.id;
    case CodeRole:
        return r.code;
    case KindRole:
        return int(r.kind);
    case StatusRole:
        return int(r.status);
    case ArchivedRole:
        return r.archived;
    case SortValueRole:
        switch (column) {
        case PartnerColumn::Kind:
            return Partner::kindKey(r.kind);
        case PartnerColumn::Status:
            return Partner::statusKey(r.status);
        case PartnerColumn::Updated:
            return r.updatedAt;
        default:
            return text(r, column);
        }
    }
    return {};
}

QHash<int, QByteArray> PartnerTableModel::roleNames() const
{
    return withRoleNames(QAbstractTableModel::roleNames(),
        {{IdRole, "partnerId"}, {CodeRole, "code"}, {KindRole, "kind"}, {StatusRole, "status"},
            {ArchivedRole, "archived"}, {SortValueRole, "sortValue"}});
}

} // namespace cd
