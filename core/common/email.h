#pragma once

// Email: a pragmatic check of an email address as typed into a contact form or imported from a
// spreadsheet. It catches what people get wrong (missing @, spaces, "gmail.c"), not every exotic
// form RFC 5322 allows: quoted local parts and IP-address domains are refused.

#include "result.h"

#include <QString>

namespace cd {

class Email
{
public:
    // One "@"; before it 1-64 letters, digits, dots (not first, last or doubled) or any of
    // !#$%&'*+-/=?^_`{|}~; after it a domain of at least two dot-separated labels of letters,
    // digits and inner hyphens, the last one a name of two or more characters; at most 254
    // characters and no whitespace. Letters may be non-ASCII (internationalized addresses).
    static Status validate(const QString &address, const QString &field = QStringLiteral("email"));
};

} // namespace cd
