#pragma once

// The partner page's "Commissions" and "Payouts" tabs below the commission terms: the partner's
// statements of every settled period (drill into one on the Commissions page) and the payouts that
// paid it.

#include "db/database.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace cd {

class StatementTableModel;

class PartnerStatementsView : public QWidget
{
    Q_OBJECT
public:
    explicit PartnerStatementsView(QWidget *parent = nullptr);
    // Reads the partner's own plan and statements (0: a partner not saved yet shows none).
    Status setPartner(const Database &db, qint64 partnerId);
    StatementTableModel *model() const { return m_model; }
    // Gives the partner the plan chosen in the list (or none) from the first open period on.
    Status assignPlan(qint64 planId);
    QComboBox *planBox() const { return m_plan; }

private:
    Database m_db;
    qint64 m_partnerId = 0;
    QComboBox *m_plan;
    QPushButton *m_assign;
    QLabel *m_planHint;
    StatementTableModel *m_model;
    QTableView *m_view;
    QLabel *m_hint;
};

class PartnerPayoutsView : public QWidget
{
    Q_OBJECT
public:
    explicit PartnerPayoutsView(QWidget *parent = nullptr);
    Status setPartner(const Database &db, qint64 partnerId);
    QStandardItemModel *model() const { return m_model; }

private:
    QStandardItemModel *m_model;
    QTableView *m_view;
    QLabel *m_hint;
};

} // namespace cd
