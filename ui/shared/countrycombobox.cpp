#include "countrycombobox.h"

#include "filterbar.h"

namespace cd {

CountryComboBox::CountryComboBox(QWidget *parent)
    : QComboBox(parent)
{
    addItem(tr("(none)"), QString());
    const FilterBar::Items countries = FilterBar::countryItems();
    for (const auto &[name, code] : countries)
        addItem(tr("%1 (%2)").arg(name, code.toString()), code);
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
