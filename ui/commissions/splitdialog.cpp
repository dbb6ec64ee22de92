#include "splitdialog.h"

#include "commissions/commissionrulestore.h"
#include "commissions/plan.h"
#include "common/clock.h"
#include "partners/partnerstore.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

void setToFirstOpenDay(QDateEdit *edit, const Database &db)
{
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    if (auto open = CommissionRuleStore(db).firstOpenDay(); open && open.value() > QDate(1900, 1, 1))
        edit->setDate(open.value());
    else
        edit->setDate(QDate(Clock::today().year(), Clock::today().month(), 1));
}

SplitDialog::SplitDialog(const Database &db, qint64 customerId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_customerId(customerId)
    , m_table(new QTableWidget(0, 2, this))
    , m_sum(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Commission Split"));
    m_table->setObjectName(QStringLiteral("shares"));
    m_table->setHorizontalHeaderLabels({tr("Partner code"), tr("Share (%)")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_sum->setObjectName(QStringLiteral("sum"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    setToFirstOpenDay(m_from, m_db);

    auto *add = new QPushButton(tr("&Add Partner"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    rowButtons->addWidget(m_sum);
    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    auto *hint
        = new QLabel(tr("The customer's sales are shared among these partners from that day on; each "
                        "share is then commissioned at that partner's rate. No rows: the split ends and "
                        "the primary partner earns on every sale again."),
            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(add, &QPushButton::clicked, this, [this] { addRow(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        update();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] { update(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SplitDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The split in force today, to start from.
    if (auto current = CommissionRuleStore(m_db).splitOn(m_customerId, Clock::today()); current) {
        for (const SplitShare &s : current.value())
            addRow(s.partnerCode, s.share.toPercentString().chopped(1));
    }
    if (m_table->rowCount() == 0) {
        addRow();
        addRow();
    }
    resize(520, 420);
    update();
}

void SplitDialog::addRow(const QString &code, const QString &share)
{
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(code));
    auto *shareItem = new QTableWidgetItem(share);
    shareItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, 1, shareItem);
}

void SplitDialog::setShares(const QList<std::pair<QString, QString>> &shares)
{
    m_table->setRowCount(0);
    for (const auto &[code, share] : shares)
        addRow(code, share);
    update();
}

void SplitDialog::setFrom(const QDate &date)
{
    m_from->setDate(date);
}

QString SplitDialog::problem() const
{
    qint64 sum = 0;
    int rows = 0;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString code = m_table->item(r, 0) ? m_table->item(r, 0)->text().trimmed() : QString();
        const QString share = m_table->item(r, 1) ? m_table->item(r, 1)->text().trimmed() : QString();
        if (code.isEmpty() && share.isEmpty())
            continue;
        ++rows;
        if (code.isEmpty())
            return tr("Row %1 needs its partner's code.").arg(r + 1);
        auto rate = commission::parsePercent(share, QStringLiteral("share"));
        if (!rate)
            return tr("Row %1: %2").arg(r + 1).arg(rate.error().message);
        sum += rate->micros();
    }
    if (rows == 0)
        return {};
    if (sum != commission::kWholeMicros)
        return tr("The shares make %1; they must make exactly 100 %.")
            .arg(Rate::fromMicros(sum).toPercentString());
    return {};
}

void SplitDialog::update()
{
    qint64 sum = 0;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (auto rate
            = commission::parsePercent(m_table->item(r, 1) ? m_table->item(r, 1)->text() : QString(), {}))
            sum += rate->micros();
    }
    m_sum->setText(tr("Sum: %1").arg(Rate::fromMicros(sum).toPercentString()));
    const QString why = problem();
    m_error->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

Status SplitDialog::apply()
{
    if (const QString why = problem(); !why.isEmpty())
        return Error::validation(QStringLiteral("share"), why);
    QList<SplitShare> shares;
    PartnerStore partners(m_db);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString code = m_table->item(r, 0) ? m_table->item(r, 0)->text().trimmed() : QString();
        if (code.isEmpty())
            continue;
        auto partner = partners.findByCode(code);
        if (!partner)
            return Error::validation(
                QStringLiteral("share"), tr("Row %1: %2").arg(r + 1).arg(partner.error().message));
        shares.append(
            {partner->id, commission::parsePercent(m_table->item(r, 1)->text(), {}).valueOr(Rate()), code});
    }
    return CommissionRuleStore(m_db).setSplit(m_customerId, shares, m_from->date());
}

void SplitDialog::accept()
{
    if (Status s = apply(); !s) {
        m_error->setText(s.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace cd
