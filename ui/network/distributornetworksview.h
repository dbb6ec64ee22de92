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
class QUndoStack;
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
    // Links and unlinks go on this stack as undoable steps (the network page's).
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
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
    // The core's link and unlink for one pair, then the lists shown again; for the undo steps too.
    Status linkPair(qint64 distributorId, qint64 resellerId, const QString &focus);
    Status unlinkPair(qint64 distributorId, qint64 resellerId);
    void pushUndo(const QString &text, std::function<Status()> redo, std::function<Status()> undo);
    QString labelOf(qint64 partnerId) const;

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
    QUndoStack *m_undo = nullptr;
};

} // namespace cd
