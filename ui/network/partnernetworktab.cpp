#include "partnernetworktab.h"

#include "network/networkstore.h"
#include "network/networktree.h"
#include "networktreemodel.h"
#include "partners/partnerpickerdialog.h"
#include "shared/breadcrumbbar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace cd {

namespace {

constexpr int PartnerIdRole = Qt::UserRole + 1;

QString nodeLabel(const NetworkNode &node)
{
    //: A partner in the network tab: name, account number
    return PartnerNetworkTab::tr("%1 (%2)").arg(node.name, node.code);
}

} // namespace

PartnerNetworkTab::PartnerNetworkTab(QWidget *parent)
    : QWidget(parent)
    , m_breadcrumb(new BreadcrumbBar(this))
    , m_parent(new QLabel)
    , m_setParent(new QPushButton(tr("Set &Parent…")))
    , m_message(new QLabel)
    , m_children(new NetworkTreeModel(this))
    , m_childrenView(new QTreeView)
    , m_linksTitle(new QLabel)
    , m_links(new QTableWidget(0, 3))
{
    m_children->setBackgroundRollups(true);
    m_parent->setObjectName(QStringLiteral("parentLabel"));
    m_parent->setTextFormat(Qt::RichText);
    m_setParent->setObjectName(QStringLiteral("setParentButton"));
    m_message->setObjectName(QStringLiteral("networkMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: palette(link)"));
    m_message->hide();
    m_childrenView->setObjectName(QStringLiteral("childrenView"));
    m_childrenView->setModel(m_children);
    m_childrenView->setUniformRowHeights(true);
    m_childrenView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_childrenView->setAlternatingRowColors(true);
    m_childrenView->header()->setStretchLastSection(false);
    m_childrenView->header()->setSectionResizeMode(NetworkTreeModel::NameColumn, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QStringLiteral("0"));
    m_childrenView->setColumnWidth(NetworkTreeModel::CodeColumn, digit * 13);
    m_childrenView->setColumnWidth(NetworkTreeModel::KindColumn, digit * 12);
    m_childrenView->setColumnWidth(NetworkTreeModel::WonValueColumn, digit * 16);
    // The depth column counts from the whole network's top, not from this page: left out here.
    m_childrenView->setColumnHidden(NetworkTreeModel::LevelColumn, true);
    m_links->setObjectName(QStringLiteral("linksTable"));
    m_links->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_links->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_links->verticalHeader()->hide();
    m_links->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_links->setColumnWidth(0, digit * 28);
    m_links->setColumnWidth(1, digit * 13);

    auto *layout = new QVBoxLayout(this);
    auto *parentRow = new QHBoxLayout;
    parentRow->addWidget(m_parent, 1);
    parentRow->addWidget(m_setParent);
    layout->addLayout(parentRow);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(tr("Partners below")));
    layout->addWidget(m_childrenView, 3);
    layout->addWidget(m_linksTitle);
    layout->addWidget(m_links, 2);

    m_asker = [this](const QString &question) {
        return QMessageBox::question(
                   this, tr("Set Parent"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    connect(m_breadcrumb, &BreadcrumbBar::partnerActivated, this, &PartnerNetworkTab::openPartnerRequested);
    connect(m_parent, &QLabel::linkActivated, this,
        [this](const QString &link) { emit openPartnerRequested(link.toLongLong()); });
    connect(m_setParent, &QPushButton::clicked, this, &PartnerNetworkTab::chooseParent);
    connect(m_childrenView, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_children->partnerId(index))
            emit openPartnerRequested(id);
    });
    connect(m_links, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (const QTableWidgetItem *item = m_links->item(row, 0))
            emit openPartnerRequested(item->data(PartnerIdRole).toLongLong());
    });
}

void PartnerNetworkTab::setPartner(const Database &db, qint64 partnerId)
{
    m_db = db;
    m_partnerId = partnerId;
    reload();
}

