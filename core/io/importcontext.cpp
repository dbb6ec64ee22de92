#include "importcontext_p.h"

#include "common/country.h"
#include "db/sql.h"
#include "fieldparsers.h"

namespace cd::importing {

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

Lookup::Lookup(const QSqlDatabase &db, const QString &statement)
    : m_query(db)
    , m_statement(statement)
{
    m_query.setForwardOnly(true);
}

Result<std::pair<QVariant, bool>> Lookup::find(const QVariant &value)
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

ImportContext::ImportContext(const Database &database, const ImportOptions &options)
    : db(database)
    , partners(database)
    , customers(database)
    , leads(database)
    , lookups(database)
    , partnerByCodeLookup(database.sql(), QStringLiteral("SELECT id FROM partners WHERE code = ?"))
    , customerByCodeLookup(database.sql(), QStringLiteral("SELECT id FROM customers WHERE code = ?"))
    , m_options(options)
    , m_partnerByName(database.sql(), QStringLiteral("SELECT id FROM partners WHERE name = ? LIMIT 2"))
{}

Status ImportContext::start(const QStringList &headers)
{
    const QHash<QString, QString> mapping
        = m_options.mapping.isEmpty() ? Importer::suggestMapping(m_options.kind, headers) : m_options.mapping;
    if (Status s = Importer::checkMapping(m_options.kind, headers, mapping, m_options.existing); !s)
        return s;
    m_headerCount = headers.size();
    for (int i = 0; i < headers.size(); ++i) {
        const QString key = mapping.value(headers.at(i));
        if (!key.isEmpty() && !m_columns.contains(key)) {
            m_columns.insert(key, i);
            m_headers.insert(key, headers.at(i));
        }
    }
    return {};
}

QString ImportContext::value(const ImportRow &row, const char *key) const
{
    const int index = m_columns.value(QLatin1String(key), -1);
    const QStringList &fields = row.record.fields;
    if (index < 0 || index >= fields.size())
        return {};
    // Notes keep their layout (with line breaks as in the rest of the program); everything else loses
    // the spaces spreadsheets leave around values.
    if (qstrcmp(key, "notes") == 0)
        return QString(fields.at(index)).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return fields.at(index).trimmed();
}

void ImportContext::problem(ImportRow &row, const QString &key, const QString &message) const
{
    row.problems.append({row.line(), header(key), message});
}

void ImportContext::addErrors(ImportRow &row, const QList<Error> &errors,
    const std::function<QString(const QString &)> &columnKey) const
{
    for (const Error &e : errors)
        row.problems.append({row.line(), header(columnKey ? columnKey(e.field) : e.field), e.message});
}

void ImportContext::text(const ImportRow &row, const char *key, QString &target) const
{
    if (QString v = value(row, key); !v.isEmpty())
        target = std::move(v);
}

void ImportContext::yesNo(ImportRow &row, const char *key, std::optional<bool> &target) const
{
    const QString v = value(row, key);
    if (v.isEmpty())
        return;
    if (const std::optional<bool> b = parseYesNo(v))
        target = b;
    else
        problem(row, QLatin1String(key), Importer::tr("\"%1\" is neither yes nor no.").arg(v));
}

void ImportContext::country(ImportRow &row, const char *key, QString &target) const
{
    const QString v = value(row, key);
    if (v.isEmpty())
        return;
    const QString code = Country::fromName(v);
    if (code.isEmpty())
        problem(row, QLatin1String(key),
            Importer::tr("\"%1\" is not a country; give an ISO code such as DE or the country's name.")
                .arg(v));
    else
        target = code;
}

void ImportContext::coordinate(ImportRow &row, const char *key, std::optional<double> &target) const
{
    const QString v = value(row, key);
    if (v.isEmpty())
        return;
    if (const std::optional<double> d = parseNumber(v))
        target = d;
    else
        problem(row, QLatin1String(key), Importer::tr("\"%1\" is not a number.").arg(v));
}

void ImportContext::date(ImportRow &row, const char *key, QDate &target) const
{
    const QString v = value(row, key);
    if (v.isEmpty())
        return;
    if (const QDate d = parseDate(v); d.isValid())
        target = d;
    else
        problem(
            row, QLatin1String(key), Importer::tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(v));
}

Result<CodeMatch> ImportContext::matchCode(const QString &code, qint64 line, Lookup &lookup)
{
    CodeMatch match;
    if (code.isEmpty())
        return match;
    if (const auto first = m_codes.constFind(code); first != m_codes.cend()) {
        match.earlierLine = first.value();
        return match;
    }
    m_codes.insert(code, line);
    auto found = lookup.find(code);
    if (!found)
        return found.error();
    if (found->first.isValid())
        match.storedId = found->first.toLongLong();
    return match;
}

Result<std::optional<CodeMatch>> ImportContext::claimCode(ImportRow &row, const QString &code, Lookup &lookup)
{
    auto match = matchCode(code, row.line(), lookup);
    if (!match)
        return match.error();
    if (match->earlierLine > 0) { // whatever else is wrong with it, this row cannot be imported
        reportCode(row, *match, code, {});
        finishRow(row);
        return std::optional<CodeMatch>();
    }
    if (match->storedId > 0 && m_options.existing == ExistingRows::Skip) {
        ++report.rowsKept;
        return std::optional<CodeMatch>();
    }
    return std::optional<CodeMatch>(*match);
}

void ImportContext::reportCode(
    ImportRow &row, const CodeMatch &match, const QString &code, const QString &usedMessage) const
{
    if (match.earlierLine > 0)
        problem(row, QStringLiteral("code"),
            Importer::tr("The code %1 is already used on line %2 of this file.")
                .arg(code)
                .arg(match.earlierLine));
    else if (match.storedId > 0 && m_options.existing == ExistingRows::Fail)
        problem(row, QStringLiteral("code"), usedMessage);
}

Result<qint64> ImportContext::partnerNamed(ImportRow &row, const QString &column, const QString &name)
{
    auto found = m_partnerByName.find(name);
    if (!found)
        return found.error();
    if (!found->first.isValid()) {
        row.problems.append(
            {row.line(), column, Importer::tr("There is no partner named \"%1\".").arg(name)});
        return qint64(0);
    }
    if (found->second) {
        row.problems.append({row.line(), column,
            Importer::tr("Several partners are named \"%1\"; give the partner's code instead.").arg(name)});
        return qint64(0);
    }
    return found->first.toLongLong();
}

Result<qint64> ImportContext::partnerByCode(ImportRow &row, const QString &key)
{
    const QString code = value(row, key.toLatin1().constData());
    if (code.isEmpty())
        return qint64(0);
    if (const auto it = m_partnerIds.constFind(code); it != m_partnerIds.cend())
        return it.value();
    auto found = partnerByCodeLookup.find(code);
    if (!found)
        return found.error();
    if (!found->first.isValid()) {
        problem(row, key, Importer::tr("There is no partner with the code %1.").arg(code));
        return qint64(0);
    }
    m_partnerIds.insert(code, found->first.toLongLong());
    return found->first.toLongLong();
}

Result<qint64> ImportContext::partnerFor(ImportRow &row, const QString &code, const QString &name)
{
    if (!code.isEmpty())
        return partnerByCode(row, QStringLiteral("partnerCode"));
    if (!name.isEmpty())
        return partnerNamed(row, header(QStringLiteral("partner")), name);
    return qint64(0);
}

Status ImportContext::loadAreas()
{
    auto areas = lookups.areas();
    if (!areas)
        return areas.error();
    for (const Area &a : areas.value())
        m_areas.insert(a.name.toLower(), a.id);
    return {};
}

Status ImportContext::loadUsers()
{
    auto users = lookups.users();
    if (!users)
        return users.error();
    // Logins first: a login always finds its user, even when another user shows that text as name.
    for (const User &u : users.value())
        m_users.insert(u.login.toLower(), u.id);
    for (const User &u : users.value()) {
        if (!u.displayName.isEmpty() && !m_users.contains(u.displayName.toLower()))
            m_users.insert(u.displayName.toLower(), u.id);
    }
    return {};
}

Result<qint64> ImportContext::areaId(const QString &name)
{
    if (name.isEmpty())
        return qint64(0);
    const QString key = name.toLower();
    if (const auto it = m_areas.constFind(key); it != m_areas.cend())
        return it.value();
    auto id = lookups.ensureArea(name);
    if (!id)
        return id.error();
    m_areas.insert(key, id.value());
    m_createdAreas.append(key);
    return id;
}

Result<qint64> ImportContext::userId(const QString &name)
{
    if (name.isEmpty())
        return qint64(0);
    const QString key = name.toLower();
    if (const auto it = m_users.constFind(key); it != m_users.cend())
        return it.value();
    auto id = lookups.ensureUser(name);
    if (!id)
        return id.error();
    m_users.insert(key, id.value());
    m_createdUsers.append(key);
    return id;
}

void ImportContext::forgetCreated()
{
    for (const QString &key : std::as_const(m_createdAreas))
        m_areas.remove(key);
    for (const QString &key : std::as_const(m_createdUsers))
        m_users.remove(key);
    keepCreated();
}

void ImportContext::keepCreated()
{
    m_createdAreas.clear();
    m_createdUsers.clear();
}

ImportContext::RowWrite::RowWrite(ImportContext &context, ImportRow &row, bool savepoint)
    : m_context(context)
    , m_row(row)
{
    if (savepoint)
        m_tx.emplace(context.db.sql());
}

Status ImportContext::RowWrite::begin()
{
    return m_tx ? m_tx->begin() : Status();
}

Status ImportContext::RowWrite::commit()
{
    if (m_tx) {
        if (Status s = m_tx->commit(); !s)
            return refuse(s.error());
    }
    m_context.keepCreated();
    return {};
}

Status ImportContext::RowWrite::refuse(const Error &e, const QString &columnKey)
{
    if (m_tx)
        m_tx->rollback();
    m_context.forgetCreated();
    if (!isRowError(e))
        return e;
    m_row.problems.append(
        {m_row.line(), m_context.header(columnKey.isEmpty() ? e.field : columnKey), e.message});
    return {};
}

Status ImportContext::addContact(ImportRow &row, const Contact &contact)
{
    if (!row.ok() || !writing())
        return {};
    auto added = partners.addContact(contact);
    if (added)
        ++report.rowsCreated;
    else if (!isRowError(added.error()))
        return added.error();
    else
        problem(row, added.error().field, added.error().message);
    return {};
}

} // namespace cd::importing
