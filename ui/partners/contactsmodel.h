#pragma once

// ContactsModel: the contacts of one partner for a view; a partner has a handful, so they are held
// in memory and re-read after each change.

#include "db/database.h"
#include "partners/partner.h"

#include <QAbstractTableModel>

namespace cd {

class ContactsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, FunctionColumn, EmailColumn, PhoneColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        PrimaryRole, // bool
        VersionRole, // int, for updates and removals
    };
    Q_ENUM(Role)

    explicit ContactsModel(QObject *parent = nullptr);

    // Shows the contacts of `partnerId` (0 = none) in `db` and reads them.
    Status setPartner(const Database &db, qint64 partnerId);
    qint64 partnerId() const { return m_partnerId; }
    // Reads the contacts again (after a change).
    Status reload();

    const QList<Contact> &contacts() const { return m_contacts; }
    Contact contact(int row) const { return m_contacts.value(row); }
    // The row of the contact with `id`; -1 when it is not shown.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Database m_db;
    qint64 m_partnerId = 0;
    QList<Contact> m_contacts;
};

} // namespace cd
