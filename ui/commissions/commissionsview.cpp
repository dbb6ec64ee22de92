#include "commissionsview.h"

#include "commissionmodels.h"
#include "commissions/payouts.h"
#include "common/clock.h"
#include "planeditordialog.h"
#include "shared/moneytext.h"
#include "shared/pagereader.h"

#include <QComboBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

namespace cd {

CommissionsView::CommissionsView(QWidget *parent)
    : WorkerPage(parent)
    , m_period(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_settle(new QPushButton(tr("Settle…"), this))
    , m_approve(new QPushButton(tr("Approve…"), this))
    , m_pay(new QPushButton(tr("Pay…"), this))
    , m_statements(new StatementTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_statementView(new QTableView(this))
    , m_lines(new CommissionLineModel(this))
    , m_lineView(new QTableView(this))
    , m_why(new QLabel(this))
{
    setObjectName(QStringLiteral("commissionsView"));
    m_period->setObjectName(QStringLiteral("period"));
    m_settle->setToolTip(
        tr("Write the period's draft statements (once; later documents become adjustments of "
           "the next period)."));
    m_approve->setToolTip(tr("Approve the period's draft statements; approved statements never change."));
    m_pay->setToolTip(tr("Pay the approved statements: a SEPA credit transfer file for the bank."));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_period);
    bar->addWidget(m_message, 1);
    auto *plans = new QPushButton(tr("Plans…"), this);
    plans->setObjectName(QStringLiteral("plansButton"));
    plans->setToolTip(tr("The commission plans: fixed rates, tiers, caps, cascades."));
    connect(plans, &QPushButton::clicked, this, [this] {
        if (!m_db.isOpen())
            return;
        PlanEditorDialog dialog(m_db, this);
        dialog.exec();
        start();
    });
    bar->addWidget(plans);
    bar->addWidget(m_settle);
    bar->addWidget(m_approve);
    bar->addWidget(m_pay);

    m_sorted->setSourceModel(m_statements);
    m_sorted->setSortRole(StatementTableModel::SortRole);
    for (QTableView *view : {m_statementView, m_lineView}) {
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setAlternatingRowColors(true);
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        view->setWordWrap(false);
    }
    m_statementView->setObjectName(QStringLiteral("statements"));
    m_statementView->setModel(m_sorted);
    m_statementView->setSortingEnabled(true);
    m_statementView->sortByColumn(StatementTableModel::Partner, Qt::AscendingOrder);
    m_statementView->horizontalHeader()->setSectionResizeMode(
        StatementTableModel::Name, QHeaderView::Stretch);
    m_lineView->setObjectName(QStringLiteral("lines"));
    m_lineView->setModel(m_lines);
    m_lineView->horizontalHeader()->setSectionResizeMode(
        CommissionLineModel::Explanation, QHeaderView::Stretch);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_statementView);
    auto *linesBox = new QWidget(this);
    auto *linesLayout = new QVBoxLayout(linesBox);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    linesLayout->addWidget(new QLabel(tr("Lines of the statement chosen, and why each is there:"), linesBox));
    linesLayout->addWidget(m_lineView);
    m_why->setObjectName(QStringLiteral("why"));
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    linesLayout->addWidget(m_why);
    splitter->addWidget(linesBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { start(); });
    connect(m_statementView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { showLines(); });
    connect(m_lineView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            m_why->setText(current.isValid()
                    ? m_lines->index(current.row(), CommissionLineModel::Explanation).data().toString()
                    : QString());
        });
    connect(m_settle, &QPushButton::clicked, this, &CommissionsView::askSettle);
    connect(m_approve, &QPushButton::clicked, this, &CommissionsView::askApprove);
    connect(m_pay, &QPushButton::clicked, this, &CommissionsView::askPay);
    fillPeriods();
    updateButtons();
}

CommissionsView::~CommissionsView()
{
    forgetReads(); // before the members the answers would fill
}

QString CommissionsView::title() const
{
    return tr("Commissions");
}

void CommissionsView::setDatabase(const Database &db)
{
    forgetReads();
    m_db = db;
    m_run.reset();
    m_statements->setRun({});
    m_lines->show({}, 0, {});
    fillPeriods();
    start();
}

void CommissionsView::refresh()
{
    start();
}

QString CommissionsView::countText() const
{
    if (!m_run)
        return m_status;
    return tr("%Ln statement(s)", nullptr, int(m_run->statements.size()));
}

QString CommissionsView::period() const
{
    return m_period->currentData().toString();
}

