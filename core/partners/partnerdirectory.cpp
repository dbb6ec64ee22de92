#include "partnerdirectory.h"

#include "db/fulltext.h"
#include "db/sql.h"
#include "partnerstore.h"

namespace cd {

namespace {

// ORDER BY terms that match an index, ascending; the row id breaks ties so paging is stable.
QString orderTerm(PartnerColumn column)
{
    switch (column) {
    case PartnerColumn::Code:
        return QStringLiteral("p.code");
    case PartnerColumn::Name:
        return QStringLiteral("p.name COLLATE NOCASE");
    case PartnerColumn::LegalName:
        return QStringLiteral("p.legal_name COLLATE NOCASE");
    case PartnerColumn::Kind:
        return QStringLiteral("p.kind");
    case PartnerColumn::Status:
        return QStringLiteral("p.status");
    // Lookup columns sort by the entry (grouping equal values) through their index; sorting by the
    // looked-up name would need a full sort of every row.
    case PartnerColumn::Level:
        return QStringLiteral("p.level_id");
    case PartnerColumn::Activation:
        return QStringLiteral("p.activation_id");
    case PartnerColumn::Area:
        return QStringLiteral("p.area_id");
    case PartnerColumn::City:
        return QStringLiteral("p.city COLLATE NOCASE");
    case PartnerColumn::Country:
        return QStringLiteral("p.country");
    case PartnerColumn::AccountManager:
        return QStringLiteral("p.account_manager_id");
    case PartnerColumn::Updated:
        return QStringLiteral("p.updated_at");
    }
    return QStringLiteral("p.id");
}

QString orderBy(const PartnerSort &sort, bool reversed)
{
    const bool ascending = (sort.order == Qt::AscendingOrder) != reversed;
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    if (sort.column == PartnerColumn::Code)
        return QStringLiteral(" ORDER BY p.code") + dir;
    return QStringLiteral(" ORDER BY ") + orderTerm(sort.column) + dir + QStringLiteral(", p.id") + dir;
}

const QString kRowSelect
    = QStringLiteral("SELECT p.id, p.code, p.name, p.legal_name, p.kind, p.status, l.name, a.name, ar.name, "
                     "p.city, p.country, "
                     "coalesce(nullif(u.display_name, ''), u.login), p.updated_at, p.archived_at IS NOT NULL "
                     "FROM partners p "
                     "LEFT JOIN partner_levels l ON l.id = p.level_id "
                     "LEFT JOIN partner_activations a ON a.id = p.activation_id "
                     "LEFT JOIN areas ar ON ar.id = p.area_id "
                     "LEFT JOIN users u ON u.id = p.account_manager_id");

PartnerRow rowFrom(const QSqlQuery &q)
{
    PartnerRow r;
    r.id = q.value(0).toLongLong();
    r.code = q.value(1).toString();
    r.name = q.value(2).toString();
    r.legalName = q.value(3).toString();
    r.kind = Partner::kindFromKey(q.value(4).toString()).value_or(PartnerKind::Reseller);
    r.status = Partner::statusFromKey(q.value(5).toString()).value_or(PartnerStatus::Active);
    r.level = q.value(6).toString();
    r.activation = q.value(7).toString();
    r.area = q.value(8).toString();
    r.city = q.value(9).toString();
    r.country = q.value(10).toString();
    r.accountManager = q.value(11).toString();
    r.updatedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    r.archived = q.value(13).toBool();
    return r;
}

} // namespace

PartnerDirectory::PartnerDirectory(const Database &db)
    : m_db(db.sql())
{}

QString PartnerDirectory::where(const PartnerFilter &f, QVariantList &binds, bool walk) const
{
    const QString fts = fulltext::matchQuery(f.search);
    // With a search the matches drive the query (rowid lookups, then a sort of the matches); the
    // unary + keeps SQLite from walking a column index instead and probing every row against them.
    // A broad search (`walk`) does the opposite: the sort index is walked and each row probed, so
    // the first page needs a few hundred probes rather than a sort of 400,000 matches.
    const QString col = fts.isEmpty() || walk ? QStringLiteral("p.") : QStringLiteral("+p.");
    QStringList terms;
    switch (f.archived) {
    case PartnerFilter::Archived::Hide:
        terms << col + QStringLiteral("archived_at IS NULL");
        break;
    case PartnerFilter::Archived::Only:
        terms << col + QStringLiteral("archived_at IS NOT NULL");
        break;
    case PartnerFilter::Archived::Include:
        break;
    }
    if (!fts.isEmpty()) {
        terms << (walk ? QStringLiteral(
                      "EXISTS (SELECT 1 FROM partner_fts WHERE partner_fts MATCH ? AND rowid = p.id)")
                       : QStringLiteral("p.id IN (SELECT rowid FROM partner_fts WHERE partner_fts MATCH ?)"));
        binds << fts;
    }
    if (f.kind) {
        terms << col + QStringLiteral("kind = ?");
        binds << Partner::kindKey(*f.kind);
    }
    if (f.status) {
        terms << col + QStringLiteral("status = ?");
        binds << Partner::statusKey(*f.status);
    }
    const auto idTerm = [&](qint64 id, const char *column) {
        if (id != 0) {
            terms << col + QStringLiteral("%1 = ?").arg(QLatin1String(column));
            binds << id;
        }
    };
    idTerm(f.levelId, "level_id");
    idTerm(f.activationId, "activation_id");
    idTerm(f.areaId, "area_id");
    idTerm(f.accountManagerId, "account_manager_id");
    if (!f.country.isEmpty()) {
        terms << col + QStringLiteral("country = ?");
        binds << f.country.toUpper();
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

Result<qint64> PartnerDirectory::count(const PartnerFilter &filter) const
{
    QVariantList binds;
    const QString w = where(filter, binds);
    auto v = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM partners p") + w, binds);
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<std::pair<qint64, bool>> PartnerDirectory::quickCount(const PartnerFilter &filter) const
{
    return fulltext::quickCount(m_db, QStringLiteral("partner_fts"), fulltext::matchQuery(filter.search),
        [&] { return count(filter); });
}

Result<QList<PartnerRow>> PartnerDirectory::page(
    const PartnerFilter &filter, const PartnerSort &sort, qint64 offset, int limit, qint64 total) const
{
    if (limit <= 0 || offset < 0)
        return QList<PartnerRow>();
    // Reading from the far end keeps OFFSET short: row k of n is row n-1-k backwards.
    const bool reversed = total > 0 && offset > total / 2;
    qint64 sqlOffset = offset;
    int sqlLimit = limit;
    if (reversed) {
        const qint64 end = std::min(total, offset + limit);
        sqlOffset = total - end;
        sqlLimit = int(end - offset);
        if (sqlLimit <= 0)
            return QList<PartnerRow>();
    }
    auto broad = fulltext::isBroad(
        m_db, QStringLiteral("partner_fts"), QStringLiteral("partners"), fulltext::matchQuery(filter.search));
    if (!broad)
        return broad.error();
    QVariantList binds;
    const QString w = where(filter, binds, broad.value());
    binds << sqlLimit << sqlOffset;
    // OFFSET walks only the covering index in the inner query; the other columns and the joins are
    // read for the page's rows alone.
    const QString order = orderBy(sort, reversed);
    const QString inner = QStringLiteral("(SELECT p.id FROM partners p") + w + order
        + QStringLiteral(" LIMIT ? OFFSET ?) pg");
    QString statement = kRowSelect;
    statement.replace(QStringLiteral("FROM partners p "),
        QStringLiteral("FROM ") + inner + QStringLiteral(" JOIN partners p ON p.id = pg.id "));
    auto q = sql::exec(m_db, statement + order, binds);
    if (!q)
        return q.error();
    QList<PartnerRow> rows;
    rows.reserve(sqlLimit);
    while (q.value().next())
        rows.append(rowFrom(q.value()));
    if (reversed)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

Status PartnerDirectory::forEach(const PartnerFilter &filter, const PartnerSort &sort,
    const std::function<bool(const PartnerRow &)> &onRow) const
{
    QVariantList binds;
    const QString w = where(filter, binds);
    // One forward-only statement streams the rows; SQLite keeps only the current one in memory.
    auto q = sql::exec(m_db, kRowSelect + w + orderBy(sort, false), binds);
    if (!q)
        return q.error();
    while (q.value().next()) {
        if (!onRow(rowFrom(q.value())))
            break;
    }
    return {};
}

Status PartnerDirectory::forEachPartner(const PartnerFilter &filter, const PartnerSort &sort,
    const std::function<bool(const Partner &)> &onPartner) const
{
    QVariantList binds;
    const QString w = where(filter, binds);
    auto q = sql::exec(m_db,
        QStringLiteral("SELECT ") + PartnerStore::selectColumns() + QStringLiteral(" FROM partners p") + w
            + orderBy(sort, false),
        binds);
    if (!q)
        return q.error();
    while (q.value().next()) {
        if (!onPartner(PartnerStore::fromRow(q.value())))
            break;
    }
    return {};
}

} // namespace cd
