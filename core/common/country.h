#pragma once

// Country: the ISO 3166-1 alpha-2 codes with their English names, so addresses, IBANs and BICs
// agree on one spelling of a country, and imports can turn "Germany" or "UK" into a code.

#include <QList>
#include <QString>

namespace cd {

class Country
{
public:
    struct Entry
    {
        QString code; // "DE"
        QString name; // "Germany", translated when a translation is loaded
    };

    // True for the 249 officially assigned codes, in upper case ("DE"; not "de", not "UK", not "XK").
    static bool isValid(const QString &code);
    // The name to show ("South Korea" rather than the ISO "Korea, Republic of"), translated through
    // the "Country" context; empty for an unknown code.
    static QString name(const QString &code);
    // The same name untranslated, for files that other programs read.
    static QString englishName(const QString &code);
    // Every country in code order; a view sorts by name itself, in the user's collation.
    static QList<Entry> all();

    // The code for what a person or another program wrote: an alpha-2 or alpha-3 code, the ISO,
    // official or common English name, a usual alias ("USA", "UK", "Holland", "Ivory Coast") or the
    // German name of a country German files often name ("Deutschland", "Österreich").
    // Ignores case, accents, punctuation, spacing and a leading "the". Empty when nothing matches.
    static QString fromName(const QString &text);
};

} // namespace cd
