#include "agreementeditor.h"

#include "agreementeditor_p.h"

namespace cd {

using namespace agreementeditor;

AgreementEditor::AgreementEditor(const Database &db, qint64 agreementId, QWidget *parent)
    : FormEditor(parent)
    , m_db(db)
{
    m_agreement.id = agreementId;
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    m_header = new RecordHeader;
    auto *partnerButton = m_header->addButton(tr("Open &Partner"), QStringLiteral("partnerButton"));
    connect(partnerButton, &QPushButton::clicked, this,
        [this] { emit openPartnerRequested(m_agreement.partnerId); });
    auto *reloadButton = m_header->addButton(tr("Re&load"), QStringLiteral("reloadButton"));
    connect(reloadButton, &QPushButton::clicked, this, [this] {
        if (m_form->confirmDiscard(m_agreement.number))
            reload();
    });
    m_moveButton = m_header->addButton(tr("&Move to"), QStringLiteral("moveButton"));
    m_moveButton->setMenu(new QMenu(m_moveButton));
    m_saveButton = m_header->addButton(tr("&Save"), QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, &AgreementEditor::save);

    m_stageBadge = new QLabel;
    m_stageBadge->setObjectName(QStringLiteral("stageBadge"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_stageBadge, 0, Qt::AlignTop);
    top->addWidget(m_header, 1);
    layout->addLayout(top);
    layout->addWidget(m_form->messageBar());

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createDetailsTab(), tr("&Details"));
    m_tabs->addTab(createPeriodsTab(), tr("P&eriods"));
    m_tabs->addTab(createDocumentsTab(), tr("D&ocuments"));
    m_tabs->addTab(createHistoryTab(), tr("&History"));
    m_tabs->addTab(createTasksTab(), tr("&Tasks"));
    layout->addWidget(m_tabs, 1);

    m_form->setValidator([this] { return validate(); });
    connect(m_form, &EditForm::modifiedChanged, this, [this] {
        updateHeader();
        m_saveButton->setEnabled(isModified());
    });
    connect(m_form, &EditForm::errorsChanged, this, [this] { m_saveButton->setEnabled(isModified()); });
    reload();
}

AgreementEditor::~AgreementEditor() = default;

QLabel *AgreementEditor::messageLabel() const
{
    return m_form->messageBar();
}

QString AgreementEditor::title() const
{
    //: Agreement tab title: number, partner
    const QString text = tr("%1 – %2").arg(m_agreement.number, m_partnerName);
    //: Editor title with unsaved changes
    return isModified() ? tr("%1*").arg(text) : text;
}

Agreement AgreementEditor::agreement() const
{
    Agreement a = m_agreement;
    a.typeId = m_form->value(kType).toLongLong();
    a.ownerId = m_form->value(kOwner).toLongLong();
    if (auto rate = Decimal::parse(m_form->text(kRate).trimmed(), kRate))
        a.commissionRate = rate.value();
    a.terms = m_form->text(kTerms);
    a.notes = m_form->text(kNotes);
    return a;
}

QList<Error> AgreementEditor::validate() const
{
    QList<Error> errors;
    const QString rate = m_form->text(kRate).trimmed();
    if (rate.isEmpty()) {
        errors.append(Error::validation(kRate, tr("Enter a commission rate, 0% if there is none.")));
    } else if (auto parsed = Decimal::parse(rate, kRate); !parsed) {
        Error e = parsed.error();
        e.field = kRate;
        errors.append(e);
    }
    for (const Error &e : agreement().validate()) {
        if (e.field != kRate || errors.isEmpty())
            errors.append(e);
    }
    return errors;
}

void AgreementEditor::reload()
{
    auto stored = AgreementStore(m_db).get(m_agreement.id);
    if (!stored) {
        m_form->showMessage(stored.error().message);
        return;
    }
    m_agreement = stored.value();
    // The partner's name for the title; an agreement whose partner cannot be read still opens.
    const auto partner = PartnerStore(m_db).get(m_agreement.partnerId);
    if (!partner)
        showReadError(this, tr("the agreement's partner"), partner.error());
    m_partnerName = partner ? partner->name : QString::number(m_agreement.partnerId);

    m_form->withoutRecording([&] {
        {
            const QSignalBlocker b1(m_type);
            const QSignalBlocker b2(m_owner);
            m_type->clear();
            for (const AgreementType &t :
                valueOrShow(AgreementStore(m_db).types(), this, tr("the agreement types"))) {
                if (t.active || t.id == m_agreement.typeId)
                    m_type->addItem(t.name, t.id);
            }
            m_owner->clear();
            m_owner->addItem(tr("Nobody"), qint64(0));
            for (const User &u : valueOrShow(LookupStore(m_db).users(), this, tr("the users")))
                m_owner->addItem(u.label(), u.id);
        }
        showAgreement(m_agreement);
    });
    m_form->resetHistory();
    rereadPeriods();
    rereadVersions();
    rereadHistory();
    rereadTasks();
    updateHeader();
    m_saveButton->setEnabled(false);
}

void AgreementEditor::showAgreement(const Agreement &a)
{
    m_form->setValue(kType, a.typeId);
    m_form->setValue(kOwner, a.ownerId);
    m_form->setValue(kRate, a.commissionRate.toPercentString());
    m_form->setValue(kTerms, a.terms);
    m_form->setValue(kNotes, a.notes);
}

void AgreementEditor::updateHeader()
{
    //: Agreement page heading: number, partner
    m_header->setHeading(tr("%1 – %2").arg(m_agreement.number, m_partnerName));
    QString expiry;
    if (!m_agreement.hasPeriod()) {
        expiry = tr("no contract period");
    } else {
        const int days = m_agreement.daysToExpiry();
        if (days < 0)
            expiry = tr("expired %n day(s) ago", nullptr, -days);
        else if (days == 0)
            expiry = tr("ends today");
        else
            expiry = tr("ends %1, in %n day(s)", nullptr, days).arg(dateText(m_agreement.currentEnd));
    }
    QStringList facts {m_type->currentText(), expiry};
    if (m_agreement.signedOn.isValid())
        facts.append(tr("signed %1").arg(dateText(m_agreement.signedOn)));
    if (m_agreement.stage == AgreementStage::Terminated)
        facts.append(
            tr("terminated %1: %2").arg(dateText(m_agreement.terminatedOn), m_agreement.terminationReason));
    m_header->setFacts(facts);

    const AgreementStageInfo info = AgreementStages::info(m_agreement.stage);
    m_stageBadge->setText(info.label);
    m_stageBadge->setStyleSheet(QStringLiteral(
        "QLabel { background: %1; color: %2; border-radius: 4px; padding: 4px 10px; font-weight: bold; }")
                                    .arg(info.colour, info.textColour));
    updateMoveMenu();

    announceTitle();
}

void AgreementEditor::updateMoveMenu()
{
    QMenu *menu = m_moveButton->menu();
    menu->clear();
    const QList<AgreementStage> targets = AgreementWorkflow::manualTargets(m_agreement.stage);
    for (AgreementStage to : targets) {
        menu->addAction(AgreementStages::label(to), this, [this, to] {
            if (const Status s = moveTo(to); !s && s.error().code != Error::Code::Cancelled)
                m_form->showMessage(s.error().message);
        });
    }
    m_moveButton->setEnabled(!targets.isEmpty());
}

void AgreementEditor::rereadPeriods()
{
    m_periods->setRowCount(0);
    const auto periods
        = valueOrShow(AgreementStore(m_db).periods(m_agreement.id), this, tr("the contract periods"));
    for (const AgreementPeriod &p : periods) {
        const int row = m_periods->rowCount();
        m_periods->insertRow(row);
        m_periods->setItem(row, 0, cell(QString::number(p.sequence), p.id));
        m_periods->setItem(row, 1, cell(dateText(p.start)));
        m_periods->setItem(row, 2, cell(dateText(p.end)));
        m_periods->setItem(row, 3, cell(tr("%n day(s)", nullptr, p.noticeDays)));
        m_periods->setItem(row, 4, cell(p.autoRenew ? tr("yes") : tr("no")));
        m_periods->setItem(row, 5, cell(tr("%n month(s)", nullptr, p.renewalMonths)));
    }
    m_periods->resizeColumnsToContents();
}

void AgreementEditor::rereadVersions()
{
    const qint64 selected = selectedDocumentId();
    m_versions->setRowCount(0);
    m_documents
        = valueOrShow(DocumentStore(m_db).versions(m_agreement.id), this, tr("the document versions"));
    for (const AgreementDocument &d : std::as_const(m_documents)) {
        const int row = m_versions->rowCount();
        m_versions->insertRow(row);
        QString version = QString::number(d.version);
        if (d.signedCopy)
            //: Document version marked as the partner's signed copy
            version = tr("%1 (signed)").arg(version);
        else if (d.generated)
            //: Document version generated from the template
            version = tr("%1 (generated)").arg(version);
        m_versions->setItem(row, 0, cell(version, d.id));
        m_versions->setItem(row, 1, cell(d.fileName));
        m_versions->setItem(row, 2, cell(sizeText(d.size)));
        auto *hash = cell(d.sha256.left(12) + QStringLiteral("…"));
        hash->setToolTip(d.sha256);
        m_versions->setItem(row, 3, hash);
        m_versions->setItem(row, 4, cell(d.user));
        m_versions->setItem(row, 5, cell(dateTimeText(d.at)));
        m_versions->setItem(row, 6, cell(d.note));
        if (d.id == selected)
            m_versions->selectRow(row);
    }
    m_versions->resizeColumnsToContents();
    m_openVersion->setEnabled(selectedDocumentId() != 0);
}

void AgreementEditor::rereadHistory()
{
    m_history->setRowCount(0);
    const auto history = valueOrShow(AgreementStore(m_db).history(m_agreement.id), this, tr("the history"));
    // Newest first: the latest change is what a reader looks for.
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        const AgreementTransition &t = *it;
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        m_history->setItem(row, 0, cell(AgreementStages::label(t.from)));
        m_history->setItem(row, 1, cell(AgreementStages::label(t.to)));
        m_history->setItem(row, 2, cell(t.automatic ? tr("%1 (daily job)").arg(t.user) : t.user));
        m_history->setItem(row, 3, cell(dateTimeText(t.at)));
        m_history->setItem(row, 4, cell(dateText(t.effectiveOn)));
        m_history->setItem(row, 5, cell(t.comment));
    }
    m_history->resizeColumnsToContents();
}

