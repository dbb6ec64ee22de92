#include "overridedialog.h"

#include "splitdialog.h"

#include "commissions/commissionrulestore.h"
#include "common/clock.h"
#include "partners/partnerstore.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cd {

OverrideDialog::OverrideDialog(
    const Database &db, qint64 customerId, const QString &partnerCode, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_customerId(customerId)
    , m_partner(new QLineEdit(partnerCode, this))
    , m_rate(new QLineEdit(this))
    , m_from(new QDateEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Commission Override"));
    m_rate->setPlaceholderText(tr("e.g. 12.5; empty ends the override"));
    setToFirstOpenDay(m_from, m_db);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Partner code:"), m_partner);
    form->addRow(tr("&Rate (%):"), m_rate);
    form->addRow(tr("&From:"), m_from);
    auto *hint
        = new QLabel(tr("This customer's sales through the partner earn this rate, whatever the partner's "
                        "plans and default rate say."),
            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OverrideDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void OverrideDialog::setValues(const QString &partnerCode, const QString &rate, const QDate &from)
{
    m_partner->setText(partnerCode);
    m_rate->setText(rate);
    m_from->setDate(from);
}

Status OverrideDialog::apply()
{
    auto partner = PartnerStore(m_db).findByCode(m_partner->text().trimmed());
    if (!partner)
        return Error::validation(QStringLiteral("partner"), partner.error().message);
    std::optional<Rate> rate;
    if (!m_rate->text().trimmed().isEmpty()) {
        auto parsed = commission::parsePercent(m_rate->text(), QStringLiteral("rate"));
        if (!parsed)
            return parsed.error();
        rate = parsed.value();
    }
    return CommissionRuleStore(m_db).setOverride(m_customerId, partner->id, rate, m_from->date());
}

void OverrideDialog::accept()
{
    if (Status s = apply(); !s) {
        m_error->setText(s.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace cd
