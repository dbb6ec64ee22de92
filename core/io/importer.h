#pragma once

// Importer: CSV import of partners, contacts, customers and leads with a column mapping. Every row is
// validated first; the batch is written in one transaction, so the database never holds half a
// batch.

#include "common/result.h"
#include "csvreader.h"
#include "db/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <atomic>
#include <functional>

namespace cd {

enum class ImportKind { Partners, Contacts, Customers, Leads, Sales };

// What happens to a partner or customer row whose code is already stored.
enum class ExistingRows {
    Fail, // a problem on that row (the default)
    Skip, // the row is left out and counted as kept
    Update, // the stored record takes the row's values; empty cells keep what is stored
};

struct ImportProblem
{
    qint64 line = 0; // physical line in the file where the record starts
    QString column; // file column header, if the problem is about one field
    QString message;
};

struct ImportPreview
{
    QStringList headers; // as in the file
    QList<QStringList> sampleRows; // the first rows, for the mapping step
    QHash<QString, QString> suggestedMapping; // file header -> target field key ("" = ignore)
    QChar delimiter;
    TextEncoding encoding = TextEncoding::Utf8; // what the sample was read in (never Auto)
};

struct ImportOptions
{
    ImportKind kind = ImportKind::Partners;
    QHash<QString, QString> mapping; // file header -> target field key; empty = suggested mapping
    bool allOrNothing = true; // false = import the good rows, skip the bad ones
    TextEncoding encoding = TextEncoding::Auto; // of the file; Auto detects (see CsvReader)
    ExistingRows existing = ExistingRows::Fail;
    // Checks and counts as a real run would (every good row is written), then takes it all back.
    bool dryRun = false;
    std::function<void(qint64 done, qint64 total)> progress; // bytes of the file
    const std::atomic_bool *cancel = nullptr; // set to true to stop; nothing is written
};

struct ImportReport
{
    qint64 rowsRead = 0;
    qint64 rowsImported = 0; // records created or updated: rowsCreated + rowsUpdated
    qint64 rowsCreated = 0; // new records (in a partners file: partners and their contacts)
    qint64 rowsUpdated = 0; // stored records that a row changed (ExistingRows::Update)
    qint64 rowsUnchanged = 0; // stored records whose row held nothing new (ExistingRows::Update)
    qint64 rowsKept = 0; // rows left out because their code is stored (ExistingRows::Skip)
    qint64 rowsSkipped = 0; // records that are not for this kind (company rows in a contacts import)
    QList<ImportProblem> problems; // in line order
    bool written = false; // false when all-or-nothing found problems, on a dry run, or on cancel
    bool dryRun = false; // the counts are what a run would write; nothing was
};

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    explicit Importer(const Database &db);

    // How many rows preview() returns.
    static constexpr int SampleRows = 5;

    // Target fields for a kind: key -> translated label.
    static QList<QPair<QString, QString>> fields(ImportKind kind);
    // The untranslated column header an export writes for a field, so that files made by the
    // Exporter map 1:1 whatever the user's language.
    static QString columnName(ImportKind kind, const QString &key);
    // The field a file column header suggests, or "" when none does. Ignores case, spaces,
    // punctuation and accents; knows English and German names and Odoo's export headers.
    static QString suggestField(ImportKind kind, const QString &header);
    // A suggestion for a whole header row: each field is offered to the first column that asks.
    static QHash<QString, QString> suggestMapping(ImportKind kind, const QStringList &headers);
    // File-level checks of a mapping: unknown field keys, two columns on one field, required fields
    // (the name, unless stored rows are updated by their code; for contacts also the partner)
    // without a column.
    static Status checkMapping(ImportKind kind, const QStringList &headers,
        const QHash<QString, QString> &mapping, ExistingRows existing = ExistingRows::Fail);

    Result<ImportPreview> preview(
        const QString &file, ImportKind kind, TextEncoding encoding = TextEncoding::Auto) const;
    // Fails (nothing written) when the file cannot be read (with the line for an encoding or
    // quoting error), when the mapping is unusable, or with Error::Code::Cancelled on cancel. Row
    // problems do not fail the run: they are in the report.
    Result<ImportReport> run(const QString &file, const ImportOptions &options) const;

private:
    Database m_db;
};

} // namespace cd