void AgreementEditor::rereadTasks()
{
    m_tasks->setRowCount(0);
    TaskFilter filter;
    filter.status.reset();
    filter.agreementId = m_agreement.id;
    // An agreement has a handful of tasks; one page holds them all.
    const auto tasks = valueOrShow(TaskStore(m_db).page(filter, 0, 500), this, tr("the tasks"));
    for (const Task &t : tasks) {
        const int row = m_tasks->rowCount();
        m_tasks->insertRow(row);
        m_tasks->setItem(row, 0, cell(t.title, t.id));
        m_tasks->setItem(row, 1, cell(dateText(t.dueDate)));
        m_tasks->setItem(row, 2, cell(t.assignee));
        m_tasks->setItem(row, 3, cell(t.status == TaskStatus::Done ? tr("done") : tr("open")));
        if (t.isOverdue()) {
            for (int c = 0; c < m_tasks->columnCount(); ++c)
                m_tasks->item(row, c)->setForeground(QColor(0xc6, 0x28, 0x28));
        }
    }
    m_tasks->resizeColumnsToContents();
    m_taskDone->setEnabled(false);
}

QString AgreementEditor::displayName() const
{
    return m_agreement.number;
}

void AgreementEditor::afterSave()
{
    updateHeader();
}

Status AgreementEditor::write()
{
    auto stored = AgreementStore(m_db).update(agreement());
    if (!stored)
        return stored.error();
    m_agreement = stored.value();
    m_form->withoutRecording([&] { showAgreement(m_agreement); });
    m_form->revalidate();
    rereadHistory();
    updateHeader();
    return {};
}

