#pragma once

// The fields each import kind offers, with the header spellings that suggest them.

#include "importer.h"

#include <QList>
#include <QString>

namespace cd::importing {

// One importable field. `synonyms` are header spellings in normalized form (see
// normalizedHeader()), separated by '|'; the key, the export column and the label match without
// being listed.
struct FieldSpec
{
    const char *key;
    const char *label; // translated through the "Importer" context
    const char *column; // the header the Exporter writes
    const char *synonyms;
};

QList<const FieldSpec *> fieldSpecs(ImportKind kind);
const FieldSpec *fieldSpec(ImportKind kind, const QString &key); // nullptr for an unknown key
QString fieldLabel(const FieldSpec *f);
// Lower case letters and digits only, accents dropped and ß spelled ss: "E-Mail", "e_mail" and
// "EMAIL " meet as "email", "Straße" and "Strasse" as "strasse", "Länd" as "land".
QString normalizedHeader(const QString &text);

} // namespace cd::importing
