#include "customereditor.h"

#include "shared/formfields.h"

#include "commissions/commissionrulestore.h"
#include "commissions/overridedialog.h"
#include "commissions/splitdialog.h"
#include "common/clock.h"

#include "customers/customerdirectory.h"
#include "customers/customerstore.h"
#include "partners/partnerpickerdialog.h"
#include "partners/partnerstore.h"
#include "shared/countrycombobox.h"
#include "shared/editform.h"
#include "shared/fielderror.h"
#include "shared/readerror.h"
#include "shared/recordheader.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cd {

using namespace formfields;

namespace {

const QString kSegment = QStringLiteral("segment");
const QString kEmail = QStringLiteral("email");
const QString kPhone = QStringLiteral("phone");

QFormLayout *newGroupForm(QGroupBox *group)
{
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    return form;
}

} // namespace

CustomerEditor::CustomerEditor(const Database &db, qint64 customerId, QWidget *parent)
    : FormEditor(parent)
    , m_db(db)
    , m_customerId(customerId)
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    m_header = new RecordHeader;
    m_reloadButton = m_header->addButton(tr("Re&load"), QStringLiteral("reloadButton"));
    m_archiveButton = m_header->addButton(tr("&Archive"), QStringLiteral("archiveButton"));
    m_restoreButton = m_header->addButton(tr("Res&tore"), QStringLiteral("restoreButton"));
    m_saveButton = m_header->addButton(tr("&Save"), QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    layout->addWidget(m_header);
    layout->addWidget(m_form->messageBar());

    auto *details = new QGroupBox(tr("Customer"));
    QFormLayout *form = newGroupForm(details);
    auto *code = newLineEdit(tr("Generated on save"), 20);
    code->setMaximumWidth(180);
    m_form->addRow(form, kCode, tr("Co&de:"), code);
    m_form->addRow(form, kName, tr("&Name:"), newLineEdit(tr("Required")));
    m_segment = new QComboBox;
    m_segment->setEditable(true);
    m_segment->setInsertPolicy(QComboBox::NoInsert);
    m_segment->lineEdit()->setPlaceholderText(tr("e.g. SMB, Enterprise, Public"));
    m_form->addRow(form, kSegment, tr("Se&gment:"), m_segment);
    m_form->addRow(form, kEmail, tr("&E-mail:"), newLineEdit(tr("name@example.com"), 254));
    m_form->addRow(form, kPhone, tr("&Phone:"), newLineEdit({}, 40));

    auto *address = new QGroupBox(tr("Address"));
    form = newGroupForm(address);
    m_form->addRow(form, kStreet, tr("&Street:"), newLineEdit());
    auto *postcode = newLineEdit({}, 20);
    postcode->setMaximumWidth(120);
    m_form->addRow(form, kPostcode, tr("P&ostcode:"), postcode);
    m_form->addRow(form, kCity, tr("Cit&y:"), newLineEdit());
    m_form->addRow(form, kCountry, tr("Co&untry:"), new CountryComboBox);

    EditForm::alignLabels({static_cast<QFormLayout *>(details->layout()), form});
    for (QComboBox *combo : {m_segment, qobject_cast<QComboBox *>(m_form->input(kCountry))})
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *partnerGroup = new QGroupBox(tr("Primary partner"));
    auto *partnerLayout = new QVBoxLayout(partnerGroup);
    m_partnerLabel = new QLabel;
    m_partnerLabel->setObjectName(QStringLiteral("partnerLabel"));
    m_partnerLabel->setTextFormat(Qt::PlainText);
    m_partnerLabel->setWordWrap(true);
    QFont bold = m_partnerLabel->font();
    bold.setBold(true);
    m_partnerLabel->setFont(bold);
    auto *partnerHint
        = new QLabel(tr("The partner who serves this customer and earns on its business. A direct "
                        "customer is served by the company itself."));
    partnerHint->setWordWrap(true);
    partnerHint->setForegroundRole(QPalette::PlaceholderText);
    m_reassignButton = new QPushButton(tr("&Reassign…"));
    m_reassignButton->setObjectName(QStringLiteral("reassignButton"));
    m_openPartnerButton = new QPushButton(tr("Open &partner"));
    m_openPartnerButton->setObjectName(QStringLiteral("openPartnerButton"));
    auto *partnerButtons = new QHBoxLayout;
    partnerButtons->addWidget(m_reassignButton);
    partnerButtons->addWidget(m_openPartnerButton);
    partnerButtons->addStretch();
    partnerLayout->addWidget(m_partnerLabel);
    partnerLayout->addWidget(partnerHint);
    partnerLayout->addLayout(partnerButtons);

    // Commission split: who shares this customer's sales.
    auto *splitGroup = new QGroupBox(tr("Commission split"));
    auto *splitLayout = new QVBoxLayout(splitGroup);
    m_splitLabel = new QLabel;
    m_splitLabel->setObjectName(QStringLiteral("splitLabel"));
    m_splitLabel->setWordWrap(true);
    auto *splitButton = new QPushButton(tr("&Split…"));
    splitButton->setObjectName(QStringLiteral("splitButton"));
    auto *overrideButton = new QPushButton(tr("&Override…"));
    overrideButton->setObjectName(QStringLiteral("overrideButton"));
    auto *splitButtons = new QHBoxLayout;
    splitButtons->addWidget(splitButton);
    splitButtons->addWidget(overrideButton);
    splitButtons->addStretch();
    splitLayout->addWidget(m_splitLabel);
    splitLayout->addLayout(splitButtons);
    connect(overrideButton, &QPushButton::clicked, this, [this] {
        if (m_customerId == 0)
            return;
        QString partnerCode;
        if (m_customer.partnerId != 0) {
            if (auto p = PartnerStore(m_db).get(m_customer.partnerId))
                partnerCode = p->code;
        }
        OverrideDialog dialog(m_db, m_customerId, partnerCode, this);
        if (dialog.exec() == QDialog::Accepted)
            showSplit();
    });
    connect(splitButton, &QPushButton::clicked, this, [this] {
        if (m_customerId == 0)
            return;
        SplitDialog dialog(m_db, m_customerId, this);
        if (dialog.exec() == QDialog::Accepted)
            showSplit();
    });

    auto *columns = new QHBoxLayout;
    columns->setSpacing(12);
    auto *left = new QVBoxLayout;
    left->addWidget(details);
    left->addWidget(address);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(partnerGroup);
    right->addWidget(splitGroup);
    right->addStretch();
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    layout->addLayout(columns, 1);

    m_form->setValidator([this] { return validate(); });
    connect(m_saveButton, &QPushButton::clicked, this, &CustomerEditor::save);
    connect(m_reloadButton, &QPushButton::clicked, this, [this] {
        if (m_form->confirmDiscard(displayName()))
            reload();
    });
    connect(m_archiveButton, &QPushButton::clicked, this, &CustomerEditor::archive);
    connect(m_restoreButton, &QPushButton::clicked, this, &CustomerEditor::restore);
    connect(m_reassignButton, &QPushButton::clicked, this, &CustomerEditor::reassign);
    connect(m_openPartnerButton, &QPushButton::clicked, this, [this] {
        if (m_customer.partnerId != 0)
            emit openPartnerRequested(m_customer.partnerId);
    });
    connect(m_form, &EditForm::edited, this, &CustomerEditor::updateHeader);
    connect(m_form, &EditForm::errorsChanged, this, &CustomerEditor::updateActions);
    connect(m_form, &EditForm::modifiedChanged, this, [this] {
        updateHeader();
        updateActions();
    });

    reload();
}

