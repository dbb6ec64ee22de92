#include "importer.h"

#include "common/country.h"
#include "customers/customerstore.h"
#include "db/sql.h"
#include "db/statementcache.h"
#include "db/transaction.h"
#include "io/csvreader.h"
#include "leads/leadstore.h"
#include "partners/lookups.h"
#include "partners/partnerstore.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <optional>

namespace cd {

namespace {

// One importable field. `synonyms` are header spellings in normalized form (see normalized()),
// separated by '|'; the key, the export column and the label match without being listed.
struct FieldSpec
{
    const char *key;
    const char *label; // translated through the "Importer" context
    const char *column; // the header the Exporter writes
    const char *synonyms;
};

// Headers shared by several kinds.
#define CD_STREET                                                                                            \
    {                                                                                                        \
        "street", QT_TRANSLATE_NOOP("Importer", "Street"), "Street",                                         \
            "address|streetaddress|address1|street1|addressline1|strasse|adresse|anschrift"                  \
    }
#define CD_CITY                                                                                              \
    {                                                                                                        \
        "city", QT_TRANSLATE_NOOP("Importer", "City"), "City", "town|ort|stadt|wohnort"                      \
    }
#define CD_POSTCODE                                                                                          \
    {                                                                                                        \
        "postcode", QT_TRANSLATE_NOOP("Importer", "Postcode"), "Postcode",                                   \
            "zip|zipcode|postalcode|plz|postleitzahl"                                                        \
    }
#define CD_COUNTRY                                                                                           \
    {                                                                                                        \
        "country", QT_TRANSLATE_NOOP("Importer", "Country"), "Country", "countrycode|land|staat|landercode"  \
    }
#define CD_FUNCTION                                                                                          \
    {                                                                                                        \
        "function", QT_TRANSLATE_NOOP("Importer", "Function"), "Function",                                   \
            "jobposition|jobtitle|position|funktion|rolle"                                                   \
    }
#define CD_EMAIL                                                                                             \
    {                                                                                                        \
        "email", QT_TRANSLATE_NOOP("Importer", "E-mail"), "Email",                                           \
            "mail|emailaddress|mailaddress|emailadresse"                                                     \
    }
#define CD_PHONE                                                                                             \
    {                                                                                                        \
        "phone", QT_TRANSLATE_NOOP("Importer", "Phone"), "Phone",                                            \
            "telephone|tel|telefon|phonenumber|telefonnummer|mobile|mobil|handy"                             \
    }
#define CD_ARCHIVED                                                                                          \
    {                                                                                                        \
        "archived", QT_TRANSLATE_NOOP("Importer", "Archived"), "Archived", "archiviert|archive"              \
    }
#define CD_IS_COMPANY                                                                                        \
    {                                                                                                        \
        "isCompany", QT_TRANSLATE_NOOP("Importer", "Is a company"), "Is a company",                          \
            "iscompany|companytype|istfirma|firmatyp"                                                        \
    }

const FieldSpec partnerFields[] = {
    {"code", QT_TRANSLATE_NOOP("Importer", "Code"), "Code",
        "account|accountnumber|accountno|accountcode|number|nr|kundennummer|kundennr|partnernummer|"
        "partnercode|"
        "partnernumber|kontonummer|debitorennummer|reference|internalreference|ref"},
    {"name", QT_TRANSLATE_NOOP("Importer", "Name"), "Name",
        "company|companyname|firma|firmenname|partner|partnername|accountname|organisation|organization"},
    {"legalName", QT_TRANSLATE_NOOP("Importer", "Legal name"), "Legal name",
        "registeredname|registeredcompanyname|officialname|rechtlichername|firmierung"},
    {"kind", QT_TRANSLATE_NOOP("Importer", "Kind"), "Kind",
        "type|partnertype|partnerkind|art|typ|partnerart|partnertyp"},
    {"businessNature", QT_TRANSLATE_NOOP("Importer", "Business nature"), "Business nature",
        "nature|industry|branche|sector|geschaftsart"},
    {"area", QT_TRANSLATE_NOOP("Importer", "Area"), "Area",
        "territory|salesarea|salesterritory|gebiet|vertriebsgebiet|bezirk"},
    CD_STREET,
    CD_CITY,
    CD_POSTCODE,
    {"region", QT_TRANSLATE_NOOP("Importer", "Region"), "Region",
        "state|province|county|stateprovince|bundesland|kanton"},
    CD_COUNTRY,
    {"latitude", QT_TRANSLATE_NOOP("Importer", "Latitude"), "Latitude", "lat|breitengrad|breite"},
    {"longitude", QT_TRANSLATE_NOOP("Importer", "Longitude"), "Longitude", "lon|lng|long|langengrad|lange"},
    {"website", QT_TRANSLATE_NOOP("Importer", "Website"), "Website",
        "web|url|homepage|webseite|internet|internetadresse"},
    {"taxId", QT_TRANSLATE_NOOP("Importer", "Tax ID"), "Tax ID",
        "tax|vat|vatid|vatnumber|vatno|taxnumber|ustid|ustidnr|ustidnummer|umsatzsteuerid|steuernummer"},
    {"controlAccount", QT_TRANSLATE_NOOP("Importer", "Control account"), "Control account",
        "glaccount|sachkonto|ledgeraccount"},
    {"bankHolder", QT_TRANSLATE_NOOP("Importer", "Bank account holder"), "Bank holder",
        "accountholder|kontoinhaber|inhaber"},
    {"iban", QT_TRANSLATE_NOOP("Importer", "IBAN"), "IBAN", "ibannumber"},
    {"bic", QT_TRANSLATE_NOOP("Importer", "BIC"), "BIC", "swift|swiftcode|bicswift|swiftbic"},
    {"bankName", QT_TRANSLATE_NOOP("Importer", "Bank name"), "Bank name", "bank|kreditinstitut|bankinstitut"},
    {"status", QT_TRANSLATE_NOOP("Importer", "Status"), "Status", "zustand"},
    {"statusReason", QT_TRANSLATE_NOOP("Importer", "Status reason"), "Status reason",
        "reason|grund|statusgrund"},
    {"statusDate", QT_TRANSLATE_NOOP("Importer", "Status date"), "Status date", "statusdatum|statussince"},
    {"level", QT_TRANSLATE_NOOP("Importer", "Level"), "Level", "partnerlevel|tier|stufe|partnerstufe"},
    {"weightOverride", QT_TRANSLATE_NOOP("Importer", "Weight override"), "Weight override",
        "weight|leadweight|gewicht|gewichtung"},
    {"activation", QT_TRANSLATE_NOOP("Importer", "Activation"), "Activation",
        "activationstage|stage|aktivierung"},
    {"accountManager", QT_TRANSLATE_NOOP("Importer", "Account manager"), "Account manager",
        "manager|salesperson|salesrep|owner|betreuer|kundenbetreuer|vertriebsmitarbeiter|verkaufer"},
    {"tags", QT_TRANSLATE_NOOP("Importer", "Tags"), "Tags",
        "tag|labels|categories|category|schlagworte|schlagworter|kategorie|kategorien"},
    {"notes", QT_TRANSLATE_NOOP("Importer", "Notes"), "Notes",
        "note|comment|comments|remarks|description|bemerkung|bemerkungen|notiz|notizen|anmerkung|anmerkungen|"
        "kommentar|"
        "internalnotes"},
    CD_ARCHIVED,
    // A company row may carry its general contact; an Odoo export has person rows beside the companies.
    {"contactName", QT_TRANSLATE_NOOP("Importer", "Contact name"), "Contact",
        "contact|contactperson|ansprechpartner|kontakt"},
    CD_FUNCTION,
    CD_EMAIL,
    CD_PHONE,
    CD_IS_COMPANY,
    {"relatedCompany", QT_TRANSLATE_NOOP("Importer", "Related company (makes the row a contact)"),
        "Related company", "parentcompany|parent|zugehorigefirma|mutterfirma"},
};

const FieldSpec contactFields[] = {
    {"partnerCode", QT_TRANSLATE_NOOP("Importer", "Partner code"), "Partner code",
        "code|account|accountnumber|kundennummer|partnernumber|partnernummer|kontonummer"},
    {"partner", QT_TRANSLATE_NOOP("Importer", "Partner name"), "Partner",
        "partnername|company|companyname|firma|firmenname|relatedcompany|parentcompany|organisation|"
        "organization"},
    {"name", QT_TRANSLATE_NOOP("Importer", "Name"), "Name",
        "contact|contactname|contactperson|ansprechpartner|kontakt|person|fullname"},
    CD_FUNCTION,
    CD_EMAIL,
    CD_PHONE,
    {"primary", QT_TRANSLATE_NOOP("Importer", "Primary contact"), "Primary",
        "isprimary|main|maincontact|primarycontact|hauptkontakt|hauptansprechpartner"},
    CD_IS_COMPANY,
};

const FieldSpec customerFields[] = {
    {"code", QT_TRANSLATE_NOOP("Importer", "Code"), "Code",
        "account|accountnumber|customernumber|customercode|customerno|kundennummer|kundennr|kontonummer|"
        "reference|ref|number"},
    {"name", QT_TRANSLATE_NOOP("Importer", "Name"), "Name",
        "company|companyname|customer|customername|firma|firmenname|kunde|kundenname"},
    CD_STREET,
    CD_CITY,
    CD_POSTCODE,
    CD_COUNTRY,
    {"segment", QT_TRANSLATE_NOOP("Importer", "Segment"), "Segment",
        "customersegment|customergroup|group|industry|branche|kundengruppe"},
    CD_EMAIL,
    CD_PHONE,
    {"partnerCode", QT_TRANSLATE_NOOP("Importer", "Partner code"), "Partner code",
        "partneraccount|partnernumber|partnernummer|dealercode|resellercode|handlernummer"},
    {"partner", QT_TRANSLATE_NOOP("Importer", "Partner name"), "Partner",
        "partnername|dealer|reseller|handler|vertriebspartner|salespartner"},
    CD_ARCHIVED,
};

// A lead's company goes under the key "name", which every kind requires.
const FieldSpec leadFields[] = {
    {"name", QT_TRANSLATE_NOOP("Importer", "Company"), "Company",
        "company|companyname|firma|firmenname|organisation|organization|account|accountname|lead|leadname"},
    {"contactName", QT_TRANSLATE_NOOP("Importer", "Contact name"), "Contact",
        "contact|contactperson|ansprechpartner|kontakt|person|fullname"},
    CD_EMAIL,
    CD_PHONE,
    CD_STREET,
    CD_CITY,
    CD_POSTCODE,
    CD_COUNTRY,
    {"area", QT_TRANSLATE_NOOP("Importer", "Area"), "Area",
        "territory|salesarea|salesterritory|gebiet|vertriebsgebiet|bezirk"},
    {"latitude", QT_TRANSLATE_NOOP("Importer", "Latitude"), "Latitude", "lat|breitengrad|breite"},
    {"longitude", QT_TRANSLATE_NOOP("Importer", "Longitude"), "Longitude", "lon|lng|long|langengrad|lange"},
    {"value", QT_TRANSLATE_NOOP("Importer", "Estimated value"), "Estimated value",
        "amount|expectedrevenue|revenue|dealvalue|wert|betrag|volumen|umsatz"},
    {"currency", QT_TRANSLATE_NOOP("Importer", "Currency"), "Currency", "curr|wahrung"},
    {"source", QT_TRANSLATE_NOOP("Importer", "Source"), "Source",
        "leadsource|origin|channel|quelle|herkunft"},
    {"partnerCode", QT_TRANSLATE_NOOP("Importer", "Partner code"), "Partner code",
        "partner|reseller|resellercode|dealercode|assignedpartner|partnernumber|partnernummer"},
    {"distributorCode", QT_TRANSLATE_NOOP("Importer", "Distributor code"), "Distributor code",
        "distributor|submittedby|distributornumber|distributornummer|grosshandler"},
    {"notes", QT_TRANSLATE_NOOP("Importer", "Notes"), "Notes",
        "note|comment|comments|remarks|description|bemerkung|bemerkungen|notiz|notizen"},
};

#undef CD_STREET
#undef CD_CITY
#undef CD_POSTCODE
#undef CD_COUNTRY
#undef CD_FUNCTION
#undef CD_EMAIL
#undef CD_PHONE
#undef CD_ARCHIVED
#undef CD_IS_COMPANY

QList<const FieldSpec *> specs(ImportKind kind)
{
    QList<const FieldSpec *> out;
    const auto add = [&out](const auto &table) {
        for (const FieldSpec &f : table)
            out.append(&f);
    };
    switch (kind) {
    case ImportKind::Partners:
        add(partnerFields);
        break;
    case ImportKind::Contacts:
        add(contactFields);
        break;
    case ImportKind::Customers:
        add(customerFields);
        break;
    case ImportKind::Leads:
        add(leadFields);
        break;
    }
    return out;
}

const FieldSpec *spec(ImportKind kind, const QString &key)
{
    for (const FieldSpec *f : specs(kind)) {
        if (key == QLatin1String(f->key))
            return f;
    }
    return nullptr;
}

QString label(const FieldSpec *f)
{
    return QCoreApplication::translate("Importer", f->label);
}

// Lower case letters and digits only, accents dropped and ß spelled ss: "E-Mail", "e_mail" and
// "EMAIL " meet as "email", "Straße" and "Strasse" as "strasse", "Länd" as "land".
QString normalized(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c == QChar(0x00DF))
            out += QStringLiteral("ss");
        else if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

// Country names in German, which Country::fromName (English names and codes) does not know; German
// spreadsheets write "Deutschland" as often as "DE".
QString germanCountry(const QString &text)
{
    static const QHash<QString, QString> names = [] {
        const char *const table[][2] = {
            {"deutschland", "DE"},
            {"bundesrepublikdeutschland", "DE"},
            {"osterreich", "AT"},
            {"schweiz", "CH"},
            {"frankreich", "FR"},
            {"italien", "IT"},
            {"spanien", "ES"},
            {"niederlande", "NL"},
            {"belgien", "BE"},
            {"luxemburg", "LU"},
            {"danemark", "DK"},
            {"schweden", "SE"},
            {"norwegen", "NO"},
            {"finnland", "FI"},
            {"polen", "PL"},
            {"tschechien", "CZ"},
            {"tschechischerepublik", "CZ"},
            {"slowakei", "SK"},
            {"ungarn", "HU"},
            {"slowenien", "SI"},
            {"kroatien", "HR"},
            {"rumanien", "RO"},
            {"bulgarien", "BG"},
            {"griechenland", "GR"},
            {"turkei", "TR"},
            {"irland", "IE"},
            {"vereinigteskonigreich", "GB"},
            {"grossbritannien", "GB"},
            {"england", "GB"},
            {"vereinigtestaaten", "US"},
            {"vereinigtestaatenvonamerika", "US"},
            {"kanada", "CA"},
            {"russland", "RU"},
            {"indien", "IN"},
            {"brasilien", "BR"},
            {"mexiko", "MX"},
            {"australien", "AU"},
            {"sudafrika", "ZA"},
            {"estland", "EE"},
            {"lettland", "LV"},
            {"litauen", "LT"},
            {"island", "IS"},
            {"zypern", "CY"},
            {"serbien", "RS"},
            {"weissrussland", "BY"},
            {"agypten", "EG"},
            {"marokko", "MA"},
            {"tunesien", "TN"},
            {"vereinigtearabischeemirate", "AE"},
            {"saudiarabien", "SA"},
            {"sudkorea", "KR"},
            {"neuseeland", "NZ"},
            {"argentinien", "AR"},
            {"kolumbien", "CO"},
            {"albanien", "AL"},
            {"mazedonien", "MK"},
            {"nordmazedonien", "MK"},
            {"bosnienundherzegowina", "BA"},
            {"moldau", "MD"},
            {"georgien", "GE"},
        };
        QHash<QString, QString> h;
        for (const auto &row : table)
            h.insert(QLatin1String(row[0]), QLatin1String(row[1]));
        return h;
    }();
    return names.value(normalized(text));
}

QString countryCode(const QString &text)
{
    const QString code = Country::fromName(text);
    return code.isEmpty() ? germanCountry(text) : code;
}

std::optional<bool> parseBool(const QString &text)
{
    static const QSet<QString> yes = {QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("yes"),
        QStringLiteral("y"), QStringLiteral("x"), QStringLiteral("t"), QStringLiteral("ja"),
        QStringLiteral("j"), QStringLiteral("wahr"), QStringLiteral("company")};
    static const QSet<QString> no = {QStringLiteral(""), QStringLiteral("0"), QStringLiteral("false"),
        QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("f"), QStringLiteral("nein"),
        QStringLiteral("falsch"), QStringLiteral("person"), QStringLiteral("individual")};
    const QString t = text.trimmed().toLower();
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

// A dot or, as German spreadsheets write it, a comma before the decimals.
std::optional<double> parseDouble(const QString &text)
{
    bool ok = false;
    double d = QLocale::c().toDouble(text, &ok);
    if (!ok && !text.contains(QLatin1Char('.')))
        d = QLocale::c().toDouble(QString(text).replace(QLatin1Char(','), QLatin1Char('.')), &ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

QDate parseDate(const QString &text)
{
    for (const QString &format :
        {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"), QStringLiteral("d.M.yyyy")}) {
        const QDate d = QDate::fromString(text, format);
        if (d.isValid())
            return d;
    }
    return {};
}

bool isRowError(const Error &e)
{
    return e.code == Error::Code::Validation || e.code == Error::Code::Duplicate
        || e.code == Error::Code::NotFound || e.code == Error::Code::Conflict;
}

Error cancelled()
{
    return Error::make(
        Error::Code::Cancelled, Importer::tr("The import was cancelled; nothing was written."));
}

// A statement prepared once and run for every row: preparing the same SQL 100,000 times costs more
// than running it.
class Lookup
{
public:
    Lookup(const QSqlDatabase &db, const QString &statement)
        : m_query(db)
        , m_statement(statement)
    {
        m_query.setForwardOnly(true);
    }

    // The first column of the first row (invalid when there is none) and whether a second row exists.
    Result<std::pair<QVariant, bool>> find(const QVariant &value)
    {
        if (!m_prepared) {
            if (!m_query.prepare(m_statement))
                return sql::errorFrom(m_query.lastError(), m_statement);
            m_prepared = true;
        }
        m_query.bindValue(0, value);
        if (!m_query.exec())
            return sql::errorFrom(m_query.lastError());
        std::pair<QVariant, bool> out;
        if (m_query.next()) {
            out.first = m_query.value(0);
            out.second = m_query.next();
        }
        m_query.finish();
        return out;
    }

private:
    QSqlQuery m_query;
    QString m_statement;
    bool m_prepared = false;
};

// The state of one run of the importer over one file.
class ImportRun
{
public:
    ImportRun(const Database &db, const ImportOptions &options)
        : m_db(db)
        , m_options(options)
        , m_partners(db)
        , m_customers(db)
        , m_leads(db)
        , m_lookups(db.sql())
        , m_partnerByCode(db.sql(), QStringLiteral("SELECT id FROM partners WHERE code = ?"))
        , m_partnerByName(db.sql(), QStringLiteral("SELECT id FROM partners WHERE name = ? LIMIT 2"))
        , m_customerByCode(db.sql(), QStringLiteral("SELECT id FROM customers WHERE code = ?"))
    {}

    Status start(const QStringList &headers);
    Status row(const CsvRecord &record);
    Status finish();

    ImportReport report;

private:
    struct PendingContact
    {
        qint64 line = 0;
        QString company;
        Contact contact;
    };

    bool isCancelled() const { return m_options.cancel && m_options.cancel->load(); }
    // After the first problem of an all-or-nothing run nothing more is written; rows are only checked.
    bool writing() const { return !(m_options.allOrNothing && !report.problems.isEmpty()); }
    QString value(const CsvRecord &record, const char *key) const;
    QString header(const QString &key) const { return m_headers.value(key); }
    void problem(QList<ImportProblem> &problems, const CsvRecord &record, const QString &key,
        const QString &message) const
    {
        problems.append({record.line, header(key), message});
    }
    void addErrors(QList<ImportProblem> &problems, qint64 line, const QList<Error> &errors) const;

    Status partnerRow(const CsvRecord &record);
    Status contactRow(const CsvRecord &record);
    Status customerRow(const CsvRecord &record);
    // Leads go through LeadStore::create, so an imported lead obeys the same rules (a distributor
    // only submits for a reseller it serves) as one typed in.
    Status leadRow(const CsvRecord &record);
    Result<qint64> partnerByCode(QList<ImportProblem> &problems, const CsvRecord &record, const QString &key);
    // Reports a code used earlier in the file or already in the table; fails only on database errors.
    Status checkCode(QList<ImportProblem> &problems, const CsvRecord &record, const QString &code,
        Lookup &table, const QString &usedMessage);
    // The partner a contact or customer row names by code (preferred) or exact name; 0 with a
    // problem when there is none.
    Result<qint64> partnerFor(
        QList<ImportProblem> &problems, const CsvRecord &record, const QString &code, const QString &name);
    Result<qint64> partnerNamed(
        QList<ImportProblem> &problems, qint64 line, const QString &column, const QString &name);
    Result<qint64> areaId(const QString &name);
    Result<qint64> userId(const QString &name);
    // Drops the lookup entries a failed row created, since its savepoint took them back.
    void forgetCreated();

    Database m_db;
    const ImportOptions &m_options;
    PartnerStore m_partners;
    CustomerStore m_customers;
    LeadStore m_leads;
    LookupStore m_lookups;
    Lookup m_partnerByCode;
    Lookup m_partnerByName;
    Lookup m_customerByCode;

    QHash<QString, int> m_columns; // field key -> column index
    QHash<QString, QString> m_headers; // field key -> file header
    qsizetype m_headerCount = 0;
    QHash<QString, qint64> m_levels; // lower-case name -> id
    QHash<QString, qint64> m_activations;
    QHash<QString, qint64> m_areas;
    QHash<QString, qint64> m_users; // lower-case login or display name -> id
    QStringList m_createdAreas;
    QStringList m_createdUsers;
    QHash<QString, qint64> m_codes; // code -> line of its first row in this file
    QHash<QString, qint64> m_partnerIds; // code -> id, for contact and customer rows
    QHash<QString, qint64> m_companies; // partner name in this file -> id (-1 = more than one)
    QHash<QString, qint64> m_failedCompanies; // partner name -> line of its rejected row
    QList<PendingContact> m_pending;
};

QString ImportRun::value(const CsvRecord &record, const char *key) const
{
    const int index = m_columns.value(QLatin1String(key), -1);
    if (index < 0 || index >= record.fields.size())
        return {};
    // Notes keep their layout (with line breaks as in the rest of the program); everything else loses
    // the spaces spreadsheets leave around values.
    if (qstrcmp(key, "notes") == 0)
        return QString(record.fields.at(index)).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return record.fields.at(index).trimmed();
}

void ImportRun::addErrors(QList<ImportProblem> &problems, qint64 line, const QList<Error> &errors) const
{
    for (const Error &e : errors)
        problems.append({line, header(e.field), e.message});
}

Status ImportRun::start(const QStringList &headers)
{
    const QHash<QString, QString> mapping
        = m_options.mapping.isEmpty() ? Importer::suggestMapping(m_options.kind, headers) : m_options.mapping;
    if (Status s = Importer::checkMapping(m_options.kind, headers, mapping); !s)
        return s;
    m_headerCount = headers.size();
    for (int i = 0; i < headers.size(); ++i) {
        const QString key = mapping.value(headers.at(i));
        if (!key.isEmpty() && !m_columns.contains(key)) {
            m_columns.insert(key, i);
            m_headers.insert(key, headers.at(i));
        }
    }
    if (m_options.kind == ImportKind::Leads) {
        auto areas = m_lookups.areas();
        if (!areas)
            return areas.error();
        for (const Area &a : areas.value())
            m_areas.insert(a.name.toLower(), a.id);
    }
    if (m_options.kind == ImportKind::Partners) {
        auto levels = m_lookups.levels();
        if (!levels)
            return levels.error();
        for (const Level &l : levels.value())
            m_levels.insert(l.name.toLower(), l.id);
        auto activations = m_lookups.activations();
        if (!activations)
            return activations.error();
        for (const Activation &a : activations.value())
            m_activations.insert(a.name.toLower(), a.id);
        auto areas = m_lookups.areas();
        if (!areas)
            return areas.error();
        for (const Area &a : areas.value())
            m_areas.insert(a.name.toLower(), a.id);
        auto users = m_lookups.users();
        if (!users)
            return users.error();
        // Logins first: a login always finds its user, even when another user shows that text as name.
        for (const User &u : users.value())
            m_users.insert(u.login.toLower(), u.id);
        for (const User &u : users.value()) {
            if (!u.displayName.isEmpty() && !m_users.contains(u.displayName.toLower()))
                m_users.insert(u.displayName.toLower(), u.id);
        }
    }
    return {};
}

Status ImportRun::row(const CsvRecord &record)
{
    if (std::all_of(record.fields.cbegin(), record.fields.cend(),
            [](const QString &f) { return f.trimmed().isEmpty(); }))
        return {}; // a blank row between the data, as spreadsheets leave them
    ++report.rowsRead;
    if (record.fields.size() > m_headerCount) {
        const auto extra = record.fields.mid(m_headerCount);
        if (!std::all_of(
                extra.cbegin(), extra.cend(), [](const QString &f) { return f.trimmed().isEmpty(); })) {
            report.problems.append({record.line, {},
                Importer::tr(
                    "The row has %1 fields but the header only %2 columns; a delimiter or quote is probably "
                    "missing.")
                    .arg(record.fields.size())
                    .arg(m_headerCount)});
            return {};
        }
    }
    switch (m_options.kind) {
    case ImportKind::Partners:
        return partnerRow(record);
    case ImportKind::Contacts:
        return contactRow(record);
    case ImportKind::Customers:
        return customerRow(record);
    case ImportKind::Leads:
        return leadRow(record);
    }
    return {};
}

Status ImportRun::checkCode(QList<ImportProblem> &problems, const CsvRecord &record, const QString &code,
    Lookup &table, const QString &usedMessage)
{
    if (code.isEmpty())
        return {};
    if (const auto first = m_codes.constFind(code); first != m_codes.cend()) {
        problem(problems, record, QStringLiteral("code"),
            Importer::tr("The code %1 is already used on line %2 of this file.")
                .arg(code)
                .arg(first.value()));
        return {};
    }
    m_codes.insert(code, record.line);
    auto found = table.find(code);
    if (!found)
        return found.error();
    if (found.value().first.isValid())
        problem(problems, record, QStringLiteral("code"), usedMessage);
    return {};
}

Result<qint64> ImportRun::areaId(const QString &name)
{
    if (name.isEmpty())
        return qint64(0);
    const QString key = name.toLower();
    if (const auto it = m_areas.constFind(key); it != m_areas.cend())
        return it.value();
    auto id = m_lookups.ensureArea(name);
    if (!id)
        return id.error();
    m_areas.insert(key, id.value());
    m_createdAreas.append(key);
    return id;
}

Result<qint64> ImportRun::userId(const QString &name)
{
    if (name.isEmpty())
        return qint64(0);
    const QString key = name.toLower();
    if (const auto it = m_users.constFind(key); it != m_users.cend())
        return it.value();
    auto id = m_lookups.ensureUser(name);
    if (!id)
        return id.error();
    m_users.insert(key, id.value());
    m_createdUsers.append(key);
    return id;
}

void ImportRun::forgetCreated()
{
    for (const QString &key : std::as_const(m_createdAreas))
        m_areas.remove(key);
    for (const QString &key : std::as_const(m_createdUsers))
        m_users.remove(key);
    m_createdAreas.clear();
    m_createdUsers.clear();
}

Status ImportRun::partnerRow(const CsvRecord &record)
{
    QList<ImportProblem> problems;
    const QString isCompanyText = value(record, "isCompany");
    const std::optional<bool> isCompany = parseBool(isCompanyText);
    if (!isCompany)
        problem(problems, record, QStringLiteral("isCompany"),
            Importer::tr("\"%1\" is neither yes nor no.").arg(isCompanyText));
    const QString related = value(record, "relatedCompany");

    // A person of a company (Odoo): a contact of the partner of that name, resolved at the end
    // because the company may come later in the file.
    if (!related.isEmpty() && !isCompany.value_or(false)) {
        Contact c;
        c.name = value(record, "name");
        c.function = value(record, "function");
        c.email = value(record, "email");
        c.phone = value(record, "phone");
        addErrors(problems, record.line, c.validate());
        if (problems.isEmpty())
            m_pending.append({record.line, related, c});
        report.problems.append(problems);
        return {};
    }

    Partner p;
    p.code = value(record, "code");
    p.name = value(record, "name");
    p.legalName = value(record, "legalName");
    if (const QString kind = value(record, "kind"); !kind.isEmpty()) {
        if (const auto k = Partner::kindFromKey(kind)) {
            p.kind = *k;
        } else {
            QStringList known;
            for (PartnerKind each : Partner::allKinds())
                known.append(Partner::kindKey(each));
            problem(problems, record, QStringLiteral("kind"),
                Importer::tr("\"%1\" is not a partner kind; use one of %2.")
                    .arg(kind, known.join(QStringLiteral(", "))));
        }
    }
    p.businessNature = value(record, "businessNature");
    p.street = value(record, "street");
    p.city = value(record, "city");
    p.postcode = value(record, "postcode");
    p.region = value(record, "region");
    if (const QString country = value(record, "country"); !country.isEmpty()) {
        p.country = countryCode(country);
        if (p.country.isEmpty())
            problem(problems, record, QStringLiteral("country"),
                Importer::tr("\"%1\" is not a country; give an ISO code such as DE or the country's name.")
                    .arg(country));
    }
    for (const char *key : {"latitude", "longitude"}) {
        const QString text = value(record, key);
        if (text.isEmpty())
            continue;
        const auto d = parseDouble(text);
        if (!d)
            problem(problems, record, QLatin1String(key), Importer::tr("\"%1\" is not a number.").arg(text));
        (qstrcmp(key, "latitude") == 0 ? p.latitude : p.longitude) = d;
    }
    p.website = value(record, "website");
    p.taxId = value(record, "taxId");
    p.controlAccount = value(record, "controlAccount");
    p.bankHolder = value(record, "bankHolder");
    p.iban = value(record, "iban");
    p.bic = value(record, "bic");
    p.bankName = value(record, "bankName");
    if (const QString status = value(record, "status"); !status.isEmpty()) {
        if (const auto s = Partner::statusFromKey(status)) {
            p.status = *s;
        } else {
            QStringList known;
            for (PartnerStatus each : Partner::allStatuses())
                known.append(Partner::statusKey(each));
            problem(problems, record, QStringLiteral("status"),
                Importer::tr("\"%1\" is not a status; use one of %2.")
                    .arg(status, known.join(QStringLiteral(", "))));
        }
    }
    p.statusReason = value(record, "statusReason");
    if (const QString date = value(record, "statusDate"); !date.isEmpty()) {
        p.statusDate = parseDate(date);
        if (!p.statusDate.isValid())
            problem(problems, record, QStringLiteral("statusDate"),
                Importer::tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(date));
    }
    if (const QString level = value(record, "level"); !level.isEmpty()) {
        p.levelId = m_levels.value(level.toLower());
        if (p.levelId == 0)
            problem(problems, record, QStringLiteral("level"),
                Importer::tr("There is no level named \"%1\".").arg(level));
    }
    if (const QString weight = value(record, "weightOverride"); !weight.isEmpty()) {
        bool ok = false;
        const int w = weight.toInt(&ok);
        if (ok)
            p.weightOverride = w;
        else
            problem(problems, record, QStringLiteral("weightOverride"),
                Importer::tr("\"%1\" is not a whole number.").arg(weight));
    }
    if (const QString activation = value(record, "activation"); !activation.isEmpty()) {
        p.activationId = m_activations.value(activation.toLower());
        if (p.activationId == 0)
            problem(problems, record, QStringLiteral("activation"),
                Importer::tr("There is no activation named \"%1\".").arg(activation));
    }
    static const QRegularExpression tagSeparator(QStringLiteral("[,;]"));
    for (const QString &tag : value(record, "tags").split(tagSeparator, Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            p.tags.append(tag.trimmed());
    }
    p.notes = value(record, "notes");
    const QString archivedText = value(record, "archived");
    const std::optional<bool> archived = parseBool(archivedText);
    if (!archived)
        problem(problems, record, QStringLiteral("archived"),
            Importer::tr("\"%1\" is neither yes nor no.").arg(archivedText));

    addErrors(problems, record.line, p.validate());

    // The company's own e-mail and phone (Odoo, most address lists) become its primary contact.
    Contact general;
    general.name = value(record, "contactName");
    general.function = value(record, "function");
    general.email = value(record, "email");
    general.phone = value(record, "phone");
    general.primary = true;
    const bool hasContact = !general.name.isEmpty() || !general.function.isEmpty() || !general.email.isEmpty()
        || !general.phone.isEmpty();
    if (hasContact) {
        if (general.name.isEmpty())
            general.name = p.name;
        for (const Error &e : general.validate()) {
            if (e.field != QLatin1String("name")) // a missing name is the partner's, reported above
                problems.append({record.line,
                    header(e.field == QLatin1String("email") ? e.field : QStringLiteral("contactName")),
                    e.message});
        }
    }

    if (Status s = checkCode(problems, record, p.code, m_partnerByCode,
            Importer::tr("The code %1 is already used by a partner in the database.").arg(p.code));
        !s)
        return s;

    const QString companyKey = p.name.trimmed();
    if (!problems.isEmpty()) {
        m_failedCompanies.insert(companyKey, record.line);
        report.problems.append(problems);
        return {};
    }
    const auto remember = [this, &companyKey](qint64 id) {
        m_companies.insert(companyKey, m_companies.contains(companyKey) ? -1 : id);
    };
    if (!writing()) {
        remember(0);
        return {};
    }

    const QString area = value(record, "area");
    const QString manager = value(record, "accountManager");
    // Lookup entries, archiving and the contact belong to the row: its own savepoint takes them
    // back together when the partner is refused.
    const bool compound = (!area.isEmpty() && !m_areas.contains(area.toLower()))
        || (!manager.isEmpty() && !m_users.contains(manager.toLower())) || archived.value_or(false)
        || hasContact;
    std::optional<Transaction> rowTx;
    if (compound) {
        rowTx.emplace(m_db.sql());
        if (Status s = rowTx->begin(); !s)
            return s;
    }
    const auto refuse = [&](const Error &e) -> Status {
        if (rowTx)
            rowTx->rollback();
        forgetCreated();
        if (!isRowError(e))
            return e;
        m_failedCompanies.insert(companyKey, record.line);
        report.problems.append({record.line, header(e.field), e.message});
        return {};
    };
    auto foundArea = areaId(area);
    if (!foundArea)
        return refuse(foundArea.error());
    p.areaId = foundArea.value();
    auto foundManager = userId(manager);
    if (!foundManager)
        return refuse(foundManager.error());
    p.accountManagerId = foundManager.value();
    auto created = m_partners.create(p);
    if (!created)
        return refuse(created.error());
    if (archived.value_or(false)) {
        auto done = m_partners.archive(created->id, created->version);
        if (!done)
            return refuse(done.error());
    }
    if (hasContact) {
        general.partnerId = created->id;
        auto added = m_partners.addContact(general);
        if (!added)
            return refuse(added.error());
    }
    if (rowTx) {
        if (Status s = rowTx->commit(); !s)
            return refuse(s.error());
    }
    m_createdAreas.clear();
    m_createdUsers.clear();
    remember(created->id);
    ++report.rowsImported;
    return {};
}

Result<qint64> ImportRun::partnerNamed(
    QList<ImportProblem> &problems, qint64 line, const QString &column, const QString &name)
{
    auto found = m_partnerByName.find(name);
    if (!found)
        return found.error();
    if (!found.value().first.isValid()) {
        problems.append({line, column, Importer::tr("There is no partner named \"%1\".").arg(name)});
        return qint64(0);
    }
    if (found.value().second) {
        problems.append({line, column,
            Importer::tr("Several partners are named \"%1\"; give the partner's code instead.").arg(name)});
        return qint64(0);
    }
    return found.value().first.toLongLong();
}

Result<qint64> ImportRun::partnerFor(
    QList<ImportProblem> &problems, const CsvRecord &record, const QString &code, const QString &name)
{
    if (!code.isEmpty()) {
        if (const auto it = m_partnerIds.constFind(code); it != m_partnerIds.cend())
            return it.value();
        auto found = m_partnerByCode.find(code);
        if (!found)
            return found.error();
        if (!found.value().first.isValid()) {
            problem(problems, record, QStringLiteral("partnerCode"),
                Importer::tr("There is no partner with the code %1.").arg(code));
            return qint64(0);
        }
        const qint64 id = found.value().first.toLongLong();
        m_partnerIds.insert(code, id);
        return id;
    }
    if (!name.isEmpty())
        return partnerNamed(problems, record.line, header(QStringLiteral("partner")), name);
    return qint64(0);
}

Status ImportRun::contactRow(const CsvRecord &record)
{
    QList<ImportProblem> problems;
    const QString isCompanyText = value(record, "isCompany");
    const std::optional<bool> isCompany = parseBool(isCompanyText);
    if (isCompany.value_or(false)) {
        ++report.rowsSkipped; // the companies of an Odoo export; their people are the contacts
        return {};
    }
    if (!isCompany)
        problem(problems, record, QStringLiteral("isCompany"),
            Importer::tr("\"%1\" is neither yes nor no.").arg(isCompanyText));
    Contact c;
    c.name = value(record, "name");
    c.function = value(record, "function");
    c.email = value(record, "email");
    c.phone = value(record, "phone");
    const QString primaryText = value(record, "primary");
    const std::optional<bool> primary = parseBool(primaryText);
    if (!primary)
        problem(problems, record, QStringLiteral("primary"),
            Importer::tr("\"%1\" is neither yes nor no.").arg(primaryText));
    c.primary = primary.value_or(false);
    addErrors(problems, record.line, c.validate());

    const QString code = value(record, "partnerCode");
    const QString name = value(record, "partner");
    if (code.isEmpty() && name.isEmpty()) {
        problem(problems, record,
            m_columns.contains(QStringLiteral("partnerCode")) ? QStringLiteral("partnerCode")
                                                              : QStringLiteral("partner"),
            Importer::tr("The row names no partner; give the partner's code or exact name."));
    } else {
        auto partner = partnerFor(problems, record, code, name);
        if (!partner)
            return partner.error();
        c.partnerId = partner.value();
    }
    if (!problems.isEmpty()) {
        report.problems.append(problems);
        return {};
    }
    if (!writing())
        return {};
    auto added = m_partners.addContact(c);
    if (!added) {
        if (!isRowError(added.error()))
            return added.error();
        report.problems.append({record.line, header(added.error().field), added.error().message});
        return {};
    }
    ++report.rowsImported;
    return {};
}

Status ImportRun::customerRow(const CsvRecord &record)
{
    QList<ImportProblem> problems;
    Customer c;
    c.code = value(record, "code");
    c.name = value(record, "name");
    c.street = value(record, "street");
    c.city = value(record, "city");
    c.postcode = value(record, "postcode");
    if (const QString country = value(record, "country"); !country.isEmpty()) {
        c.country = countryCode(country);
        if (c.country.isEmpty())
            problem(problems, record, QStringLiteral("country"),
                Importer::tr("\"%1\" is not a country; give an ISO code such as DE or the country's name.")
                    .arg(country));
    }
    c.segment = value(record, "segment");
    c.email = value(record, "email");
    c.phone = value(record, "phone");
    const QString archivedText = value(record, "archived");
    const std::optional<bool> archived = parseBool(archivedText);
    if (!archived)
        problem(problems, record, QStringLiteral("archived"),
            Importer::tr("\"%1\" is neither yes nor no.").arg(archivedText));
    auto partner = partnerFor(problems, record, value(record, "partnerCode"), value(record, "partner"));
    if (!partner)
        return partner.error();
    c.partnerId = partner.value();
    addErrors(problems, record.line, c.validate());
    if (Status s = checkCode(problems, record, c.code, m_customerByCode,
            Importer::tr("The code %1 is already used by a customer in the database.").arg(c.code));
        !s)
        return s;
    if (!problems.isEmpty()) {
        report.problems.append(problems);
        return {};
    }
    if (!writing())
        return {};
    std::optional<Transaction> rowTx;
    if (archived.value_or(false)) {
        rowTx.emplace(m_db.sql());
        if (Status s = rowTx->begin(); !s)
            return s;
    }
    const auto refuse = [&](const Error &e) -> Status {
        if (rowTx)
            rowTx->rollback();
        if (!isRowError(e))
            return e;
        report.problems.append({record.line, header(e.field), e.message});
        return {};
    };
    auto created = m_customers.create(c);
    if (!created)
        return refuse(created.error());
    if (archived.value_or(false)) {
        auto done = m_customers.archive(created->id, created->version);
        if (!done)
            return refuse(done.error());
        if (Status s = rowTx->commit(); !s)
            return refuse(s.error());
    }
    ++report.rowsImported;
    return {};
}

Result<qint64> ImportRun::partnerByCode(
    QList<ImportProblem> &problems, const CsvRecord &record, const QString &key)
{
    const QString code = value(record, key.toLatin1().constData());
    if (code.isEmpty())
        return qint64(0);
    if (const auto it = m_partnerIds.constFind(code); it != m_partnerIds.cend())
        return it.value();
    auto found = m_partnerByCode.find(code);
    if (!found)
        return found.error();
    if (!found->first.isValid()) {
        problem(problems, record, key, Importer::tr("There is no partner with the code %1.").arg(code));
        return qint64(0);
    }
    m_partnerIds.insert(code, found->first.toLongLong());
    return found->first.toLongLong();
}

Status ImportRun::leadRow(const CsvRecord &record)
{
    QList<ImportProblem> problems;
    Lead l;
    l.company = value(record, "name");
    l.contactName = value(record, "contactName");
    l.email = value(record, "email");
    l.phone = value(record, "phone");
    l.street = value(record, "street");
    l.city = value(record, "city");
    l.postcode = value(record, "postcode");
    l.source = value(record, "source");
    l.notes = value(record, "notes");
    if (const QString country = value(record, "country"); !country.isEmpty()) {
        l.country = countryCode(country);
        if (l.country.isEmpty())
            problem(problems, record, QStringLiteral("country"),
                Importer::tr("\"%1\" is not a country; give an ISO code such as DE or the country's name.")
                    .arg(country));
    }
    for (const char *key : {"latitude", "longitude"}) {
        const QString text = value(record, key);
        if (text.isEmpty())
            continue;
        const std::optional<double> number = parseDouble(text);
        if (!number)
            problem(problems, record, QLatin1String(key), Importer::tr("\"%1\" is not a number.").arg(text));
        else
            (qstrcmp(key, "latitude") == 0 ? l.latitude : l.longitude) = number;
    }
    const QString amount = value(record, "value");
    const QString currency = value(record, "currency").toUpper();
    if (!amount.isEmpty() || !currency.isEmpty()) {
        if (currency.isEmpty()) {
            problem(problems, record, QStringLiteral("value"), Importer::tr("A value needs its currency."));
        } else if (amount.isEmpty()) {
            problem(problems, record, QStringLiteral("currency"), Importer::tr("A currency needs a value."));
        } else if (Status s = Money::validateCurrency(currency); !s) {
            problem(problems, record, QStringLiteral("currency"), s.error().message);
        } else {
            auto money = Money::parse(amount, currency);
            if (!money)
                problem(problems, record, QStringLiteral("value"), money.error().message);
            else
                l.estimatedValue = money.value();
        }
    }
    auto partner = partnerByCode(problems, record, QStringLiteral("partnerCode"));
    if (!partner)
        return partner.error();
    l.assignedPartnerId = partner.value();
    auto distributor = partnerByCode(problems, record, QStringLiteral("distributorCode"));
    if (!distributor)
        return distributor.error();
    l.submittedByDistributorId = distributor.value();
    // The lead's own field names, as the file's columns call them.
    const auto columnKey = [](const QString &field) {
        if (field == QLatin1String("company"))
            return QStringLiteral("name");
        if (field == QLatin1String("estimatedValue"))
            return QStringLiteral("value");
        if (field == QLatin1String("partner"))
            return QStringLiteral("partnerCode");
        if (field == QLatin1String("distributor"))
            return QStringLiteral("distributorCode");
        return field;
    };
    for (const Error &e : l.validate()) {
        if (!std::any_of(problems.cbegin(), problems.cend(),
                [&](const ImportProblem &p) { return p.column == header(columnKey(e.field)); }))
            problems.append({record.line, header(columnKey(e.field)), e.message});
    }
    if (!problems.isEmpty()) {
        report.problems.append(problems);
        return {};
    }
    if (!writing())
        return {};
    // A new area and the lead are written together or not at all.
    Transaction rowTx(m_db.sql());
    if (Status s = rowTx.begin(); !s)
        return s;
    if (const QString area = value(record, "area"); !area.isEmpty()) {
        auto id = areaId(area);
        if (!id)
            return id.error();
        l.areaId = id.value();
    }
    auto created = m_leads.create(l);
    if (created) {
        if (Status s = rowTx.commit(); !s)
            created = s.error();
    }
    if (!created) {
        rowTx.rollback();
        forgetCreated();
        if (!isRowError(created.error()))
            return created.error();
        report.problems.append(
            {record.line, header(columnKey(created.error().field)), created.error().message});
        return {};
    }
    m_createdAreas.clear();
    ++report.rowsImported;
    return {};
}

Status ImportRun::finish()
{
    const QString column = header(QStringLiteral("relatedCompany"));
    for (const PendingContact &pending : std::as_const(m_pending)) {
        if (isCancelled())
            return cancelled();
        QList<ImportProblem> problems;
        qint64 partnerId = 0;
        if (const auto it = m_companies.constFind(pending.company); it != m_companies.cend()) {
            partnerId = it.value();
            if (partnerId < 0)
                problems.append({pending.line, column,
                    Importer::tr("Several companies in this file are named \"%1\".").arg(pending.company)});
        } else if (const auto failed = m_failedCompanies.constFind(pending.company);
                   failed != m_failedCompanies.cend()) {
            problems.append({pending.line, column,
                Importer::tr("The company \"%1\" on line %2 is not imported, so neither is its contact.")
                    .arg(pending.company)
                    .arg(failed.value())});
        } else {
            auto found = partnerNamed(problems, pending.line, column, pending.company);
            if (!found)
                return found.error();
            partnerId = found.value();
        }
        if (!problems.isEmpty()) {
            report.problems.append(problems);
            continue;
        }
        if (!writing())
            continue;
        Contact c = pending.contact;
        c.partnerId = partnerId;
        auto added = m_partners.addContact(c);
        if (!added) {
            if (!isRowError(added.error()))
                return added.error();
            report.problems.append({pending.line, header(added.error().field), added.error().message});
            continue;
        }
        ++report.rowsImported;
    }
    std::stable_sort(report.problems.begin(), report.problems.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    return {};
}

} // namespace

Importer::Importer(const Database &db)
    : m_db(db)
{}

QList<QPair<QString, QString>> Importer::fields(ImportKind kind)
{
    QList<QPair<QString, QString>> out;
    for (const FieldSpec *f : specs(kind))
        out.append({QLatin1String(f->key), label(f)});
    return out;
}

QString Importer::columnName(ImportKind kind, const QString &key)
{
    const FieldSpec *f = spec(kind, key);
    return f ? QLatin1String(f->column) : QString();
}

QString Importer::suggestField(ImportKind kind, const QString &header)
{
    const QString h = normalized(header);
    if (h.isEmpty())
        return {};
    const QList<const FieldSpec *> all = specs(kind);
    // Own names first, so that "Partner code" is not taken by the synonym "code" of another field.
    for (const FieldSpec *f : all) {
        if (h == normalized(QLatin1String(f->key)) || h == normalized(QLatin1String(f->column))
            || h == normalized(label(f)))
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

Status Importer::checkMapping(
    ImportKind kind, const QStringList &headers, const QHash<QString, QString> &mapping)
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
        const FieldSpec *f = spec(kind, key);
        if (!f)
            return Error {Error::Code::Usage,
                tr("The column \"%1\" is mapped to \"%2\", which is not a field.").arg(h, key), {}, {}, 0, 0};
        if (columnOf.contains(key))
            return Error {Error::Code::Validation,
                tr("The columns \"%1\" and \"%2\" are both imported as %3; choose one.")
                    .arg(columnOf.value(key), h, label(f)),
                {}, {}, 0, 0};
        columnOf.insert(key, h);
    }
    if (!columnOf.contains(QStringLiteral("name")))
        return Error {Error::Code::Validation,
            tr("No column is imported as %1; the file needs one.")
                .arg(label(spec(kind, QStringLiteral("name")))),
            {}, {}, 0, 0};
    if (kind == ImportKind::Contacts && !columnOf.contains(QStringLiteral("partnerCode"))
        && !columnOf.contains(QStringLiteral("partner")))
        return Error {Error::Code::Validation,
            tr("No column is imported as %1 or %2; each contact needs its partner.")
                .arg(label(spec(kind, QStringLiteral("partnerCode"))),
                    label(spec(kind, QStringLiteral("partner")))),
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
} // namespace

Result<ImportReport> Importer::run(const QString &file, const ImportOptions &options) const
{
    QFile f(file);
    if (auto opened = openFile(f); !opened)
        return opened.error();
    const auto isCancelled = [&options] { return options.cancel && options.cancel->load(); };

    // One transaction around the whole batch; the stores' own transactions nest in it as savepoints.
    Transaction tx(m_db.sql());
    if (Status s = tx.begin(); !s)
        return s.error();
    // The stores run the same few statements for every row; parsing them once makes the import
    // several times faster. Dropped before the end of the transaction.
    std::optional<sql::StatementCache> statements(std::in_place, m_db.sql());
    ImportRun job(m_db, options);
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
            failed = job.start(headerNames(record));
            return failed.ok();
        }
        failed = job.row(record);
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
    if (Status s = job.finish(); !s)
        return s.error();
    if (isCancelled())
        return cancelled();

    ImportReport report = job.report;
    statements.reset();
    if (options.allOrNothing && !report.problems.isEmpty()) {
        tx.rollback();
        report.rowsImported = 0;
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
