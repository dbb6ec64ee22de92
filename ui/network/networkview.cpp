#include "networkview.h"

#include "distributornetworksview.h"
#include "network/networkstore.h"
#include "network/networktree.h"
#include "networktreemodel.h"
#include "partners/partnerpickerdialog.h"
#include "partners/partnersearchmodel.h"
#include "shared/actioncommand.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cd {

NetworkView::NetworkView(QWidget *parent)
    : ListPage(parent)
    , m_model(new NetworkTreeModel(this))
    , m_searchModel(new PartnerSearchModel(this))
    , m_tabs(new QTabWidget(this))
    , m_tree(new QTreeView)
    , m_search(new QLineEdit)
    , m_completer(new QCompleter(this))
    , m_searchDelay(new QTimer(this))
    , m_status(new QLabel)
    , m_distributors(new DistributorNetworksView)
    , m_undo(new QUndoStack(this))
{
    m_model->setBackgroundRollups(true);
    m_distributors->setUndoStack(m_undo);
    m_search->setObjectName(QStringLiteral("networkSearch"));
    m_search->setPlaceholderText(tr("Find a partner in the network by code, name or city"));
    m_search->setClearButtonEnabled(true);
    m_searchModel->setLimit(20);
    m_completer->setModel(m_searchModel);
    // The search model already filters in the database; the completer only shows its rows.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_search->setCompleter(m_completer);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);

    m_tree->setObjectName(QStringLiteral("networkTree"));
    m_tree->setModel(m_model);
    // Equal row heights let the view lay out a branch of thousands without measuring each row.
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAlternatingRowColors(true);
    m_tree->setIndentation(fontMetrics().averageCharWidth() * 2);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(NetworkTreeModel::NameColumn, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QStringLiteral("0"));
    m_tree->setColumnWidth(NetworkTreeModel::CodeColumn, digit * 11);
    m_tree->setColumnWidth(NetworkTreeModel::KindColumn, digit * 11);
    m_tree->setColumnWidth(NetworkTreeModel::LevelColumn, digit * 6);
    m_tree->setColumnWidth(NetworkTreeModel::PartnersColumn, digit * 9);
    m_tree->setColumnWidth(NetworkTreeModel::CustomersColumn, digit * 11);
    m_tree->setColumnWidth(NetworkTreeModel::OpenLeadsColumn, digit * 11);
    m_tree->setColumnWidth(NetworkTreeModel::WonValueColumn, digit * 14);
    m_status->setObjectName(QStringLiteral("networkStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);

    auto *hierarchy = new QWidget;
    auto *hierarchyLayout = new QVBoxLayout(hierarchy);
    hierarchyLayout->setContentsMargins(6, 6, 6, 6);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    hierarchyLayout->addLayout(bar);
    hierarchyLayout->addWidget(m_tree, 1);
    hierarchyLayout->addWidget(m_status);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(hierarchy, tr("&Hierarchy"));
    m_tabs->addTab(m_distributors, tr("&Distributor networks"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_asker = [this](const QString &question) {
        return QMessageBox::question(
                   this, tr("Move Partner"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    m_model->setMoveConfirmer([this](qint64 id, qint64 parentId) { return confirmMove(id, parentId); });
    connect(m_model, &NetworkTreeModel::moveFailed, this, &NetworkView::showError);
    connect(m_model, &NetworkTreeModel::partnerMoved, this, [this](qint64 id, qint64) {
        // The moved partner stays under the cursor in its new place (read if its branch was not).
        revealPartner(id);
        emit partnerMoved(id);
    });
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &NetworkView::runSearch);
    connect(m_search, &QLineEdit::returnPressed, this, &NetworkView::revealFirstMatch);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) {
            revealPartner(index.data(PartnerSearchModel::IdRole).toLongLong());
        });
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->partnerId(index))
            emit openPartnerRequested(id);
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &NetworkView::showContextMenu);
    connect(m_distributors, &DistributorNetworksView::openPartnerRequested, this,
        &NetworkView::openPartnerRequested);
    connect(m_distributors, &DistributorNetworksView::showInTreeRequested, this, [this](qint64 id) {
        m_tabs->setCurrentIndex(0);
        revealPartner(id);
    });
}

NetworkView::~NetworkView() = default;

QString NetworkView::title() const
{
    return tr("Network");
}

void NetworkView::setDatabase(const Database &db)
{
    m_db = db;
    m_model->setDatabase(db);
    m_searchModel->setDatabase(db);
    m_distributors->setDatabase(db);
    m_lastMessage.clear();
    updateStatus();
}

void NetworkView::refresh()
{
    const qint64 current = currentPartnerId();
    m_model->reload();
    m_distributors->refresh();
    if (current != 0)
        revealPartner(current);
    updateStatus();
}

qint64 NetworkView::currentPartnerId() const
{
    return m_model->partnerId(m_tree->currentIndex());
}

bool NetworkView::revealPartner(qint64 partnerId)
{
    const QModelIndex found = m_model->reveal(partnerId);
    if (!found.isValid()) {
        //: Status line under the network tree
        m_status->setText(tr("“%1” is not in the network (archived or unknown).").arg(labelOf(partnerId)));
        return false;
    }
    for (QModelIndex up = found.parent(); up.isValid(); up = up.parent())
        m_tree->expand(up);
    m_tree->setCurrentIndex(found);
    m_tree->scrollTo(found, QAbstractItemView::PositionAtCenter);
    updateStatus();
    return true;
}

void NetworkView::runSearch()
{
    if (!m_db.isOpen())
        return;
    if (Status s = m_searchModel->setSearch(m_search->text()); !s) {
        m_status->setText(s.error().message);
        return;
    }
    if (!m_search->text().trimmed().isEmpty() && m_search->hasFocus())
        m_completer->complete();
}

void NetworkView::revealFirstMatch()
{
    m_searchDelay->stop();
    if (m_search->text().trimmed().isEmpty())
        return;
    if (Status s = m_searchModel->setSearch(m_search->text()); !s) {
        m_status->setText(s.error().message);
        return;
    }
    if (m_searchModel->rowCount() == 0) {
        m_status->setText(tr("No partner matches “%1”.").arg(m_search->text().trimmed()));
        return;
    }
    revealPartner(m_searchModel->partnerId(0));
}

QString NetworkView::labelOf(qint64 partnerId) const
{
    if (partnerId == 0)
        return {};
    auto node = NetworkTree(m_db).node(partnerId);
    if (!node)
        return QString::number(partnerId);
    //: A partner in a message: name, account number
    return tr("%1 (%2)").arg(node->name, node->code);
}

bool NetworkView::confirmMove(qint64 partnerId, qint64 newParentId)
{
    // The core's check first: a refused move is explained, not asked about.
    if (Status legal = NetworkStore(m_db).checkMove(partnerId, newParentId); !legal) {
        showError(legal.error().message);
        return false;
    }
    const QString question = newParentId == 0
        ? tr("Move %1 to the top level of the network?").arg(labelOf(partnerId))
        : tr("Move %1 under %2?").arg(labelOf(partnerId), labelOf(newParentId));
    return m_asker && m_asker(question);
}

bool NetworkView::moveWithConfirmation(qint64 partnerId, qint64 newParentId)
{
    if (!confirmMove(partnerId, newParentId))
        return false;
    auto before = NetworkTree(m_db).node(partnerId);
    if (!before) {
        showError(before.error().message);
        return false;
    }
    const qint64 oldParentId = before->parentId;
    if (Status s = m_model->movePartner(partnerId, newParentId); !s) {
        showError(s.error().message);
        return false;
    }
    // Undo puts the partner back under its old parent, through the same checks as any move.
    const auto move = [this, partnerId](qint64 parentId) {
        return [this, partnerId, parentId] { return m_model->movePartner(partnerId, parentId); };
    };
    m_undo->push(new ActionCommand(tr("Move %1").arg(labelOf(partnerId)), move(newParentId),
        move(oldParentId), [this](const Error &e) { showError(e.message); }));
    return true;
}

void NetworkView::showError(const QString &message)
{
    m_lastMessage = message;
    m_status->setText(message);
    auto *box = findChild<QMessageBox *>(QStringLiteral("moveErrorBox"));
    if (!box) {
        box = new QMessageBox(QMessageBox::Warning, tr("Cannot Move Partner"), {}, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("moveErrorBox"));
    }
    box->setText(message);
    // Window-modal and not blocking: the drop finishes, the user reads why.
    box->open();
}

void NetworkView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    const qint64 id = m_model->partnerId(index);
    if (id == 0)
        return;
    QMenu menu(this);
    menu.addAction(tr("&Open Partner"), this, [this, id] { emit openPartnerRequested(id); });
    menu.addSeparator();
    menu.addAction(tr("&Move to…"), this, [this, id] { moveToChosenParent(id); });
    QAction *detach = menu.addAction(tr("&Detach"), this, [this, id] { moveWithConfirmation(id, 0); });
    detach->setStatusTip(tr("Make the partner a top-level partner, with its branch"));
    detach->setEnabled(index.data(NetworkTreeModel::ParentIdRole).toLongLong() != 0);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void NetworkView::moveToChosenParent(qint64 partnerId)
{
    const qint64 currentParent
        = m_model->indexOfPartner(partnerId).data(NetworkTreeModel::ParentIdRole).toLongLong();
    PartnerPickerDialog picker(m_db, currentParent, this);
    picker.setWindowTitle(tr("Move %1 to…").arg(labelOf(partnerId)));
    picker.setNoPartnerText(tr("&No parent: a top-level partner"));
    picker.setCommentVisible(false);
    if (picker.exec() != QDialog::Accepted)
        return;
    moveWithConfirmation(partnerId, picker.partnerId());
}

void NetworkView::updateStatus()
{
    if (!m_db.isOpen()) {
        m_status->clear();
        return;
    }
    m_status->setText(tr("Drag a partner onto another to move it with its branch; drop it on the empty area "
                         "to make it a top-level partner."));
}

} // namespace cd
