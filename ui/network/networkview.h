#pragma once

// NetworkView: the partner network page: the hierarchy as a lazy tree with roll-up columns, a
// search that reveals a partner in the tree, re-parenting by drag and drop or "Move to…" (always
// confirmed, cycles refused with the core's message), and the distributor networks beside it.

#include "db/database.h"
#include "shared/listpage.h"

#include <QWidget>

#include <functional>

class QCompleter;
class QLabel;
class QLineEdit;
class QMessageBox;
class QTabWidget;
class QTimer;
class QTreeView;
class QUndoStack;

namespace cd {

class DistributorNetworksView;
class NetworkTreeModel;
class PartnerSearchModel;

class NetworkView : public ListPage
{
    Q_OBJECT
public:
    // Answers a yes/no question; the default asks with a message box (tests answer directly).
    using Asker = std::function<bool(const QString &question)>;
    static constexpr int SearchDelayMs = 200;

    explicit NetworkView(QWidget *parent = nullptr);
    ~NetworkView() override;

    QString title() const override;
    void setDatabase(const Database &db) override;
    // Reads the tree again, keeping the partner under the cursor in view.
    void refresh() override;

    // Expands the partner's ancestors, selects it and scrolls to it; false when it is not in the
    // hierarchy (unknown or archived).
    bool revealPartner(qint64 partnerId);
    // Moves after asking "Move X under Y?"; a refused move (a cycle) is shown and returns false.
    bool moveWithConfirmation(qint64 partnerId, qint64 newParentId);
    void setAsker(Asker asker) { m_asker = std::move(asker); }
    // The last refusal or failure shown to the user.
    QString lastMessage() const { return m_lastMessage; }
    // Moves and distributor links, undoable while the page lives.
    QUndoStack *undoStack() const override { return m_undo; }

    qint64 currentPartnerId() const;
    NetworkTreeModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    QLineEdit *searchEdit() const override { return m_search; }
    QCompleter *completer() const { return m_completer; }
    DistributorNetworksView *distributorsView() const { return m_distributors; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void openPartnerRequested(qint64 partnerId);
    void partnerMoved(qint64 partnerId);

private:
    bool confirmMove(qint64 partnerId, qint64 newParentId);
    QString labelOf(qint64 partnerId) const;
    void showError(const QString &message);
    void runSearch();
    void revealFirstMatch();
    void showContextMenu(const QPoint &pos);
    void moveToChosenParent(qint64 partnerId);
    void updateStatus();

    Database m_db;
    NetworkTreeModel *m_model;
    PartnerSearchModel *m_searchModel;
    QTabWidget *m_tabs;
    QTreeView *m_tree;
    QLineEdit *m_search;
    QCompleter *m_completer;
    QTimer *m_searchDelay;
    QLabel *m_status;
    DistributorNetworksView *m_distributors;
    Asker m_asker;
    QString m_lastMessage;
    QUndoStack *m_undo;
};

} // namespace cd