CustomerEditor::~CustomerEditor() = default;

qint64 CustomerEditor::customerId() const
{
    return m_customerId;
}

QString CustomerEditor::displayName() const
{
    const QString name = m_form->text(kName).trimmed();
    if (!name.isEmpty())
        return name;
    return m_customerId == 0 ? tr("New customer") : m_customer.name;
}

void CustomerEditor::showCustomer(const Customer &c)
{
    qobject_cast<CountryComboBox *>(m_form->input(kCountry))->ensureCode(c.country);
    m_form->setValue(kCode, c.code);
    m_form->setValue(kName, c.name);
    m_form->setValue(kSegment, c.segment);
    m_form->setValue(kEmail, c.email);
    m_form->setValue(kPhone, c.phone);
    m_form->setValue(kStreet, c.street);
    m_form->setValue(kPostcode, c.postcode);
    m_form->setValue(kCity, c.city);
    m_form->setValue(kCountry, c.country);
}

Customer CustomerEditor::customer() const
{
    Customer c = m_customer;
    c.code = m_form->text(kCode).trimmed();
    c.name = m_form->text(kName);
    c.segment = m_form->text(kSegment).trimmed();
    c.email = m_form->text(kEmail).trimmed();
    c.phone = m_form->text(kPhone).trimmed();
    c.street = m_form->text(kStreet);
    c.postcode = m_form->text(kPostcode).trimmed();
    c.city = m_form->text(kCity);
    c.country = m_form->text(kCountry);
    return c;
}

QList<Error> CustomerEditor::validate() const
{
    QList<Error> errors;
    if (m_customerId != 0 && m_form->text(kCode).trimmed().isEmpty())
        errors.append(Error::validation(kCode, tr("An existing customer keeps a code; it cannot be empty.")));
    errors += customer().validate();
    return errors;
}

void CustomerEditor::reload()
{
    Customer c;
    if (m_customerId != 0) {
        auto stored = CustomerStore(m_db).get(m_customerId);
        if (!stored) {
            m_form->showMessage(stored.error().message);
            return;
        }
        c = stored.value();
    }
    m_customer = c;
    const auto segments = CustomerDirectory(m_db).segments();
    m_form->withoutRecording([&] {
        m_segment->clear();
        m_segment->addItem(QString());
        m_segment->addItems(valueOrShow(segments, this, tr("the segments")));
        showCustomer(c);
    });
    m_form->resetHistory();
    if (m_customerId != 0)
        m_form->showAllErrors();
    updatePartnerLabel();
    showSplit();
    updateHeader();
    updateActions();
}

