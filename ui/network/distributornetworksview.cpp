#include "distributornetworksview.h"

#include "network/networkstore.h"
#include "partners/partnerpickerdialog.h"
#include "partners/partnertablemodel.h"
#include "shared/actioncommand.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cd {

namespace {

enum ResellerColumn { ResellerName, ResellerCode, ResellerFocus, ResellerSince, ResellerColumns };
constexpr int DistributorIdRole = Qt::UserRole + 1;

} // namespace

DistributorNetworksView::DistributorNetworksView(QWidget *parent)
    : QWidget(parent)
    , m_distributorModel(new PartnerTableModel(this))
    , m_distributorTable(new QTableView)
    , m_search(new QLineEdit)
    , m_searchDelay(new QTimer(this))
    , m_summary(new QLabel)
    , m_resellers(new QTableWidget(0, ResellerColumns))
    , m_linkButton(new QPushButton(tr("&Link Reseller…")))
    , m_focusButton(new QPushButton(tr("Edit &Focus…")))
    , m_unlinkButton(new QPushButton(tr("&Unlink…")))
    , m_openButton(new QPushButton(tr("&Open Partner")))
    , m_treeButton(new QPushButton(tr("Show in &Tree")))
{
    m_search->setObjectName(QStringLiteral("distributorSearch"));
    m_search->setPlaceholderText(tr("Find a distributor"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);

    m_distributorTable->setObjectName(QStringLiteral("distributorTable"));
    m_distributorTable->setModel(m_distributorModel);
    m_distributorTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_distributorTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_distributorTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_distributorTable->setSortingEnabled(true);
    m_distributorTable->verticalHeader()->hide();
    m_distributorTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_distributorTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_distributorTable->setWordWrap(false);
    m_distributorTable->horizontalHeader()->setStretchLastSection(true);
    // A distributor list needs only who and where; the directory has every column.
    for (int c = 0; c < m_distributorModel->columnCount(); ++c) {
        const PartnerColumn kind = PartnerTableModel::columnKind(c);
        m_distributorTable->setColumnHidden(c,
            kind != PartnerColumn::Code && kind != PartnerColumn::Name && kind != PartnerColumn::City
                && kind != PartnerColumn::Country);
    }
    const int digit = fontMetrics().horizontalAdvance(QStringLiteral("0"));
    m_distributorTable->sortByColumn(PartnerTableModel::columnOf(PartnerColumn::Name), Qt::AscendingOrder);
    m_distributorTable->setColumnWidth(PartnerTableModel::columnOf(PartnerColumn::Code), digit * 12);
    m_distributorTable->setColumnWidth(PartnerTableModel::columnOf(PartnerColumn::Name), digit * 26);
    m_distributorTable->setColumnWidth(PartnerTableModel::columnOf(PartnerColumn::City), digit * 14);

    m_resellers->setObjectName(QStringLiteral("resellerTable"));
    m_resellers->setHorizontalHeaderLabels({tr("Reseller"), tr("Code"), tr("Focus"), tr("Linked since")});
    m_resellers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resellers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resellers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resellers->verticalHeader()->hide();
    m_resellers->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_resellers->setWordWrap(false);
    m_resellers->horizontalHeader()->setSectionResizeMode(ResellerFocus, QHeaderView::Stretch);
    m_resellers->setColumnWidth(ResellerName, digit * 28);
    m_resellers->setColumnWidth(ResellerCode, digit * 13);
    m_resellers->setColumnWidth(ResellerSince, digit * 12);
    m_summary->setObjectName(QStringLiteral("distributorSummary"));
    m_summary->setWordWrap(true);
    m_linkButton->setObjectName(QStringLiteral("linkButton"));
    m_unlinkButton->setObjectName(QStringLiteral("unlinkButton"));
    m_focusButton->setObjectName(QStringLiteral("focusButton"));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 3, 6);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_distributorTable, 1);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(3, 6, 6, 6);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_resellers, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_linkButton);
    buttons->addWidget(m_focusButton);
    buttons->addWidget(m_unlinkButton);
    buttons->addStretch(1);
    buttons->addWidget(m_treeButton);
    buttons->addWidget(m_openButton);
    rightLayout->addLayout(buttons);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_asker = [this](const QString &question) {
        return QMessageBox::question(this, tr("Distributor Networks"), question,
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &DistributorNetworksView::applySearch);
    connect(m_distributorTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &DistributorNetworksView::showResellers);
    connect(
        m_distributorModel, &QAbstractItemModel::modelReset, this, &DistributorNetworksView::showResellers);
    connect(m_resellers, &QTableWidget::itemSelectionChanged, this, &DistributorNetworksView::updateButtons);
    connect(m_resellers, &QTableWidget::cellDoubleClicked, this, [this] {
        if (const qint64 id = currentResellerId())
            emit openPartnerRequested(id);
    });
    connect(m_distributorTable, &QTableView::doubleClicked, this, [this] {
        if (const qint64 id = currentDistributorId())
            emit openPartnerRequested(id);
    });
    connect(m_linkButton, &QPushButton::clicked, this, &DistributorNetworksView::chooseReseller);
    connect(m_focusButton, &QPushButton::clicked, this, &DistributorNetworksView::editFocus);
    connect(m_unlinkButton, &QPushButton::clicked, this, &DistributorNetworksView::unlink);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const qint64 id = currentResellerId() ? currentResellerId() : currentDistributorId();
        if (id)
            emit openPartnerRequested(id);
    });
    connect(m_treeButton, &QPushButton::clicked, this, [this] {
        const qint64 id = currentResellerId() ? currentResellerId() : currentDistributorId();
        if (id)
            emit showInTreeRequested(id);
    });
    updateButtons();
}

