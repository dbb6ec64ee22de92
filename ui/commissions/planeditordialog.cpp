#include "planeditordialog.h"

#include "commissions/commissionrulestore.h"
#include "commissions/settlement.h"
#include "partners/lookups.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

namespace {

QString percent(const Rate &r)
{
    return r.toPercentString().chopped(1);
}

} // namespace

PlanEditorDialog::PlanEditorDialog(const Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_basis(new QComboBox(this))
    , m_rate(new QLineEdit(this))
    , m_tiers(new QTableWidget(0, 2, this))
    , m_addTier(new QPushButton(tr("Add &Tier"), this))
    , m_removeTier(new QPushButton(tr("Remove Tier"), this))
    , m_mode(new QComboBox(this))
    , m_timing(new QComboBox(this))
    , m_categories(new QLineEdit(this))
    , m_cascade(new QLineEdit(this))
    , m_lineCap(new QLineEdit(this))
    , m_periodCap(new QLineEdit(this))
    , m_distributorKind(new QComboBox(this))
    , m_distributorValue(new QLineEdit(this))
    , m_deals(new QCheckBox(tr("Won deals count as base too"), this))
    , m_problems(new QLabel(this))
    , m_save(new QPushButton(tr("&Save Plan"), this))
    , m_level(new QComboBox(this))
    , m_assign(new QPushButton(tr("Give to &Level"), this))
    , m_endLevel(new QPushButton(tr("E&nd Level's Plan"), this))
    , m_levelPlan(new QLabel(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Commission Plans"));
    m_basis->addItem(tr("Fixed rate"));
    m_basis->addItem(tr("Tiers on the period's volume"));
    m_mode->addItem(tr("Whole: the whole base at the rate of the bracket reached"), int(TierMode::Whole));
    m_mode->addItem(tr("Marginal: each slice at its own bracket's rate"), int(TierMode::Marginal));
    m_timing->addItem(tr("On invoice"), int(PayTiming::OnInvoice));
    m_timing->addItem(tr("On payment"), int(PayTiming::OnPayment));
    m_distributorKind->addItem(tr("Nothing"));
    m_distributorKind->addItem(tr("A rate of the base (%)"));
    m_distributorKind->addItem(tr("A share of the seller's commission (%)"));
    m_tiers->setObjectName(QStringLiteral("tiers"));
    m_tiers->setHorizontalHeaderLabels({tr("From (volume)"), tr("Rate (%)")});
    m_tiers->horizontalHeader()->setStretchLastSection(true);
    m_tiers->verticalHeader()->hide();
    m_tiers->setMinimumHeight(120);
    m_rate->setPlaceholderText(tr("e.g. 5"));
    m_categories->setPlaceholderText(tr("e.g. Hardware:4, Services:10"));
    m_cascade->setPlaceholderText(tr("e.g. 2, 1 (parent, grandparent)"));
    m_lineCap->setPlaceholderText(tr("none"));
    m_periodCap->setPlaceholderText(tr("none"));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);

    auto *newButton = new QPushButton(tr("&New Plan"), this);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(newButton);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Basis:"), m_basis);
    form->addRow(tr("&Rate (%):"), m_rate);
    auto *tierButtons = new QHBoxLayout;
    tierButtons->addWidget(m_addTier);
    tierButtons->addWidget(m_removeTier);
    tierButtons->addStretch();
    auto *tierBox = new QVBoxLayout;
    tierBox->addWidget(m_tiers);
    tierBox->addLayout(tierButtons);
    form->addRow(tr("Tiers:"), tierBox);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("&Pays:"), m_timing);
    form->addRow(tr("&Category rates:"), m_categories);
    form->addRow(tr("Casca&de (%):"), m_cascade);
    form->addRow(tr("Cap per &line:"), m_lineCap);
    form->addRow(tr("Cap per p&eriod:"), m_periodCap);
    auto *distributor = new QHBoxLayout;
    distributor->addWidget(m_distributorKind, 1);
    distributor->addWidget(m_distributorValue);
    form->addRow(tr("Distributor:"), distributor);
    form->addRow(QString(), m_deals);
    auto *levelRow = new QHBoxLayout;
    levelRow->addWidget(m_level, 1);
    levelRow->addWidget(m_assign);
    levelRow->addWidget(m_endLevel);
    form->addRow(tr("Level:"), levelRow);
    m_level->setObjectName(QStringLiteral("levelCombo"));
    m_endLevel->setObjectName(QStringLiteral("endLevelPlanButton"));
    m_levelPlan->setObjectName(QStringLiteral("levelPlanLabel"));
    m_levelPlan->setWordWrap(true);
    form->addRow(QString(), m_levelPlan);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_problems);
    right->addWidget(m_message);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    right->addLayout(saveRow);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 3);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit *edit :
        {m_name, m_rate, m_categories, m_cascade, m_lineCap, m_periodCap, m_distributorValue})
        connect(edit, &QLineEdit::textChanged, this, [this] { update(); });
    for (QComboBox *combo : {m_basis, m_mode, m_timing, m_distributorKind})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { update(); });
    connect(m_tiers, &QTableWidget::itemChanged, this, [this] { update(); });
    connect(m_addTier, &QPushButton::clicked, this, [this] {
        const QSignalBlocker block(m_tiers);
        const int row = m_tiers->rowCount();
        m_tiers->insertRow(row);
        m_tiers->setItem(row, 0, new QTableWidgetItem(row == 0 ? QStringLiteral("0") : QString()));
        m_tiers->setItem(row, 1, new QTableWidgetItem);
        update();
    });
    connect(m_removeTier, &QPushButton::clicked, this, [this] {
        if (m_tiers->currentRow() >= 0)
            m_tiers->removeRow(m_tiers->currentRow());
        update();
    });
    connect(newButton, &QPushButton::clicked, this, &PlanEditorDialog::newPlan);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (Status s = save(); !s)
            m_message->setText(s.error().message);
    });
    connect(m_assign, &QPushButton::clicked, this, [this] {
        if (Status s = assignToLevel(m_level->currentData().toLongLong()); !s)
            m_message->setText(s.error().message);
    });
    connect(m_endLevel, &QPushButton::clicked, this, [this] {
        if (Status s = endLevelPlan(m_level->currentData().toLongLong()); !s)
            m_message->setText(s.error().message);
    });
    connect(m_level, &QComboBox::currentIndexChanged, this, &PlanEditorDialog::showLevelPlan);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_plans.size())
            showPlan(m_plans[row]);
    });

    if (auto levels = LookupStore(m_db).levels()) {
        for (const auto &l : levels.value())
            m_level->addItem(l.name, l.id);
    }
    if (Status s = loadPlans(); !s)
        m_message->setText(s.error().message);
    if (m_plans.isEmpty())
        newPlan();
    showLevelPlan();
    resize(860, 640);
}

