#include "moneytext.h"

#include <QCoreApplication>
#include <QLocale>

namespace cd {

QString moneyText(const Money &money)
{
    if (!money.isValid())
        return {};
    const QLocale locale;
    const int decimals = money.decimals();
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const qint64 units = money.minorUnits();
    const qint64 major = units / scale;
    const qint64 minor = units % scale;
    QString text = locale.toString(major < 0 ? -major : major);
    if (units < 0)
        text.prepend(locale.negativeSign());
    if (decimals > 0)
        text += locale.decimalPoint()
            + QStringLiteral("%1").arg(minor < 0 ? -minor : minor, decimals, 10, QLatin1Char('0'));
    //: Money: amount, ISO currency code
    return QCoreApplication::translate("Money", "%1 %2").arg(text, money.currency());
}

QString moneyListText(const QList<Money> &amounts)
{
    QStringList parts;
    for (const Money &m : amounts)
        parts.append(moneyText(m));
    return parts.join(QStringLiteral(" · "));
}

} // namespace cd
