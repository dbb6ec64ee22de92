#include "importdialog.h"

#include "shared/fielderror.h"
#include "shared/jobprogressdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

namespace {

// One red for every inline error (as FieldError uses), readable on light and dark backgrounds.

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(kErrorColor)));
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

// A file error for people: where in the file, not the file's full path again.
QString describe(const Error &e)
{
    return e.line > 0 ? ImportDialog::tr("Line %1: %2").arg(e.line).arg(e.message) : e.message;
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

ImportDialog::ImportDialog(const Database &db, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
{
    setWindowTitle(tr("Import from CSV"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);

    // File page
    auto *filePage = new QWizardPage(this);
    filePage->setTitle(tr("Choose a File"));
    filePage->setSubTitle(
        tr("A CSV file with a header row naming the columns. Commas, semicolons and tabs are all fine, "
           "and so are UTF-8 and the encodings spreadsheets write on Windows."));
    m_path = new QLineEdit(filePage);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setPlaceholderText(tr("Path of the CSV file"));
    auto *browseButton = new QPushButton(tr("&Browse…"), filePage);
    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    m_kind = new QComboBox(filePage);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Partners"), int(ImportKind::Partners));
    m_kind->addItem(tr("Contacts of partners"), int(ImportKind::Contacts));
    m_kind->addItem(tr("Customers"), int(ImportKind::Customers));
    m_kind->addItem(tr("Invoices and credit notes"), int(ImportKind::Sales));
    m_allOrNothing = new QCheckBox(tr("Import nothing when any row has a problem"), filePage);
    m_allOrNothing->setObjectName(QStringLiteral("allOrNothing"));
    m_allOrNothing->setChecked(true);
    m_allOrNothing->setToolTip(tr("Otherwise the good rows are imported and the others are listed."));
    // Partners and customers have codes, so a row can meet a stored record.
    m_existing = new QComboBox(filePage);
    m_existing->setObjectName(QStringLiteral("existing"));
    m_existing->addItem(tr("Report them as problems"), int(ExistingRows::Fail));
    m_existing->addItem(tr("Leave the stored ones as they are"), int(ExistingRows::Skip));
    m_existing->addItem(tr("Update them with the file's values"), int(ExistingRows::Update));
    m_existing->setToolTip(tr("Rows are matched by their code. An update changes only what the row gives: "
                              "empty cells keep the stored value."));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportDialog::updateExistingChoice);
    m_fileError = errorLabel(filePage);
    m_fileError->setObjectName(QStringLiteral("fileError"));
    auto *fileForm = new QFormLayout(filePage);
    auto *pathLabel = new QLabel(tr("&File:"), filePage);
    pathLabel->setBuddy(m_path);
    fileForm->addRow(pathLabel, pathRow);
    fileForm->addRow(tr("&Contains:"), m_kind);
    fileForm->addRow(tr("Codes already &stored:"), m_existing);
    fileForm->addRow(QString(), m_allOrNothing);
    fileForm->addRow(QString(), m_fileError);
    connect(m_path, &QLineEdit::textChanged, this, [this] { showError(m_fileError, {}); });
    setPage(FilePage, filePage);

    // Mapping page
    m_mappingPage = new QWizardPage(this);
    m_mappingPage->setTitle(tr("Match the Columns"));
    m_mappingPage->setSubTitle(tr("Choose the field each column of the file goes to. Columns set to \"Do not "
                                  "import\" are left out."));
    m_mappingPage->setButtonText(QWizard::NextButton, tr("&Import"));
    m_mappingPage->setButtonText(QWizard::CommitButton, tr("&Import"));
    m_fileSummary = new QLabel(m_mappingPage);
    m_fileSummary->setTextFormat(Qt::PlainText);
    m_fileSummary->setWordWrap(true);
    // The text encoding, with the samples below read again at once when it changes.
    m_encoding = new QComboBox(m_mappingPage);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    for (const TextEncoding e : CsvReader::encodings()) {
        QString label;
        switch (e) {
        case TextEncoding::Auto:
            label = tr("Detect");
            break;
        case TextEncoding::Utf8:
            label = tr("UTF-8");
            break;
        case TextEncoding::Utf16:
            label = tr("UTF-16 (Unicode text)");
            break;
        case TextEncoding::Windows1252:
            label = tr("Windows-1252 (Western European, Excel on Windows)");
            break;
        case TextEncoding::Latin1:
            label = tr("ISO-8859-1 (Latin-1)");
            break;
        case TextEncoding::Latin9:
            label = tr("ISO-8859-15 (Latin-9, with €)");
            break;
        }
        m_encoding->addItem(label, int(e));
    }
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::rereadInEncoding);
    auto *encodingLabel = new QLabel(tr("&Encoding:"), m_mappingPage);
    encodingLabel->setBuddy(m_encoding);
    auto *encodingRow = new QHBoxLayout;
    encodingRow->addWidget(encodingLabel);
    encodingRow->addWidget(m_encoding);
    encodingRow->addStretch(1);
    m_mappingTable = new QTableWidget(0, 3, m_mappingPage);
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingTable->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("Import as"), tr("Values in the first rows")});
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingTable->setWordWrap(false);
    m_mappingTable->setFocusPolicy(Qt::NoFocus); // the combo boxes take the focus, not the cells
    m_mappingTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_mappingError = errorLabel(m_mappingPage);
    m_mappingError->setObjectName(QStringLiteral("mappingError"));
    m_check = new QPushButton(tr("&Check the File"), m_mappingPage);
    m_check->setObjectName(QStringLiteral("check"));
    m_check->setToolTip(tr("Reads the whole file and counts what the import would create, update and "
                           "refuse, without writing anything."));
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::check);
    m_checkResult = new QLabel(m_mappingPage);
    m_checkResult->setObjectName(QStringLiteral("checkResult"));
    m_checkResult->setTextFormat(Qt::PlainText);
    m_checkResult->setWordWrap(true);
    // Room for the counts and the first problem, so that the table does not squeeze them.
    m_checkResult->setMinimumHeight(m_checkResult->fontMetrics().lineSpacing() * 2 + 4);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkResult, 1);
    checkRow->addWidget(m_check, 0, Qt::AlignTop);
    auto *mappingLayout = new QVBoxLayout(m_mappingPage);
    mappingLayout->addWidget(m_fileSummary);
    mappingLayout->addLayout(encodingRow);
    mappingLayout->addWidget(m_mappingTable, 1);
    mappingLayout->addWidget(m_mappingError);
    mappingLayout->addLayout(checkRow);
    setPage(MappingPage, m_mappingPage);

    // Result page
    auto *resultPage = new QWizardPage(this);
    resultPage->setTitle(tr("Result"));
    resultPage->setFinalPage(true);
    m_summary = new QLabel(resultPage);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new QTableWidget(0, 3, resultPage);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_problems->verticalHeader()->hide();
    // One line per problem; a long message shows whole in its tool tip.
    m_problems->setWordWrap(false);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_importGoodRows = new QPushButton(tr("Import the &Good Rows"), resultPage);
    m_importGoodRows->setObjectName(QStringLiteral("importGoodRows"));
    m_importGoodRows->setToolTip(tr("Imports every row without a problem and leaves out the rows listed."));
    connect(m_importGoodRows, &QPushButton::clicked, this, [this] { runImport(false); });
    auto *goodRowsRow = new QHBoxLayout;
    goodRowsRow->addStretch(1);
    goodRowsRow->addWidget(m_importGoodRows);
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->addWidget(m_summary);
    resultLayout->addWidget(m_problems, 1);
    resultLayout->addLayout(goodRowsRow);
    setPage(ResultPage, resultPage);

    setStartId(FilePage);
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 34);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString ImportDialog::file() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ImportDialog::setKind(ImportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

ImportKind ImportDialog::kind() const
{
    return ImportKind(m_kind->currentData().toInt());
}

void ImportDialog::setAllOrNothing(bool allOrNothing)
{
    m_allOrNothing->setChecked(allOrNothing);
}

bool ImportDialog::allOrNothing() const
{
    return m_allOrNothing->isChecked();
}

void ImportDialog::setExisting(ExistingRows existing)
{
    m_existing->setCurrentIndex(m_existing->findData(int(existing)));
}

ExistingRows ImportDialog::existing() const
{
    return m_existing->isEnabled() ? ExistingRows(m_existing->currentData().toInt()) : ExistingRows::Fail;
}

void ImportDialog::updateExistingChoice()
{
    m_existing->setEnabled(kind() == ImportKind::Partners || kind() == ImportKind::Customers);
}

QHash<QString, QString> ImportDialog::mapping() const
{
    QHash<QString, QString> out;
    for (int row = 0; row < m_mappingTable->rowCount(); ++row) {
        const QString header = m_mappingTable->item(row, 0)->data(Qt::UserRole).toString();
        const auto *combo = qobject_cast<const QComboBox *>(m_mappingTable->cellWidget(row, 1));
        if (!out.contains(header))
            out.insert(header, combo ? combo->currentData().toString() : QString());
    }
    return out;
}

std::optional<ImportReport> ImportDialog::report() const
{
    if (m_result && m_result->ok())
        return m_result->value();
    return std::nullopt;
}

void ImportDialog::browse()
{
    const QString start = file().isEmpty() ? QFileInfo(m_db.path()).absolutePath() : file();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import from CSV"), start, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool ImportDialog::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage: {
        if (file().isEmpty()) {
            showError(m_fileError, tr("Choose the file to import."));
            return false;
        }
        // Only the first rows are read here: the file's encoding, delimiter and headers.
        {
            const QSignalBlocker blocker(m_encoding);
            m_encoding->setCurrentIndex(m_encoding->findData(int(TextEncoding::Auto)));
        }
        auto preview = Importer(m_db).preview(file(), kind(), TextEncoding::Auto);
        if (!preview) {
            showError(m_fileError, describe(preview.error()));
            return false;
        }
        m_preview = preview.value();
        showError(m_fileError, {});
        return true;
    }
    case MappingPage:
        if (!m_mappingTable->isEnabled())
            return false; // the chosen encoding does not read the file; the message says why
        if (const Status s = Importer::checkMapping(kind(), m_preview.headers, mapping(), existing()); !s) {
            showError(m_mappingError, s.error().message);
            return false;
        }
        runImport(allOrNothing());
        return true;
    default:
        return QWizard::validateCurrentPage();
    }
}

