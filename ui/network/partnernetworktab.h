#pragma once

// PartnerNetworkTab: the "Network" tab of a partner's page: its parent with "Set parent…", its
// children as a lazy tree with roll-ups, and its distributors (or, for a distributor, the resellers
// it serves); it also keeps the page's breadcrumb of ancestors up to date.

#include "db/database.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeView;

namespace cd {

class BreadcrumbBar;
class NetworkTreeModel;

class PartnerNetworkTab : public QWidget
{
    Q_OBJECT
public:
    explicit PartnerNetworkTab(QWidget *parent = nullptr);

    // Shows the network around `partnerId` (0 = a new partner: nothing to show yet).
    void setPartner(const Database &db, qint64 partnerId);
    void reload();
    qint64 partnerId() const { return m_partnerId; }

    // Moves the partner under `parentId` (0 = top level) after the asker agrees; a refusal (a cycle)
    // is shown on the tab and returned.
    Status moveUnder(qint64 parentId);
    // Replaces the yes/no question (tests answer without a modal dialog).
    void setAsker(std::function<bool(const QString &question)> asker) { m_asker = std::move(asker); }

    // The page puts this under its header; the tab fills it.
    BreadcrumbBar *breadcrumb() const { return m_breadcrumb; }
    NetworkTreeModel *childrenModel() const { return m_children; }
    QTableWidget *linksTable() const { return m_links; }
    QLabel *parentLabel() const { return m_parent; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void openPartnerRequested(qint64 partnerId);
    // The partner's place in the network changed (its timeline has new events).
    void networkChanged();

private:
    void chooseParent();

    Database m_db;
    qint64 m_partnerId = 0;
    bool m_isDistributor = false;
    BreadcrumbBar *m_breadcrumb;
    QLabel *m_parent;
    QPushButton *m_setParent;
    QLabel *m_message;
    NetworkTreeModel *m_children;
    QTreeView *m_childrenView;
    QLabel *m_linksTitle;
    QTableWidget *m_links;
    std::function<bool(const QString &)> m_asker;
};

} // namespace cd