Status AgreementEditor::adoptStoredVersion()
{
    auto stored = AgreementStore(m_db).get(m_agreement.id);
    if (!stored)
        return stored.error();
    m_agreement.version = stored->version;
    m_agreement.stage = stored->stage;
    m_agreement.currentEnd = stored->currentEnd;
    return {};
}

void AgreementEditor::afterWrite()
{
    // A move or a new period changes the version, stage and end; the form's unsaved edits stay,
    // since agreement() takes the editable fields from the form.
    if (auto stored = AgreementStore(m_db).get(m_agreement.id))
        m_agreement = stored.value();
    rereadPeriods();
    rereadVersions();
    rereadHistory();
    rereadTasks();
    updateHeader();
    emit saved(m_agreement.id);
}

Status AgreementEditor::moveTo(AgreementStage to)
{
    // The move changes the stored version: unsaved details go first, or the save would conflict.
    if (isModified() && !save())
        return Error::make(
            Error::Code::Cancelled, tr("Save or undo the changes before moving the agreement."));
    AgreementMove move;
    move.to = to;
    if (m_moveInput) {
        const auto input = m_moveInput(to);
        if (!input)
            return Error::make(Error::Code::Cancelled, tr("The move was cancelled."));
        move = *input;
        move.to = to;
    } else if (AgreementMoveDialog::needsInput(to)) {
        AgreementMoveDialog dialog(m_agreement.number, m_agreement.stage, to, this);
        if (dialog.exec() != QDialog::Accepted)
            return Error::make(Error::Code::Cancelled, tr("The move was cancelled."));
        move = dialog.move();
    }
    auto moved = AgreementStore(m_db).move(m_agreement.id, move);
    if (!moved) {
        m_form->showMessage(moved.error().message);
        return moved.error();
    }
    m_form->showMessage({});
    afterWrite();
    return {};
}