Status PlanEditorDialog::loadPlans(const QString &chosen)
{
    auto plans = CommissionRuleStore(m_db).plans();
    if (!plans)
        return plans.error();
    m_plans = plans.value();
    const QSignalBlocker block(m_list);
    m_list->clear();
    int row = m_plans.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_plans.size(); ++i) {
        m_list->addItem(m_plans[i].name);
        if (m_plans[i].name == chosen)
            row = i;
    }
    m_list->setCurrentRow(row);
    if (row >= 0)
        showPlan(m_plans[row]);
    return {};
}

bool PlanEditorDialog::choose(const QString &name)
{
    for (int i = 0; i < m_plans.size(); ++i) {
        if (m_plans[i].name == name) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void PlanEditorDialog::newPlan()
{
    m_list->clearSelection();
    CommissionPlan p;
    p.name = tr("New plan");
    showPlan(p);
    m_planId = 0;
    m_name->selectAll();
    m_name->setFocus();
}

void PlanEditorDialog::setTierRows(const QList<CommissionTier> &tiers)
{
    const QSignalBlocker block(m_tiers);
    m_tiers->setRowCount(0);
    for (const CommissionTier &t : tiers) {
        const int row = m_tiers->rowCount();
        m_tiers->insertRow(row);
        m_tiers->setItem(row, 0, new QTableWidgetItem(t.from.toString()));
        m_tiers->setItem(row, 1, new QTableWidgetItem(percent(t.rate)));
    }
}

void PlanEditorDialog::showPlan(const CommissionPlan &p)
{
    m_planId = p.id;
    m_version = p.version;
    const QSignalBlocker b1(m_name), b2(m_basis), b3(m_rate), b4(m_mode), b5(m_timing), b6(m_categories),
        b7(m_cascade), b8(m_lineCap), b9(m_periodCap), b10(m_distributorKind), b11(m_distributorValue);
    m_name->setText(p.name);
    m_basis->setCurrentIndex(p.tiered ? 1 : 0);
    m_rate->setText(p.tiered ? QString() : percent(p.rate));
    setTierRows(p.tiers);
    m_mode->setCurrentIndex(p.mode == TierMode::Marginal ? 1 : 0);
    m_timing->setCurrentIndex(p.timing == PayTiming::OnPayment ? 1 : 0);
    QStringList categories;
    for (const CategoryRate &c : p.categoryRates)
        categories << c.category + QLatin1Char(':') + percent(c.rate);
    m_categories->setText(categories.join(QStringLiteral(", ")));
    QStringList cascade;
    for (const Rate &r : p.cascade)
        cascade << percent(r);
    m_cascade->setText(cascade.join(QStringLiteral(", ")));
    m_lineCap->setText(p.lineCap ? p.lineCap->toString() : QString());
    m_periodCap->setText(p.periodCap ? p.periodCap->toString() : QString());
    m_distributorKind->setCurrentIndex(p.distributorRate ? 1 : p.distributorShare ? 2 : 0);
    m_distributorValue->setText(p.distributorRate ? percent(*p.distributorRate)
            : p.distributorShare                  ? percent(*p.distributorShare)
                                                  : QString());
    m_deals->setChecked(p.includeDeals);
    m_message->clear();
    update();
}

CommissionPlan PlanEditorDialog::plan(QList<Error> *problems) const
{
    CommissionPlan p;
    p.id = m_planId;
    p.version = m_version;
    p.name = m_name->text().trimmed();
    p.tiered = m_basis->currentIndex() == 1;
    const auto note = [problems](const Error &e) {
        if (problems)
            problems->append(e);
    };
    if (!p.tiered) {
        if (auto r = commission::parsePercent(m_rate->text(), QStringLiteral("rate")))
            p.rate = r.value();
        else
            note(r.error());
    } else {
        for (int row = 0; row < m_tiers->rowCount(); ++row) {
            const QString from = m_tiers->item(row, 0) ? m_tiers->item(row, 0)->text().trimmed() : QString();
            const QString rate = m_tiers->item(row, 1) ? m_tiers->item(row, 1)->text().trimmed() : QString();
            auto f = Decimal::parse(from, QStringLiteral("tiers"));
            auto r = commission::parsePercent(rate, QStringLiteral("tiers"));
            if (!f)
                note(Error::validation(
                    QStringLiteral("tiers"), tr("Tier %1: %2").arg(row + 1).arg(f.error().message)));
            else if (!r)
                note(Error::validation(
                    QStringLiteral("tiers"), tr("Tier %1: %2").arg(row + 1).arg(r.error().message)));
            else
                p.tiers.append({f.value(), r.value()});
        }
    }
    p.mode = m_mode->currentIndex() == 1 ? TierMode::Marginal : TierMode::Whole;
    p.timing = m_timing->currentIndex() == 1 ? PayTiming::OnPayment : PayTiming::OnInvoice;
    if (auto c
        = CommissionPlan::categoryRatesFromText(m_categories->text(), true, QStringLiteral("categories")))
        p.categoryRates = c.value();
    else
        note(c.error());
    if (auto c = CommissionPlan::ratesFromText(m_cascade->text(), true, QStringLiteral("cascade")))
        p.cascade = c.value();
    else
        note(c.error());
    for (const auto &[edit, target] :
        {std::pair {m_lineCap, &p.lineCap}, std::pair {m_periodCap, &p.periodCap}}) {
        if (edit->text().trimmed().isEmpty())
            continue;
        if (auto cap = Decimal::parse(edit->text().trimmed(), QStringLiteral("cap")))
            *target = cap.value();
        else
            note(cap.error());
    }
    if (m_distributorKind->currentIndex() > 0) {
        if (auto r = commission::parsePercent(m_distributorValue->text(), QStringLiteral("distributor"))) {
            if (m_distributorKind->currentIndex() == 1)
                p.distributorRate = r.value();
            else
                p.distributorShare = r.value();
        } else {
            note(r.error());
        }
    }
    p.includeDeals = m_deals->isChecked();
    if (problems)
        *problems += p.validate();
    return p;
}

QString PlanEditorDialog::problemText() const
{
    return m_problems->text();
}

void PlanEditorDialog::update()
{
    const bool tiered = m_basis->currentIndex() == 1;
    m_rate->setEnabled(!tiered);
    m_tiers->setEnabled(tiered);
    m_addTier->setEnabled(tiered);
    m_removeTier->setEnabled(tiered);
    m_mode->setEnabled(tiered);
    m_distributorValue->setEnabled(m_distributorKind->currentIndex() > 0);
    QList<Error> problems;
    plan(&problems);
    QStringList lines;
    for (const Error &e : std::as_const(problems)) {
        if (!lines.contains(e.message))
            lines << e.message;
    }
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_save->setEnabled(problems.isEmpty());
    m_assign->setEnabled(m_planId > 0 && m_level->count() > 0);
}

Status PlanEditorDialog::save()
{
    QList<Error> problems;
    const CommissionPlan p = plan(&problems);
    if (!problems.isEmpty())
        return problems.first();
    CommissionRuleStore rules(m_db);
    auto saved = p.id > 0 ? rules.updatePlan(p) : rules.addPlan(p);
    if (!saved)
        return saved.error();
    if (Status s = loadPlans(saved->name); !s)
        return s;
    m_message->setText(tr("Saved the plan %1.").arg(saved->name));
    return {};
}

Status PlanEditorDialog::assignToLevel(qint64 levelId)
{
    if (m_planId <= 0)
        return Error::validation(QStringLiteral("plan"), tr("Save the plan first."));
    if (Status s = CommissionRuleStore(m_db).assignToLevel(m_planId, levelId); !s)
        return s;
    m_message->setText(
        tr("The level's partners are on %1 from the first open period on (their own plans still win).")
            .arg(m_name->text().trimmed()));
    showLevelPlan();
    return {};
}

Status PlanEditorDialog::endLevelPlan(qint64 levelId)
{
    if (Status s = CommissionRuleStore(m_db).assignToLevel(0, levelId); !s)
        return s;
    m_message->setText(tr("The level's plan ends with the first open period; its partners earn by their own "
                          "plans or default rates."));
    showLevelPlan();
    return {};
}

QString PlanEditorDialog::levelPlanText() const
{
    return m_levelPlan->text();
}

void PlanEditorDialog::showLevelPlan()
{
    const qint64 levelId = m_level->currentData().toLongLong();
    m_endLevel->setEnabled(false);
    if (levelId <= 0) {
        m_levelPlan->clear();
        return;
    }
    CommissionRuleStore rules(m_db);
    auto day = rules.firstOpenDay();
    auto planId = day ? rules.levelPlanOn(levelId, day.value()) : Result<qint64>(day.error());
    if (!planId) {
        m_levelPlan->setText(planId.error().message);
        return;
    }
    if (planId.value() == 0) {
        m_levelPlan->setText(tr("%1 has no plan: its partners earn by their own plans or default rates.")
                                 .arg(m_level->currentText()));
        return;
    }
    QString name = QString::number(planId.value());
    for (const CommissionPlan &p : std::as_const(m_plans)) {
        if (p.id == planId.value())
            name = p.name;
    }
    // The first open period by its name; before any settlement there is none to name.
    auto settled = Settlement(m_db).settledPeriods();
    m_levelPlan->setText(settled && !settled->isEmpty()
            ? tr("%1 is on the plan %2 from %3, the first open period.")
                  .arg(m_level->currentText(), name, settled->last().next().key)
            : tr("%1 is on the plan %2.").arg(m_level->currentText(), name));
    m_endLevel->setEnabled(true);
}

} // namespace cd