void ImportDialog::initializePage(int id)
{
    if (id == MappingPage)
        showMapping();
    else if (id == ResultPage)
        showResult();
    QWizard::initializePage(id);
}

void ImportDialog::showMapping()
{
    QString delimiter;
    if (m_preview.delimiter == QLatin1Char(';'))
        delimiter = tr("semicolons");
    else if (m_preview.delimiter == QLatin1Char('\t'))
        delimiter = tr("tabs");
    else
        delimiter = tr("commas");
    m_fileSummary->setText(
        tr("%1: %n column(s) separated by %2, read as %3.", nullptr, int(m_preview.headers.size()))
            .arg(QFileInfo(file()).fileName(), delimiter,
                m_encoding->itemText(m_encoding->findData(int(m_preview.encoding)))));

    const auto fields = Importer::fields(kind());
    m_mappingTable->clearContents();
    m_mappingTable->setRowCount(int(m_preview.headers.size()));
    for (int row = 0; row < m_preview.headers.size(); ++row) {
        const QString &header = m_preview.headers.at(row);
        auto *name = readOnlyItem(header.isEmpty() ? tr("(column %1 has no name)").arg(row + 1) : header);
        name->setData(Qt::UserRole, header);
        m_mappingTable->setItem(row, 0, name);

        auto *combo = new QComboBox(m_mappingTable);
        combo->setObjectName(QStringLiteral("field%1").arg(row));
        // Long field names would take the width the sample values need; the list still shows them whole.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(22);
        combo->addItem(tr("Do not import"), QString());
        for (const auto &[key, label] : fields)
            combo->addItem(label, key);
        combo->setCurrentIndex(std::max(0, combo->findData(m_preview.suggestedMapping.value(header))));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::updateMappingMessage);
        m_mappingTable->setCellWidget(row, 1, combo);

        QStringList samples;
        for (const QStringList &sample : std::as_const(m_preview.sampleRows)) {
            const QString value = sample.value(row).simplified();
            if (!value.isEmpty())
                samples.append(value);
        }
        auto *values = readOnlyItem(samples.join(QStringLiteral("  ·  ")));
        values->setToolTip(samples.join(QLatin1Char('\n')));
        if (samples.isEmpty()) {
            values->setText(tr("(empty)"));
            values->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
        m_mappingTable->setItem(row, 2, values);
    }
    m_mappingTable->resizeColumnToContents(0);
    m_mappingTable->resizeColumnToContents(1);
    m_mappingTable->setColumnWidth(
        0, std::min(m_mappingTable->columnWidth(0), fontMetrics().averageCharWidth() * 30));
    updateMappingMessage();
}

