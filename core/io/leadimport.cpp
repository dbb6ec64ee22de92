// Lead rows. They go through LeadStore::create, so an imported lead obeys the same rules (a
// distributor only submits for a reseller it serves) as one typed in.

#include "rowimporter_p.h"

namespace cd::importing {

namespace {

class LeadImporter final : public RowImporter
{
public:
    using RowImporter::RowImporter;
    Status start() override { return c.loadAreas(); }
    Status row(ImportRow &row) override;

private:
    void readValue(ImportRow &row, Lead &lead) const;
};

// The lead's own field names, as the file's columns call them.
QString leadColumnKey(const QString &field)
{
    if (field == QLatin1String("company"))
        return QStringLiteral("name");
    if (field == QLatin1String("estimatedValue"))
        return QStringLiteral("value");
    if (field == QLatin1String("partner"))
        return QStringLiteral("partnerCode");
    if (field == QLatin1String("distributor"))
        return QStringLiteral("distributorCode");
    return field;
}

void LeadImporter::readValue(ImportRow &row, Lead &lead) const
{
    const QString amount = c.value(row, "value");
    const QString currency = c.value(row, "currency").toUpper();
    if (amount.isEmpty() && currency.isEmpty())
        return;
    if (currency.isEmpty()) {
        c.problem(row, QStringLiteral("value"), Importer::tr("A value needs its currency."));
    } else if (amount.isEmpty()) {
        c.problem(row, QStringLiteral("currency"), Importer::tr("A currency needs a value."));
    } else if (Status s = Money::validateCurrency(currency); !s) {
        c.problem(row, QStringLiteral("currency"), s.error().message);
    } else {
        auto money = Money::parse(amount, currency);
        if (!money)
            c.problem(row, QStringLiteral("value"), money.error().message);
        else
            lead.estimatedValue = money.value();
    }
}

Status LeadImporter::row(ImportRow &row)
{
    Lead lead;
    c.text(row, "name", lead.company);
    c.text(row, "contactName", lead.contactName);
    c.text(row, "email", lead.email);
    c.text(row, "phone", lead.phone);
    c.text(row, "street", lead.street);
    c.text(row, "city", lead.city);
    c.text(row, "postcode", lead.postcode);
    c.text(row, "source", lead.source);
    c.text(row, "notes", lead.notes);
    c.country(row, "country", lead.country);
    c.coordinate(row, "latitude", lead.latitude);
    c.coordinate(row, "longitude", lead.longitude);
    readValue(row, lead);
    auto partner = c.partnerByCode(row, QStringLiteral("partnerCode"));
    if (!partner)
        return partner.error();
    lead.assignedPartnerId = partner.value();
    auto distributor = c.partnerByCode(row, QStringLiteral("distributorCode"));
    if (!distributor)
        return distributor.error();
    lead.submittedByDistributorId = distributor.value();
    // A column already reported (say an unknown partner code) is not reported again by validate().
    for (const Error &e : lead.validate()) {
        const QString column = c.header(leadColumnKey(e.field));
        if (std::none_of(row.problems.cbegin(), row.problems.cend(),
                [&](const ImportProblem &p) { return p.column == column; }))
            row.problems.append({row.line(), column, e.message});
    }
    if (row.ok() && c.writing()) {
        // A new area and the lead are written together or not at all.
        ImportContext::RowWrite write(c, row, true);
        if (Status s = write.begin(); !s)
            return s;
        Status written;
        if (const QString area = c.value(row, "area"); !area.isEmpty()) {
            auto id = c.areaId(area);
            if (!id)
                return write.refuse(id.error());
            lead.areaId = id.value();
        }
        if (auto created = c.leads.create(lead); !created)
            written = write.refuse(created.error(), leadColumnKey(created.error().field));
        else if (written = write.commit(); written && row.ok())
            ++c.report.rowsCreated;
        if (!written)
            return written;
    }
    c.finishRow(row);
    return {};
}

} // namespace

std::unique_ptr<RowImporter> leadImporter(ImportContext &context)
{
    return std::make_unique<LeadImporter>(context);
}

} // namespace cd::importing
