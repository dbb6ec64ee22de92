#pragma once

// CountryComboBox: picks an ISO 3166-1 alpha-2 country by its name; the item data is the code,
// the first item ("no country") has an empty code.

#include <QComboBox>

namespace cd {

class CountryComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit CountryComboBox(QWidget *parent = nullptr);

    // Adds an item for a code that is not a known country (imported data), so it is shown as it
    // is rather than lost; validation then says what is wrong with it.
    void ensureCode(const QString &code);
};

} // namespace cd
