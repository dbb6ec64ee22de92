#include "demogenerator.h"

#include "agreementsdemo.h"
#include "leadsdemo.h"
#include "networkdemo.h"

#include "common/accountnumber.h"
#include "common/clock.h"
#include "common/iban.h"
#include "db/bulkwrite.h"
#include "db/deferredsearchindex.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "demodata_p.h"
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

namespace {

using namespace demodata;

// xoshiro256** seeded through splitmix64: fast, and the same numbers on every platform and Qt
// version, which QRandomGenerator's distribution helpers do not promise.
class Random
{
public:
    explicit Random(quint64 seed)
    {
        for (quint64 &s : m_state)
            s = splitmix(seed);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }
    // Uniform in [0, n).
    quint32 below(size_t n) { return quint32(((next() >> 32) * quint64(n)) >> 32); }
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    bool percent(int p) { return below(100) < quint32(p); }
    template<typename T>
    const T &pick(std::span<const T> list)
    {
        return list[below(list.size())];
    }
    // Index into `weights`, each chosen in proportion to its weight.
    template<size_t N>
    int weighted(const int (&weights)[N])
    {
        const int total = std::accumulate(std::begin(weights), std::end(weights), 0);
        int r = int(below(size_t(total)));
        for (size_t i = 0; i < N; ++i) {
            if (r < weights[i])
                return int(i);
            r -= weights[i];
        }
        return int(N - 1);
    }

    static quint64 splitmix(quint64 &x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_state[4] {};
};

// A prepared statement of the bare SQLite API, reused for every row of a table: binding and
// stepping skips QVariant and QSqlQuery, which matters at millions of rows.
class Statement
{
public:
    Statement() = default;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement() { sqlite3_finalize(m_stmt); }