Status AgreementEditor::addPeriod(const AgreementPeriod &period)
{
    AgreementPeriod p = period;
    p.agreementId = m_agreement.id;
    auto added = AgreementStore(m_db).addPeriod(p);
    if (!added)
        return added.error();
    afterWrite();
    return {};
}

Status AgreementEditor::uploadFile(const QString &path, const QString &note, bool signedCopy)
{
    auto stored = DocumentStore(m_db).attachFile(m_agreement.id, path, note, signedCopy);
    if (!stored)
        return stored.error();
    afterWrite();
    // The new version is selected, so its preview shows at once.
    for (int row = 0; row < m_versions->rowCount(); ++row) {
        if (m_versions->item(row, 0)->data(Qt::UserRole).toLongLong() == stored->id)
            m_versions->selectRow(row);
    }
    return {};
}

Status AgreementEditor::generatePdf()
{
    auto generated = AgreementPdfGenerator(m_db).generate(m_agreement.id);
    if (!generated)
        return generated.error();
    afterWrite();
    for (int row = 0; row < m_versions->rowCount(); ++row) {
        if (m_versions->item(row, 0)->data(Qt::UserRole).toLongLong() == generated->id)
            m_versions->selectRow(row);
    }
    return {};
}

qint64 AgreementEditor::selectedDocumentId() const
{
    const QList<QTableWidgetItem *> selected = m_versions->selectedItems();
    if (selected.isEmpty())
        return 0;
    return m_versions->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong();
}

bool AgreementEditor::previewVersion(qint64 documentId)
{
    m_pdf->close();
    m_pdfBuffer->close();
    const auto doc = std::find_if(m_documents.cbegin(), m_documents.cend(),
        [documentId](const AgreementDocument &d) { return d.id == documentId; });
    if (documentId == 0 || doc == m_documents.cend() || !doc->isPdf()) {
        m_previewHint->setText(documentId == 0 ? tr("Select a PDF version to preview it.")
                                               : tr("Only PDF versions can be previewed here; open "
                                                    "this one with the system viewer."));
        m_previewHint->show();
        return false;
    }
    auto content = DocumentStore(m_db).content(documentId);
    if (!content) {
        m_previewHint->setText(content.error().message);
        m_previewHint->show();
        return false;
    }
    m_pdfBuffer->setData(content.value());
    m_pdfBuffer->open(QIODevice::ReadOnly);
    m_pdf->load(m_pdfBuffer);
    const bool ok = m_pdf->status() == QPdfDocument::Status::Ready;
    m_previewHint->setText(ok ? QString() : tr("The PDF could not be read."));
    m_previewHint->setVisible(!ok);
    return ok;
}

Result<QString> AgreementEditor::writeTempCopy(qint64 documentId) const
{
    auto doc = DocumentStore(m_db).get(documentId);
    if (!doc)
        return doc.error();
    // Named after the agreement and version, so several opened versions do not overwrite each other.
    const QString dir = QDir::temp().filePath(QStringLiteral("channeldesk-documents"));
    QDir().mkpath(dir);
    const QString name
        = QStringLiteral("%1-v%2-%3").arg(m_agreement.number).arg(doc->version).arg(doc->fileName);
    const QString path = QDir(dir).filePath(name);
    if (const Status s = DocumentStore(m_db).exportTo(documentId, path); !s)
        return s.error();
    return path;
}

void AgreementEditor::openSelectedVersion()
{
    const qint64 id = selectedDocumentId();
    if (id == 0)
        return;
    auto path = writeTempCopy(id);
    if (!path) {
        m_form->showMessage(path.error().toString());
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path.value())))
        m_form->showMessage(
            tr("No program is set up to open %1.").arg(QDir::toNativeSeparators(path.value())));
}

Status AgreementEditor::markTaskDone(qint64 taskId)
{
    auto done = TaskStore(m_db).markDone(taskId);
    if (!done)
        return done.error();
    rereadTasks();
    emit saved(m_agreement.id);
    return {};
}

} // namespace cd
