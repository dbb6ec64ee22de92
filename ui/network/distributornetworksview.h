#pragma once

// DistributorNetworksView: every distributor (a paged, searchable list) beside the resellers it
// serves with each link's focus note; links are added, re-focused and ended here through the core.

#include "db/database.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace cd {

class PartnerTableModel;

class DistributorNetworksView : public QWidget
{
    Q_OBJECT
public:
    // Shown at most for one distributor; more are counted and the user is told.
    static constexpr int MaxResellersShown = 1000;

    explicit DistributorNetworksView(QWidget *parent = nullptr);

    void setDatabase(const Database &db);
    void refresh();

    // Selects the distributor in the list and shows its resellers; false when it is not listed.
    bool selectDistributor(qint64 distributorId);
    qint64 currentDistributorId() const;
    qint64 currentResellerId() const;

    // Links through the core; the view lists the reseller at once. Errors are returned and shown.
    Status link(qint64 resellerId, const QString &focus);
    Status unlinkCurrent();
    Status setCurrentFocus(const QString &focus);

    // Replaces the yes/no question and the focus prompt (tests answer without modal dialogs).
    void setAsker(std::function<bool(const QString &question)> asker) { m_asker = std::move(asker); }

    PartnerTableModel *distributorModel() const { return m_distributorModel; }
    QTableView *distributorTable() const { return m_distributorTable; }
    QTableWidget *resellerTable() const { return m_resellers; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    void openPartnerRequested(qint64 partnerId);
    void showInTreeRequested(qint64 partnerId);

private:
    void applySearch();
    void showResellers();
    void updateButtons();
    void chooseReseller();
    void editFocus();
    void unlink();
    void showError(const Error &error);

    Database m_db;
    PartnerTableModel *m_distributorModel;
    QTableView *m_distributorTable;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QLabel *m_summary;
    QTableWidget *m_resellers;
    QPushButton *m_linkButton;
    QPushButton *m_focusButton;
    QPushButton *m_unlinkButton;
    QPushButton *m_openButton;
    QPushButton *m_treeButton;
    std::function<bool(const QString &)> m_asker;
};

} // namespace cd
