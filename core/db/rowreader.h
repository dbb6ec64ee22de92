#pragma once

// RowReader: a result row's columns read in order into a record's fields, each converted by the
// field's own type, so that a store lists its fields once instead of a line per column:
//
//     sql::RowReader {q}(d.id, d.leadId, d.value, d.expectedClose).key(d.outcome, Deal::outcomeFromKey,
//         DealOutcome::Open)(d.createdAt, d.version);
//
// Types and the columns they read: qint64, int, double, bool, QString, QVariant as they are; QDate from ISO
// text (invalid for NULL); QDateTime from a stored timestamp (sql::dateTime); Money from two
// columns, the amount in minor units and the currency; Decimal from its text; std::optional<T>
// empty for NULL (and, for Decimal, for an empty text) and T otherwise.

#include "common/decimal.h"
#include "common/money.h"
#include "sql.h"

#include <QDate>
#include <QSqlQuery>

#include <optional>

namespace cd::sql {

class RowReader
{
public:
    explicit RowReader(const QSqlQuery &query, int first = 0)
        : m_query(query)
        , m_column(first)
    {}

    // The next columns into `fields`, in order.
    template<typename... Fields>
    RowReader &operator()(Fields &...fields)
    {
        (read(fields), ...);
        return *this;
    }
    // The next column, a stored key, into an enum: `fromKey` (Partner::kindFromKey) turns it into
    // the value, `fallback` stands for a key it does not know.
    template<typename Enum, typename FromKey>
    RowReader &key(Enum &field, FromKey fromKey, Enum fallback)
    {
        field = fromKey(next().toString()).value_or(fallback);
        return *this;
    }
    // The next column as it is, for a field that needs its own conversion.
    QVariant next() { return m_query.value(m_column++); }
    RowReader &skip(int columns = 1)
    {
        m_column += columns;
        return *this;
    }

private:
    void read(qint64 &v) { v = next().toLongLong(); }
    void read(int &v) { v = next().toInt(); }
    void read(double &v) { v = next().toDouble(); }
    void read(bool &v) { v = next().toBool(); }
    void read(QString &v) { v = next().toString(); }
    void read(QVariant &v) { v = next(); }
    void read(QDate &v)
    {
        const QVariant x = next();
        v = x.isNull() ? QDate() : QDate::fromString(x.toString(), Qt::ISODate);
    }
    void read(QDateTime &v) { v = dateTime(next()); }
    void read(Money &v)
    {
        const qint64 minor = next().toLongLong();
        v = Money(minor, next().toString());
    }
    // A stored rate is written by Decimal::toString, so it parses; zero if it was changed by hand.
    void read(Decimal &v) { v = Decimal::parse(next().toString()).valueOr(Decimal()); }
    void read(std::optional<Decimal> &v)
    {
        const QVariant x = m_query.value(m_column);
        if (x.isNull() || x.toString().isEmpty()) {
            ++m_column;
            v.reset();
        } else {
            v.emplace();
            read(*v);
        }
    }
    template<typename T>
    void read(std::optional<T> &v)
    {
        if (m_query.value(m_column).isNull()) {
            ++m_column;
            v.reset();
        } else {
            v.emplace();
            read(*v);
        }
    }

    const QSqlQuery &m_query;
    int m_column;
};

} // namespace cd::sql
