#include "deal.h"

#include <QCoreApplication>

namespace cd {

QString Deal::outcomeKey(DealOutcome outcome)
{
    switch (outcome) {
    case DealOutcome::Open:
        return QStringLiteral("open");
    case DealOutcome::Won:
        return QStringLiteral("won");
    case DealOutcome::Lost:
        return QStringLiteral("lost");
    }
    return {};
}

std::optional<DealOutcome> Deal::outcomeFromKey(const QString &key)
{
    for (DealOutcome o : {DealOutcome::Open, DealOutcome::Won, DealOutcome::Lost}) {
        if (outcomeKey(o) == key)
            return o;
    }
    return std::nullopt;
}

QString Deal::outcomeLabel(DealOutcome outcome)
{
    switch (outcome) {
    case DealOutcome::Open:
        return QCoreApplication::translate("Deal", "Open");
    case DealOutcome::Won:
        return QCoreApplication::translate("Deal", "Won");
    case DealOutcome::Lost:
        return QCoreApplication::translate("Deal", "Lost");
    }
    return {};
}

} // namespace cd
