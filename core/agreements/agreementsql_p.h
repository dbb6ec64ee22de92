#pragma once

// Conversions between agreement values and their stored form, shared by the agreement stores.

#include "db/sql.h"

#include <QDate>
#include <QDateTime>
#include <QVariant>

namespace cd::agreementsql {

inline QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

inline QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

inline QDateTime toTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace cd::agreementsql