void DistributorNetworksView::setDatabase(const Database &db)
{
    m_db = db;
    m_distributorModel->setDatabase(db);
    applySearch();
}

void DistributorNetworksView::refresh()
{
    const qint64 current = currentDistributorId();
    m_distributorModel->refresh();
    if (current)
        selectDistributor(current);
    showResellers();
}

void DistributorNetworksView::applySearch()
{
    PartnerFilter filter;
    filter.kind = PartnerKind::Distributor;
    filter.search = m_search->text();
    m_distributorModel->setFilter(filter);
    if (m_distributorModel->rowCount() > 0 && !m_distributorTable->currentIndex().isValid())
        m_distributorTable->setCurrentIndex(
            m_distributorModel->index(0, PartnerTableModel::columnOf(PartnerColumn::Name)));
}

bool DistributorNetworksView::selectDistributor(qint64 distributorId)
{
    // Distributors are few next to partners; the first pages are where a search puts them.
    for (int row = 0; row < m_distributorModel->rowCount() && row < 5000; ++row) {
        if (m_distributorModel->partnerId(row) == distributorId) {
            m_distributorTable->setCurrentIndex(
                m_distributorModel->index(row, PartnerTableModel::columnOf(PartnerColumn::Name)));
            return true;
        }
    }
    return false;
}

qint64 DistributorNetworksView::currentDistributorId() const
{
    const QModelIndex current = m_distributorTable->currentIndex();
    return current.isValid() ? m_distributorModel->partnerId(current.row()) : 0;
}

qint64 DistributorNetworksView::currentResellerId() const
{
    const int row = m_resellers->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_resellers->item(row, ResellerName) : nullptr;
    return item && item->isSelected() ? item->data(DistributorIdRole).toLongLong() : 0;
}

void DistributorNetworksView::showResellers()
{
    m_resellers->setRowCount(0);
    const qint64 distributor = currentDistributorId();
    if (!m_db.isOpen() || distributor == 0) {
        m_summary->setText(m_db.isOpen() ? tr("No distributor is selected.") : QString());
        updateButtons();
        return;
    }
    const NetworkStore store(m_db);
    auto links = store.resellersOf(distributor, false, MaxResellersShown);
    auto count = store.resellerCount(distributor);
    if (!links || !count) {
        m_summary->setText((!links ? links.error() : count.error()).message);
        updateButtons();
        return;
    }
    const auto row = m_distributorModel->partnerRow(m_distributorTable->currentIndex().row());
    const QString name = row ? row->name : QString();
    if (count.value() > links->size())
        m_summary->setText(
            tr("%1 serves %2 resellers; the first %3 are listed.")
                .arg(name, QLocale().toString(count.value()), QLocale().toString(links->size())));
    else
        m_summary->setText(tr("%1 serves %n reseller(s).", nullptr, int(count.value())).arg(name));
    m_resellers->setRowCount(int(links->size()));
    const QLocale locale;
    for (int r = 0; r < links->size(); ++r) {
        const DistributorLink &l = links->at(r);
        auto *nameItem = new QTableWidgetItem(l.resellerName);
        nameItem->setData(DistributorIdRole, l.resellerId);
        m_resellers->setItem(r, ResellerName, nameItem);
        m_resellers->setItem(r, ResellerCode, new QTableWidgetItem(l.resellerCode));
        m_resellers->setItem(r, ResellerFocus, new QTableWidgetItem(l.focus));
        m_resellers->setItem(r, ResellerSince,
            new QTableWidgetItem(locale.toString(l.createdAt.toLocalTime().date(), QLocale::ShortFormat)));
    }
    updateButtons();
}

void DistributorNetworksView::updateButtons()
{
    const bool distributor = currentDistributorId() != 0;
    const bool reseller = currentResellerId() != 0;
    m_linkButton->setEnabled(distributor);
    m_focusButton->setEnabled(reseller);
    m_unlinkButton->setEnabled(reseller);
    m_openButton->setEnabled(distributor);
    m_treeButton->setEnabled(distributor);
}

