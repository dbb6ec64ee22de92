#pragma once

// What the row importers of every kind share: the run's options and report, the column mapping,
// the readers of typed fields, and the lookups of partners by code or name and of areas and users
// by name. One RowImporter per kind turns a file row into a record (see rowimporter_p.h).

#include "customers/customerstore.h"
#include "db/transaction.h"
#include "importer.h"
#include "leads/leadstore.h"
#include "partners/lookups.h"
#include "partners/partnerstore.h"

#include <QDate>
#include <QSqlQuery>

#include <optional>

namespace cd::importing {

// Whether an error belongs to one row (reported, the run goes on) rather than to the database
// (the run stops).
bool isRowError(const Error &e);
Error cancelled();

// A statement prepared once and run for every row: preparing the same SQL 100,000 times costs more
// than running it.
class Lookup
{
public:
    Lookup(const QSqlDatabase &db, const QString &statement);
    // The first column of the first row (invalid when there is none) and whether a second row exists.
    Result<std::pair<QVariant, bool>> find(const QVariant &value);

private:
    QSqlQuery m_query;
    QString m_statement;
    bool m_prepared = false;
};

// One file row and the problems found in it so far.
struct ImportRow
{
    const CsvRecord &record;
    QList<ImportProblem> problems;

    qint64 line() const { return record.line; }
    bool ok() const { return problems.isEmpty(); }
};

// Where a row's code stands: the stored record that has it (0 = none) and the line of an earlier
// row of this file with the same code (0 = none).
struct CodeMatch
{
    qint64 storedId = 0;
    qint64 earlierLine = 0;
};

class ImportContext
{
public:
    ImportContext(const Database &db, const ImportOptions &options);

    // Takes the header row: the mapping (the suggestion when the options give none) must pass
    // Importer::checkMapping.
    Status start(const QStringList &headers);

    bool isCancelled() const { return m_options.cancel && m_options.cancel->load(); }
    const ImportOptions &options() const { return m_options; }
    // After the first problem of an all-or-nothing run nothing more is written; rows are only
    // checked. A dry run writes every good row (and takes it all back at the end), so that its
    // counts are those of a real run.
    bool writing() const
    {
        return m_options.dryRun || !(m_options.allOrNothing && !report.problems.isEmpty());
    }

    bool hasColumn(const QString &key) const { return m_columns.contains(key); }
    QString header(const QString &key) const { return m_headers.value(key); }
    // The row's text for a field, trimmed (notes keep their layout); empty when unmapped.
    QString value(const ImportRow &row, const char *key) const;
    void problem(ImportRow &row, const QString &key, const QString &message) const;
    // Validation errors of a record, each under the column of its field; `columnKey` maps a record
    // field to the import key when they differ.
    void addErrors(ImportRow &row, const QList<Error> &errors,
        const std::function<QString(const QString &)> &columnKey = {}) const;
    // Ends a row: its problems go to the report.
    void finishRow(ImportRow &row) { report.problems.append(row.problems); }
    qsizetype headerCount() const { return m_headerCount; }

    // Field readers. Each sets `target` only when the row gives a value (an update keeps what
    // the file leaves empty) and reports a value it cannot read.
    void text(const ImportRow &row, const char *key, QString &target) const;
    void yesNo(ImportRow &row, const char *key, std::optional<bool> &target) const;
    void country(ImportRow &row, const char *key, QString &target) const;
    void coordinate(ImportRow &row, const char *key, std::optional<double> &target) const;
    void date(ImportRow &row, const char *key, QDate &target) const;

    // The row's code in this file and in the table (`lookup` selects the id by code).
    Result<CodeMatch> matchCode(const QString &code, qint64 line, Lookup &lookup);
    // The row's code checked before anything else: nullopt when the row ends here (its code is
    // used earlier in the file: reported; or stored and ExistingRows::Skip: counted as kept).
    Result<std::optional<CodeMatch>> claimCode(ImportRow &row, const QString &code, Lookup &lookup);
    // The stored record a row updates (ExistingRows::Update); `record` stays as it is otherwise.
    template<class Store, class Record>
    Status startFrom(const CodeMatch &match, Store &store, Record &record) const
    {
        if (match.storedId <= 0 || m_options.existing != ExistingRows::Update)
            return {};
        auto current = store.get(match.storedId);
        if (!current)
            return current.error();
        record = current.value();
        return {};
    }
    // Reports a code used earlier in the file, or one already stored when existing rows fail.
    void reportCode(
        ImportRow &row, const CodeMatch &match, const QString &code, const QString &usedMessage) const;

    // The partner a row names by code (preferred) or exact name; 0 with a problem when there is
    // none, 0 without one when the row names none.
    Result<qint64> partnerFor(ImportRow &row, const QString &code, const QString &name);
    Result<qint64> partnerByCode(ImportRow &row, const QString &key);
    Result<qint64> partnerNamed(ImportRow &row, const QString &column, const QString &name);

    // Writes a row's contact (when writing), counted as created; a refused contact is the row's
    // problem, any other error comes back.
    Status addContact(ImportRow &row, const Contact &contact);

    // Areas and users by name, created when missing (in the row's savepoint: see forgetCreated).
    Status loadAreas();
    Status loadUsers();
    bool knowsArea(const QString &name) const { return m_areas.contains(name.toLower()); }
    bool knowsUser(const QString &name) const { return m_users.contains(name.toLower()); }
    Result<qint64> areaId(const QString &name);
    Result<qint64> userId(const QString &name);
    // Drops the entries a refused row created, since its savepoint took them back.
    void forgetCreated();
    // Keeps them: the row was written.
    void keepCreated();

    // Runs a row's writes in a savepoint when they are more than one statement, so that a refused
    // part takes back the others. refuse() records a row error and returns ok; any other error
    // comes back for the run to stop on.
    class RowWrite
    {
    public:
        RowWrite(ImportContext &context, ImportRow &row, bool savepoint);
        Status begin();
        Status commit();
        Status refuse(const Error &e, const QString &columnKey = {});

    private:
        ImportContext &m_context;
        ImportRow &m_row;
        std::optional<Transaction> m_tx;
    };

    Database db;
    PartnerStore partners;
    CustomerStore customers;
    LeadStore leads;
    LookupStore lookups;
    Lookup partnerByCodeLookup;
    Lookup customerByCodeLookup;
    ImportReport report;

private:
    const ImportOptions &m_options;
    Lookup m_partnerByName;
    QHash<QString, int> m_columns; // field key -> column index
    QHash<QString, QString> m_headers; // field key -> file header
    qsizetype m_headerCount = 0;
    QHash<QString, qint64> m_areas; // lower-case name -> id
    QHash<QString, qint64> m_users; // lower-case login or display name -> id
    QStringList m_createdAreas;
    QStringList m_createdUsers;
    QHash<QString, qint64> m_codes; // code -> line of its first row in this file
    QHash<QString, qint64> m_partnerIds; // code -> id, for rows that name a partner
};

} // namespace cd::importing
