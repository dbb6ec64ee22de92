#include "partnereditor.h"

#include "partnereditor_p.h"

namespace cd {

using namespace partnereditor;

PartnerEditor::PartnerEditor(const Database &db, qint64 partnerId, QWidget *parent)
    : FormEditor(parent)
    , m_db(db)
    , m_partnerId(partnerId)
{
    loadLookups();

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    // Heading: who this is, then the actions on the whole record.
    m_header = new RecordHeader;
    m_reloadButton = m_header->addButton(tr("Re&load"), QStringLiteral("reloadButton"));
    m_reloadButton->setToolTip(tr("Read the partner again, discarding unsaved changes"));
    m_archiveButton = m_header->addButton(tr("&Archive"), QStringLiteral("archiveButton"));
    m_archiveButton->setToolTip(tr("Hide the partner from lists; nothing is deleted"));
    m_restoreButton = m_header->addButton(tr("Res&tore"), QStringLiteral("restoreButton"));
    m_saveButton = m_header->addButton(tr("&Save"), QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    // The network tab keeps the breadcrumb of ancestors above the heading up to date.
    m_network = new PartnerNetworkTab;
    connect(m_network, &PartnerNetworkTab::openPartnerRequested, this, &PartnerEditor::openPartnerRequested);
    connect(m_network, &PartnerNetworkTab::networkChanged, this, [this] { rereadTimeline(); });
    layout->addWidget(m_network->breadcrumb());
    layout->addWidget(m_header);
    layout->addWidget(m_form->messageBar());

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createProfileTab(), tr("&Profile"));
    m_tabs->addTab(createBankTab(), tr("&Bank"));
    m_tabs->addTab(createContactsTab(), tr("&Contacts"));
    m_tabs->addTab(createCustomersTab(), tr("C&ustomers"));
    m_agreements = new PartnerAgreementsTab(m_db);
    connect(m_agreements, &PartnerAgreementsTab::openAgreementRequested, this,
        &PartnerEditor::openAgreementRequested);
    connect(m_agreements, &PartnerAgreementsTab::newAgreementRequested, this,
        &PartnerEditor::newAgreementRequested);
    m_tabs->addTab(m_agreements, tr("A&greements"));
    m_tabs->addTab(m_network, tr("&Network"));
    m_tabs->addTab(createCommissionsTab(), tr("Co&mmissions"));
    m_payouts = new PartnerPayoutsView;
    m_tabs->addTab(m_payouts, tr("Pa&youts"));
    m_tabs->addTab(createTimelineTab(), tr("T&imeline"));
    layout->addWidget(m_tabs, 1);

    m_form->linkFields({kLatitude, kLongitude});
    m_form->linkFields({kStatus, kStatusReason});
    m_form->linkFields({kWeightEnabled, kWeight});
    m_form->setValidator([this] { return validate(); });

    connect(m_saveButton, &QPushButton::clicked, this, &PartnerEditor::save);
    connect(m_reloadButton, &QPushButton::clicked, this, [this] {
        if (m_form->confirmDiscard(displayName()))
            reload();
    });
    connect(m_archiveButton, &QPushButton::clicked, this, &PartnerEditor::archive);
    connect(m_restoreButton, &QPushButton::clicked, this, &PartnerEditor::restore);
    connect(m_form, &EditForm::edited, this, [this] {
        updateDependentFields();
        updateHeader();
    });
    connect(m_form, &EditForm::errorsChanged, this, &PartnerEditor::updateActions);
    connect(m_form, &EditForm::modifiedChanged, this, [this] {
        updateHeader();
        updateActions();
    });

    reload();
}

PartnerEditor::~PartnerEditor() = default;

void PartnerEditor::loadLookups()
{
    const LookupStore lookups(m_db);
    auto levels = lookups.levels();
    auto activations = lookups.activations();
    auto areas = lookups.areas();
    auto users = lookups.users();
    for (const Status &s : {Status(levels), Status(activations), Status(areas), Status(users)}) {
        if (!s)
            m_form->showMessage(s.error().message);
    }
    // A failed read was shown on the page's form above; the combos go on with what could be read.
    m_levels = levels.valueOr({});
    m_activations = activations.valueOr({});
    m_areas = areas.valueOr({});
    m_users = users.valueOr({});
}

void PartnerEditor::listsChanged()
{
    // By id: a renamed level is still the same level, and an unsaved choice stays chosen.
    const QVariant level = m_level->currentData();
    const QVariant activation = m_activation->currentData();
    const QVariant manager = m_manager->currentData();
    loadLookups();
    fillLookupCombos();
    m_form->withoutRecording([&] {
        m_level->setCurrentIndex(std::max(0, m_level->findData(level)));
        m_activation->setCurrentIndex(std::max(0, m_activation->findData(activation)));
        m_manager->setCurrentIndex(std::max(0, m_manager->findData(manager)));
    });
}

void PartnerEditor::fillLookupCombos()
{
    m_form->withoutRecording([this] {
        m_level->clear();
        m_level->addItem(tr("(none)"), qint64(0));
        for (const Level &l : std::as_const(m_levels))
            m_level->addItem(tr("%1 (lead weight %2)").arg(l.name).arg(l.weight), l.id);

        // Disabled activations are offered no more, but a partner keeps the one it has.
        m_activation->clear();
        m_activation->addItem(tr("(none)"), qint64(0));
        for (const Activation &a : std::as_const(m_activations)) {
            if (a.active)
                m_activation->addItem(a.name, a.id);
            else if (a.id == m_partner.activationId)
                m_activation->addItem(tr("%1 (disabled)").arg(a.name), a.id);
        }

        const QString areaText = m_area->currentText();
        m_area->clear();
        m_area->addItem(QString());
        for (const Area &a : std::as_const(m_areas))
            m_area->addItem(a.name, a.id);
        m_area->setCurrentText(areaText);

        m_manager->clear();
        m_manager->addItem(tr("(none)"), qint64(0));
        for (const User &u : std::as_const(m_users)) {
            if (u.active || u.id == m_partner.accountManagerId)
                m_manager->addItem(u.label(), u.id);
        }
    });
}

void PartnerEditor::showPartner(const Partner &p)
{
    const auto areaName = [&]() -> QString {
        for (const Area &a : std::as_const(m_areas)) {
            if (a.id == p.areaId)
                return a.name;
        }
        return {};
    };
    m_country->ensureCode(p.country);
    m_form->setValue(kCode, p.code);
    m_form->setValue(kName, p.name);
    m_form->setValue(kLegalName, p.legalName);
    m_form->setValue(kKind, static_cast<int>(p.kind));
    m_form->setValue(kBusinessNature, p.businessNature);
    m_form->setValue(kArea, areaName());
    m_form->setValue(kStreet, p.street);
    m_form->setValue(kCity, p.city);
    m_form->setValue(kPostcode, p.postcode);
    m_form->setValue(kRegion, p.region);
    m_form->setValue(kCountry, p.country);
    m_form->setValue(kLatitude, coordinateText(p.latitude));
    m_form->setValue(kLongitude, coordinateText(p.longitude));
    m_form->setValue(kWebsite, p.website);
    m_form->setValue(kTaxId, p.taxId);
    m_form->setValue(kControlAccount, p.controlAccount);
    m_form->setValue(kManager, p.accountManagerId);
    m_form->setValue(kLevel, p.levelId);
    m_form->setValue(kWeightEnabled, p.weightOverride.has_value());
    m_form->setValue(kWeight, p.weightOverride.value_or(0));
    m_form->setValue(kActivation, p.activationId);
    m_form->setValue(kStatus, static_cast<int>(p.status));
    m_form->setValue(kStatusReason, p.statusReason);
    m_form->setValue(kStatusDate, p.statusDate);
    m_form->setValue(kTags, Partner::normalizedTags(p.tags));
    m_form->setValue(kNotes, p.notes);
    m_form->setValue(kBankHolder, p.bankHolder);
    m_form->setValue(kIban, p.iban);
    m_form->setValue(kBic, p.bic);
    m_form->setValue(kBankName, p.bankName);
    m_form->setValue(
        kCommissionRate, p.commissionRate ? p.commissionRate->toPercentString().chopped(1) : QString());
    m_form->setValue(kMarginBased, p.marginBased);
}

Partner PartnerEditor::partner() const
{
    Partner p = m_partner;
    p.code = m_form->text(kCode).trimmed();
    p.name = m_form->text(kName);
    p.legalName = m_form->text(kLegalName);
    p.kind = static_cast<PartnerKind>(m_form->value(kKind).toInt());
    p.businessNature = m_form->text(kBusinessNature);
    const QString area = m_form->text(kArea).trimmed();
    p.areaId = 0;
    for (const Area &a : std::as_const(m_areas)) {
        if (a.name.compare(area, Qt::CaseInsensitive) == 0)
            p.areaId = a.id;
    }
    p.street = m_form->text(kStreet);
    p.city = m_form->text(kCity);
    p.postcode = m_form->text(kPostcode);
    p.region = m_form->text(kRegion);
    p.country = m_form->text(kCountry);
    bool ok = true;
    p.latitude = parseCoordinate(m_form->text(kLatitude), &ok);
    p.longitude = parseCoordinate(m_form->text(kLongitude), &ok);
    p.website = m_form->text(kWebsite).trimmed();
    p.taxId = m_form->text(kTaxId).trimmed();
    p.controlAccount = m_form->text(kControlAccount).trimmed();
    p.accountManagerId = m_form->value(kManager).toLongLong();
    p.levelId = m_form->value(kLevel).toLongLong();
    p.weightOverride = m_form->value(kWeightEnabled).toBool()
        ? std::optional<int>(m_form->value(kWeight).toInt())
        : std::nullopt;
    p.activationId = m_form->value(kActivation).toLongLong();
    p.status = static_cast<PartnerStatus>(m_form->value(kStatus).toInt());
    p.statusReason = m_form->text(kStatusReason).trimmed();
    p.statusDate = m_form->value(kStatusDate).toDate();
    p.tags = m_form->text(kTags).split(QLatin1Char(','), Qt::SkipEmptyParts);
    p.notes = m_form->text(kNotes);
    p.bankHolder = m_form->text(kBankHolder).trimmed();
    p.iban = m_form->text(kIban).trimmed();
    p.bic = m_form->text(kBic).trimmed();
    p.bankName = m_form->text(kBankName).trimmed();
    const QString rate = m_form->text(kCommissionRate).trimmed();
    p.commissionRate = rate.isEmpty()
        ? std::nullopt
        : std::optional<Rate>(commission::parsePercent(rate, kCommissionRate).valueOr(Rate()));
    p.marginBased = m_form->value(kMarginBased).toBool();
    return p;
}

QList<Error> PartnerEditor::validate() const
{
    QList<Error> errors;
    // What Partner cannot see: text that is not a number at all.
    for (const QString &field : {kLatitude, kLongitude}) {
        bool ok = true;
        parseCoordinate(m_form->text(field), &ok);
        if (!ok)
            errors.append(
                Error::validation(field, tr("\"%1\" is not a number.").arg(m_form->text(field).trimmed())));
    }
    if (const QString rate = m_form->text(kCommissionRate).trimmed(); !rate.isEmpty()) {
        if (auto parsed = commission::parsePercent(rate, kCommissionRate); !parsed)
            errors.append(parsed.error());
    }
    if (m_partnerId != 0 && m_form->text(kCode).trimmed().isEmpty())
        errors.append(Error::validation(kCode, tr("An existing partner keeps a code; it cannot be empty.")));
    errors += partner().validate();
    return errors;
}

qint64 PartnerEditor::partnerId() const
{
    return m_partnerId;
}

QString PartnerEditor::displayName() const
{
    const QString name = m_form->text(kName).trimmed();
    if (!name.isEmpty())
        return name;
    return m_partnerId == 0 ? tr("New partner") : m_partner.name;
}

void PartnerEditor::afterSave()
{
    updateHeader();
}

Status PartnerEditor::write()
{
    Partner p = partner();
    const QString areaName = m_form->text(kArea).trimmed();
    // A new area and the partner naming it are one change: the store writes both or neither.
    const bool newArea = !areaName.isEmpty() && p.areaId == 0;
    auto stored = PartnerStore(m_db).save(p, newArea ? areaName : QString());
    if (!stored)
        return stored.error();
    if (newArea) {
        loadLookups();
        fillLookupCombos();
    }
    afterWrite(stored.value());
    return {};
}

void PartnerEditor::afterWrite(const Partner &stored)
{
    const bool wasNew = m_partnerId == 0;
    m_partner = stored;
    m_partnerId = stored.id;
    // The store fills in what the form left open (code, status date) and normalizes (IBAN).
    m_form->withoutRecording([&] { showPartner(stored); });
    m_form->revalidate();
    if (wasNew)
        refreshLists();
    else
        rereadTimeline();
    updateHeader();
    updateActions();
}

Status PartnerEditor::adoptStoredVersion()
{
    auto stored = PartnerStore(m_db).get(m_partnerId);
    if (!stored)
        return stored.error();
    m_partner.version = stored->version;
    m_partner.archivedAt = stored->archivedAt;
    return {};
}

void PartnerEditor::reload()
{
    Partner p;
    if (m_partnerId != 0) {
        auto stored = PartnerStore(m_db).get(m_partnerId);
        if (!stored) {
            m_form->showMessage(stored.error().message);
            return;
        }
        p = stored.value();
    }
    m_partner = p;
    loadLookups();
    fillLookupCombos();
    m_form->withoutRecording([&] { showPartner(p); });
    m_form->resetHistory();
    // A stored partner that breaks a rule (imported data) says so at once.
    if (m_partnerId != 0)
        m_form->showAllErrors();
    refreshLists();
    updateDependentFields();
    updateHeader();
    updateActions();
}

void PartnerEditor::archive()
{
    setArchived(true);
}

void PartnerEditor::restore()
{
    setArchived(false);
}

void PartnerEditor::setArchived(bool archived)
{
    if (m_partnerId == 0 || !setArchivedThrough<PartnerStore>(m_db, m_partner, archived))
        return;
    rereadTimeline();
    updateHeader();
    updateActions();
    emit saved(m_partnerId);
}

void PartnerEditor::refreshLists()
{
    m_agreements->setPartner(m_partnerId);
    m_network->setPartner(m_db, m_partnerId);
    if (Status s = m_statements->setPartner(m_db, m_partnerId); !s)
        m_form->messageBar()->setText(s.error().message);
    if (Status s = m_payouts->setPartner(m_db, m_partnerId); !s)
        m_form->messageBar()->setText(s.error().message);
    if (Status s = m_contacts->setPartner(m_db, m_partnerId); !s)
        m_form->showMessage(s.error().message);
    if (Status s = m_timeline->setPartner(m_db, m_partnerId); !s)
        m_form->showMessage(s.error().message);
    if (m_partnerId == 0) {
        m_customers->setDatabase(Database()); // a new partner has no customers yet
        updateCustomersHint();
        return;
    }
    CustomerFilter filter;
    filter.binding = CustomerFilter::Binding::Partner;
    filter.partnerId = m_partnerId;
    if (!m_customers->database().isOpen())
        m_customers->setDatabase(m_db);
    m_customers->setFilter(filter);
    m_customers->refresh();
    updateCustomersHint();
}

void PartnerEditor::rereadTimeline()
{
    if (Status s = m_timeline->reload(); !s)
        m_form->showMessage(s.error().message);
}

void PartnerEditor::rereadLists()
{
    if (Status s = m_contacts->reload(); !s)
        m_form->showMessage(s.error().message);
    rereadTimeline();
}

void PartnerEditor::updateCustomersHint()
{
    if (m_partnerId == 0) {
        m_customersHint->setText(tr("A new partner has no customers yet."));
        return;
    }
    m_customersHint->setText(
        tr("%n customer(s) have this partner as their primary partner. Double-click one to open it.", nullptr,
            static_cast<int>(m_customers->totalCount())));
}

void PartnerEditor::updateDependentFields()
{
    m_form->input(kWeight)->setEnabled(m_form->value(kWeightEnabled).toBool());
    const bool active = static_cast<PartnerStatus>(m_form->value(kStatus).toInt()) == PartnerStatus::Active;
    // An active partner needs no reason; the store clears it when a partner becomes active again.
    m_form->input(kStatusReason)->setEnabled(!active || !m_form->text(kStatusReason).isEmpty());
}

void PartnerEditor::updateHeader()
{
    const PartnerKind kind = static_cast<PartnerKind>(m_form->value(kKind).toInt());
    m_header->setHeading(displayName());
    QStringList facts;
    facts << (m_partner.code.isEmpty() ? tr("No code yet") : tr("Code %1").arg(m_partner.code));
    facts << Partner::kindLabel(kind) << Partner::statusLabel(m_partner.status);
    if (m_partner.isArchived())
        facts << tr("Archived on %1")
                     .arg(
                         QLocale().toString(m_partner.archivedAt.toLocalTime().date(), QLocale::ShortFormat));
    m_header->setFacts(facts);
    announceTitle();
}

void PartnerEditor::updateActions()
{
    const bool stored = m_partnerId != 0;
    updateRecordButtons(
        {m_saveButton, m_archiveButton, m_restoreButton, m_reloadButton}, stored, m_partner.isArchived());

    const bool selected = m_contactsView->selectionModel()->hasSelection();
    m_addContact->setEnabled(stored);
    m_editContact->setEnabled(stored && selected);
    m_removeContact->setEnabled(stored && selected);
    m_contactsHint->setVisible(!stored);
}

void PartnerEditor::addContact()
{
    Contact c;
    c.partnerId = m_partnerId;
    c.primary = m_contacts->rowCount() == 0; // the first contact is the one to call
    ContactDialog dialog(m_db, c, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    rereadLists();
    const int row = m_contacts->rowOf(dialog.contact().id);
    if (row >= 0)
        m_contactsView->selectRow(row);
}

void PartnerEditor::editContact()
{
    const QModelIndex current = m_contactsView->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    ContactDialog dialog(m_db, m_contacts->contact(current.row()), this);
    const int result = dialog.exec();
    // Reloaded after a conflict too, so the list shows what is stored.
    rereadLists();
    if (result == QDialog::Accepted) {
        const int row = m_contacts->rowOf(dialog.contact().id);
        if (row >= 0)
            m_contactsView->selectRow(row);
    }
}

void PartnerEditor::removeContact()
{
    const QModelIndex current = m_contactsView->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const Contact c = m_contacts->contact(current.row());
    if (QMessageBox::question(this, tr("Remove contact"),
            tr("Remove %1 from the contacts of this partner?").arg(c.name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    if (Status s = PartnerStore(m_db).removeContact(c.id, c.version); !s)
        m_form->showMessage(s.error().message);
    rereadLists();
}

} // namespace cd