void ImportDialog::rereadInEncoding()
{
    const auto chosen = TextEncoding(m_encoding->currentData().toInt());
    auto preview = Importer(m_db).preview(file(), kind(), chosen);
    if (!preview) {
        // The samples stay as they were; the message says why this encoding does not fit.
        m_mappingTable->setEnabled(false);
        showError(m_mappingError, describe(preview.error()));
        return;
    }
    m_mappingTable->setEnabled(true);
    // Choices made by hand survive when the headers read the same in the new encoding.
    const QHash<QString, QString> chosenMapping = mapping();
    const bool sameHeaders = preview->headers == m_preview.headers;
    m_preview = preview.value();
    if (sameHeaders)
        m_preview.suggestedMapping = chosenMapping;
    showMapping();
}

// Problems of the mapping show while it is edited, before anything is run.
void ImportDialog::updateMappingMessage()
{
    const Status s = Importer::checkMapping(kind(), m_preview.headers, mapping(), existing());
    showError(m_mappingError, s ? QString() : s.error().message);
    m_check->setEnabled(s.ok());
    m_checkResult->clear(); // the counts were for the mapping before
}

Result<ImportReport> ImportDialog::execute(bool allOrNothing, bool dryRun)
{
    ImportOptions options;
    options.kind = kind();
    options.mapping = mapping();
    options.allOrNothing = allOrNothing;
    options.encoding = TextEncoding(m_encoding->currentData().toInt());
    options.existing = existing();
    options.dryRun = dryRun;
    const QString path = file();
    const QString title = dryRun ? tr("Checking %1…").arg(QFileInfo(path).fileName())
                                 : tr("Importing %1…").arg(QFileInfo(path).fileName());
    std::optional<Result<ImportReport>> result;
    const Status status = JobProgressDialog::run(
        this, title, m_db, [&](const Database &db, const JobProgressDialog::Control &control) -> Status {
            options.progress = control.progress;
            options.cancel = control.cancel;
            result = Importer(db).run(path, options);
            return Status(*result);
        });
    // A failure before the import started (no second connection) has no result of its own.
    if (result)
        return *result;
    return status.ok() ? Error::make(Error::Code::Database, tr("The import did not run.")) : status.error();
}