Status DistributorNetworksView::link(qint64 resellerId, const QString &focus)
{
    const qint64 distributor = currentDistributorId();
    if (Status s = linkPair(distributor, resellerId, focus); !s)
        return s;
    pushUndo(
        tr("Link %1 to %2").arg(labelOf(resellerId), labelOf(distributor)),
        [=, this] { return linkPair(distributor, resellerId, focus); },
        [=, this] { return unlinkPair(distributor, resellerId); });
    return {};
}

Status DistributorNetworksView::unlinkCurrent()
{
    const qint64 distributor = currentDistributorId();
    const qint64 reseller = currentResellerId();
    // The focus comes back with an undone unlink.
    auto link = NetworkStore(m_db).activeLink(distributor, reseller);
    if (!link) {
        showError(link.error());
        return link.error();
    }
    const QString focus = link->focus;
    if (Status s = unlinkPair(distributor, reseller); !s)
        return s;
    pushUndo(
        tr("Unlink %1 from %2").arg(labelOf(reseller), labelOf(distributor)),
        [=, this] { return unlinkPair(distributor, reseller); },
        [=, this] { return linkPair(distributor, reseller, focus); });
    return {};
}

Status DistributorNetworksView::linkPair(qint64 distributorId, qint64 resellerId, const QString &focus)
{
    auto linked = NetworkStore(m_db).link(distributorId, resellerId, focus.trimmed());
    if (!linked) {
        showError(linked.error());
        return linked.error();
    }
    if (currentDistributorId() != distributorId)
        selectDistributor(distributorId);
    showResellers();
    for (int r = 0; r < m_resellers->rowCount(); ++r) {
        if (m_resellers->item(r, ResellerName)->data(DistributorIdRole).toLongLong() == resellerId)
            m_resellers->selectRow(r);
    }
    return {};
}

Status DistributorNetworksView::unlinkPair(qint64 distributorId, qint64 resellerId)
{
    if (Status s = NetworkStore(m_db).unlink(distributorId, resellerId); !s) {
        showError(s.error());
        return s;
    }
    if (currentDistributorId() != distributorId)
        selectDistributor(distributorId);
    showResellers();
    return {};
}

// "CODE Name" for the Edit menu's undo text; the id when the partner cannot be read.
QString DistributorNetworksView::labelOf(qint64 partnerId) const
{
    auto label = NetworkStore(m_db).label(partnerId);
    return label ? label.value() : QString::number(partnerId);
}

void DistributorNetworksView::pushUndo(
    const QString &text, std::function<Status()> redo, std::function<Status()> undo)
{
    // Errors of undo and redo were shown by linkPair/unlinkPair already.
    if (m_undo)
        m_undo->push(new ActionCommand(text, std::move(redo), std::move(undo), {}));
}

Status DistributorNetworksView::setCurrentFocus(const QString &focus)
{
    const qint64 reseller = currentResellerId();
    auto changed = NetworkStore(m_db).setFocus(currentDistributorId(), reseller, focus.trimmed());
    if (!changed) {
        showError(changed.error());
        return changed.error();
    }
    showResellers();
    for (int r = 0; r < m_resellers->rowCount(); ++r) {
        if (m_resellers->item(r, ResellerName)->data(DistributorIdRole).toLongLong() == reseller)
            m_resellers->selectRow(r);
    }
    return {};
}

void DistributorNetworksView::chooseReseller()
{
    PartnerPickerDialog picker(m_db, currentDistributorId(), this);
    picker.setWindowTitle(tr("Link a Reseller"));
    picker.setNoPartnerText({});
    picker.setCommentVisible(false);
    if (picker.exec() != QDialog::Accepted || picker.partnerId() == 0)
        return;
    bool ok = false;
    const QString focus = QInputDialog::getText(this, tr("Link a Reseller"),
        tr("Territory or product focus of this link (optional):"), QLineEdit::Normal, {}, &ok);
    if (ok)
        (void)link(picker.partnerId(), focus);
}

void DistributorNetworksView::editFocus()
{
    const int row = m_resellers->currentRow();
    if (row < 0)
        return;
    bool ok = false;
    const QString focus = QInputDialog::getText(this, tr("Edit Focus"), tr("Territory or product focus:"),
        QLineEdit::Normal, m_resellers->item(row, ResellerFocus)->text(), &ok);
    if (ok)
        (void)setCurrentFocus(focus);
}

void DistributorNetworksView::unlink()
{
    const int row = m_resellers->currentRow();
    if (row < 0)
        return;
    const QString question = tr("End the link between this distributor and %1? Leads keep their attribution.")
                                 .arg(m_resellers->item(row, ResellerName)->text());
    if (m_asker && m_asker(question))
        (void)unlinkCurrent();
}

void DistributorNetworksView::showError(const Error &error)
{
    m_summary->setText(error.message);
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Distributor Networks"), error.message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("distributorErrorBox"));
    box->open();
}

} // namespace cd
