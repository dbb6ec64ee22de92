#pragma once

// PartnerEditor: the partner's page: a form with inline validation, contacts, customers and the
// activity timeline. Field edits are undoable; Save writes them in one transaction.

#include "db/database.h"
#include "partners/lookups.h"
#include "partners/partner.h"
#include "shared/conflictdialog.h"
#include "shared/formeditor.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QListView;
class QUndoStack;

namespace cd {

class ContactsModel;
class CountryComboBox;
class CustomerTableModel;
class EditForm;
class PartnerAgreementsTab;
class PartnerNetworkTab;
class PartnerStatementsView;
class PartnerPayoutsView;
class RecordHeader;
class TimelineModel;

class PartnerEditor : public FormEditor
{
    Q_OBJECT
public:
    // partnerId 0 = a new partner.
    PartnerEditor(const Database &db, qint64 partnerId, QWidget *parent = nullptr);
    ~PartnerEditor() override;

    qint64 recordId() const override { return partnerId(); }
    qint64 partnerId() const;

    void listsChanged() override;
    // The partner as the form shows it now (id and version from the last load or save).
    Partner partner() const;
    PartnerNetworkTab *networkTab() const { return m_network; }

public slots:
    void reload() override;
    void archive();
    void restore();

signals:
    void openCustomerRequested(qint64 customerId);
    void openPartnerRequested(qint64 partnerId); // a parent, child or distributor
    void openAgreementRequested(qint64 agreementId);
    void newAgreementRequested(qint64 partnerId);

private:
    QWidget *createProfileTab();
    QWidget *createBankTab();
    QWidget *createContactsTab();
    QWidget *createCustomersTab();
    QWidget *createTimelineTab();
    QWidget *createCommissionsTab();

    void loadLookups();
    void fillLookupCombos();
    void showPartner(const Partner &partner);
    QList<Error> validate() const;
    Status write() override;
    Status adoptStoredVersion() override;
    void setArchived(bool archived);
    void afterWrite(const Partner &stored);
    QString displayName() const override;
    void afterSave() override;
    void updateHeader();
    void updateDependentFields();
    void updateActions();
    void refreshLists();
    // After a write elsewhere on the page: the contacts and the timeline as stored now.
    void rereadLists();
    void rereadTimeline();
    void updateCustomersHint();

    void addContact();
    void editContact();
    void removeContact();

    Database m_db;
    qint64 m_partnerId;
    Partner m_partner; // as last read or written: id, version, archive state

    QList<Level> m_levels;
    QList<Activation> m_activations;
    QList<Area> m_areas;
    QList<User> m_users;

    RecordHeader *m_header = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_archiveButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QTabWidget *m_tabs = nullptr;

    QComboBox *m_area = nullptr;
    CountryComboBox *m_country = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_activation = nullptr;
    QComboBox *m_manager = nullptr;

    ContactsModel *m_contacts = nullptr;
    QTableView *m_contactsView = nullptr;
    QPushButton *m_addContact = nullptr;
    QPushButton *m_editContact = nullptr;
    QPushButton *m_removeContact = nullptr;
    QLabel *m_contactsHint = nullptr;

    CustomerTableModel *m_customers = nullptr;
    QTableView *m_customersView = nullptr;
    QLabel *m_customersHint = nullptr;

    TimelineModel *m_timeline = nullptr;
    PartnerAgreementsTab *m_agreements = nullptr;
    PartnerNetworkTab *m_network = nullptr;
    PartnerStatementsView *m_statements = nullptr;
    PartnerPayoutsView *m_payouts = nullptr;
    QListView *m_timelineView = nullptr;
};

} // namespace cd