    bool prepare(sqlite3 *db, const char *sql)
    {
        return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) == SQLITE_OK;
    }
    // The text must live until step(); every caller binds buffers that outlive the row.
    void text(int i, std::string_view s)
    {
        sqlite3_bind_text(m_stmt, i, s.data(), int(s.size()), SQLITE_STATIC);
    }
    void textOrNull(int i, std::string_view s)
    {
        if (s.empty())
            sqlite3_bind_null(m_stmt, i);
        else
            text(i, s);
    }
    void integer(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void integerOrNull(int i, qint64 v)
    {
        if (v == 0)
            sqlite3_bind_null(m_stmt, i);
        else
            integer(i, v);
    }
    void real(int i, double v) { sqlite3_bind_double(m_stmt, i, v); }
    // Runs the statement once; true when it returned a row (queries) or finished (writes).
    int step()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc;
    }
    sqlite3_stmt *get() const { return m_stmt; }
    void finalize()
    {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

Error sqliteError(sqlite3 *db)
{
    return Error::make(Error::Code::Database, QString::fromUtf8(sqlite3_errmsg(db)));
}

// ---- text helpers; all work on UTF-8 bytes ----

void appendDigits(std::string &out, quint64 value, int width)
{
    char buffer[24];
    int n = 0;
    do {
        buffer[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0 || n < width);
    while (n > 0)
        out += buffer[--n];
}

// "#" a digit, "%" a digit 1-9, "@" a letter; other characters are copied.
void appendPattern(std::string &out, const char *pattern, Random &random)
{
    for (const char *p = pattern; *p; ++p) {
        switch (*p) {
        case '#':
            out += char('0' + random.below(10));
            break;
        case '%':
            out += char('1' + random.below(9));
            break;
        case '@':
            out += char('A' + random.below(26));
            break;
        default:
            out += *p;
        }
    }
}

// Decodes one UTF-8 code point at `i`, advancing it.
char32_t decode(std::string_view s, size_t &i)
{
    const auto c = static_cast<unsigned char>(s[i++]);
    if (c < 0x80)
        return c;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    char32_t cp = c & (0x3F >> extra);
    while (extra-- > 0 && i < s.size())
        cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
    return cp;
}

// ASCII spelling of a lower-case Latin letter with a diacritic; empty when there is none.
const char *transliterate(char32_t c, bool german)
{
    switch (c) {
    case U'ä':
        return german ? "ae" : "a";
    case U'ö':
        return german ? "oe" : "o";
    case U'ü':
        return german ? "ue" : "u";
    case U'ß':
        return "ss";
    case U'æ':
        return "ae";
    case U'œ':
        return "oe";
    case U'à':
    case U'á':
    case U'â':
    case U'ã':
    case U'å':
    case U'ā':
    case U'ą':
        return "a";
    case U'ç':
    case U'ć':
    case U'č':
        return "c";
    case U'ď':
    case U'đ':
        return "d";
    case U'è':
    case U'é':
    case U'ê':
    case U'ë':
    case U'ē':
    case U'ę':
    case U'ě':
        return "e";
    case U'ì':
    case U'í':
    case U'î':
    case U'ï':
    case U'ī':
    case U'ı':
        return "i";
    case U'ł':
    case U'ľ':
    case U'ĺ':
        return "l";
    case U'ñ':
    case U'ń':
    case U'ň':
        return "n";
    case U'ò':
    case U'ó':
    case U'ô':
    case U'õ':
    case U'ø':
    case U'ō':
    case U'ő':
        return "o";
    case U'ř':
    case U'ŕ':
        return "r";
    case U'ś':
    case U'š':
    case U'ş':
        return "s";
    case U'ť':
    case U'ţ':
        return "t";
    case U'ù':
    case U'ú':
    case U'û':
    case U'ů':
    case U'ū':
    case U'ű':
        return "u";
    case U'ý':
    case U'ÿ':
        return "y";
    case U'ź':
    case U'ż':
    case U'ž':
        return "z";
    default:
        return "";
    }
}

// Lower-case ASCII letters and digits, words joined by single hyphens: "Müller & Co." → "mueller-co".
// Apostrophes vanish ("O'Brien" → "obrien"). At most `maxLength` characters, never ending in "-".
void appendSlug(std::string &out, std::string_view text, bool german, size_t maxLength = 40)
{
    const size_t start = out.size();
    bool pendingSeparator = false;
    for (size_t i = 0; i < text.size() && out.size() - start < maxLength;) {
        char32_t c = decode(text, i);
        if (c == U'\'' || c == U'’')
            continue;
        c = QChar::toLower(c);
        if ((c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9')) {
            if (pendingSeparator && out.size() > start)
                out += '-';
            pendingSeparator = false;
            out += char(c);
        } else if (c < 0x80) {
            pendingSeparator = true;
        } else if (const char *ascii = transliterate(c, german); *ascii) {
            if (pendingSeparator && out.size() > start)
                out += '-';
            pendingSeparator = false;
            out += ascii;
        } else {
            pendingSeparator = true;
        }
    }
    while (out.size() > start && out.back() == '-')
        out.pop_back();
}

// Replaces "%c" with `city`, "%l" with `last` and "%n" with `number`.
void appendFormat(
    std::string &out, const char *format, std::string_view city, std::string_view last, quint32 number)
{
    for (const char *p = format; *p; ++p) {
        if (p[0] == '%' && p[1] == 'c') {
            out += city;
            ++p;
        } else if (p[0] == '%' && p[1] == 'n') {
            appendDigits(out, number, 1);
            ++p;
        } else if (p[0] == '%' && p[1] == 'l') {
            out += last;
            ++p;
        } else {
            out += *p;
        }
    }
}

// "2024-05-01T10:20:30.000Z", as sql::isoUtc() writes it, without a QDateTime per row.
void appendIsoUtc(std::string &out, qint64 msecs)
{
    qint64 days = msecs >= 0 ? msecs / 86400000 : (msecs - 86399999) / 86400000;
    qint64 ms = msecs - days * 86400000;
    // Howard Hinnant's civil_from_days.
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 y = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2)
        ++y;
    appendDigits(out, quint64(y), 4);
    out += '-';
    appendDigits(out, quint64(m), 2);
    out += '-';
    appendDigits(out, quint64(d), 2);
    out += 'T';
    appendDigits(out, quint64(ms / 3600000), 2);
    out += ':';
    appendDigits(out, quint64(ms / 60000 % 60), 2);
    out += ':';
    appendDigits(out, quint64(ms / 1000 % 60), 2);
    out += '.';
    appendDigits(out, quint64(ms % 1000), 3);
    out += 'Z';
}

constexpr qint64 kDayMs = 86400000;
constexpr qint64 kHistoryMs = 8 * 365 * kDayMs; // demo records were created over the last eight years

// Account numbers: nine digits walked through a permutation of 100000000..999999999 (an affine map
// with a multiplier coprime to the range), then the Luhn check digit. Unique without a lookup per
// row, and they look random.
class CodeSequence
{
public:
    explicit CodeSequence(quint64 seed)
    {
        quint64 s = seed ^ 0xC0DEC0DEull;
        m_multiplier = Random::splitmix(s) % kRange;
        m_multiplier |= 1;
        while (std::gcd(m_multiplier, kRange) != 1)
            m_multiplier += 2;
        m_offset = Random::splitmix(s) % kRange;
    }

    std::string next()
    {
        const quint64 base = 100000000 + (m_multiplier * m_index++ + m_offset) % kRange;
        char16_t digits[9];
        quint64 v = base;
        for (int i = 8; i >= 0; --i) {
            digits[i] = char16_t(u'0' + v % 10);
            v /= 10;
        }
        std::string code;
        code.reserve(10);
        for (char16_t d : digits)
            code += char(d);
        code += char('0' + AccountNumber::luhnCheckDigit(QStringView(digits, 9)));
        return code;
    }

private:
    static constexpr quint64 kRange = 900000000;
    quint64 m_multiplier = 1;
    quint64 m_offset = 0;
    quint64 m_index = 0;
};

// The inserted columns, in the order the generator binds them.
constexpr const char *kPartnerColumns
    = "id, code, name, legal_name, kind, business_nature, area_id, street, city, postcode, region, country, "
      "latitude, longitude, website, tax_id, control_account, bank_holder, iban, bic, bank_name, status, "
      "status_reason, status_date, level_id, weight_override, activation_id, account_manager_id, tags, "
      "notes, "
      "archived_at, created_at, updated_at";
constexpr const char *kContactColumns
    = "partner_id, name, function, email, phone, is_primary, created_at, updated_at";
constexpr const char *kCustomerColumns
    = "id, code, name, street, city, postcode, country, segment, email, phone, "
      "partner_id, archived_at, created_at, updated_at";
// Rows (a partner counts three, for its contacts) from which a run leaves WAL for its transaction.
constexpr qint64 kBulkRows = 200000;
// Rows between two writes of search rows.
constexpr qint64 kBatch = 8192;

// Rows of one table collected in a temporary table and moved over in one INSERT ... SELECT per
// batch: a statement per row would open cursors on the table and on each of its indexes again for
// every row, which makes it markedly slower at millions of rows.
class StagedTable
{
public:
    bool prepare(sqlite3 *db, const char *table, const char *columns)
    {
        m_db = db;
        m_temp = std::string("temp.demo_") + table;
        const std::string create = "DROP TABLE IF EXISTS " + m_temp + "; CREATE TABLE " + m_temp
            + " AS SELECT " + columns + " FROM main." + table + " WHERE 0";
        if (sqlite3_exec(db, create.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return false;
        const int count = 1 + int(std::count(columns, columns + std::strlen(columns), ','));
        std::string values;
        for (int i = 1; i <= count; ++i)
            values += (i > 1 ? ",?" : "?") + std::to_string(i);
        const std::string stage = "INSERT INTO " + m_temp + " (" + columns + ") VALUES (" + values + ")";
        const std::string move = std::string("INSERT INTO main.") + table + " (" + columns + ") SELECT "
            + columns + " FROM " + m_temp + " ORDER BY rowid";
        const std::string clear = "DELETE FROM " + m_temp;
        return m_stage.prepare(db, stage.c_str()) && m_move.prepare(db, move.c_str())
            && m_clear.prepare(db, clear.c_str());
    }
    // Bind a row's values here, then step().
    Statement &row() { return m_stage; }
    bool move() { return m_move.step() == SQLITE_DONE && m_clear.step() == SQLITE_DONE; }
    bool drop()
    {
        m_stage.finalize();
        m_move.finalize();
        m_clear.finalize();
        const std::string drop = "DROP TABLE " + m_temp;
        return sqlite3_exec(m_db, drop.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }

private:
    sqlite3 *m_db = nullptr;
    std::string m_temp;
    Statement m_stage;
    Statement m_move;
    Statement m_clear;
};

struct GeneratedPartner
{
    qint64 id;
    quint8 country;
};

// One run: the random stream, the prepared statements and reusable buffers.
class Run
{
public:
    // `bulk`: the load is large and adds more rows than the tables hold; see DeferredIndexes.
    Run(const Database &db, const DemoOptions &options, bool bulk)
        : m_db(db)
        , m_bulk(bulk)
        , m_handle(db.handle())
        , m_options(options)
        , m_random(options.seed)
        , m_codes(options.seed)
        , m_search(m_handle)
        , m_indexes(m_handle)
    {
        for (const Country &c : kCountries)
            m_countryWeightTotal += c.weight;
    }

    Status prepare();
    Status flush();
    Status finish();
    Status writeSearchRows();
    Status partners(DemoReport &report);
    Status customers(DemoReport &report);
    Status timeline();

private:
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }
    Status tick(qint64 done);
    int pickCountry();
    const Language &languageOf(const Country &country);
    Result<std::string> nextCode();
    void companyName(const Language &language, const City &city, std::string &name);
    void street(const Language &language, std::string &out);
    static bool isAreaA(const Country &country, const City &city);

    Database m_db;
    bool m_bulk;
    sqlite3 *m_handle;
    const DemoOptions &m_options;
    Random m_random;
    CodeSequence m_codes;
    int m_countryWeightTotal = 0;
    qint64 m_nowMs = Clock::nowUtc().toMSecsSinceEpoch();
    bool m_checkExistingCodes = false;

    // Moved in this order: a batch's contacts and customers refer to its partners.
    StagedTable m_partnerRows;
    StagedTable m_contactRows;
    StagedTable m_customerRows;
    Statement m_codeTaken;
    DeferredSearchIndex m_search;
    qint64 m_firstPartnerId = 1;
    qint64 m_nextPartnerId = 1;
    qint64 m_nextCustomerId = 1;
    qint64 m_indexedPartnerId = 1; // new rows from here on have no search row yet
    qint64 m_indexedCustomerId = 1;
    DeferredIndexes m_indexes; // dropped for a bulk run, recreated at its end

    std::vector<qint64> m_areaIds; // in first-seen order over kCountries
    std::vector<std::pair<int, int>> m_countryAreas; // per country: indexes into m_areaIds for areaA, areaB
    std::vector<qint64> m_managerIds;
    qint64 m_levels[3] = {};
    qint64 m_activations[3] = {};
    std::vector<GeneratedPartner> m_partners;
};

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
        const Country &country = kCountries[countryIndex];
        const Language &language = languageOf(country);
        const bool german = &language == &kGerman;
        const City &city = m_random.pick(country.cities);

        auto nextCode = this->nextCode();
        if (!nextCode)
            return nextCode.error();
        code = std::move(nextCode).value();

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
        const Country &country = kCountries[countryIndex];
        const Language &language = languageOf(country);
        const bool german = &language == &kGerman;
        const City &city = m_random.pick(country.cities);

        auto nextCode = this->nextCode();
        if (!nextCode)
            return nextCode.error();
        code = std::move(nextCode).value();

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

} // namespace

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
    }
    // Statistics for the query planner, so the first lists on the new rows pick the right indexes.
    phase(tr("Statistics for the query planner"));
    if (Status s = m_db.analyze(); !s)
        return s.error();
    return report;
}

} // namespace cd
