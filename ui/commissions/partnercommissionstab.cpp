#include "partnercommissionstab.h"

#include "commissionmodels.h"
#include "commissions/commissionrulestore.h"
#include "commissions/payouts.h"
#include "commissions/settlement.h"
#include "common/clock.h"
#include "shared/moneytext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

namespace {

QTableView *newTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

} // namespace

PartnerStatementsView::PartnerStatementsView(QWidget *parent)
    : QWidget(parent)
    , m_plan(new QComboBox(this))
    , m_assign(new QPushButton(tr("&Give Plan"), this))
    , m_planHint(new QLabel(this))
    , m_model(new StatementTableModel(this))
    , m_view(newTable(this))
    , m_hint(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("partnerStatements"));
    m_view->setModel(m_model);
    m_view->hideColumn(StatementTableModel::Partner);
    m_view->hideColumn(StatementTableModel::Name);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_hint->setWordWrap(true);
    m_plan->setObjectName(QStringLiteral("ownPlan"));
    m_planHint->setWordWrap(true);
    auto *planRow = new QHBoxLayout;
    planRow->addWidget(new QLabel(tr("Own plan:"), this));
    planRow->addWidget(m_plan, 1);
    planRow->addWidget(m_assign);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(planRow);
    layout->addWidget(m_planHint);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    connect(m_assign, &QPushButton::clicked, this, [this] {
        if (Status s = assignPlan(m_plan->currentData().toLongLong()); !s)
            m_planHint->setText(s.error().message);
    });
}

Status PartnerStatementsView::assignPlan(qint64 planId)
{
    if (m_partnerId <= 0)
        return Error::validation(QStringLiteral("plan"), tr("Save the partner first."));
    if (Status s = CommissionRuleStore(m_db).assignToPartner(planId, m_partnerId); !s)
        return s;
    return setPartner(m_db, m_partnerId);
}

Status PartnerStatementsView::setPartner(const Database &db, qint64 partnerId)
{
    m_db = db;
    m_partnerId = partnerId;
    m_plan->clear();
    m_plan->addItem(tr("None: the level's plan or the default rate"), qint64(0));
    m_assign->setEnabled(partnerId > 0 && db.isOpen());
    m_planHint->clear();
    if (partnerId > 0 && db.isOpen()) {
        CommissionRuleStore rules(db);
        auto plans = rules.plans();
        auto own = rules.partnerPlanOn(partnerId, Clock::today());
        if (!plans || !own) {
            m_planHint->setText(!plans ? plans.error().message : own.error().message);
        } else {
            for (const CommissionPlan &p : plans.value()) {
                m_plan->addItem(p.name, p.id);
                if (p.id == own.value())
                    m_plan->setCurrentIndex(m_plan->count() - 1);
            }
            m_planHint->setText(tr("A plan given here applies from the first period not yet settled on."));
        }
    }
    auto run = std::make_shared<SettlementRun>();
    if (partnerId > 0 && db.isOpen()) {
        auto statements = Settlement(db).statementsOf(partnerId);
        if (!statements) {
            m_hint->setText(statements.error().message);
            m_model->setRun({});
            return statements.error();
        }
        run->statements = statements.value();
    }
    m_model->setRun(run);
    m_hint->setText(run->statements.isEmpty() ? tr("No settled statements yet. The Commissions page shows "
                                                   "what this partner earns in an open period.")
                                              : tr("Settled statements, newest first. Open a period on the "
                                                   "Commissions page for every line and why it "
                                                   "is there."));
    return {};
}

PartnerPayoutsView::PartnerPayoutsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_view(newTable(this))
    , m_hint(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("partnerPayouts"));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
}

Status PartnerPayoutsView::setPartner(const Database &db, qint64 partnerId)
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("Paid on"), tr("Amount"), tr("Statements paid"), tr("Message"), tr("File"), tr("By")});
    if (partnerId <= 0 || !db.isOpen()) {
        m_hint->setText(tr("No payouts yet."));
        return {};
    }
    auto payouts = Payouts(db).list(partnerId);
    if (!payouts) {
        m_hint->setText(payouts.error().message);
        return payouts.error();
    }
    for (const PayoutRecord &p : payouts.value()) {
        QList<QStandardItem *> row;
        row << new QStandardItem(QLocale().toString(p.executionDate, QLocale::ShortFormat))
            << new QStandardItem(moneyText(Money(p.partnerAmountMinor, p.currency)))
            << new QStandardItem(QLocale().toString(p.statementCount)) << new QStandardItem(p.messageId)
            << new QStandardItem(p.fileName) << new QStandardItem(p.createdBy);
        row[1]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow(row);
    }
    m_hint->setText(payouts->isEmpty()
            ? tr("No payouts yet.")
            : tr("%Ln payout(s) paid this partner.", nullptr, int(payouts->size())));
    return {};
}

} // namespace cd
