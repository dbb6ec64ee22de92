// The demo generator's partners, contacts and customers: names, streets, codes and countries drawn
// from the word lists of demodata_p.h, staged and moved in batches.

#include "demorun_p.h"

#include "common/accountnumber.h"
#include "common/iban.h"

#include <cmath>

namespace cd::demorun {

int Run::pickCountry()
{
    int r = int(m_random.below(size_t(m_countryWeightTotal)));
    for (int i = 0; i < int(std::size(kCountries)); ++i) {
        if (r < kCountries[i].weight)
            return i;
        r -= kCountries[i].weight;
    }
    return 0;
}

const Language &Run::languageOf(const Country &country)
{
    if (country.secondLanguage && m_random.percent(country.secondLanguagePercent))
        return *country.secondLanguage;
    return *country.language;
}

Run::Place Run::place(int countryIndex)
{
    const Country &country = kCountries[countryIndex];
    const Language &language = languageOf(country);
    const City &city = m_random.pick(country.cities);
    return {country, language, city, &language == &kGerman};
}

Status Run::takeCode(std::string &code)
{
    auto next = nextCode();
    if (!next)
        return next.error();
    code = std::move(next).value();
    return {};
}

Result<std::string> Run::nextCode()
{
    for (;;) {
        std::string code = m_codes.next();
        if (!m_checkExistingCodes)
            return code;
        m_codeTaken.text(1, code);
        const int rc = m_codeTaken.step();
        if (rc == SQLITE_DONE)
            return code;
        if (rc != SQLITE_ROW)
            return sqliteError(m_handle);
    }
}

// Six patterns over the word lists give hundreds of thousands of distinct names per language, so a
// million partners look like a market rather than a handful of firms repeated.
void Run::companyName(const Language &language, const City &city, std::string &name)
{
    const int pattern = int(m_random.below(100));
    const auto sector = [&]() -> const char * {
        return m_random.percent(35) ? m_random.pick(std::span<const char *const>(kSharedSectors))
                                    : m_random.pick(language.sectors);
    };
    const auto qualifier = [&](int percent) {
        if (m_random.percent(percent)) {
            name += ' ';
            name += m_random.pick(std::span<const char *const>(kQualifiers));
        }
    };
    if (pattern < 35) { // Nordlicht Systems (Plus)
        name += m_random.pick(language.stems);
        name += ' ';
        name += sector();
        qualifier(40);
    } else if (pattern < 50) { // Müller Datentechnik
        name += m_random.pick(language.lastNames);
        name += ' ';
        name += sector();
        qualifier(20);
    } else if (pattern < 58) { // Berlin Networks
        name += city.name;
        name += ' ';
        name += sector();
        qualifier(50);
    } else if (pattern < 75) { // Müller & Schmidt (IT)
        name += m_random.pick(language.lastNames);
        name += " & ";
        name += m_random.pick(language.lastNames);
        if (m_random.percent(50)) {
            name += ' ';
            name += sector();
        }
    } else { // NSB Telecom
        for (int i = 0, n = 2 + int(m_random.below(3)); i < n; ++i)
            name += char('A' + m_random.below(26));
        name += ' ';
        name += sector();
    }
}

void Run::street(const Language &language, std::string &out)
{
    const char *name = m_random.pick(language.streets);
    const quint32 number = 1 + m_random.below(m_random.percent(70) ? 60 : 240);
    if (language.numberFirst) {
        appendDigits(out, number, 1);
        out += ' ';
        out += name;
    } else {
        out += name;
        out += ' ';
        appendDigits(out, number, 1);
    }
}

bool Run::isAreaA(const Country &country, const City &city)
{
    const double value = country.splitByLongitude ? city.longitude : city.latitude;
    return value >= country.split;
}

Status Run::partners(DemoReport &report)
{
    static constexpr int kindWeights[] = {15, 70, 5, 10}; // dealer, reseller, distributor, agent
    static constexpr const char *kinds[] = {"dealer", "reseller", "distributor", "agent"};
    static constexpr int levelWeights[] = {12, 33, 50, 5}; // Gold, Silver, Bronze, none
    static constexpr int activationWeights[] = {15, 25, 60};
    static constexpr int statusWeights[] = {88, 10, 2};
    static constexpr const char *statuses[] = {"active", "inactive", "suspended"};
    static constexpr const char *controlAccounts[] = {"140010", "140020", "140030", "140040"};

    std::string code, name, legal, domain, website, streetText, postcode, taxId, iban, created, statusDate,
        archived, tags, contactName, email, phone;
    std::vector<std::string> emails;
    m_partners.reserve(size_t(m_options.partners));

    for (qint64 n = 0; n < m_options.partners; ++n) {
        if (n % kBatch == 0 && n > 0) {
            if (Status s = flush(); !s)
                return s;
        }
        if (n % 4096 == 0) {
            if (Status s = tick(n); !s)
                return s;
        }
        const int countryIndex = pickCountry();
        const auto [country, language, city, german] = place(countryIndex);
        if (Status s = takeCode(code); !s)
            return s;

        name.clear();
        companyName(language, city, name);
        legal = name;
        legal += ' ';
        legal += m_random.pick(country.legalForms);
        domain.clear();
        appendSlug(domain, name, german);
        domain += '.';
        domain += country.domainSuffix;
        website.clear();
        if (m_random.percent(85)) {
            website = "https://www.";
            website += domain;
        }
        streetText.clear();
        street(language, streetText);
        postcode.clear();
        appendPattern(postcode, city.postcode, m_random);
        const double latitude = city.latitude + (m_random.unit() - 0.5) * 0.12;
        const double longitude = city.longitude + (m_random.unit() - 0.5) * 0.18;
        taxId.clear();
        appendPattern(taxId, country.taxId, m_random);

        const Bank &bank = m_random.pick(country.banks);
        iban.clear();
        if (const int length = Iban::lengthFor(QString::fromLatin1(country.code)); length > 4) {
            std::string bban;
            const std::string_view cc(country.code);
            if (cc == "GB" || cc == "IE" || cc == "NL")
                bban.assign(bank.bic, 4); // the bank code is the BIC's bank part
            else if (cc == "IT")
                bban += char('A' + m_random.below(26)); // CIN check letter
            while (int(bban.size()) < length - 4)
                bban += char('0' + m_random.below(10));
            const QString check = Iban::checkDigits(
                QString::fromLatin1(country.code), QString::fromLatin1(bban.data(), qsizetype(bban.size())));
            iban = country.code;
            iban += check.toStdString();
            iban += bban;
        }

        const int kind = m_random.weighted(kindWeights);
        const int level = m_random.weighted(levelWeights);
        const int activation = m_random.weighted(activationWeights);
        const int status = m_random.weighted(statusWeights);
        const auto [areaA, areaB] = m_countryAreas[size_t(countryIndex)];
        const int area = areaB >= 0 && !isAreaA(country, city) ? areaB : areaA;
        const qint64 areaId = m_areaIds[size_t(area)];
        // Most partners belong to their area's manager; some were handed over to someone else.
        const qint64 managerId = m_random.percent(75) ? m_managerIds[size_t(area) % m_managerIds.size()]
                                                      : m_managerIds[m_random.below(m_managerIds.size())];

        const qint64 createdMs = m_nowMs - qint64(m_random.unit() * double(kHistoryMs));
        created.clear();
        appendIsoUtc(created, createdMs);
        statusDate.clear();
        if (status != 0) {
            appendIsoUtc(statusDate, createdMs + qint64(m_random.unit() * double(m_nowMs - createdMs)));
            statusDate.resize(10); // the day only
        }
        archived.clear();
        if (m_random.percent(1))
            appendIsoUtc(archived, createdMs + qint64(m_random.unit() * double(m_nowMs - createdMs)));
        tags.clear();
        if (m_random.percent(25)) {
            const char *first = m_random.pick(std::span<const char *const>(kTags));
            tags = first;
            const char *second = m_random.pick(std::span<const char *const>(kTags));
            if (m_random.percent(20) && std::string_view(second) != first) {
                tags += ", ";
                tags += second;
            }
        }

        const qint64 partnerId = m_nextPartnerId++;
        Statement &p = m_partnerRows.row();
        p.integer(1, partnerId);
        p.text(2, code);
        p.text(3, name);
        p.text(4, legal);
        p.text(5, kinds[kind]);
        p.text(6, m_random.pick(std::span<const char *const>(kBusinessNatures)));
        p.integerOrNull(7, areaId);
        p.text(8, streetText);
        p.text(9, city.name);
        p.text(10, postcode);
        p.text(11, city.region);
        p.text(12, country.code);
        p.real(13, std::round(latitude * 1e6) / 1e6);
        p.real(14, std::round(longitude * 1e6) / 1e6);
        p.text(15, website);
        p.text(16, taxId);
        p.text(17, controlAccounts[kind]);
        p.text(18, legal);
        p.text(19, iban);
        p.text(20, bank.bic);
        p.text(21, bank.name);
        p.text(22, statuses[status]);
        p.text(23, status == 2 ? m_random.pick(std::span<const char *const>(kSuspensionReasons)) : "");
        p.textOrNull(24, statusDate);
        p.integerOrNull(25, level < 3 ? m_levels[level] : 0);
        if (m_random.percent(3))
            p.integer(26, m_random.below(7));
        else
            sqlite3_bind_null(p.get(), 26);
        p.integerOrNull(27, m_activations[activation]);
        p.integerOrNull(28, managerId);
        p.text(29, tags);
        p.text(30, m_random.percent(5) ? m_random.pick(std::span<const char *const>(kNotes)) : "");
        p.textOrNull(31, archived);
        p.text(32, created);
        p.text(33, created);
        if (p.step() != SQLITE_DONE)
            return sqliteError(m_handle);
        m_partners.push_back({partnerId, quint8(countryIndex)});
        ++report.partners;

        const int contacts = 1 + int(m_random.below(3));
        emails.clear();
        for (int c = 0; c < contacts; ++c) {
            const char *first = m_random.pick(language.firstNames);
            const char *last = m_random.pick(language.lastNames);
            contactName = first;
            contactName += ' ';
            contactName += last;
            email.clear();
            appendSlug(email, first, german, 30);
            email += '.';
            appendSlug(email, last, german, 30);
            if (std::find(emails.begin(), emails.end(), email) != emails.end())
                appendDigits(email, quint64(c + 1), 1);
            emails.push_back(email);
            email += '@';
            email += domain;
            phone.clear();
            appendPattern(phone, country.phone, m_random);
            const char *function = c == 0 && m_random.percent(50)
                ? kContactFunctions[0]
                : m_random.pick(std::span<const char *const>(kContactFunctions));

            Statement &s = m_contactRows.row();
            s.integer(1, partnerId);
            s.text(2, contactName);
            s.text(3, function);
            s.text(4, email);
            s.text(5, phone);
            s.integer(6, c == 0 ? 1 : 0);
            s.text(7, created);
            s.text(8, created);
            if (s.step() != SQLITE_DONE)
                return sqliteError(m_handle);
            ++report.contacts;
        }
    }
    return {};
}

Status Run::customers(DemoReport &report)
{
    std::string code, name, streetText, postcode, email, phone, created, archived;
    const qint64 total = m_options.partners + m_options.customers;

    for (qint64 n = 0; n < m_options.customers; ++n) {
        if (n % kBatch == 0 && n > 0) {
            if (Status s = flush(); !s)
                return s;
        }
        if (n % 4096 == 0) {
            if (Status s = tick(m_options.partners + n); !s)
                return s;
        }
        qint64 partnerId = 0;
        int countryIndex = -1;
        if (!m_partners.empty() && m_random.percent(90)) {
            // A few partners serve many customers, most serve a handful.
            const double u = m_random.unit();
            const GeneratedPartner &partner
                = m_partners[size_t(u * std::sqrt(u) * double(m_partners.size()))];
            partnerId = partner.id;
            if (m_random.percent(92))
                countryIndex = partner.country;
        }
        if (countryIndex < 0)
            countryIndex = pickCountry();
        const auto [country, language, city, german] = place(countryIndex);
        if (Status s = takeCode(code); !s)
            return s;

        static constexpr int segmentWeights[] = {55, 15, 10, 10, 10};
        const int segment = m_random.weighted(segmentWeights);
        const char *last = m_random.pick(language.lastNames);
        name.clear();
        switch (segment) {
        case 0: // SMB
            if (m_random.percent(55)) {
                appendFormat(
                    name, m_random.pick(language.smallBusinesses), city.name, last, 1 + m_random.below(60));
            } else {
                companyName(language, city, name);
                name += ' ';
                name += m_random.pick(country.legalForms);
            }
            break;
        case 1: // Enterprise
            name += m_random.percent(50) ? m_random.pick(language.stems) : last;
            name += ' ';
            name += m_random.pick(std::span<const char *const>(kEnterpriseWords));
            if (m_random.percent(40)) {
                name += ' ';
                name += city.name;
            }
            name += ' ';
            name += m_random.pick(country.legalForms);
            break;
        case 2:
            appendFormat(name, m_random.pick(language.publicSector), city.name, last, 1 + m_random.below(60));
            break;
        case 3:
            appendFormat(name, m_random.pick(language.education), city.name, last, 1 + m_random.below(60));
            break;
        default:
            appendFormat(name, m_random.pick(language.healthcare), city.name, last, 1 + m_random.below(60));
            break;
        }
        streetText.clear();
        street(language, streetText);
        postcode.clear();
        appendPattern(postcode, city.postcode, m_random);
        email = m_random.percent(50) ? "info@" : "contact@";
        appendSlug(email, name, german);
        email += '.';
        email += country.domainSuffix;
        phone.clear();
        appendPattern(phone, country.phone, m_random);
        const qint64 createdMs = m_nowMs - qint64(m_random.unit() * double(kHistoryMs));
        created.clear();
        appendIsoUtc(created, createdMs);
        archived.clear();
        if (m_random.below(1000) < 5)
            appendIsoUtc(archived, createdMs + qint64(m_random.unit() * double(m_nowMs - createdMs)));

        Statement &s = m_customerRows.row();
        s.integer(1, m_nextCustomerId++);
        s.text(2, code);
        s.text(3, name);
        s.text(4, streetText);
        s.text(5, city.name);
        s.text(6, postcode);
        s.text(7, country.code);
        s.text(8, kSegments[segment]);
        s.text(9, email);
        s.text(10, phone);
        s.integerOrNull(11, partnerId);
        s.textOrNull(12, archived);
        s.text(13, created);
        s.text(14, created);
        if (s.step() != SQLITE_DONE)
            return sqliteError(m_handle);
        ++report.customers;
    }
    if (Status s = finish(); !s)
        return s;
    return tick(total);
}

} // namespace cd::demorun
