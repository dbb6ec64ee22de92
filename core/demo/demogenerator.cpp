#include "demogenerator.h"

#include "agreementsdemo.h"
#include "leadsdemo.h"
#include "networkdemo.h"
#include "salesdemo.h"

#include "common/accountnumber.h"
#include "common/clock.h"
#include "common/iban.h"
#include "db/bulkwrite.h"
#include "db/deferredsearchindex.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "demorun_p.h"
#include "partners/lookups.h"

#include <QScopeGuard>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>
#include <string>
#include <string_view>
#include <vector>

namespace cd {

namespace demorun {

// Moves the staged rows into their tables and writes their search rows.
Status Run::flush()
{
    if (!m_partnerRows.move() || !m_contactRows.move() || !m_customerRows.move())
        return sqliteError(m_handle);
    // Without the tables' indexes, indexing waits for the end: the partners' search rows need the
    // index of contacts by partner.
    if (!m_search.isSuspended() || m_indexes.isSuspended())
        return {};
    return writeSearchRows();
}

// The search rows of the rows added since the last call, one statement per search table.
Status Run::writeSearchRows()
{
    if (Status s = m_search.index(m_indexedPartnerId, m_nextPartnerId, m_indexedCustomerId, m_nextCustomerId);
        !s)
        return s;
    m_indexedPartnerId = m_nextPartnerId;
    m_indexedCustomerId = m_nextCustomerId;
    return {};
}

Status Run::finish()
{
    if (Status s = flush(); !s)
        return s;
    if (!m_partnerRows.drop() || !m_contactRows.drop() || !m_customerRows.drop())
        return sqliteError(m_handle);
    if (Status s = m_indexes.rebuild(BulkWriteSettings::kCacheKiB); !s)
        return s;
    if (Status s = writeSearchRows(); !s)
        return s;
    return m_search.restore();
}

Status Run::tick(qint64 done)
{
    if (m_options.progress)
        m_options.progress(done, m_options.partners + m_options.customers);
    if (cancelled())
        return Error::make(
            Error::Code::Cancelled, DemoGenerator::tr("The demo data generation was cancelled."));
    return {};
}

Status Run::prepare()
{
    const QSqlDatabase sqlDb = m_db.sql();
    LookupStore lookups(m_db);

    // Areas: every area any country can use, in a fixed order so ids and managers repeat for a seed.
    std::vector<std::string_view> areaNames;
    const auto areaIndex = [&](const char *area) -> Result<int> {
        if (!area)
            return -1;
        const auto found = std::find(areaNames.begin(), areaNames.end(), std::string_view(area));
        if (found != areaNames.end())
            return int(found - areaNames.begin());
        auto id = lookups.ensureArea(QString::fromUtf8(area));
        if (!id)
            return id.error();
        areaNames.push_back(area);
        m_areaIds.push_back(id.value());
        return int(m_areaIds.size() - 1);
    };
    for (const Country &c : kCountries) {
        auto a = areaIndex(c.areaA);
        if (!a)
            return a.error();
        auto b = areaIndex(c.areaB);
        if (!b)
            return b.error();
        m_countryAreas.emplace_back(a.value(), b.value());
    }

    auto users = lookups.users();
    if (!users)
        return users.error();
    for (const Manager &m : kManagers) {
        const QString login = QString::fromUtf8(m.login);
        qint64 id = 0;
        for (const User &u : users.value()) {
            if (u.login == login)
                id = u.id;
        }
        if (id == 0) {
            User user;
            user.login = login;
            user.displayName = QString::fromUtf8(m.name);
            user.email = login + QStringLiteral("@channeldesk.example");
            auto saved = lookups.saveUser(user);
            if (!saved)
                return saved.error();
            id = saved->id;
        }
        m_managerIds.push_back(id);
    }

    const char *levelNames[] = {"Gold", "Silver", "Bronze"};
    const char *activationNames[] = {"First Contact", "Ramp-up", "Fully Operational"};
    for (int i = 0; i < 3; ++i) {
        auto level = lookups.levelId(QString::fromUtf8(levelNames[i]));
        if (!level)
            return level.error();
        m_levels[i] = level.value();
        auto activation = lookups.activationId(QString::fromUtf8(activationNames[i]));
        if (!activation)
            return activation.error();
        m_activations[i] = activation.value();
    }

    // Codes from the sequence cannot collide with each other; only rows already in the database
    // (demo data added with --force) need a lookup.
    auto existing = sql::scalar(
        sqlDb, QStringLiteral("SELECT (SELECT count(*) FROM partners) + (SELECT count(*) FROM customers)"));
    if (!existing)
        return existing.error();
    m_checkExistingCodes = existing.value().toLongLong() > 0;

    // New rows get ids after the last ones, so each batch's search rows are a range of ids.
    auto lastPartner = sql::scalar(sqlDb, QStringLiteral("SELECT coalesce(max(id), 0) FROM partners"));
    if (!lastPartner)
        return lastPartner.error();
    auto lastCustomer = sql::scalar(sqlDb, QStringLiteral("SELECT coalesce(max(id), 0) FROM customers"));
    if (!lastCustomer)
        return lastCustomer.error();
    m_firstPartnerId = m_nextPartnerId = m_indexedPartnerId = lastPartner.value().toLongLong() + 1;
    m_nextCustomerId = m_indexedCustomerId = lastCustomer.value().toLongLong() + 1;

    if (!m_partnerRows.prepare(m_handle, "partners", kPartnerColumns)
        || !m_contactRows.prepare(m_handle, "contacts", kContactColumns)
        || !m_customerRows.prepare(m_handle, "customers", kCustomerColumns))
        return sqliteError(m_handle);
    // The generated contacts belong to generated partners only, whose search rows come after them.
    auto suspended = m_search.suspend(true);
    if (!suspended)
        return suspended.error();
    if (m_bulk && m_search.isSuspended()) {
        if (Status s = m_indexes.suspend({"partners", "contacts", "customers"}, false); !s)
            return s;
    }
    if (!m_codeTaken.prepare(m_handle,
            "SELECT 1 FROM partners WHERE code = ?1 UNION ALL SELECT 1 FROM customers WHERE code = ?1"))
        return sqliteError(m_handle);
    return {};
}

// The partners' history in three set-based statements instead of a TimelineStore call per row.
Status Run::timeline()
{
    const qint64 firstPartnerId = m_firstPartnerId;
    const QSqlDatabase db = m_db.sql();
    const QString user = m_db.userLogin();
    if (Status s = sql::run(db,
            QStringLiteral(
                "INSERT INTO timeline (at, user_login, entity, entity_id, partner_id, action, new_value) "
                "SELECT created_at, ?, 'partner', id, id, 'created', name FROM partners WHERE id >= ? "
                "ORDER BY id"),
            {user, firstPartnerId});
        !s)
        return s;
    if (Status s = sql::run(db,
            QStringLiteral(
                "INSERT INTO timeline (at, user_login, entity, entity_id, partner_id, action, field, "
                "old_value, new_value, comment) "
                "SELECT max(created_at, status_date || 'T09:00:00.000Z'), ?, 'partner', id, id, 'status', "
                "'status', 'active', status, status_reason FROM partners "
                "WHERE id >= ? AND status <> 'active' ORDER BY id"),
            {user, firstPartnerId});
        !s)
        return s;
    return sql::run(db,
        QStringLiteral("INSERT INTO timeline (at, user_login, entity, entity_id, partner_id, action) "
                       "SELECT archived_at, ?, 'partner', id, id, 'archived' FROM partners "
                       "WHERE id >= ? AND archived_at IS NOT NULL ORDER BY id"),
        {user, firstPartnerId});
}

} // namespace demorun

using demorun::kBulkRows;
using demorun::Run;

DemoGenerator::DemoGenerator(const Database &db)
    : m_db(db)
{}

Result<DemoReport> DemoGenerator::run(const DemoOptions &options) const
{
    if (options.partners < 0 || options.customers < 0)
        return Error::make(
            Error::Code::Usage, tr("The number of partners and customers cannot be negative."));
    if (!m_db.handle())
        return Error::make(Error::Code::Database, tr("No database is open."));

    const qint64 rows = options.partners * 3 + options.customers;
    BulkWriteSettings bulkSettings(m_db);
    if (Status s = bulkSettings.apply(rows >= kBulkRows); !s)
        return s.error();

    Transaction tx(m_db.sql());
    if (Status s = tx.begin(); !s)
        return s.error();

    auto existing = sql::scalar(m_db.sql(),
        QStringLiteral("SELECT (SELECT count(*) FROM partners) * 3 + (SELECT count(*) FROM customers)"));
    if (!existing)
        return existing.error();

    auto lastBefore = sql::scalar(m_db.sql(), QStringLiteral("SELECT coalesce(max(id), 0) FROM partners"));
    if (!lastBefore)
        return lastBefore.error();

    const auto phase = [&](const QString &name) {
        if (options.phase)
            options.phase(name);
    };
    DemoReport report;
    {
        Run run(m_db, options, rows >= kBulkRows && existing.value().toLongLong() < rows);
        if (Status s = run.prepare(); !s)
            return s.error();
        phase(tr("Partners and contacts"));
        if (Status s = run.partners(report); !s)
            return s.error();
        phase(tr("Customers"));
        if (Status s = run.customers(report); !s)
            return s.error();
        phase(tr("Timeline"));
        if (Status s = run.timeline(); !s)
            return s.error();
    } // statements finalized before the commit
    phase(tr("Writing to disk"));
    if (Status s = tx.commit(); !s)
        return s.error();

    // The network, leads and agreements each go in a transaction of their own: nested in the bulk
    // load's transaction, every statement of the lead router paid for savepoints over all the
    // pages that load had changed, and at a million partners that step alone ran for many minutes.
    if (options.partners > 0) {
        const qint64 first = lastBefore.value().toLongLong() + 1;
        const qint64 last = lastBefore.value().toLongLong() + options.partners;
        const auto cancelled = [&] {
            return options.cancel && options.cancel->load() ? Status(Error::make(Error::Code::Cancelled,
                       tr("The demo data generation was cancelled after the partners and customers.")))
                                                            : Status();
        };
        phase(tr("Partner network"));
        {
            Transaction networkTx(m_db.sql());
            if (Status s = networkTx.begin(); !s)
                return s.error();
            auto network = NetworkDemo(m_db).run(options.seed, first, last);
            if (!network)
                return network.error();
            if (Status s = networkTx.commit(); !s)
                return s.error();
        }
        if (Status s = cancelled(); !s)
            return s.error();
        phase(tr("Leads and deals"));
        auto leads = LeadsDemo(m_db).run(options.seed, first, last);
        if (!leads)
            return leads.error();
        report.leads = leads.value().leads;
        report.deals = leads.value().deals;
        if (Status s = cancelled(); !s)
            return s.error();
        phase(tr("Agreements"));
        auto agreements = AgreementsDemo(m_db).run(options.seed, first, last);
        if (!agreements)
            return agreements.error();
        report.agreements = agreements.value().agreements;
        if (Status s = cancelled(); !s)
            return s.error();
        phase(tr("Sales and commissions"));
        auto sales = SalesDemo(m_db).run(options.seed, first, last);
        if (!sales)
            return sales.error();
        report.invoices = sales.value().invoices;
        report.statements = sales.value().statements;
    }
    // Statistics for the query planner, so the first lists on the new rows pick the right indexes.
    phase(tr("Statistics for the query planner"));
    if (Status s = m_db.analyze(); !s)
        return s.error();
    return report;
}

} // namespace cd
