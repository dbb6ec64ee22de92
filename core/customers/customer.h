#pragma once

// Customer: an end customer, bound to at most one primary partner (none = a direct customer).

#include "common/error.h"
#include "common/versionedrecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cd {

struct Customer : VersionedRecord
{
    qint64 id = 0;
    QString code; // empty on create = generate one
    QString name;
    QString street;
    QString city;
    QString postcode;
    QString country; // ISO 3166-1 alpha-2
    QString segment;
    QString email;
    QString phone;
    qint64 partnerId = 0; // 0 = direct customer
    QList<Error> validate() const;
};

} // namespace cd
