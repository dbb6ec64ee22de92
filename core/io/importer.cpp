#include "importer.h"

#include "db/bulkwrite.h"
#include "db/deferredsearchindex.h"
#include "db/sql.h"
#include "db/statementcache.h"
#include "db/transaction.h"
#include "importfields_p.h"
#include "rowimporter_p.h"

#include <QFile>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace cd {

using namespace importing;

Importer::Importer(const Database &db)
    : m_db(db)
{}

QList<QPair<QString, QString>> Importer::fields(ImportKind kind)
{
    QList<QPair<QString, QString>> out;
    for (const FieldSpec *f : fieldSpecs(kind))
        out.append({QLatin1String(f->key), fieldLabel(f)});
    return out;
}

QString Importer::columnName(ImportKind kind, const QString &key)
{
    const FieldSpec *f = fieldSpec(kind, key);
    return f ? QLatin1String(f->column) : QString();
}

QString Importer::suggestField(ImportKind kind, const QString &header)
{
    const QString h = normalizedHeader(header);
    if (h.isEmpty())
        return {};
    const QList<const FieldSpec *> all = fieldSpecs(kind);
    // Own names first, so that "Partner code" is not taken by the synonym "code" of another field.
    for (const FieldSpec *f : all) {
        if (h == normalizedHeader(QLatin1String(f->key)) || h == normalizedHeader(QLatin1String(f->column))
            || h == normalizedHeader(fieldLabel(f)))
            return QLatin1String(f->key);
    }
    for (const FieldSpec *f : all) {
        for (const auto synonym : QLatin1String(f->synonyms).tokenize(QLatin1Char('|'))) {
            if (h == synonym)
                return QLatin1String(f->key);
        }
    }
    return {};
}

QHash<QString, QString> Importer::suggestMapping(ImportKind kind, const QStringList &headers)
{
    QHash<QString, QString> mapping;
    QSet<QString> taken;
    for (const QString &h : headers) {
        if (mapping.contains(h))
            continue;
        QString key = suggestField(kind, h);
        if (taken.contains(key))
            key.clear(); // "Phone" and "Mobile": the first column wins, the second stays visible to map by
                         // hand
        if (!key.isEmpty())
            taken.insert(key);
        mapping.insert(h, key);
    }
    return mapping;
}

Status Importer::checkMapping(ImportKind kind, const QStringList &headers,
    const QHash<QString, QString> &mapping, ExistingRows existing)
{
    QHash<QString, QString> columnOf; // field key -> header
    QSet<QString> seen;
    for (const QString &h : headers) {
        if (seen.contains(h))
            continue;
        seen.insert(h);
        const QString key = mapping.value(h);
        if (key.isEmpty())
            continue;
        const FieldSpec *f = fieldSpec(kind, key);
        if (!f)
            return Error {Error::Code::Usage,
                tr("The column \"%1\" is mapped to \"%2\", which is not a field.").arg(h, key), {}, {}, 0, 0};
        if (columnOf.contains(key))
            return Error {Error::Code::Validation,
                tr("The columns \"%1\" and \"%2\" are both imported as %3; choose one.")
                    .arg(columnOf.value(key), h, fieldLabel(f)),
                {}, {}, 0, 0};
        columnOf.insert(key, h);
    }
    // Updating stored rows by code needs no names: a row that creates a record without one is
    // reported on its own line.
    if (kind == ImportKind::Sales) {
        for (const char *key : {"number", "date", "customer", "amount", "currency"}) {
            if (!columnOf.contains(QLatin1String(key)))
                return Error {Error::Code::Validation,
                    tr("No column is imported as %1; every document needs one.")
                        .arg(fieldLabel(fieldSpec(kind, QLatin1String(key)))),
                    {}, {}, 0, 0};
        }
        return {};
    }
    const bool updates = existing == ExistingRows::Update && columnOf.contains(QStringLiteral("code"));
    if (!columnOf.contains(QStringLiteral("name")) && !updates)
        return Error {Error::Code::Validation,
            tr("No column is imported as %1; the file needs one.")
                .arg(fieldLabel(fieldSpec(kind, QStringLiteral("name")))),
            {}, {}, 0, 0};
    if (kind == ImportKind::Contacts && !columnOf.contains(QStringLiteral("partnerCode"))
        && !columnOf.contains(QStringLiteral("partner")))
        return Error {Error::Code::Validation,
            tr("No column is imported as %1 or %2; each contact needs its partner.")
                .arg(fieldLabel(fieldSpec(kind, QStringLiteral("partnerCode"))),
                    fieldLabel(fieldSpec(kind, QStringLiteral("partner")))),
            {}, {}, 0, 0};
    return {};
}

