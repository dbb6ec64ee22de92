// AgreementEditor's tabs (details, periods, documents, history, tasks) and the dialogs they open.

#include "agreementeditor_p.h"

namespace cd {

using namespace agreementeditor;

QWidget *AgreementEditor::createDetailsTab()
{
    auto *page = new QWidget;
    auto *outer = new QVBoxLayout(page);
    auto *group = new QGroupBox(tr("Agreement"));
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_type = new QComboBox;
    m_form->addRow(form, kType, tr("T&ype:"), m_type);
    m_owner = new QComboBox;
    m_form->addRow(form, kOwner, tr("&Owner:"), m_owner);
    auto *rate = new QLineEdit;
    rate->setPlaceholderText(tr("e.g. 7.5% or 0.075"));
    rate->setMaximumWidth(fontMetrics().averageCharWidth() * 18);
    rate->setToolTip(tr("Default commission rate for the partner, exact to a ten-thousandth of a percent"));
    m_form->addRow(form, kRate, tr("&Commission rate:"), rate);
    auto *terms = new QPlainTextEdit;
    terms->setTabChangesFocus(true);
    m_form->addRow(form, kTerms, tr("&Terms:"), terms);
    auto *notes = new QPlainTextEdit;
    notes->setTabChangesFocus(true);
    notes->setFixedHeight(fontMetrics().height() * 5);
    // The terms take the page's height; the notes row stays as high as its box.
    m_form->addRow(form, kNotes, tr("&Notes:"), notes)
        ->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    outer->addWidget(group);
    return page;
}

QWidget *AgreementEditor::createPeriodsTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_periods
        = newTable({tr("#"), tr("Start"), tr("End"), tr("Notice"), tr("Auto-renew"), tr("Renewal term")});
    m_periods->setObjectName(QStringLiteral("periods"));
    layout->addWidget(m_periods, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Period…"));
    add->setObjectName(QStringLiteral("addPeriodButton"));
    connect(add, &QPushButton::clicked, this, &AgreementEditor::addPeriodDialog);
    buttons->addWidget(add);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

QWidget *AgreementEditor::createDocumentsTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *splitter = new QSplitter(Qt::Horizontal);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_versions
        = newTable({tr("Version"), tr("File"), tr("Size"), tr("SHA-256"), tr("By"), tr("When"), tr("Note")});
    m_versions->setObjectName(QStringLiteral("versions"));
    leftLayout->addWidget(m_versions, 1);
    auto *buttons = new QHBoxLayout;
    auto *upload = new QPushButton(tr("&Upload Version…"));
    upload->setObjectName(QStringLiteral("uploadButton"));
    connect(upload, &QPushButton::clicked, this, &AgreementEditor::uploadDialog);
    auto *generate = new QPushButton(tr("&Generate PDF"));
    generate->setObjectName(QStringLiteral("generateButton"));
    generate->setToolTip(tr("Fill the agreement template with the partner's and the agreement's data"));
    connect(generate, &QPushButton::clicked, this, [this] {
        if (const Status s = generatePdf(); !s)
            m_form->showMessage(s.error().toString());
    });
    m_openVersion = new QPushButton(tr("Open with System &Viewer"));
    m_openVersion->setObjectName(QStringLiteral("openVersionButton"));
    connect(m_openVersion, &QPushButton::clicked, this, &AgreementEditor::openSelectedVersion);
    buttons->addWidget(upload);
    buttons->addWidget(generate);
    buttons->addStretch(1);
    buttons->addWidget(m_openVersion);
    leftLayout->addLayout(buttons);
    splitter->addWidget(left);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_previewHint = new QLabel(tr("Select a PDF version to preview it."));
    m_previewHint->setAlignment(Qt::AlignCenter);
    m_pdf = new QPdfDocument(this);
    m_pdfBuffer = new QBuffer(this);
    m_pdfView = new QPdfView;
    m_pdfView->setObjectName(QStringLiteral("pdfPreview"));
    m_pdfView->setDocument(m_pdf);
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    rightLayout->addWidget(m_previewHint);
    rightLayout->addWidget(m_pdfView, 1);
    splitter->addWidget(right);
    // The preview gets as much room as the list: a page is only readable at a reasonable width.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_versions, &QTableWidget::itemSelectionChanged, this, [this] {
        const qint64 id = selectedDocumentId();
        m_openVersion->setEnabled(id != 0);
        previewVersion(id);
    });
    connect(m_versions, &QTableWidget::cellDoubleClicked, this, &AgreementEditor::openSelectedVersion);
    return page;
}