void PartnerNetworkTab::reload()
{
    m_links->setRowCount(0);
    setEnabled(m_partnerId != 0 && m_db.isOpen());
    if (m_partnerId == 0 || !m_db.isOpen()) {
        m_breadcrumb->setTrail({}, {});
        m_parent->setText(tr("A new partner joins the network once it is saved."));
        m_children->setDatabase(Database());
        m_linksTitle->clear();
        return;
    }
    const NetworkTree tree(m_db);
    auto self = tree.node(m_partnerId);
    auto ancestors = tree.ancestors(m_partnerId);
    if (!self || !ancestors) {
        m_parent->setText((!self ? self.error() : ancestors.error()).message);
        return;
    }
    QList<BreadcrumbBar::Crumb> crumbs;
    for (const NetworkNode &a : ancestors.value())
        crumbs.append({a.id, a.name});
    m_breadcrumb->setTrail(crumbs, self->name);
    if (ancestors->isEmpty()) {
        m_parent->setText(tr("Top-level partner: no parent."));
    } else {
        const NetworkNode &p = ancestors->last();
        m_parent->setText(
            tr("Parent: %1")
                .arg(QStringLiteral("<a href=\"%1\">%2</a>").arg(p.id).arg(nodeLabel(p).toHtmlEscaped())));
    }

    m_children->setRootPartner(m_partnerId);
    if (m_children->database().path() != m_db.path() || !m_children->database().isOpen())
        m_children->setDatabase(m_db);

    m_isDistributor = self->kind == Partner::kindKey(PartnerKind::Distributor);
    const NetworkStore store(m_db);
    auto links = m_isDistributor ? store.resellersOf(m_partnerId) : store.distributorsOf(m_partnerId);
    if (!links) {
        m_linksTitle->setText(links.error().message);
        return;
    }
    m_linksTitle->setText(m_isDistributor ? tr("Resellers served (%1)").arg(QLocale().toString(links->size()))
                                          : tr("Distributors (%1)").arg(QLocale().toString(links->size())));
    m_links->setHorizontalHeaderLabels(
        {m_isDistributor ? tr("Reseller") : tr("Distributor"), tr("Code"), tr("Focus")});
    m_links->setRowCount(int(links->size()));
    for (int r = 0; r < links->size(); ++r) {
        const DistributorLink &l = links->at(r);
        const qint64 other = m_isDistributor ? l.resellerId : l.distributorId;
        auto *name = new QTableWidgetItem(m_isDistributor ? l.resellerName : l.distributorName);
        name->setData(PartnerIdRole, other);
        m_links->setItem(r, 0, name);
        m_links->setItem(r, 1, new QTableWidgetItem(m_isDistributor ? l.resellerCode : l.distributorCode));
        m_links->setItem(r, 2, new QTableWidgetItem(l.focus));
    }
}

Status PartnerNetworkTab::moveUnder(qint64 parentId)
{
    m_message->hide();
    const NetworkStore store(m_db);
    Status legal = store.checkMove(m_partnerId, parentId);
    if (legal) {
        const NetworkTree tree(m_db);
        auto self = tree.node(m_partnerId);
        auto parent = parentId ? tree.node(parentId) : Result<NetworkNode>(NetworkNode {});
        const QString selfText = self ? nodeLabel(self.value()) : QString();
        const QString question = parentId == 0
            ? tr("Move %1 to the top level of the network?").arg(selfText)
            : tr("Move %1 under %2?").arg(selfText, parent ? nodeLabel(parent.value()) : QString());
        if (!m_asker || !m_asker(question))
            return Error::make(Error::Code::Cancelled, tr("The partner was not moved."));
        legal = store.setParent(m_partnerId, parentId);
    }
    if (!legal) {
        m_message->setText(legal.error().message);
        m_message->show();
        return legal;
    }
    reload();
    emit networkChanged();
    return {};
}

void PartnerNetworkTab::chooseParent()
{
    auto ancestors = NetworkTree(m_db).ancestors(m_partnerId);
    const qint64 currentParent = ancestors && !ancestors->isEmpty() ? ancestors->last().id : 0;
    PartnerPickerDialog picker(m_db, currentParent, this);
    picker.setWindowTitle(tr("Set Parent"));
    picker.setNoPartnerText(tr("&No parent: a top-level partner"));
    picker.setCommentVisible(false);
    if (picker.exec() == QDialog::Accepted)
        (void)moveUnder(picker.partnerId());
}

} // namespace cd
