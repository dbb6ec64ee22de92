#pragma once

// Money as the user reads it: the amount in the user's locale with its currency code, computed from
// the integer minor units so no amount passes through a double.

#include "common/money.h"

#include <QList>
#include <QString>

namespace cd {

// "1,234.50 EUR" in an English locale, "1.234,50 EUR" in a German one.
QString moneyText(const Money &money);
// Amounts in several currencies, joined: "1,200.00 EUR · 300.00 USD"; empty list = "".
QString moneyListText(const QList<Money> &amounts);

} // namespace cd
