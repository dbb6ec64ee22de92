#include "countrycombobox.h"

#include "common/country.h"

#include <QCollator>

#include <algorithm>

namespace cd {

CountryComboBox::CountryComboBox(QWidget *parent)
    : QComboBox(parent)
{
    addItem(tr("(none)"), QString());
    QList<Country::Entry> countries = Country::all();
    // Sorted by the name people read, in their language's order, so typing a name finds it.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(countries.begin(), countries.end(), [&](const Country::Entry &a, const Country::Entry &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    for (const Country::Entry &c : std::as_const(countries))
        addItem(tr("%1 (%2)").arg(c.name, c.code), c.code);
    setMaxVisibleItems(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
}

void CountryComboBox::ensureCode(const QString &code)
{
    if (code.isEmpty() || findData(code) >= 0)
        return;
    addItem(tr("%1 (unknown code)").arg(code), code);
}

} // namespace cd
