// Sales rows: invoices and credit notes through SaleStore::save, so an imported document obeys the
// same rules as one stored any other way. The document number is the key: a number already stored
// is updated (a payment date arriving later, a corrected amount), never added twice.

#include "commissions/salestore.h"
#include "fieldparsers.h"
#include "rowimporter_p.h"

namespace cd::importing {

namespace {

class SaleImporter final : public RowImporter
{
public:
    explicit SaleImporter(ImportContext &context)
        : RowImporter(context)
        , m_sales(context.db)
        , m_customerByCode(context.db.sql(), QStringLiteral("SELECT id FROM customers WHERE code = ?"))
        , m_saleByNumber(
              context.db.sql(), QStringLiteral("SELECT id FROM sales WHERE number = ? AND kind = 'invoice'"))
    {}
    Status row(ImportRow &row) override;

private:
    std::optional<qint64> amount(ImportRow &row, const char *key, const QString &currency) const;

    SaleStore m_sales;
    Lookup m_customerByCode;
    Lookup m_saleByNumber;
    QHash<QString, qint64> m_numbers; // number -> line of this file
};

// The file's column for a field SaleStore names.
QString saleColumnKey(const QString &field)
{
    if (field == QLatin1String("paid_on"))
        return QStringLiteral("paidOn");
    return field;
}

std::optional<qint64> SaleImporter::amount(ImportRow &row, const char *key, const QString &currency) const
{
    const QString text = c.value(row, key);
    if (text.isEmpty() || currency.isEmpty())
        return std::nullopt;
    auto money = Money::parse(text, currency, QLatin1String(key));
    if (!money) {
        c.problem(row, QLatin1String(key), money.error().message);
        return std::nullopt;
    }
    if (money->minorUnits() < 0) {
        c.problem(row, QLatin1String(key),
            Importer::tr("Amounts are written positive, credit notes too; \"%1\" is negative.").arg(text));
        return std::nullopt;
    }
    return money->minorUnits();
}

Status SaleImporter::row(ImportRow &row)
{
    Sale sale;
    sale.number = c.value(row, "number");
    if (sale.number.isEmpty()) {
        c.problem(row, QStringLiteral("number"), Importer::tr("The document number is empty."));
    } else if (const auto it = m_numbers.constFind(sale.number); it != m_numbers.cend()) {
        c.problem(row, QStringLiteral("number"),
            Importer::tr("The number %1 is already used on line %2 of this file.")
                .arg(sale.number)
                .arg(it.value()));
    } else {
        m_numbers.insert(sale.number, row.line());
    }
    if (const auto kind = Sale::kindFromKey(c.value(row, "kind")))
        sale.kind = *kind;
    else
        c.problem(row, QStringLiteral("kind"),
            Importer::tr("\"%1\" is not a document kind; use invoice or credit.").arg(c.value(row, "kind")));
    const QString date = c.value(row, "date");
    if (date.isEmpty())
        c.problem(row, QStringLiteral("date"), Importer::tr("The document date is empty."));
    else
        c.date(row, "date", sale.issuedOn);
    c.date(row, "paidOn", sale.paidOn);
    c.text(row, "category", sale.category);

    QString currency = c.value(row, "currency").toUpper();
    if (currency.isEmpty()) {
        c.problem(row, QStringLiteral("currency"), Importer::tr("The currency is empty."));
    } else if (Status s = Money::validateCurrency(currency); !s) {
        c.problem(row, QStringLiteral("currency"), s.error().message);
        currency.clear(); // the amounts cannot be read without it
    }
    if (c.value(row, "amount").isEmpty())
        c.problem(row, QStringLiteral("amount"), Importer::tr("The amount is empty."));
    else if (const auto minor = amount(row, "amount", currency))
        sale.amount = Money(*minor, currency);
    if (const auto cost = amount(row, "cost", currency))
        sale.costMinor = *cost;

    if (const QString customer = c.value(row, "customer"); customer.isEmpty()) {
        c.problem(row, QStringLiteral("customer"), Importer::tr("The customer code is empty."));
    } else {
        auto found = m_customerByCode.find(customer);
        if (!found)
            return found.error();
        if (!found->first.isValid())
            c.problem(row, QStringLiteral("customer"),
                Importer::tr("There is no customer with the code %1.").arg(customer));
        else
            sale.customerId = found->first.toLongLong();
    }
    auto partner = c.partnerByCode(row, QStringLiteral("partner"));
    if (!partner)
        return partner.error();
    sale.partnerId = partner.value();
    sale.partnerGiven = !c.value(row, "partner").isEmpty();
    auto distributor = c.partnerByCode(row, QStringLiteral("distributor"));
    if (!distributor)
        return distributor.error();
    sale.distributorId = distributor.value();
    if (const QString invoice = c.value(row, "invoice"); !invoice.isEmpty()) {
        auto found = m_saleByNumber.find(invoice);
        if (!found)
            return found.error();
        if (!found->first.isValid())
            c.problem(row, QStringLiteral("invoice"), Importer::tr("There is no invoice %1.").arg(invoice));
        else
            sale.invoiceId = found->first.toLongLong();
    }
    // A column already reported is not reported again by validate().
    // An amount or currency already reported leaves the document without its money: validate()
    // would only say so again.
    const auto reported = [&row](const QString &column) {
        return std::any_of(row.problems.cbegin(), row.problems.cend(),
            [&](const ImportProblem &p) { return p.column == column; });
    };
    const bool moneyReported
        = reported(c.header(QStringLiteral("amount"))) || reported(c.header(QStringLiteral("currency")));
    for (const Error &e : sale.validate()) {
        const QString column = c.header(saleColumnKey(e.field));
        if (reported(column)
            || (moneyReported
                && (e.field == QLatin1String("currency") || e.field == QLatin1String("amount"))))
            continue;
        row.problems.append({row.line(), column, e.message});
    }
    if (row.ok() && c.writing()) {
        auto saved = m_sales.save(sale);
        if (!saved) {
            if (!isRowError(saved.error()))
                return saved.error();
            c.problem(row, saleColumnKey(saved.error().field), saved.error().message);
        } else if (saved->outcome == SaleStore::Outcome::Created) {
            ++c.report.rowsCreated;
        } else if (saved->outcome == SaleStore::Outcome::Updated) {
            ++c.report.rowsUpdated;
        } else {
            ++c.report.rowsUnchanged;
        }
    }
    c.finishRow(row);
    return {};
}

} // namespace

std::unique_ptr<RowImporter> saleImporter(ImportContext &context)
{
    return std::make_unique<SaleImporter>(context);
}

} // namespace cd::importing
