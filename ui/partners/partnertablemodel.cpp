#include "partnertablemodel.h"

#include "common/country.h"
#include "shared/rolenames.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPalette>
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

QVariant PartnerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::DecorationRole:
    case Qt::ForegroundRole:
    case Qt::FontRole:
    case IdRole:
    case CodeRole:
    case KindRole:
    case StatusRole:
    case ArchivedRole:
    case SortValueRole:
        break;
    default:
        return {}; // roles that never need a row: no page read
    }
    const PartnerRow *r = rowAt(index.row());
    if (!r)
        return {};
    const PartnerColumn column = columnKind(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case PartnerColumn::Code:
            return r->code;
        case PartnerColumn::Name:
            return r->name;
        case PartnerColumn::LegalName:
            return r->legalName;
        case PartnerColumn::Kind:
            return Partner::kindLabel(r->kind);
        case PartnerColumn::Status:
            return Partner::statusLabel(r->status);
        case PartnerColumn::Level:
            return r->level;
        case PartnerColumn::Activation:
            return r->activation;
        case PartnerColumn::Area:
            return r->area;
        case PartnerColumn::City:
            return r->city;
        case PartnerColumn::Country:
            return r->country;
        case PartnerColumn::AccountManager:
            return r->accountManager;
        case PartnerColumn::Updated:
            return QLocale().toString(r->updatedAt.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        if (r->archived)
            return tr("%1 (archived)").arg(r->name);
        if (column == PartnerColumn::Country)
            return Country::name(r->country);
        if (column == PartnerColumn::Updated)
            return QLocale().toString(r->updatedAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::DecorationRole:
        if (column == PartnerColumn::Status) {
            QIcon &icon = m_statusIcons[std::size_t(r->status)];
            if (icon.isNull())
                icon = statusIcon(r->status);
            return icon;
        }
        return {};
    case Qt::ForegroundRole:
        if (r->archived)
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
    case KindRole:
        return int(r->kind);
    case StatusRole:
        return int(r->status);
    case ArchivedRole:
        return r->archived;
    case SortValueRole:
        switch (column) {
        case PartnerColumn::Kind:
            return Partner::kindKey(r->kind);
        case PartnerColumn::Status:
            return Partner::statusKey(r->status);
        case PartnerColumn::Updated:
            return r->updatedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QString PartnerTableModel::columnTitle(Column column) const
{
    switch (column) {
    case PartnerColumn::Code:
        return tr("Code");
    case PartnerColumn::Name:
        return tr("Name");
    case PartnerColumn::LegalName:
        return tr("Legal name");
    case PartnerColumn::Kind:
        return tr("Kind");
    case PartnerColumn::Status:
        return tr("Status");
    case PartnerColumn::Level:
        return tr("Level");
    case PartnerColumn::Activation:
        return tr("Activation");
    case PartnerColumn::Area:
        return tr("Area");
    case PartnerColumn::City:
        return tr("City");
    case PartnerColumn::Country:
        return tr("Country");
    case PartnerColumn::AccountManager:
        return tr("Account manager");
    case PartnerColumn::Updated:
        return tr("Updated");
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
