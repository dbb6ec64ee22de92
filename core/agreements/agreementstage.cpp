#include "agreementstage.h"

#include <QCoreApplication>

namespace cd {

QList<AgreementStage> AgreementStages::all()
{
    return {AgreementStage::Prepared, AgreementStage::PendingReturn, AgreementStage::Signed,
        AgreementStage::Expiring, AgreementStage::Renewal, AgreementStage::Expired,
        AgreementStage::Terminated, AgreementStage::Cancelled};
}

AgreementStageInfo AgreementStages::info(AgreementStage stage)
{
    // Colours: grey while drafting, amber while waiting, green in force, orange/red as the end nears,
    // blue while renewing, muted for the ends. Text colours keep a contrast ratio above 4.5.
    switch (stage) {
    case AgreementStage::Prepared:
        return {stage, QStringLiteral("prepared"), QCoreApplication::translate("AgreementStage", "Prepared"),
            QCoreApplication::translate("AgreementStage", "Prepared"), QStringLiteral("#e0e0e0"),
            QStringLiteral("#212121"), false};
    case AgreementStage::PendingReturn:
        return {stage, QStringLiteral("pending-return"),
            QCoreApplication::translate("AgreementStage", "Pending Return"),
            QCoreApplication::translate("AgreementStage", "Pending"), QStringLiteral("#fff3c4"),
            QStringLiteral("#5d4300"), false};
    case AgreementStage::Signed:
        return {stage, QStringLiteral("signed"), QCoreApplication::translate("AgreementStage", "Signed"),
            QCoreApplication::translate("AgreementStage", "Signed"), QStringLiteral("#c8e6c9"),
            QStringLiteral("#1b5e20"), false};
    case AgreementStage::Expiring:
        return {stage, QStringLiteral("expiring"), QCoreApplication::translate("AgreementStage", "Expiring"),
            QCoreApplication::translate("AgreementStage", "Expiring"), QStringLiteral("#ffe0b2"),
            QStringLiteral("#8a3b00"), false};
    case AgreementStage::Renewal:
        return {stage, QStringLiteral("renewal"), QCoreApplication::translate("AgreementStage", "Renewal"),
            QCoreApplication::translate("AgreementStage", "Renewal"), QStringLiteral("#bbdefb"),
            QStringLiteral("#0d3c74"), false};
    case AgreementStage::Expired:
        return {stage, QStringLiteral("expired"), QCoreApplication::translate("AgreementStage", "Expired"),
            QCoreApplication::translate("AgreementStage", "Expired"), QStringLiteral("#ffcdd2"),
            QStringLiteral("#8e0000"), true};
    case AgreementStage::Terminated:
        return {stage, QStringLiteral("terminated"),
            QCoreApplication::translate("AgreementStage", "Terminated"),
            QCoreApplication::translate("AgreementStage", "Terminated"), QStringLiteral("#d7ccc8"),
            QStringLiteral("#3e2723"), true};
    case AgreementStage::Cancelled:
        return {stage, QStringLiteral("cancelled"),
            QCoreApplication::translate("AgreementStage", "Cancelled"),
            QCoreApplication::translate("AgreementStage", "Cancelled"), QStringLiteral("#eeeeee"),
            QStringLiteral("#616161"), true};
    }
    return {};
}

QString AgreementStages::key(AgreementStage stage)
{
    return info(stage).key;
}

QString AgreementStages::label(AgreementStage stage)
{
    return info(stage).label;
}

std::optional<AgreementStage> AgreementStages::fromKey(const QString &key)
{
    QString k = key.trimmed().toLower();
    k.replace(QLatin1Char('_'), QLatin1Char('-'));
    k.replace(QLatin1Char(' '), QLatin1Char('-'));
    for (AgreementStage s : all()) {
        if (info(s).key == k)
            return s;
    }
    // "pendingreturn" as typed without a separator.
    if (k == QLatin1String("pendingreturn"))
        return AgreementStage::PendingReturn;
    return std::nullopt;
}

} // namespace cd
