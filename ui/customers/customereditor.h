#pragma once

// CustomerEditor: the customer's page: its details with inline validation and undoable edits, and
// its primary partner, which is changed as one recorded action (Reassign…).

#include "customers/customer.h"
#include "db/database.h"
#include "shared/conflictdialog.h"
#include "shared/formeditor.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QUndoStack;

namespace cd {

class EditForm;
class RecordHeader;

class CustomerEditor : public FormEditor
{
    Q_OBJECT
public:
    // customerId 0 = a new customer.
    CustomerEditor(const Database &db, qint64 customerId, QWidget *parent = nullptr);
    ~CustomerEditor() override;

    qint64 recordId() const override { return customerId(); }
    qint64 customerId() const;

    // The customer as the form shows it now (id, version and partner from the last load or save).
    Customer customer() const;

public slots:
    void reload() override;
    // Asks for the new primary partner (PartnerPickerDialog), then reassignTo().
    void reassign();
    // The commission split in force today, under the primary partner.
    void showSplit();
    // A stored customer moves at once (recorded on both partners' timelines); a new customer
    // takes the partner when it is first saved. 0 = a direct customer.
    bool reassignTo(qint64 partnerId, const QString &comment = {});
    void archive();
    void restore();

signals:
    void openPartnerRequested(qint64 partnerId);

private:
    void showCustomer(const Customer &customer);
    QList<Error> validate() const;
    Status write() override;
    Status adoptStoredVersion() override;
    void setArchived(bool archived);
    QString displayName() const override;
    void afterSave() override;
    void updatePartnerLabel();
    void updateHeader();
    void updateActions();

    Database m_db;
    qint64 m_customerId;
    Customer m_customer; // as last read or written: id, version, partner, archive state

    RecordHeader *m_header = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_archiveButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QComboBox *m_segment = nullptr;
    QLabel *m_partnerLabel = nullptr;
    QLabel *m_splitLabel = nullptr;
    QPushButton *m_reassignButton = nullptr;
    QPushButton *m_openPartnerButton = nullptr;
};

} // namespace cd
