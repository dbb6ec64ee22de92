#pragma once

// Agreement dates in their stored form, shared by the agreement stores (sql::RowReader reads them
// back).

#include "db/sql.h"

#include <QDate>
#include <QVariant>

namespace cd::agreementsql {

inline QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace cd::agreementsql
