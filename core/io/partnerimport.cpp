// Partner rows: a partner with its general contact, or (an Odoo export) a person of a company in the
// same file, which becomes a contact of that partner.

#include "commissions/plan.h"
#include "rowimporter_p.h"

#include <QRegularExpression>

namespace cd::importing {

namespace {

class PartnerImporter final : public RowImporter
{
public:
    using RowImporter::RowImporter;

    Status start() override;
    Status row(ImportRow &row) override;
    Status finish() override;

private:
    struct PendingContact
    {
        qint64 line = 0;
        QString company;
        Contact contact;
    };

    void readPartner(ImportRow &row, Partner &p) const;
    // The company's own e-mail and phone (Odoo, most address lists) become its primary contact. The
    // name stays empty when the row gives none.
    Contact generalContact(ImportRow &row, const Partner &p) const;
    Status write(ImportRow &row, Partner p, std::optional<bool> archived, std::optional<Contact> general);
    Result<bool> writeContact(const Partner &p, Contact general, bool updating);
    void rememberCompany(const QString &name, qint64 id)
    {
        m_companies.insert(name, m_companies.contains(name) ? -1 : id);
    }

    QHash<QString, qint64> m_levels; // lower-case name -> id
    QHash<QString, qint64> m_activations;
    QHash<QString, qint64> m_companies; // partner name in this file -> id (-1 = more than one)
    QHash<QString, qint64> m_failedCompanies; // partner name -> line of its rejected row
    QList<PendingContact> m_pending;
    std::unique_ptr<NewPartners> m_new; // new partners, through statements prepared once
};

Status PartnerImporter::start()
{
    auto levels = c.lookups.levels();
    if (!levels)
        return levels.error();
    for (const Level &l : levels.value())
        m_levels.insert(l.name.toLower(), l.id);
    auto activations = c.lookups.activations();
    if (!activations)
        return activations.error();
    for (const Activation &a : activations.value())
        m_activations.insert(a.name.toLower(), a.id);
    if (Status s = c.loadAreas(); !s)
        return s;
    return c.loadUsers();
}

void PartnerImporter::readPartner(ImportRow &row, Partner &p) const
{
    c.text(row, "code", p.code);
    c.text(row, "name", p.name);
    c.text(row, "legalName", p.legalName);
    if (const QString kind = c.value(row, "kind"); !kind.isEmpty()) {
        if (const auto k = Partner::kindFromKey(kind)) {
            p.kind = *k;
        } else {
            QStringList known;
            for (PartnerKind each : Partner::allKinds())
                known.append(Partner::kindKey(each));
            c.problem(row, QStringLiteral("kind"),
                Importer::tr("\"%1\" is not a partner kind; use one of %2.")
                    .arg(kind, known.join(QStringLiteral(", "))));
        }
    }
    c.text(row, "businessNature", p.businessNature);
    c.text(row, "street", p.street);
    c.text(row, "city", p.city);
    c.text(row, "postcode", p.postcode);
    c.text(row, "region", p.region);
    c.country(row, "country", p.country);
    c.coordinate(row, "latitude", p.latitude);
    c.coordinate(row, "longitude", p.longitude);
    c.text(row, "website", p.website);
    c.text(row, "taxId", p.taxId);
    c.text(row, "controlAccount", p.controlAccount);
    c.text(row, "bankHolder", p.bankHolder);
    c.text(row, "iban", p.iban);
    c.text(row, "bic", p.bic);
    c.text(row, "bankName", p.bankName);
    if (const QString status = c.value(row, "status"); !status.isEmpty()) {
        if (const auto s = Partner::statusFromKey(status)) {
            p.status = *s;
        } else {
            QStringList known;
            for (PartnerStatus each : Partner::allStatuses())
                known.append(Partner::statusKey(each));
            c.problem(row, QStringLiteral("status"),
                Importer::tr("\"%1\" is not a status; use one of %2.")
                    .arg(status, known.join(QStringLiteral(", "))));
        }
    }
    c.text(row, "statusReason", p.statusReason);
    c.date(row, "statusDate", p.statusDate);
    if (const QString level = c.value(row, "level"); !level.isEmpty()) {
        p.levelId = m_levels.value(level.toLower());
        if (p.levelId == 0)
            c.problem(
                row, QStringLiteral("level"), Importer::tr("There is no level named \"%1\".").arg(level));
    }
    if (const QString weight = c.value(row, "weightOverride"); !weight.isEmpty()) {
        bool ok = false;
        const int w = weight.toInt(&ok);
        if (ok)
            p.weightOverride = w;
        else
            c.problem(row, QStringLiteral("weightOverride"),
                Importer::tr("\"%1\" is not a whole number.").arg(weight));
    }
    if (const QString rate = c.value(row, "commissionRate"); !rate.isEmpty()) {
        if (auto parsed = commission::parsePercent(rate, QStringLiteral("commissionRate")))
            p.commissionRate = parsed.value();
        else
            c.problem(row, QStringLiteral("commissionRate"), parsed.error().message);
    }
    std::optional<bool> margin;
    c.yesNo(row, "marginBased", margin);
    if (margin)
        p.marginBased = *margin;
    if (const QString activation = c.value(row, "activation"); !activation.isEmpty()) {
        p.activationId = m_activations.value(activation.toLower());
        if (p.activationId == 0)
            c.problem(row, QStringLiteral("activation"),
                Importer::tr("There is no activation named \"%1\".").arg(activation));
    }
    if (const QString tags = c.value(row, "tags"); !tags.isEmpty()) {
        static const QRegularExpression tagSeparator(QStringLiteral("[,;]"));
        p.tags.clear();
        for (const QString &tag : tags.split(tagSeparator, Qt::SkipEmptyParts)) {
            if (!tag.trimmed().isEmpty())
                p.tags.append(tag.trimmed());
        }
    }
    c.text(row, "notes", p.notes);
}

Contact PartnerImporter::generalContact(ImportRow &row, const Partner &p) const
{
    Contact general;
    c.text(row, "contactName", general.name);
    c.text(row, "function", general.function);
    c.text(row, "email", general.email);
    c.text(row, "phone", general.phone);
    general.primary = true;
    Contact named = general;
    if (named.name.isEmpty())
        named.name = p.name;
    for (const Error &e : named.validate()) {
        if (e.field != QLatin1String("name")) // a missing name is the partner's, reported with it
            c.problem(
                row, e.field == QLatin1String("email") ? e.field : QStringLiteral("contactName"), e.message);
    }
    return general;
}

Status PartnerImporter::row(ImportRow &row)
{
    std::optional<bool> isCompany = false;
    c.yesNo(row, "isCompany", isCompany);
    const QString related = c.value(row, "relatedCompany");

    // A person of a company (Odoo): a contact of the partner of that name, resolved at the end
    // because the company may come later in the file.
    if (!related.isEmpty() && !isCompany.value_or(false)) {
        Contact person;
        c.text(row, "name", person.name);
        c.text(row, "function", person.function);
        c.text(row, "email", person.email);
        c.text(row, "phone", person.phone);
        c.addErrors(row, person.validate());
        if (row.ok())
            m_pending.append({row.line(), related, person});
        c.finishRow(row);
        return {};
    }

    const QString code = c.value(row, "code");
    auto claimed = c.claimCode(row, code, c.partnerByCodeLookup);
    if (!claimed)
        return claimed.error();
    if (!claimed.value())
        return {};
    const CodeMatch match = *claimed.value();
    Partner p;
    if (auto started = c.startFrom(match, c.partners, p); !started)
        return started;
    readPartner(row, p);
    std::optional<bool> archived;
    c.yesNo(row, "archived", archived);
    c.addErrors(row, p.validate());
    std::optional<Contact> general;
    if (!c.value(row, "contactName").isEmpty() || !c.value(row, "function").isEmpty()
        || !c.value(row, "email").isEmpty() || !c.value(row, "phone").isEmpty())
        general = generalContact(row, p);
    c.reportCode(row, match, code,
        Importer::tr("The code %1 is already used by a partner in the database.").arg(code));

    const QString companyKey = p.name.trimmed();
    if (!row.ok()) {
        m_failedCompanies.insert(companyKey, row.line());
        c.finishRow(row);
        return {};
    }
    if (!c.writing()) {
        rememberCompany(companyKey, 0);
        return {};
    }
    if (Status s = write(row, std::move(p), archived, std::move(general)); !s)
        return s;
    if (!row.ok())
        m_failedCompanies.insert(companyKey, row.line());
    c.finishRow(row);
    return {};
}

Status PartnerImporter::write(
    ImportRow &row, Partner p, std::optional<bool> archived, std::optional<Contact> general)
{
    const bool updating = p.id > 0;
    const QString area = c.value(row, "area");
    const QString manager = c.value(row, "accountManager");
    // A new partner that is not archived, with or without its contact, is the common case of a
    // large file: NewPartners writes it (and takes it back as a whole when it fails).
    const bool plainNew = !updating && !archived.value_or(false);
    // Lookup entries, archiving and the contact belong to the row: its own savepoint takes them
    // back together when the partner is refused.
    const bool compound = (!area.isEmpty() && !c.knowsArea(area))
        || (!manager.isEmpty() && !c.knowsUser(manager))
        || (!plainNew && (updating || archived.value_or(false) || general));
    ImportContext::RowWrite write(c, row, compound);
    if (Status s = write.begin(); !s)
        return s;
    if (!area.isEmpty()) {
        auto id = c.areaId(area);
        if (!id)
            return write.refuse(id.error());
        p.areaId = id.value();
    }
    if (!manager.isEmpty()) {
        auto id = c.userId(manager);
        if (!id)
            return write.refuse(id.error());
        p.accountManagerId = id.value();
    }
    if (plainNew) {
        std::optional<Contact> contact;
        if (general) {
            contact = *general;
            if (contact->name.isEmpty())
                contact->name = p.name;
        }
        if (!m_new)
            m_new = std::make_unique<NewPartners>(c.db);
        auto id = m_new->add(p, contact);
        if (!id)
            return write.refuse(id.error());
        if (Status s = write.commit(); !s || !row.ok())
            return s;
        rememberCompany(p.name.trimmed(), id.value());
        ++c.report.rowsCreated;
        return {};
    }
    const int versionBefore = p.version;
    auto saved = updating ? c.partners.update(p) : c.partners.create(p);
    if (!saved)
        return write.refuse(saved.error());
    if (archived && *archived != saved->isArchived()) {
        auto done = *archived ? c.partners.archive(saved->id, saved->version)
                              : c.partners.restore(saved->id, saved->version);
        if (!done)
            return write.refuse(done.error());
        saved = done;
    }
    bool contactChanged = false;
    if (general) {
        auto written = writeContact(saved.value(), *general, updating);
        if (!written)
            return write.refuse(written.error());
        contactChanged = written.value();
    }
    if (Status s = write.commit(); !s || !row.ok())
        return s;
    rememberCompany(p.name.trimmed(), saved->id);
    if (!updating)
        ++c.report.rowsCreated;
    else if (saved->version != versionBefore || contactChanged)
        ++c.report.rowsUpdated;
    else
        ++c.report.rowsUnchanged;
    return {};
}

// Adds the row's contact as the partner's primary one, or, for a stored partner that has one,
// changes that contact where the row gives a value. True when something was written.
Result<bool> PartnerImporter::writeContact(const Partner &p, Contact general, bool updating)
{
    general.partnerId = p.id;
    if (updating) {
        auto contacts = c.partners.contacts(p.id);
        if (!contacts)
            return contacts.error();
        for (const Contact &existing : contacts.value()) {
            if (!existing.primary)
                continue;
            Contact merged = existing;
            for (auto [from, to] :
                {std::pair {&general.name, &merged.name}, std::pair {&general.function, &merged.function},
                    std::pair {&general.email, &merged.email}, std::pair {&general.phone, &merged.phone}}) {
                if (!from->isEmpty())
                    *to = *from;
            }
            if (merged.name == existing.name && merged.function == existing.function
                && merged.email == existing.email && merged.phone == existing.phone)
                return false;
            auto saved = c.partners.updateContact(merged);
            if (!saved)
                return saved.error();
            return true;
        }
    }
    if (general.name.isEmpty())
        general.name = p.name;
    auto added = c.partners.addContact(general);
    if (!added)
        return added.error();
    return true;
}

Status PartnerImporter::finish()
{
    const QString column = c.header(QStringLiteral("relatedCompany"));
    for (const PendingContact &pending : std::as_const(m_pending)) {
        if (c.isCancelled())
            return cancelled();
        const CsvRecord record {{}, pending.line};
        ImportRow row {record, {}};
        qint64 partnerId = 0;
        if (const auto it = m_companies.constFind(pending.company); it != m_companies.cend()) {
            partnerId = it.value();
            if (partnerId < 0)
                row.problems.append({pending.line, column,
                    Importer::tr("Several companies in this file are named \"%1\".").arg(pending.company)});
        } else if (const auto failed = m_failedCompanies.constFind(pending.company);
                   failed != m_failedCompanies.cend()) {
            row.problems.append({pending.line, column,
                Importer::tr("The company \"%1\" on line %2 is not imported, so neither is its contact.")
                    .arg(pending.company)
                    .arg(failed.value())});
        } else {
            auto found = c.partnerNamed(row, column, pending.company);
            if (!found)
                return found.error();
            partnerId = found.value();
        }
        Contact contact = pending.contact;
        contact.partnerId = partnerId;
        if (auto added = c.addContact(row, contact); !added)
            return added;
        c.finishRow(row);
    }
    return {};
}

} // namespace

std::unique_ptr<RowImporter> partnerImporter(ImportContext &context)
{
    return std::make_unique<PartnerImporter>(context);
}

} // namespace cd::importing
