#include "newagreementdialog.h"

#include "agreements/agreementstore.h"
#include "agreements/taskstore.h"
#include "common/clock.h"
#include "partners/lookups.h"
#include "partners/partnerpickerdialog.h"
#include "partners/partnerstore.h"
#include "shared/readerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd {

NewAgreementDialog::NewAgreementDialog(const Database &db, qint64 partnerId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_partner(new QLabel(this))
    , m_choose(new QPushButton(tr("&Choose…"), this))
    , m_type(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_withPeriod(new QCheckBox(tr("Add the first contract &period"), this))
    , m_start(new QDateEdit(Clock::today(), this))
    , m_end(new QDateEdit(Clock::today().addYears(1).addDays(-1), this))
    , m_notice(new QSpinBox(this))
    , m_autoRenew(new QCheckBox(tr("Renews &automatically"), this))
    , m_months(new QSpinBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("New Agreement"));
    m_partner->setObjectName(QStringLiteral("partnerLabel"));
    connect(m_choose, &QPushButton::clicked, this, &NewAgreementDialog::choosePartner);
    for (const AgreementType &t : valueOrShow(AgreementStore(db).types(), this, tr("the agreement types"))) {
        if (t.active)
            m_type->addItem(t.name, t.id);
    }
    m_owner->addItem(tr("Nobody"), qint64(0));
    const qint64 me = valueOrShow(TaskStore(db).currentUserId(), this, tr("your user"), qint64(0));
    for (const User &u : valueOrShow(LookupStore(db).users(), this, tr("the users")))
        m_owner->addItem(u.label(), u.id);
    // The person creating it usually prepares it.
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(me)));

    m_withPeriod->setChecked(true);
    m_start->setCalendarPopup(true);
    m_end->setCalendarPopup(true);
    m_notice->setRange(0, 3660);
    m_notice->setValue(90);
    m_notice->setSuffix(tr(" days"));
    m_months->setRange(1, 120);
    m_months->setValue(12);
    m_months->setSuffix(tr(" months"));
    connect(m_start, &QDateEdit::dateChanged, this,
        [this](const QDate &start) { m_end->setDate(start.addYears(1).addDays(-1)); });
    for (QWidget *w :
        {static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_end), static_cast<QWidget *>(m_notice),
            static_cast<QWidget *>(m_autoRenew), static_cast<QWidget *>(m_months)})
        connect(m_withPeriod, &QCheckBox::toggled, w, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    auto *partnerRow = new QHBoxLayout;
    partnerRow->addWidget(m_partner, 1);
    partnerRow->addWidget(m_choose);
    form->addRow(tr("Partner:"), partnerRow);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(QString(), m_withPeriod);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End:"), m_end);
    form->addRow(tr("&Notice:"), m_notice);
    form->addRow(QString(), m_autoRenew);
    form->addRow(tr("&Renewal term:"), m_months);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&reate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAgreementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setPartner(partnerId);
}

void NewAgreementDialog::setPartner(qint64 partnerId)
{
    m_partnerId = partnerId;
    if (partnerId == 0) {
        m_partner->setText(tr("No partner chosen"));
        return;
    }
    auto p = PartnerStore(m_db).get(partnerId);
    //: Partner in the new agreement dialog: name, code
    m_partner->setText(p ? tr("%1 (%2)").arg(p->name, p->code) : p.error().message);
}

void NewAgreementDialog::choosePartner()
{
    PartnerPickerDialog picker(m_db, 0, this);
    picker.setNoPartnerText({});
    picker.setCommentVisible(false);
    if (picker.exec() == QDialog::Accepted && picker.partnerId() != 0)
        setPartner(picker.partnerId());
}

Result<Agreement> NewAgreementDialog::create()
{
    Agreement a;
    a.partnerId = m_partnerId;
    a.typeId = m_type->currentData().toLongLong();
    a.ownerId = m_owner->currentData().toLongLong();
    std::optional<AgreementPeriod> period;
    if (m_withPeriod->isChecked()) {
        AgreementPeriod p;
        p.start = m_start->date();
        p.end = m_end->date();
        p.noticeDays = m_notice->value();
        p.autoRenew = m_autoRenew->isChecked();
        p.renewalMonths = m_months->value();
        period = p;
    }
    auto created = AgreementStore(m_db).create(a, period);
    if (!created) {
        m_error->setText(created.error().message);
        m_error->show();
        return created;
    }
    m_created = created.value();
    return created;
}

void NewAgreementDialog::accept()
{
    if (create())
        QDialog::accept();
}

} // namespace cd