namespace {
// "3 new, 2 updated, 1 unchanged": what happened to the rows beyond the problems.
QString countsText(const ImportReport &r)
{
    QStringList parts;
    parts.append(ImportDialog::tr("%n new", nullptr, int(r.rowsCreated)));
    if (r.rowsUpdated > 0 || r.rowsUnchanged > 0) {
        parts.append(ImportDialog::tr("%n updated", nullptr, int(r.rowsUpdated)));
        parts.append(ImportDialog::tr("%n unchanged", nullptr, int(r.rowsUnchanged)));
    }
    if (r.rowsKept > 0)
        parts.append(ImportDialog::tr("%n already stored and left alone", nullptr, int(r.rowsKept)));
    return parts.join(QStringLiteral(", "));
}
} // namespace

void ImportDialog::check()
{
    if (const Status s = Importer::checkMapping(kind(), m_preview.headers, mapping(), existing()); !s) {
        showError(m_mappingError, s.error().message);
        return;
    }
    const Result<ImportReport> r = execute(false, true);
    if (!r) {
        m_checkResult->setText(
            r.error().code == Error::Code::Cancelled ? tr("The check was cancelled.") : describe(r.error()));
        return;
    }
    QSet<qint64> badLines;
    for (const ImportProblem &p : r->problems)
        badLines.insert(p.line);
    QString text = tr("Of %n row(s):", nullptr, int(r->rowsRead)) + QLatin1Char(' ') + countsText(r.value());
    if (!badLines.isEmpty()) {
        const ImportProblem &first = r->problems.first();
        text += QLatin1Char('\n')
            + tr("%n row(s) with problems, the first on line %1: %2", nullptr, int(badLines.size()))
                  .arg(first.line)
                  .arg(first.column.isEmpty() ? first.message
                                              : first.column + QStringLiteral(": ") + first.message);
    }
    m_checkResult->setText(text);
}