void CustomerEditor::afterSave()
{
    updateHeader();
    updateActions();
}

Status CustomerEditor::write()
{
    const CustomerStore store(m_db);
    const Customer c = customer();
    auto stored = c.id == 0 ? store.create(c) : store.update(c);
    if (!stored)
        return stored.error();
    m_customer = stored.value();
    m_customerId = m_customer.id;
    // The store fills in the generated code and trims what was typed.
    m_form->withoutRecording([&] { showCustomer(m_customer); });
    m_form->revalidate();
    updatePartnerLabel();
    return {};
}

Status CustomerEditor::adoptStoredVersion()
{
    auto stored = CustomerStore(m_db).get(m_customerId);
    if (!stored)
        return stored.error();
    m_customer.version = stored->version;
    m_customer.archivedAt = stored->archivedAt;
    m_customer.partnerId = stored->partnerId;
    updatePartnerLabel();
    return {};
}

void CustomerEditor::reassign()
{
    PartnerPickerDialog picker(m_db, m_customer.partnerId, this);
    picker.setCommentVisible(m_customerId != 0);
    if (picker.exec() != QDialog::Accepted)
        return;
    reassignTo(picker.partnerId(), picker.comment());
}

bool CustomerEditor::reassignTo(qint64 partnerId, const QString &comment)
{
    if (m_customerId == 0) {
        // Recorded as the customer's first partner when it is created.
        m_customer.partnerId = partnerId;
        updatePartnerLabel();
        return true;
    }
    const bool written = runAction([&]() -> Status {
        auto stored = CustomerStore(m_db).reassign(m_customerId, m_customer.version, partnerId, comment);
        if (!stored)
            return stored.error();
        // Only the partner and the version change; unsaved edits in the form stay.
        m_customer.partnerId = stored->partnerId;
        m_customer.version = stored->version;
        m_customer.updatedAt = stored->updatedAt;
        return {};
    });
    if (!written)
        return false;
    updatePartnerLabel();
    emit saved(m_customerId);
    return true;
}

void CustomerEditor::archive()
{
    setArchived(true);
}

void CustomerEditor::restore()
{
    setArchived(false);
}

void CustomerEditor::setArchived(bool archived)
{
    if (m_customerId == 0 || !setArchivedThrough<CustomerStore>(m_db, m_customer, archived))
        return;
    updateHeader();
    updateActions();
    emit saved(m_customerId);
}

void CustomerEditor::updatePartnerLabel()
{
    if (m_customer.partnerId == 0) {
        m_partnerLabel->setText(tr("Direct customer (no partner)"));
    } else if (auto partner = PartnerStore(m_db).get(m_customer.partnerId)) {
        //: Primary partner: code, name
        m_partnerLabel->setText(tr("%1  %2").arg(partner->code, partner->name));
    } else {
        m_partnerLabel->setText(partner.error().message);
    }
    m_openPartnerButton->setEnabled(m_customer.partnerId != 0);
    m_reassignButton->setText(m_customerId == 0 ? tr("&Choose…") : tr("&Reassign…"));
}

void CustomerEditor::updateHeader()
{
    m_header->setHeading(displayName());
    QStringList facts;
    facts << (m_customer.code.isEmpty() ? tr("No code yet") : tr("Code %1").arg(m_customer.code));
    if (m_customer.isArchived())
        facts << tr("Archived on %1")
                     .arg(QLocale().toString(
                         m_customer.archivedAt.toLocalTime().date(), QLocale::ShortFormat));
    m_header->setFacts(facts);
    announceTitle();
}

void CustomerEditor::updateActions()
{
    const bool stored = m_customerId != 0;
    updateRecordButtons(
        {m_saveButton, m_archiveButton, m_restoreButton, m_reloadButton}, stored, m_customer.isArchived());
}

void CustomerEditor::showSplit()
{
    if (m_customerId == 0) {
        m_splitLabel->setText(tr("A new customer has no split; save it first."));
        return;
    }
    auto split = CommissionRuleStore(m_db).splitOn(m_customerId, Clock::today());
    if (!split) {
        m_splitLabel->setText(split.error().message);
        return;
    }
    QStringList parts;
    for (const SplitShare &s : split.value())
        parts << tr("%1: %2").arg(s.partnerCode, s.share.toPercentString());
    QString text = parts.isEmpty() ? tr("No split: the primary partner earns on every sale.")
                                   : tr("Shared: %1").arg(parts.join(QStringLiteral(", ")));
    if (auto overrides = CommissionRuleStore(m_db).overridesOn(m_customerId, Clock::today())) {
        for (const auto &[code, rate] : overrides.value())
            text += QLatin1Char('\n')
                + tr("Override: %1 earns %2 on this customer.").arg(code, rate.toPercentString());
    }
    m_splitLabel->setText(text);
}

} // namespace cd
