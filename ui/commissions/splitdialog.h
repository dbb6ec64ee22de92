#pragma once

// SplitDialog: the customer page's commission split: which partners share the customer's sales
// and by how much, from which day. The sum is shown as the shares are typed and OK stays off until
// they make exactly 100 %.

#include "db/database.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace cd {

// Sets a rule's "from" field to the first day of the first period not yet settled (today's month
// when nothing is settled).
void setToFirstOpenDay(QDateEdit *edit, const Database &db);

class SplitDialog : public QDialog
{
    Q_OBJECT
public:
    SplitDialog(const Database &db, qint64 customerId, QWidget *parent = nullptr);

    // Partner code and share in percent, one pair per row (tests and scripts).
    void setShares(const QList<std::pair<QString, QString>> &shares);
    void setFrom(const QDate &date);
    // The live check: empty when the shares make 100 %, else why not.
    QString problem() const;
    // Stores the split (an empty table ends it).
    Status apply();

    void accept() override;

private:
    void addRow(const QString &code = {}, const QString &share = {});
    void update();

    Database m_db;
    qint64 m_customerId;
    QTableWidget *m_table;
    QLabel *m_sum;
    QDateEdit *m_from;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace cd
