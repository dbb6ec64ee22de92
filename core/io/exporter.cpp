#include "exporter.h"

#include "customers/customerstore.h"
#include "db/sql.h"
#include "db/statementcache.h"
#include "io/importer.h"
#include "io/tablefile.h"
#include "partners/lookups.h"
#include "partners/partnerstore.h"

#include <QHash>
#include <QLocale>

#include <optional>

namespace cd {

namespace {

const char *const partnerKeys[]
    = {"code", "name", "legalName", "kind", "businessNature", "area", "street", "city", "postcode", "region",
        "country", "latitude", "longitude", "website", "taxId", "controlAccount", "bankHolder", "iban", "bic",
        "bankName", "status", "statusReason", "statusDate", "level", "weightOverride", "activation",
        "accountManager", "tags", "notes", "commissionRate", "marginBased", "archived"};
const char *const contactKeys[] = {"partnerCode", "partner", "name", "function", "email", "phone", "primary"};
const char *const customerKeys[] = {"code", "name", "street", "city", "postcode", "country", "segment",
    "email", "phone", "partnerCode", "partner", "archived"};

// The header row as the importer's column names, with the types a workbook stores the cells as.
template<size_t N>
QList<TableColumn> header(ImportKind kind, const char *const (&keys)[N])
{
    static const QHash<QString, ColumnType> types = {
        {QStringLiteral("latitude"), ColumnType::Number},
        {QStringLiteral("longitude"), ColumnType::Number},
        {QStringLiteral("statusDate"), ColumnType::Date},
        {QStringLiteral("weightOverride"), ColumnType::Integer},
        {QStringLiteral("commissionRate"), ColumnType::Number},
    };
    QList<TableColumn> out;
    for (const char *key : keys) {
        const QString k = QLatin1String(key);
        out.append({Importer::columnName(kind, k), types.value(k, ColumnType::Text)});
    }
    return out;
}

QString yes(bool b)
{
    return b ? QStringLiteral("yes") : QString();
}

QString number(const std::optional<double> &d)
{
    // The shortest text that reads back as the same double.
    return d ? QString::number(*d, 'g', QLocale::FloatingPointShortest) : QString();
}

// id -> name of the lookup lists a partner refers to, read once per export.
struct LookupNames
{
    QHash<qint64, QString> levels;
    QHash<qint64, QString> activations;
    QHash<qint64, QString> areas;
    QHash<qint64, QString> users; // logins: what the importer finds users by

