#pragma once

// The demo generator's machinery, shared by its files: a reproducible random stream, prepared
// statements of the bare SQLite API, text helpers over UTF-8 bytes, account numbers without a
// lookup per row, staged tables, and one run's state (Run). Internal to core/demo.

#include "common/accountnumber.h"
#include "common/clock.h"
#include "common/result.h"
#include "db/database.h"
#include "db/deferredsearchindex.h"
#include "demodata_p.h"
#include "demogenerator.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace cd::demorun {

using namespace demodata;
using demodata::Country; // the demo's country table, not cd::Country

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

Error sqliteError(sqlite3 *db);

inline constexpr qint64 kDayMs = 86400000;
inline constexpr qint64 kHistoryMs = 8 * 365 * kDayMs; // demo records were created over the last eight years

// ---- text helpers; all work on UTF-8 bytes ----

void appendDigits(std::string &out, quint64 value, int width);

// "#" a digit, "%" a digit 1-9, "@" a letter; other characters are copied.
void appendPattern(std::string &out, const char *pattern, Random &random);

// Decodes one UTF-8 code point at `i`, advancing it.
char32_t decode(std::string_view s, size_t &i);

// Lower-case ASCII letters and digits, words joined by single hyphens: "Müller & Co." → "mueller-co".
// Apostrophes vanish ("O'Brien" → "obrien"). At most `maxLength` characters, never ending in "-".
void appendSlug(std::string &out, std::string_view text, bool german, size_t maxLength = 40);

// Replaces "%c" with `city`, "%l" with `last` and "%n" with `number`.
void appendFormat(
    std::string &out, const char *format, std::string_view city, std::string_view last, quint32 number);

// "2024-05-01T10:20:30.000Z", as sql::isoUtc() writes it, without a QDateTime per row.
void appendIsoUtc(std::string &out, qint64 msecs);

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
inline constexpr const char *kPartnerColumns
    = "id, code, name, legal_name, kind, business_nature, area_id, street, city, postcode, region, country, "
      "latitude, longitude, website, tax_id, control_account, bank_holder, iban, bic, bank_name, status, "
      "status_reason, status_date, level_id, weight_override, activation_id, account_manager_id, tags, "
      "notes, "
      "archived_at, created_at, updated_at";
inline constexpr const char *kContactColumns
    = "partner_id, name, function, email, phone, is_primary, created_at, updated_at";
inline constexpr const char *kCustomerColumns
    = "id, code, name, street, city, postcode, country, segment, email, phone, "
      "partner_id, archived_at, created_at, updated_at";
// Rows (a partner counts three, for its contacts) from which a run leaves WAL for its transaction.
inline constexpr qint64 kBulkRows = 200000;
// Rows between two writes of search rows.
inline constexpr qint64 kBatch = 8192;

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
    // Where a new partner or customer is: the country's language (or its second one) and a city.
    struct Place
    {
        const Country &country;
        const Language &language;
        const City &city;
        bool german;
    };
    Place place(int countryIndex);
    Result<std::string> nextCode();
    Status takeCode(std::string &code);
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

} // namespace cd::demorun
