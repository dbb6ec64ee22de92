#include "leadsview.h"

#include "leads/leadrouter.h"
#include "leads/leadstore.h"
#include "leadtablemodel.h"
#include "network/networkscope.h"
#include "partners/partnerpickerdialog.h"
#include "shared/jobprogressdialog.h"
#include "shared/moneytext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

LeadsView::LeadsView(QWidget *parent)
    : ListPage(parent)
    , m_model(new LeadTableModel(this))
    , m_table(new QTableView)
    , m_status(new QComboBox)
    , m_distributor(new QComboBox)
    , m_partner(new QPushButton(tr("Any partner")))
    , m_flagged(new QCheckBox(tr("Only &flagged")))
    , m_message(new QLabel)
    , m_assign(new QPushButton(tr("&Assign…")))
    , m_auto(new QPushButton(tr("Assign Au&tomatically")))
    , m_autoAll(new QPushButton(tr("Route All &Waiting…")))
    , m_decline(new QPushButton(tr("&Decline…")))
    , m_convert(new QPushButton(tr("Con&vert to Deal")))
    , m_details(new QPushButton(tr("De&tails…")))
{
    m_status->setObjectName(QStringLiteral("leadStatusFilter"));
    m_status->addItem(tr("Any status"), -1);
    for (LeadStatus s : Lead::allStatuses())
        m_status->addItem(Lead::statusLabel(s), int(s));
    m_partner->setToolTip(tr("Show only the leads of one partner; choose again to clear"));
    m_table->setObjectName(QStringLiteral("leadTable"));
    m_model->setBackgroundReads(true); // pages are read on a worker
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Sorted in the database; newest first until the user clicks a header.
    m_table->horizontalHeader()->setSortIndicator(LeadTableModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    const int digit = fontMetrics().horizontalAdvance(QStringLiteral("0"));
    m_table->setColumnWidth(LeadTableModel::CompanyColumn, digit * 28);
    m_table->setColumnWidth(LeadTableModel::CountryColumn, digit * 8);
    m_table->setColumnWidth(LeadTableModel::ValueColumn, digit * 16);
    m_table->setColumnWidth(LeadTableModel::StatusColumn, digit * 24);
    m_table->setColumnWidth(LeadTableModel::PartnerColumn, digit * 24);
    m_table->setColumnWidth(LeadTableModel::DistributorColumn, digit * 24);
    m_message->setObjectName(QStringLiteral("leadMessage"));
    m_message->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Status:")));
    filters->addWidget(m_status);
    filters->addWidget(new QLabel(tr("Submitted by:")));
    filters->addWidget(m_distributor, 1);
    filters->addWidget(m_partner);
    filters->addWidget(m_flagged);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_assign, m_auto, m_decline, m_convert, m_details})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_autoAll);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);

    connect(m_status, &QComboBox::currentIndexChanged, this, &LeadsView::applyFilter);
    connect(m_distributor, &QComboBox::currentIndexChanged, this, &LeadsView::applyFilter);
    connect(m_flagged, &QCheckBox::toggled, this, &LeadsView::applyFilter);
    connect(m_partner, &QPushButton::clicked, this, &LeadsView::choosePartnerFilter);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LeadsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LeadsView::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &LeadsView::showDetails);
    connect(m_assign, &QPushButton::clicked, this, &LeadsView::assignChosen);
    connect(m_auto, &QPushButton::clicked, this, [this] { (void)autoAssignSelected(); });
    connect(m_autoAll, &QPushButton::clicked, this, [this] { (void)autoAssignAll(); });
    connect(m_decline, &QPushButton::clicked, this, &LeadsView::declineChosen);
    connect(m_convert, &QPushButton::clicked, this, [this] { (void)convertSelected(); });
    connect(m_details, &QPushButton::clicked, this, &LeadsView::showDetails);
    updateButtons();
}

QString LeadsView::title() const
{
    return tr("Leads");
}

void LeadsView::setDatabase(const Database &db)
{
    m_db = db;
    m_partnerFilter = 0;
    m_partner->setText(tr("Any partner"));
    fillDistributors();
    m_model->setDatabase(db);
    applyFilter();
}

void LeadsView::refresh()
{
    m_model->refresh();
}

void LeadsView::fillDistributors()
{
    const QSignalBlocker blocker(m_distributor);
    m_distributor->clear();
    m_distributor->addItem(tr("Any distributor"), qint64(0));
    if (!m_db.isOpen())
        return;
    if (auto list = NetworkScope(m_db).distributors(1000)) {
        for (const NetworkNode &d : list.value())
            //: A distributor in the leads filter: name, account number
            m_distributor->addItem(tr("%1 (%2)").arg(d.name, d.code), d.id);
    }
}

void LeadsView::showStatus(std::optional<LeadStatus> status, bool flaggedOnly)
{
    {
        const QSignalBlocker b1(m_status);
        const QSignalBlocker b2(m_flagged);
        m_status->setCurrentIndex(std::max(0, m_status->findData(status ? int(*status) : -1)));
        m_flagged->setChecked(flaggedOnly);
    }
    applyFilter();
}

void LeadsView::applyFilter()
{
    LeadFilter f;
    if (const int s = m_status->currentData().toInt(); s >= 0)
        f.status = static_cast<LeadStatus>(s);
    f.distributorId = m_distributor->currentData().toLongLong();
    f.partnerId = m_partnerFilter;
    f.flaggedOnly = m_flagged->isChecked();
    m_model->setFilter(f);
    m_message->setText(m_model->lastError().isError()
            ? m_model->lastError().message
            : tr("%Ln lead(s)", nullptr, int(m_model->totalCount())));
}

