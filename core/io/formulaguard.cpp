#include "formulaguard.h"

namespace cd::formulaguard {

namespace {

bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// An optional sign, digits, and at most one decimal separator with digits after it.
bool isPlainNumber(const QString &cell)
{
    qsizetype i = 0;
    if (i < cell.size() && (cell[i] == u'+' || cell[i] == u'-'))
        ++i;
    qsizetype digits = 0;
    bool separator = false;
    for (; i < cell.size(); ++i) {
        const QChar c = cell[i];
        if (c >= u'0' && c <= u'9') {
            ++digits;
        } else if ((c == u'.' || c == u',') && !separator && digits > 0) {
            separator = true;
        } else {
            return false;
        }
    }
    return digits > 0 && !(separator && !cell.back().isDigit());
}

} // namespace

bool needsGuard(const QString &cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == u'\'')
        ++i;
    if (i == cell.size() || !startsFormula(cell[i]))
        return false;
    return i > 0 || !isPlainNumber(cell);
}

QString guarded(const QString &cell)
{
    return needsGuard(cell) ? QLatin1Char('\'') + cell : cell;
}

QString unguarded(const QString &cell)
{
    if (cell.startsWith(QLatin1Char('\'')) && needsGuard(cell.mid(1)))
        return cell.mid(1);
    return cell;
}

} // namespace cd::formulaguard