void CommissionsView::setPeriod(const QString &key)
{
    int index = m_period->findData(key);
    if (index < 0) {
        auto parsed = CommissionPeriod::parse(key);
        if (!parsed)
            return;
        m_period->addItem(parsed->key, parsed->key);
        index = m_period->count() - 1;
    }
    if (index == m_period->currentIndex())
        start();
    else
        m_period->setCurrentIndex(index);
}

void CommissionsView::fillPeriods()
{
    const QSignalBlocker block(m_period);
    const QString chosen = period();
    m_period->clear();
    PeriodLength length = PeriodLength::Month;
    if (m_db.isOpen()) {
        if (auto settings = CommissionSettings::load(m_db))
            length = settings->length;
    }
    // From two years back to the current period, newest first; the one before the current is the
    // one usually settled next, so it is chosen first.
    CommissionPeriod p = CommissionPeriod::containing(Clock::today(), length);
    for (int i = 0; i < (length == PeriodLength::Month ? 25 : 9); ++i) {
        m_period->addItem(p.key, p.key);
        p = p.previous();
    }
    const int keep = m_period->findData(chosen);
    m_period->setCurrentIndex(keep >= 0 ? keep : 1);
}

void CommissionsView::start()
{
    if (!beginRun(m_message))
        return;
    auto parsed = CommissionPeriod::parse(period());
    if (!parsed) {
        m_message->setText(parsed.error().message);
        emit finished(parsed.error());
        return;
    }
    m_message->setText(tr("Reading %1…").arg(parsed->key));
    // The lines are read per statement when one is chosen (showLines).
    const auto read = [p = parsed.value()](const Database &db) {
        return Settlement(db).preview(p, 0, Settlement::Lines::StatementsOnly);
    };
    reader()->read(read, [this, generation = m_generation](Result<SettlementRun> r) {
        if (generation != m_generation)
            return;
        if (!r) {
            m_run.reset();
            m_statements->setRun({});
            m_lines->show({}, 0, {});
            m_status = r.error().message;
            m_message->setText(r.error().message);
            updateButtons();
            emit countChanged();
            emit finished(r.error());
            return;
        }
        m_run = std::make_shared<const SettlementRun>(std::move(r).value());
        m_statements->setRun(m_run);
        m_lines->show(m_run, 0, {});
        m_settled = m_run->settled;
        QList<Money> totals;
        for (const CommissionStatement &s : m_run->statements) {
            bool added = false;
            for (Money &m : totals) {
                if (m.currency() == s.currency) {
                    m = Money(m.minorUnits() + s.payableMinor, s.currency);
                    added = true;
                }
            }
            if (!added)
                totals.append(Money(s.payableMinor, s.currency));
        }
        m_message->setText(m_run->statements.isEmpty()
                ? (m_settled ? tr("%1 is settled; nobody earned anything in it.").arg(m_run->period.key)
                             : tr("Nothing earned in %1 so far.").arg(m_run->period.key))
                : (m_settled ? tr("Settled. Payable: %1").arg(moneyListText(totals))
                             : tr("Preview, nothing written yet. Payable: %1").arg(moneyListText(totals))));
        if (m_sorted->rowCount() > 0)
            m_statementView->selectRow(0);
        updateButtons();
        emit countChanged();
        emit finished({});
    });
}

bool CommissionsView::waitsForWorker() const
{
    return m_db.isOpen() && CommissionPeriod::parse(period()).ok();
}

void CommissionsView::showLines()
{
    ++m_lineGeneration;
    const QModelIndex current = m_sorted->mapToSource(m_statementView->currentIndex());
    const CommissionStatement *s = m_statements->statement(current.row());
    m_why->clear();
    if (!s || !m_run || m_run->linesLoaded) {
        m_lines->show(m_run, s ? s->partnerId : 0, s ? s->currency : QString());
        if (m_lines->rowCount() > 0)
            m_lineView->selectRow(0);
        return;
    }
    // Read the chosen partner's lines on the worker: stored ones for a settled period, computed
    // again (the whole period, keeping this partner's lines) for an open one.
    m_lines->show({}, 0, {});
    m_why->setText(tr("Reading the lines of %1…").arg(s->partnerCode));
    if (m_lineJob)
        m_lineJob->wanted = false; // not started yet: skipped
    m_lineJob = reader()->read([p = m_run->period, partner = s->partnerId](
                                   const Database &db) { return Settlement(db).preview(p, partner); },
        [this, generation = m_lineGeneration, partner = s->partnerId, currency = s->currency](
            Result<SettlementRun> r) {
            if (generation != m_lineGeneration)
                return;
            if (!r) {
                m_why->setText(r.error().message);
                return;
            }
            m_why->clear();
            m_lines->show(std::make_shared<const SettlementRun>(std::move(r).value()), partner, currency);
            if (m_lines->rowCount() > 0)
                m_lineView->selectRow(0);
            emit linesShown();
        });
}