void ImportDialog::runImport(bool allOrNothing)
{
    m_ranAllOrNothing = allOrNothing;
    m_result = execute(allOrNothing, false);
    const bool written = m_result->ok() && m_result->value().written;
    // Once rows are in, going back to import the file again would import them twice.
    m_mappingPage->setCommitPage(written);
    if (written && m_result->value().rowsImported > 0)
        emit imported();
    if (currentId() == ResultPage)
        showResult();
}

void ImportDialog::showResult()
{
    m_problems->setRowCount(0);
    m_importGoodRows->hide();
    if (!m_result)
        return;
    if (!m_result->ok()) {
        const Error &e = m_result->error();
        m_summary->setText(e.code == Error::Code::Cancelled
                ? e.message
                : tr("The file could not be imported; nothing was written.\n%1").arg(describe(e)));
        m_problems->hide();
        return;
    }
    const ImportReport &r = m_result->value();
    QSet<qint64> badLines;
    for (const ImportProblem &p : r.problems)
        badLines.insert(p.line);
    const int bad = int(badLines.size());
    QString text;
    if (!r.written) {
        text = tr(
            "Nothing was imported: %n row(s) have problems. Correct the file and import it again, or import "
            "only the good rows.",
            nullptr, bad);
    } else if (r.problems.isEmpty()) {
        text = tr("%n row(s) imported.", nullptr, int(r.rowsImported));
    } else {
        text = tr("%n row(s) imported.", nullptr, int(r.rowsImported)) + QLatin1Char(' ')
            + tr("%n row(s) with problems were left out:", nullptr, bad);
    }
    if (r.written && (r.rowsUpdated > 0 || r.rowsUnchanged > 0 || r.rowsKept > 0))
        text += QStringLiteral(" (%1)").arg(countsText(r));
    if (r.rowsSkipped > 0)
        text += QLatin1Char(' ')
            + tr("%n company row(s) were skipped: they are not contacts.", nullptr, int(r.rowsSkipped));
    m_summary->setText(text);

    m_problems->setVisible(!r.problems.isEmpty());
    m_problems->setRowCount(int(r.problems.size()));
    for (int row = 0; row < r.problems.size(); ++row) {
        const ImportProblem &p = r.problems.at(row);
        auto *line = readOnlyItem(p.line > 0 ? QString::number(p.line) : QString());
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_problems->setItem(row, 0, line);
        m_problems->setItem(row, 1, readOnlyItem(p.column));
        auto *message = readOnlyItem(p.message);
        message->setToolTip(p.message);
        m_problems->setItem(row, 2, message);
    }
    m_problems->setCurrentItem(nullptr);
    m_importGoodRows->setVisible(!r.written && m_ranAllOrNothing && !r.problems.isEmpty());
    if (QAbstractButton *back = button(QWizard::BackButton); back && r.written)
        back->setEnabled(false);
}

} // namespace cd
