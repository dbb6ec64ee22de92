#pragma once

// What the record editors' forms share: the domain field names (as validate() and the stores name
// them in Error::field) that partners and customers have in common, and the line edit every text
// field starts from.

#include <QLineEdit>
#include <QString>

namespace cd::formfields {

inline const QString kCode = QStringLiteral("code");
inline const QString kName = QStringLiteral("name");
inline const QString kStreet = QStringLiteral("street");
inline const QString kCity = QStringLiteral("city");
inline const QString kPostcode = QStringLiteral("postcode");
inline const QString kCountry = QStringLiteral("country");
inline const QString kNotes = QStringLiteral("notes");

inline QLineEdit *newLineEdit(const QString &placeholder = {}, int maxLength = 200)
{
    auto *edit = new QLineEdit;
    edit->setPlaceholderText(placeholder);
    edit->setMaxLength(maxLength);
    return edit;
}

} // namespace cd::formfields