void CommissionsView::updateButtons()
{
    bool drafts = false;
    bool approved = false;
    if (m_run) {
        for (const CommissionStatement &s : m_run->statements) {
            drafts = drafts || s.status == StatementStatus::Draft;
            approved = approved || s.status == StatementStatus::Approved;
        }
    }
    m_settle->setEnabled(m_run && !m_settled);
    m_approve->setEnabled(drafts);
    m_pay->setEnabled(approved);
}

Status CommissionsView::runOnWorker(
    const QString &busyText, const std::function<Status(const Database &db)> &work)
{
    if (!m_db.isOpen())
        return Error::make(Error::Code::Database, tr("No database is open."));
    auto status = std::make_shared<Status>();
    auto job = std::make_shared<PageReader::Job>();
    QEventLoop loop;
    job->run = [work, status](
                   const Result<Database> &db) { *status = db ? work(db.value()) : Status(db.error()); };
    job->done = [&loop] { loop.quit(); };
    QProgressDialog busy(busyText, QString(), 0, 0, this);
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(300);
    reader()->post(job);
    loop.exec();
    busy.reset();
    return *status;
}

Status CommissionsView::settle()
{
    auto p = CommissionPeriod::parse(period());
    if (!p)
        return p.error();
    Status s = runOnWorker(tr("Settling %1…").arg(p->key),
        [p = p.value()](const Database &db) { return Status(Settlement(db).settle(p)); });
    // Show what was written (the statements as stored now).
    return s ? run() : s;
}

Status CommissionsView::approve()
{
    auto p = CommissionPeriod::parse(period());
    if (!p)
        return p.error();
    Status s = runOnWorker(tr("Approving %1…").arg(p->key),
        [p = p.value()](const Database &db) { return Status(Settlement(db).approve(p)); });
    // Show what was written (the statements as stored now).
    return s ? run() : s;
}

Status CommissionsView::pay(const QString &currency, const QString &file)
{
    const QString key = period();
    Status s = runOnWorker(tr("Paying…"), [key, currency, file](const Database &db) {
        return Status(Payouts(db).create(currency, key, file));
    });
    // Show what was written (the statements as stored now).
    return s ? run() : s;
}

void CommissionsView::askSettle()
{
    if (!m_run)
        return;
    const auto answer = QMessageBox::question(this, tr("Settle %1").arg(m_run->period.key),
        tr("Write %n draft statement(s) for %1? A period is settled once; whatever arrives for it later is "
           "settled with the next period.",
            nullptr, int(m_run->statements.size()))
            .arg(m_run->period.key));
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = settle(); !s)
        QMessageBox::warning(this, tr("Settle"), s.error().message);
}

void CommissionsView::askApprove()
{
    const auto answer = QMessageBox::question(this, tr("Approve %1").arg(period()),
        tr("Approve every draft statement of %1? Approved statements never change.").arg(period()));
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = approve(); !s)
        QMessageBox::warning(this, tr("Approve"), s.error().message);
}

void CommissionsView::askPay()
{
    if (!m_run)
        return;
    QStringList currencies;
    for (const CommissionStatement &s : m_run->statements) {
        if (s.status == StatementStatus::Approved && !currencies.contains(s.currency))
            currencies.append(s.currency);
    }
    if (currencies.isEmpty())
        return;
    QString currency = currencies.first();
    if (currencies.size() > 1) {
        bool ok = false;
        currency = QInputDialog::getItem(this, tr("Pay"), tr("Currency:"), currencies, 0, false, &ok);
        if (!ok)
            return;
    }
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the credit transfer file"),
        QStringLiteral("payout-%1-%2.xml").arg(period(), currency), tr("SEPA credit transfer (*.xml)"));
    if (file.isEmpty())
        return;
    if (Status s = pay(currency, file); !s)
        QMessageBox::warning(this, tr("Pay"), s.error().message);
    else
        QMessageBox::information(this, tr("Pay"),
            tr("The credit transfer file is written and the statements paid are marked. Partners that could "
               "not be paid keep their approved statements; the command line's payouts create lists why."));
}

} // namespace cd
