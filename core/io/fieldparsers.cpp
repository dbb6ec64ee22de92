#include "fieldparsers.h"

#include <QLocale>
#include <QSet>

namespace cd {

std::optional<bool> parseYesNo(const QString &text)
{
    static const QSet<QString> yes = {QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("yes"),
        QStringLiteral("y"), QStringLiteral("x"), QStringLiteral("t"), QStringLiteral("ja"),
        QStringLiteral("j"), QStringLiteral("wahr"), QStringLiteral("company")};
    static const QSet<QString> no = {QStringLiteral(""), QStringLiteral("0"), QStringLiteral("false"),
        QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("f"), QStringLiteral("nein"),
        QStringLiteral("falsch"), QStringLiteral("person"), QStringLiteral("individual")};
    const QString t = text.trimmed().toLower();
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    double d = QLocale::c().toDouble(text, &ok);
    if (!ok && !text.contains(QLatin1Char('.')))
        d = QLocale::c().toDouble(QString(text).replace(QLatin1Char(','), QLatin1Char('.')), &ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

QDate parseDate(const QString &text)
{
    for (const QString &format :
        {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"), QStringLiteral("d.M.yyyy")}) {
        const QDate d = QDate::fromString(text, format);
        if (d.isValid())
            return d;
    }
    return {};
}

} // namespace cd
