#include "contactsmodel.h"

#include "partners/partnerstore.h"
#include "shared/rolenames.h"

#include <QFont>

namespace cd {

ContactsModel::ContactsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

Status ContactsModel::setPartner(const Database &db, qint64 partnerId)
{
    m_db = db;
    m_partnerId = partnerId;
    return reload();
}

Status ContactsModel::reload()
{
    QList<Contact> contacts;
    Status status;
    if (m_db.isOpen() && m_partnerId != 0) {
        auto read = PartnerStore(m_db).contacts(m_partnerId);
        if (read)
            contacts = read.value();
        else
            status = read.error();
    }
    beginResetModel();
    m_contacts = contacts;
    endResetModel();
    return status;
}

int ContactsModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_contacts.size(); ++row) {
        if (m_contacts.at(row).id == id)
            return row;
    }
    return -1;
}

int ContactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact &c = m_contacts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case FunctionColumn:
            return c.function;
        case EmailColumn:
            return c.email;
        case PhoneColumn:
            return c.phone;
        }
        return {};
    case Qt::FontRole:
        if (c.primary) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (c.primary)
            return tr("%1 is the primary contact").arg(c.name);
        return {};
    case IdRole:
        return c.id;
    case PrimaryRole:
        return c.primary;
    case VersionRole:
        return c.version;
    }
    return {};
}

QVariant ContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case FunctionColumn:
        return tr("Function");
    case EmailColumn:
        return tr("E-mail");
    case PhoneColumn:
        return tr("Phone");
    }
    return {};
}

QHash<int, QByteArray> ContactsModel::roleNames() const
{
    return withRoleNames(QAbstractTableModel::roleNames(),
        {{IdRole, "contactId"}, {PrimaryRole, "primary"}, {VersionRole, "version"}});
}

} // namespace cd
