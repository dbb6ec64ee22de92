#pragma once

// OverrideDialog: a rate of their own for one customer's sales through one partner, from a day on
// (an empty rate ends the override). It wins over the partner's plans and default rate.

#include "db/database.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace cd {

class OverrideDialog : public QDialog
{
    Q_OBJECT
public:
    OverrideDialog(
        const Database &db, qint64 customerId, const QString &partnerCode, QWidget *parent = nullptr);

    void setValues(const QString &partnerCode, const QString &rate, const QDate &from);
    Status apply();
    void accept() override;

private:
    Database m_db;
    qint64 m_customerId;
    QLineEdit *m_partner;
    QLineEdit *m_rate;
    QDateEdit *m_from;
    QLabel *m_error;
};

} // namespace cd
