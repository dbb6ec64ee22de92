#pragma once

// NewAgreementDialog: starts an agreement: the partner (picked by searching), type, owner and,
// optionally, the first contract period; creates it in stage Prepared on OK.

#include "agreements/agreement.h"
#include "db/database.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;

namespace cd {

class NewAgreementDialog : public QDialog
{
    Q_OBJECT
public:
    // `partnerId` preselects the partner (from a partner's page); 0 = choose one.
    NewAgreementDialog(const Database &db, qint64 partnerId = 0, QWidget *parent = nullptr);

    void setPartner(qint64 partnerId);
    qint64 partnerId() const { return m_partnerId; }
    QComboBox *typeCombo() const { return m_type; }
    QComboBox *ownerCombo() const { return m_owner; }
    QCheckBox *periodCheck() const { return m_withPeriod; }
    QDateEdit *startEdit() const { return m_start; }
    QDateEdit *endEdit() const { return m_end; }
    QLabel *errorLabel() const { return m_error; }

    // Creates the agreement from the fields (what OK does); the created one once it succeeded.
    Result<Agreement> create();
    Agreement created() const { return m_created; }

    void accept() override;

private:
    void choosePartner();

    Database m_db;
    qint64 m_partnerId = 0;
    Agreement m_created;
    QLabel *m_partner;
    QPushButton *m_choose;
    QComboBox *m_type;
    QComboBox *m_owner;
    QCheckBox *m_withPeriod;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QSpinBox *m_notice;
    QCheckBox *m_autoRenew;
    QSpinBox *m_months;
    QLabel *m_error;
};

} // namespace cd