    Status load(const Database &db)
    {
        LookupStore store(db);
        auto l = store.levels();
        if (!l)
            return l.error();
        for (const Level &x : l.value())
            levels.insert(x.id, x.name);
        auto a = store.activations();
        if (!a)
            return a.error();
        for (const Activation &x : a.value())
            activations.insert(x.id, x.name);
        auto ar = store.areas();
        if (!ar)
            return ar.error();
        for (const Area &x : ar.value())
            areas.insert(x.id, x.name);
        auto u = store.users();
        if (!u)
            return u.error();
        for (const User &x : u.value())
            users.insert(x.id, x.login);
        return {};
    }
};

QStringList partnerFields(const Partner &p, const LookupNames &names)
{
    return {p.code, p.name, p.legalName, Partner::kindKey(p.kind), p.businessNature,
        names.areas.value(p.areaId), p.street, p.city, p.postcode, p.region, p.country, number(p.latitude),
        number(p.longitude), p.website, p.taxId, p.controlAccount, p.bankHolder, p.iban, p.bic, p.bankName,
        Partner::statusKey(p.status), p.statusReason,
        p.statusDate.isValid() ? p.statusDate.toString(Qt::ISODate) : QString(),
        names.levels.value(p.levelId), p.weightOverride ? QString::number(*p.weightOverride) : QString(),
        names.activations.value(p.activationId), names.users.value(p.accountManagerId),
        Partner::normalizedTags(p.tags), p.notes,
        p.commissionRate ? p.commissionRate->toPercentString().chopped(1) : QString(), yes(p.marginBased),
        yes(p.isArchived())};
}

} // namespace

Result<qint64> Exporter::exportPartners(const Database &db, const PartnerFilter &filter,
    const PartnerSort &sort, const QString &path, const Progress &progress, const std::atomic_bool *cancel)
{
    LookupNames names;
    if (Status s = names.load(db); !s)
        return s.error();
    PartnerDirectory directory(db);
    auto total = directory.count(filter);
    if (!total)
        return total.error();
    TableFile out(path, progress, cancel);
    if (Status s = out.open(header(ImportKind::Partners, partnerKeys), total.value()); !s)
        return s.error();
    const Status streamed = directory.forEachPartner(
        filter, sort, [&](const Partner &p) { return out.write(partnerFields(p, names)); });
    return out.finish(streamed);
}

Result<qint64> Exporter::exportContacts(const Database &db, const PartnerFilter &filter,
    const PartnerSort &sort, const QString &path, const Progress &progress, const std::atomic_bool *cancel)
{
    PartnerDirectory directory(db);
    PartnerStore store(db);
    // One contacts query per partner: prepared once, not once per partner.
    sql::StatementCache statements(db.sql());
    // Progress counts partners: the number of contacts is not known without a second pass.
    auto total = directory.count(filter);
    if (!total)
        return total.error();
    TableFile out(path, {}, cancel);
    if (Status s = out.open(header(ImportKind::Contacts, contactKeys), total.value()); !s)
        return s.error();
    qint64 partnersDone = 0;
    if (progress)
        progress(0, total.value());
    const Status streamed = directory.forEachPartner(filter, sort, [&](const Partner &p) {
        auto contacts = store.contacts(p.id);
        if (!contacts) {
            out.fail(contacts.error());
            return false;
        }
        for (const Contact &c : contacts.value()) {
            if (!out.write({p.code, p.name, c.name, c.function, c.email, c.phone, yes(c.primary)}))
                return false;
        }
        if (++partnersDone % 1000 == 0 && progress)
            progress(partnersDone, total.value());
        if (cancel && cancel->load()) {
            out.fail(
                Error::make(Error::Code::Cancelled, tr("The export was cancelled; no file was written.")));
            return false;
        }
        return true;
    });
    auto written = out.finish(streamed);
    if (written && progress)
        progress(partnersDone, total.value());
    return written;
}

Result<qint64> Exporter::exportCustomers(const Database &db, const CustomerFilter &filter,
    const CustomerSort &sort, const QString &path, const Progress &progress, const std::atomic_bool *cancel)
{
    CustomerDirectory directory(db);
    PartnerStore partners(db);
    sql::StatementCache statements(db.sql()); // for the partner look-ups
    auto total = directory.count(filter);
    if (!total)
        return total.error();
    TableFile out(path, progress, cancel);
    if (Status s = out.open(header(ImportKind::Customers, customerKeys), total.value()); !s)
        return s.error();
    // Customers share few partners: each partner is read once.
    QHash<qint64, std::pair<QString, QString>> partnerCodes;
    const Status streamed = directory.forEachCustomer(filter, sort, [&](const Customer &c) {
        std::pair<QString, QString> partner;
        if (c.partnerId != 0) {
            auto it = partnerCodes.constFind(c.partnerId);
            if (it == partnerCodes.cend()) {
                auto p = partners.get(c.partnerId);
                if (!p) {
                    out.fail(p.error());
                    return false;
                }
                it = partnerCodes.insert(c.partnerId, {p->code, p->name});
            }
            partner = it.value();
        }
        return out.write({c.code, c.name, c.street, c.city, c.postcode, c.country, c.segment, c.email,
            c.phone, partner.first, partner.second, yes(c.isArchived())});
    });
    return out.finish(streamed);
}

} // namespace cd