namespace {
Error emptyFile(const QString &file)
{
    Error e = Error::make(
        Error::Code::Parse, Importer::tr("The file is empty; it needs a header row with the column names."));
    e.file = file;
    return e;
}

// Header names are keys: the padding people leave around them when editing by hand is noise.
QStringList headerNames(const CsvRecord &record)
{
    QStringList names;
    for (const QString &name : record.fields)
        names.append(name.trimmed());
    return names;
}

Result<QFile *> openFile(QFile &f)
{
    if (!f.open(QIODevice::ReadOnly)) {
        Error e = Error::make(
            Error::Code::Io, Importer::tr("The file could not be opened: %1").arg(f.errorString()));
        e.file = f.fileName();
        return e;
    }
    return &f;
}
} // namespace

Result<ImportPreview> Importer::preview(const QString &file, ImportKind kind, TextEncoding encoding) const
{
    QFile f(file);
    if (auto opened = openFile(f); !opened)
        return opened.error();
    CsvReader reader;
    reader.setEncoding(encoding);
    reader.setHasHeader(false); // the header is read as the first record (see run())
    ImportPreview preview;
    bool haveHeader = false;
    Status s = reader.read(f, [&](const CsvRecord &record) {
        if (!haveHeader) {
            haveHeader = true;
            preview.headers = headerNames(record);
            return true;
        }
        preview.sampleRows.append(record.fields);
        return preview.sampleRows.size() < SampleRows;
    });
    if (!s && s.error().code != Error::Code::Cancelled)
        return s.error();
    if (preview.headers.isEmpty())
        return emptyFile(file);
    preview.delimiter = QLatin1Char(reader.delimiter());
    preview.encoding = reader.detectedEncoding();
    preview.suggestedMapping = suggestMapping(kind, preview.headers);
    return preview;
}

namespace {

constexpr qint64 kAnalyzeAfterRows = 10000;
constexpr qint64 kBulkFileBytes = 4 * 1024 * 1024; // about 10,000 partners
constexpr qint64 kBytesPerRowAtLeast = 200;

std::unique_ptr<RowImporter> rowImporter(ImportKind kind, ImportContext &context)
{
    switch (kind) {
    case ImportKind::Partners:
        return partnerImporter(context);
    case ImportKind::Contacts:
        return contactImporter(context);
    case ImportKind::Customers:
        return customerImporter(context);
    case ImportKind::Leads:
        return leadImporter(context);
    case ImportKind::Sales:
        return saleImporter(context);
    }
    Q_UNREACHABLE();
}

bool isBlank(const QStringList &fields)
{
    return std::all_of(
        fields.cbegin(), fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); });
}

// The checks every kind's rows share; false when the row goes no further.
bool acceptRow(ImportContext &context, const CsvRecord &record)
{
    if (isBlank(record.fields))
        return false; // a blank row between the data, as spreadsheets leave them
    ++context.report.rowsRead;
    const qsizetype columns = context.headerCount();
    if (record.fields.size() > columns && !isBlank(record.fields.mid(columns))) {
        context.report.problems.append({record.line, {},
            Importer::tr(
                "The row has %1 fields but the header only %2 columns; a delimiter or quote is probably "
                "missing.")
                .arg(record.fields.size())
                .arg(columns)});
        return false;
    }
    return true;
}

} // namespace