void LeadsView::choosePartnerFilter()
{
    if (m_partnerFilter != 0) {
        m_partnerFilter = 0;
        m_partner->setText(tr("Any partner"));
        applyFilter();
        return;
    }
    PartnerPickerDialog picker(m_db, 0, this);
    picker.setWindowTitle(tr("Leads of a Partner"));
    picker.setNoPartnerText({});
    picker.setCommentVisible(false);
    if (picker.exec() != QDialog::Accepted || picker.partnerId() == 0)
        return;
    m_partnerFilter = picker.partnerId();
    //: Button showing the partner the leads are filtered by
    m_partner->setText(tr("Partner: %1").arg(picker.partnerLabel()));
    applyFilter();
}

QList<qint64> LeadsView::selectedLeadIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids.append(m_model->leadId(i.row()));
    ids.removeAll(0);
    return ids;
}

void LeadsView::updateButtons()
{
    const bool any = m_db.isOpen() && m_table->selectionModel()->hasSelection();
    const bool one = any && m_table->selectionModel()->selectedRows().size() == 1;
    for (QPushButton *b : {m_assign, m_auto, m_decline, m_convert})
        b->setEnabled(any);
    m_details->setEnabled(one);
    m_autoAll->setEnabled(m_db.isOpen());
}

void LeadsView::report(const Status &status, const QString &done)
{
    refresh();
    m_message->setText(status ? done : status.error().message);
}

Status LeadsView::assignSelected(qint64 partnerId)
{
    const LeadStore store(m_db);
    const QList<qint64> ids = selectedLeadIds();
    for (qint64 id : ids) {
        if (auto r = store.assign(id, partnerId); !r) {
            report(r.error(), {});
            return r.error();
        }
    }
    report({}, tr("%Ln lead(s) assigned.", nullptr, int(ids.size())));
    return {};
}

Status LeadsView::autoAssignSelected(std::optional<quint64> seed)
{
    RoutingOptions options;
    options.seed = seed;
    auto routed = LeadRouter(m_db).assignLeads(selectedLeadIds(), options);
    if (!routed) {
        report(routed.error(), {});
        return routed.error();
    }
    report({},
        //: After automatic assignment: leads assigned, leads flagged for having no candidate
        tr("Assigned: %1. Flagged without a candidate: %2.")
            .arg(QLocale().toString(routed->assigned), QLocale().toString(routed->flagged)));
    return {};
}

Status LeadsView::autoAssignAll()
{
    RoutingReport result;
    const Status s = JobProgressDialog::run(this, tr("Assigning waiting leads…"), m_db,
        [&result](const Database &db, const JobProgressDialog::Control &c) {
            RoutingOptions options;
            options.progress = c.progress;
            options.cancel = c.cancel;
            auto routed = LeadRouter(db).assignWaiting(options);
            if (!routed)
                return Status(routed.error());
            result = routed.value();
            return Status();
        });
    report(s,
        tr("Assigned: %1. Flagged without a candidate: %2.")
            .arg(QLocale().toString(result.assigned), QLocale().toString(result.flagged)));
    return s;
}

Status LeadsView::declineSelected(const QString &reason)
{
    const LeadStore store(m_db);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_table->selectionModel()->isRowSelected(row))
            continue;
        const auto lead = m_model->lead(row);
        if (!lead)
            continue;
        if (auto r = store.decline(lead->id, lead->assignedPartnerId, reason); !r) {
            report(r.error(), {});
            return r.error();
        }
    }
    report({}, tr("Declined on behalf of the partner; the lead waits for another one."));
    return {};
}

Status LeadsView::convertSelected()
{
    const LeadStore store(m_db);
    const QList<qint64> ids = selectedLeadIds();
    for (qint64 id : ids) {
        if (auto r = store.convert(id); !r) {
            report(r.error(), {});
            return r.error();
        }
    }
    report({}, tr("%Ln lead(s) converted to deals.", nullptr, int(ids.size())));
    return {};
}

void LeadsView::assignChosen()
{
    PartnerPickerDialog picker(m_db, 0, this);
    picker.setWindowTitle(tr("Assign Leads"));
    picker.setNoPartnerText({});
    picker.setCommentVisible(false);
    if (picker.exec() == QDialog::Accepted && picker.partnerId() != 0)
        (void)assignSelected(picker.partnerId());
}

void LeadsView::declineChosen()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Decline Leads"),
        tr("Why the partner declines (the partner is never offered these leads again):"), QLineEdit::Normal,
        {}, &ok);
    if (ok)
        (void)declineSelected(reason);
}

void LeadsView::showDetails()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const auto l = m_model->lead(rows.first().row());
    if (!l)
        return;
    QStringList lines;
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            //: A line of the lead details: label, value
            lines.append(tr("%1: %2").arg(label, value.toHtmlEscaped()));
    };
    add(tr("Contact"), l->contactName);
    add(tr("E-mail"), l->email);
    add(tr("Phone"), l->phone);
    add(tr("Address"),
        QStringList({l->street, l->postcode, l->city, l->country}).join(QLatin1Char(' ')).simplified());
    add(tr("Area"), l->areaName);
    add(tr("Estimated value"), moneyText(l->estimatedValue));
    add(tr("Source"), l->source);
    add(tr("Status"), Lead::statusLabel(l->status));
    if (l->isFlagged())
        add(tr("Flagged"), Lead::flagReasonLabel(l->flagReason));
    add(tr("Partner"), l->assignedPartnerName);
    add(tr("Submitted by"), l->distributorName);
    add(tr("Notes"), l->notes);
    QMessageBox box(
        QMessageBox::Information, l->company, lines.join(QStringLiteral("<br>")), QMessageBox::Ok, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

} // namespace cd
