#include "importfields_p.h"

#include <QCoreApplication>

namespace cd::importing {

namespace {

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
    {"commissionRate", QT_TRANSLATE_NOOP("Importer", "Commission rate (%)"), "Commission rate",
        "commission|commissionpercent|defaultcommission|provision|provisionssatz|provisionsrate"},
    {"marginBased", QT_TRANSLATE_NOOP("Importer", "Margin reseller"), "Margin based",
        "margin|marginreseller|marginbased|margenhandler"},
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

// Invoices and credit notes; the document number is the key (re-importing it updates the document).
const FieldSpec saleFields[] = {
    {"number", QT_TRANSLATE_NOOP("Importer", "Document number"), "number",
        "invoice|invoicenumber|invoiceno|documentnumber|document|rechnungsnummer|belegnummer|belegnr|nr"},
    {"kind", QT_TRANSLATE_NOOP("Importer", "Kind (invoice or credit)"), "kind",
        "type|documenttype|doctype|belegart|art"},
    {"date", QT_TRANSLATE_NOOP("Importer", "Date"), "date",
        "invoicedate|documentdate|issuedon|issued|datum|rechnungsdatum|belegdatum"},
    {"customer", QT_TRANSLATE_NOOP("Importer", "Customer code"), "customer",
        "customercode|customernumber|customerno|kundennummer|kundennr|kunde"},
    {"partner", QT_TRANSLATE_NOOP("Importer", "Partner code"), "partner",
        "partnercode|dealercode|resellercode|partnernummer|handlernummer"},
    {"distributor", QT_TRANSLATE_NOOP("Importer", "Distributor code"), "distributor",
        "distributorcode|distributornumber|grosshandler"},
    {"invoice", QT_TRANSLATE_NOOP("Importer", "Credited invoice"), "invoice",
        "creditedinvoice|refersto|originalinvoice|bezugsrechnung"},
    {"category", QT_TRANSLATE_NOOP("Importer", "Product category"), "category",
        "productcategory|productgroup|warengruppe|kategorie|produktgruppe"},
    {"amount", QT_TRANSLATE_NOOP("Importer", "Net amount"), "amount",
        "netamount|net|total|nettobetrag|netto|betrag|umsatz"},
    {"currency", QT_TRANSLATE_NOOP("Importer", "Currency"), "currency", "curr|wahrung"},
    {"paidOn", QT_TRANSLATE_NOOP("Importer", "Paid on"), "paid_on",
        "paid|paymentdate|paiddate|bezahltam|zahlungsdatum|zahldatum"},
    {"cost", QT_TRANSLATE_NOOP("Importer", "Cost (margin resellers)"), "cost",
        "costamount|purchaseprice|einkaufspreis|einstandspreis|kosten"},
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

} // namespace

QList<const FieldSpec *> fieldSpecs(ImportKind kind)
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
    case ImportKind::Sales:
        add(saleFields);
        break;
    }
    return out;
}

const FieldSpec *fieldSpec(ImportKind kind, const QString &key)
{
    for (const FieldSpec *f : fieldSpecs(kind)) {
        if (key == QLatin1String(f->key))
            return f;
    }
    return nullptr;
}

QString fieldLabel(const FieldSpec *f)
{
    return QCoreApplication::translate("Importer", f->label);
}

QString normalizedHeader(const QString &text)
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

} // namespace cd::importing