Result<ImportReport> Importer::run(const QString &file, const ImportOptions &options) const
{
    QFile f(file);
    if (auto opened = openFile(f); !opened)
        return opened.error();
    const auto isCancelled = [&options] { return options.cancel && options.cancel->load(); };

    // A large file goes into indexes in random key order: the bulk cache (and, for a file alone
    // on its database, the rollback journal) keeps that from reading pages back at every row.
    BulkWriteSettings bulkSettings(m_db);
    if (f.size() >= kBulkFileBytes) {
        // A quarter of the demo's cache: an import runs beside the window, and most of the time of a
        // row goes into the stores' checks and its timeline, not into page reads.
        if (Status s = bulkSettings.apply(!options.dryRun, BulkWriteSettings::kCacheKiB / 4); !s)
            return s.error();
    }

    // One transaction around the whole batch; the stores' own transactions nest in it as savepoints.
    Transaction tx(m_db.sql());
    if (Status s = tx.begin(); !s)
        return s.error();
    // The stores run the same few statements for every row; parsing them once makes the import
    // several times faster. Dropped before the end of the transaction.
    std::optional<sql::StatementCache> statements(std::in_place, m_db.sql());
    ImportContext context(m_db, options);
    const std::unique_ptr<RowImporter> rows = rowImporter(options.kind, context);
    // New partners and customers get their search rows in one statement at the end rather than one
    // trigger (and one index segment) per row. Contacts stay with their trigger: a contacts file
    // adds to partners that already have their search rows.
    DeferredSearchIndex search(m_db.handle());
    qint64 firstPartner = 0;
    qint64 firstCustomer = 0;
    if (m_db.handle() && (options.kind == ImportKind::Partners || options.kind == ImportKind::Customers)) {
        auto partners
            = sql::scalar(m_db.sql(), QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM partners"));
        if (!partners)
            return partners.error();
        auto customers
            = sql::scalar(m_db.sql(), QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM customers"));
        if (!customers)
            return customers.error();
        firstPartner = partners->toLongLong();
        firstCustomer = customers->toLongLong();
        if (auto suspended = search.suspend(false); !suspended)
            return suspended.error();
    }
    // A file with more rows than its table holds (a first load, a migration) builds the table's
    // indexes once after the rows. The UNIQUE ones stay: codes are checked as rows come. Rows of
    // a partners file average well over 200 bytes, so this guess of their number errs low.
    DeferredIndexes indexes(m_db.handle());
    const qint64 firstNew = options.kind == ImportKind::Partners ? firstPartner : firstCustomer;
    if (search.isSuspended() && !options.dryRun && f.size() >= kBulkFileBytes
        && f.size() / kBytesPerRowAtLeast > firstNew) {
        if (Status s
            = indexes.suspend({options.kind == ImportKind::Partners ? "partners" : "customers"}, true);
            !s)
            return s.error();
    }
    CsvReader reader;
    reader.setEncoding(options.encoding);
    // The header comes as the first record: CsvReader only tells its header once the whole file is
    // read, and the mapping has to be known before the first row.
    reader.setHasHeader(false);
    if (options.progress)
        reader.setProgressHandler([&options](qint64 done, qint64 total) { options.progress(done, total); });
    bool started = false;
    Status failed;
    Status read = reader.read(f, [&](const CsvRecord &record) {
        if (isCancelled())
            return false;
        if (!started) {
            started = true;
            failed = context.start(headerNames(record));
            if (failed)
                failed = rows->start();
            return failed.ok();
        }
        if (!acceptRow(context, record))
            return true;
        ImportRow row {record, {}};
        failed = rows->row(row);
        return failed.ok();
    });
    if (!failed)
        return failed.error();
    if (isCancelled())
        return cancelled();
    if (!read)
        return read.error();
    if (!started)
        return emptyFile(file);
    // The indexes come back before finish(): it looks partners up by name.
    if (Status s = indexes.rebuild(BulkWriteSettings::kCacheKiB / 4); !s)
        return s.error();
    if (Status s = rows->finish(); !s)
        return s.error();
    if (isCancelled())
        return cancelled();

    if (search.isSuspended() && !options.dryRun) {
        constexpr qint64 end = std::numeric_limits<qint64>::max();
        if (Status s = search.index(firstPartner, end, firstCustomer, end); !s)
            return s.error();
        if (Status s = search.restore(); !s)
            return s.error();
    }
    ImportReport report = context.report;
    std::stable_sort(report.problems.begin(), report.problems.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    report.rowsImported = report.rowsCreated + report.rowsUpdated;
    report.dryRun = options.dryRun;
    statements.reset();
    if (options.dryRun || (options.allOrNothing && !report.problems.isEmpty())) {
        tx.rollback();
        if (!options.dryRun)
            report.rowsImported = report.rowsCreated = report.rowsUpdated = report.rowsUnchanged = 0;
        report.written = false;
        return report;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    report.written = true;
    // A large batch changes how many rows each filter leaves: fresh statistics for the planner. Not
    // inside a caller's transaction (ANALYZE would become part of it) and not for a handful of rows.
    sqlite3 *handle = m_db.handle();
    if (report.rowsImported >= kAnalyzeAfterRows && handle && sqlite3_get_autocommit(handle) != 0) {
        if (Status s = m_db.analyze(); !s)
            qWarning("Importer: statistics not refreshed: %s", qPrintable(s.error().message));
    }
    return report;
}

} // namespace cd
