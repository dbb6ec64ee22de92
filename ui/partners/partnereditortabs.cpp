// PartnerEditor's tabs: profile, bank details, contacts, customers and timeline, as built once when
// the editor opens.

#include "partnereditor_p.h"

namespace cd {

using namespace partnereditor;

QWidget *PartnerEditor::createProfileTab()
{
    QFormLayout *form = nullptr;

    // Identity
    QGroupBox *identity = newGroup(tr("Identity"), &form);
    auto *code = newLineEdit(tr("Generated on save"), 20);
    code->setMaximumWidth(180);
    m_form->addRow(form, kCode, tr("Co&de:"), code);
    auto *name = newLineEdit(tr("Required"));
    m_form->addRow(form, kName, tr("&Name:"), name);
    m_form->addRow(form, kLegalName, tr("&Legal name:"), newLineEdit());
    auto *kind = new QComboBox;
    kind->setMinimumWidth(180);
    for (PartnerKind k : Partner::allKinds())
        kind->addItem(Partner::kindLabel(k), static_cast<int>(k));
    m_form->addRow(form, kKind, tr("&Kind:"), kind);
    m_form->addRow(
        form, kBusinessNature, tr("Business &nature:"), newLineEdit(tr("e.g. IT services, retail")));
    m_form->addRow(form, kTaxId, tr("&Tax ID:"), newLineEdit({}, 40));
    m_form->addRow(form, kWebsite, tr("&Website:"), newLineEdit(tr("www.example.com")));

    // Address
    QGroupBox *address = newGroup(tr("Address"), &form);
    m_form->addRow(form, kStreet, tr("&Street:"), newLineEdit());
    auto *postcode = newLineEdit({}, 20);
    postcode->setMaximumWidth(120);
    m_form->addRow(form, kPostcode, tr("&Postcode:"), postcode);
    m_form->addRow(form, kCity, tr("Cit&y:"), newLineEdit());
    m_form->addRow(form, kRegion, tr("&Region:"), newLineEdit());
    m_country = expanding(new CountryComboBox);
    m_form->addRow(form, kCountry, tr("C&ountry:"), m_country);
    m_area = expanding(new QComboBox);
    m_area->setEditable(true);
    m_area->setInsertPolicy(QComboBox::NoInsert);
    m_area->lineEdit()->setPlaceholderText(tr("Pick one or type a new area"));
    m_form->addRow(form, kArea, tr("&Area:"), m_area);
    // Latitude and longitude share a row: they are one position.
    auto *latitude = newLineEdit(tr("Latitude"), 20);
    auto *longitude = newLineEdit(tr("Longitude"), 20);
    auto *position = new QWidget;
    auto *positionLayout = new QHBoxLayout(position);
    positionLayout->setContentsMargins(0, 0, 0, 0);
    positionLayout->addWidget(m_form->add(kLatitude, tr("Latitude"), latitude), 1);
    positionLayout->addWidget(m_form->add(kLongitude, tr("Longitude"), longitude), 1);
    auto *positionLabel = new QLabel(tr("Coor&dinates:"));
    positionLabel->setBuddy(latitude);
    form->addRow(positionLabel, position);

    // Management
    QGroupBox *management = newGroup(tr("Management"), &form);
    m_manager = expanding(new QComboBox);
    m_form->addRow(form, kManager, tr("Account &manager:"), m_manager);
    auto *controlAccount = newLineEdit({}, 40);
    controlAccount->setMaximumWidth(180);
    m_form->addRow(form, kControlAccount, tr("Control a&ccount:"), controlAccount);
    m_level = expanding(new QComboBox);
    m_form->addRow(form, kLevel, tr("Le&vel:"), m_level);
    auto *weightEnabled = new QCheckBox(tr("&Override lead weight"));
    auto *weight = new QSpinBox;
    weight->setRange(0, 1000);
    weight->setMaximumWidth(90);
    auto *weightRow = new QWidget;
    auto *weightLayout = new QHBoxLayout(weightRow);
    weightLayout->setContentsMargins(0, 0, 0, 0);
    weightLayout->addWidget(m_form->add(kWeightEnabled, tr("Override lead weight"), weightEnabled));
    weightLayout->addWidget(m_form->add(kWeight, tr("Lead weight"), weight));
    weightLayout->addStretch();
    form->addRow(QString(), weightRow);
    m_activation = expanding(new QComboBox);
    m_form->addRow(form, kActivation, tr("Ac&tivation:"), m_activation);

    // Status
    QGroupBox *statusGroup = newGroup(tr("Status"), &form);
    auto *status = new QComboBox;
    status->setMinimumWidth(180);
    for (PartnerStatus s : Partner::allStatuses())
        status->addItem(Partner::statusLabel(s), static_cast<int>(s));
    m_form->addRow(form, kStatus, tr("Stat&us:"), status);
    m_form->addRow(
        form, kStatusReason, tr("&Reason:"), newLineEdit(tr("Why the partner is inactive or suspended")));
    auto *statusDate = new QDateEdit;
    statusDate->setCalendarPopup(true);
    statusDate->setMinimumDate(QDate(1900, 1, 1));
    statusDate->setSpecialValueText(tr("—"));
    statusDate->setMinimumWidth(180);
    statusDate->setMaximumWidth(180);
    m_form->addRow(form, kStatusDate, tr("S&ince:"), statusDate);

    // Notes
    QGroupBox *notesGroup = newGroup(tr("Notes"), &form);
    m_form->addRow(form, kTags, tr("Ta&gs:"), newLineEdit(tr("Comma-separated, e.g. cloud, premium"), 500));
    auto *notes = new QPlainTextEdit;
    notes->setTabChangesFocus(true);
    notes->setMinimumHeight(70);
    m_form->addRow(form, kNotes, tr("No&tes:"), notes);

    const auto formOf = [](QGroupBox *group) { return static_cast<QFormLayout *>(group->layout()); };
    EditForm::alignLabels({formOf(identity), formOf(address)});
    EditForm::alignLabels({formOf(management), formOf(statusGroup), formOf(notesGroup)});

    auto *page = new QWidget;
    auto *columns = new QHBoxLayout(page);
    columns->setSpacing(12);
    auto *left = new QVBoxLayout;
    left->addWidget(identity);
    left->addWidget(address);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(management);
    right->addWidget(statusGroup);
    right->addWidget(notesGroup, 1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("profilePage"));
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QWidget *PartnerEditor::createBankTab()
{
    QFormLayout *form = nullptr;
    QGroupBox *bank = newGroup(tr("Bank account"), &form);
    m_form->addRow(
        form, kBankHolder, tr("Account &holder:"), newLineEdit(tr("As the bank knows the account")));
    auto *iban = newLineEdit(tr("e.g. DE89 3704 0044 0532 0130 00"), 42);
    m_form->addRow(form, kIban, tr("&IBAN:"), iban);
    auto *bic = newLineEdit(tr("e.g. COBADEFFXXX"), 11);
    bic->setMaximumWidth(180);
    m_form->addRow(form, kBic, tr("BI&C:"), bic);
    m_form->addRow(form, kBankName, tr("&Bank name:"), newLineEdit());

    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("bankPage"));
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    bank->setMaximumWidth(640);
    row->addWidget(bank, 1);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    return page;
}

QWidget *PartnerEditor::createCommissionsTab()
{
    QFormLayout *form = nullptr;
    QGroupBox *terms = newGroup(tr("Commission terms"), &form);
    auto *rate = newLineEdit(tr("e.g. 7.5 (percent); empty: no default rate"), 10);
    rate->setMaximumWidth(180);
    m_form->addRow(form, kCommissionRate, tr("&Default rate (%):"), rate);
    auto *margin = new QCheckBox(tr("&Margin reseller: earns its margin, no commission and no payout"));
    form->addRow(QString(), m_form->add(kMarginBased, tr("Margin reseller"), margin));
    auto *hint
        = new QLabel(tr("The default rate applies when no customer override, own plan or level plan does."));
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    m_statements = new PartnerStatementsView;

    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("commissionsPage"));
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    terms->setMaximumWidth(640);
    row->addWidget(terms, 1);
    row->addStretch();
    layout->addLayout(row);
    layout->addWidget(m_statements, 1);
    return page;
}

