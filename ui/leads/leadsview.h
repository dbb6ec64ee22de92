#pragma once

// LeadsView: the leads page: a paged list with filters (status, partner, distributor), manual
// assignment through the partner picker, automatic routing of the selected leads or of every lead
// waiting (on a worker thread with progress), decline, conversion to a deal, and a detail dialog.

#include "db/database.h"
#include "leads/lead.h"
#include "shared/listpage.h"

#include <optional>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace cd {

class LeadTableModel;

class LeadsView : public ListPage
{
    Q_OBJECT
public:
    explicit LeadsView(QWidget *parent = nullptr);

    QString title() const override;
    void setDatabase(const Database &db) override;
    void refresh() override;

    QList<qint64> selectedLeadIds() const;
    // The actions as the buttons run them, without dialogs (tests and the buttons share them).
    Status assignSelected(qint64 partnerId);
    Status autoAssignSelected(std::optional<quint64> seed = std::nullopt);
    Status declineSelected(const QString &reason);
    Status convertSelected();
    // Routes every lead waiting for a partner on a worker thread behind a progress dialog.
    Status autoAssignAll();

    LeadTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *statusCombo() const { return m_status; }
    // Shows the leads in `status` (nullopt = any), or only the flagged ones; the other filters clear.
    void showStatus(std::optional<LeadStatus> status, bool flaggedOnly = false);
    QLabel *messageLabel() const { return m_message; }

signals:
    void openPartnerRequested(qint64 partnerId);

private:
    void applyFilter();
    void fillDistributors();
    void choosePartnerFilter();
    void assignChosen();
    void declineChosen();
    void showDetails();
    void updateButtons();
    void report(const Status &status, const QString &done);

    Database m_db;
    qint64 m_partnerFilter = 0;
    LeadTableModel *m_model;
    QTableView *m_table;
    QComboBox *m_status;
    QComboBox *m_distributor;
    QPushButton *m_partner;
    QCheckBox *m_flagged;
    QLabel *m_message;
    QPushButton *m_assign;
    QPushButton *m_auto;
    QPushButton *m_autoAll;
    QPushButton *m_decline;
    QPushButton *m_convert;
    QPushButton *m_details;
};

} // namespace cd