QWidget *AgreementEditor::createHistoryTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_history = newTable({tr("From"), tr("To"), tr("By"), tr("When"), tr("Effective"), tr("Comment")});
    m_history->setObjectName(QStringLiteral("history"));
    layout->addWidget(m_history);
    return page;
}

QWidget *AgreementEditor::createTasksTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_tasks = newTable({tr("Task"), tr("Due"), tr("Assignee"), tr("Status")});
    m_tasks->setObjectName(QStringLiteral("tasks"));
    layout->addWidget(m_tasks, 1);
    auto *buttons = new QHBoxLayout;
    m_taskDone = new QPushButton(tr("Mark &Done"));
    m_taskDone->setEnabled(false);
    connect(m_taskDone, &QPushButton::clicked, this, [this] {
        const int row = m_tasks->currentRow();
        if (row < 0)
            return;
        if (const Status s = markTaskDone(m_tasks->item(row, 0)->data(Qt::UserRole).toLongLong()); !s)
            m_form->showMessage(s.error().message);
    });
    connect(m_tasks, &QTableWidget::itemSelectionChanged, this,
        [this] { m_taskDone->setEnabled(m_tasks->currentRow() >= 0); });
    buttons->addStretch(1);
    buttons->addWidget(m_taskDone);
    layout->addLayout(buttons);
    return page;
}

void AgreementEditor::addPeriodDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Period"));
    auto *form = new QFormLayout(&dialog);
    const QDate start = m_agreement.currentEnd.isValid() ? m_agreement.currentEnd.addDays(1) : Clock::today();
    auto *startEdit = new QDateEdit(start);
    startEdit->setCalendarPopup(true);
    auto *endEdit = new QDateEdit(start.addYears(1).addDays(-1));
    endEdit->setCalendarPopup(true);
    auto *notice = new QSpinBox;
    notice->setRange(0, 3660);
    notice->setValue(90);
    notice->setSuffix(tr(" days"));
    auto *autoRenew = new QCheckBox(tr("Renews automatically"));
    auto *months = new QSpinBox;
    months->setRange(1, 120);
    months->setValue(12);
    months->setSuffix(tr(" months"));
    form->addRow(tr("&Start:"), startEdit);
    form->addRow(tr("&End:"), endEdit);
    form->addRow(tr("&Notice:"), notice);
    form->addRow(QString(), autoRenew);
    form->addRow(tr("&Renewal term:"), months);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AgreementPeriod p;
    p.start = startEdit->date();
    p.end = endEdit->date();
    p.noticeDays = notice->value();
    p.autoRenew = autoRenew->isChecked();
    p.renewalMonths = months->value();
    if (const Status s = addPeriod(p); !s)
        m_form->showMessage(s.error().message);
}

void AgreementEditor::uploadDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Upload Document Version"), QDir::homePath(),
        tr("Documents (*.pdf *.docx *.png *.jpg *.jpeg);;All files (*)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Upload Document Version"),
        tr("Note for version of “%1” (optional):").arg(QFileInfo(path).fileName()), QLineEdit::Normal, {},
        &ok);
    if (!ok)
        return;
    const bool signedCopy
        = QMessageBox::question(this, tr("Upload Document Version"),
              tr("Is this the copy signed by the partner?"), QMessageBox::Yes | QMessageBox::No)
        == QMessageBox::Yes;
    if (const Status s = uploadFile(path, note, signedCopy); !s)
        m_form->showMessage(s.error().toString());
}

} // namespace cd