QWidget *PartnerEditor::createContactsTab()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("contactsPage"));
    auto *layout = new QVBoxLayout(page);
    auto *buttons = new QHBoxLayout;
    m_addContact = new QPushButton(tr("&Add contact…"));
    m_addContact->setObjectName(QStringLiteral("addContactButton"));
    m_editContact = new QPushButton(tr("&Edit…"));
    m_editContact->setObjectName(QStringLiteral("editContactButton"));
    m_removeContact = new QPushButton(tr("&Remove"));
    m_removeContact->setObjectName(QStringLiteral("removeContactButton"));
    m_contactsHint = new QLabel(tr("Save the partner to add contacts."));
    m_contactsHint->setForegroundRole(QPalette::PlaceholderText);
    buttons->addWidget(m_addContact);
    buttons->addWidget(m_editContact);
    buttons->addWidget(m_removeContact);
    buttons->addSpacing(12);
    buttons->addWidget(m_contactsHint);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_contacts = new ContactsModel(this);
    m_contactsView = new QTableView;
    m_contactsView->setObjectName(QStringLiteral("contactsView"));
    m_contactsView->setModel(m_contacts);
    m_contactsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contactsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_contactsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contactsView->setAlternatingRowColors(true);
    m_contactsView->setWordWrap(false);
    m_contactsView->verticalHeader()->hide();
    m_contactsView->horizontalHeader()->setStretchLastSection(true);
    m_contactsView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_contactsView->horizontalHeader()->setMinimumSectionSize(140);
    layout->addWidget(m_contactsView, 1);
    auto *legend = new QLabel(tr("The primary contact is shown in bold."));
    legend->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(legend);

    connect(m_addContact, &QPushButton::clicked, this, &PartnerEditor::addContact);
    connect(m_editContact, &QPushButton::clicked, this, &PartnerEditor::editContact);
    connect(m_removeContact, &QPushButton::clicked, this, &PartnerEditor::removeContact);
    connect(m_contactsView, &QTableView::doubleClicked, this, &PartnerEditor::editContact);
    connect(m_contactsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &PartnerEditor::updateActions);
    connect(m_contacts, &QAbstractItemModel::modelReset, this, [this] {
        m_contactsView->resizeColumnsToContents();
        updateActions();
    });
    return page;
}

QWidget *PartnerEditor::createCustomersTab()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("customersPage"));
    auto *layout = new QVBoxLayout(page);
    m_customersHint = new QLabel;
    m_customersHint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_customersHint);
    m_customers = new CustomerTableModel(this);
    m_customersView = new QTableView;
    m_customersView->setObjectName(QStringLiteral("customersView"));
    m_customersView->setModel(m_customers);
    m_customersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_customersView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_customersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_customersView->setAlternatingRowColors(true);
    m_customersView->setSortingEnabled(true);
    m_customersView->setWordWrap(false);
    m_customersView->verticalHeader()->hide();
    m_customersView->horizontalHeader()->setStretchLastSection(true);
    m_customersView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_customersView->horizontalHeader()->setDefaultSectionSize(150);
    // The partner column says the same in every row here.
    m_customersView->setColumnHidden(CustomerTableModel::columnOf(CustomerColumn::Partner), true);
    layout->addWidget(m_customersView, 1);
    connect(m_customersView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_customers->customerId(index.row()))
            emit openCustomerRequested(id);
    });
    connect(m_customers, &CustomerTableModel::countChanged, this, &PartnerEditor::updateCustomersHint);
    return page;
}

QWidget *PartnerEditor::createTimelineTab()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("timelinePage"));
    auto *layout = new QVBoxLayout(page);
    m_timeline = new TimelineModel(this);
    m_timelineView = new QListView;
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setItemDelegate(new TimelineDelegate(m_timelineView));
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->setUniformItemSizes(true);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_timelineView, 1);
    return page;
}

} // namespace cd
