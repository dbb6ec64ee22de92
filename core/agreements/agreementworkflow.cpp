#include "agreementworkflow.h"

#include <QCoreApplication>

namespace cd {

namespace {

using S = AgreementStage;
using G = AgreementGuard;
using T = AgreementTransitionRule::Trigger;

// THE transition table. Everything that moves an agreement, by hand or by the daily job, is
// checked against it. Moves that can never pass (Cancelled after signing) stay in the table with
// their guard so the refusal names the reason instead of "no such move".
const QList<AgreementTransitionRule> kRules = {
    {S::Prepared, S::PendingReturn, T::Manual, {G::HasPeriod}},
    {S::Prepared, S::Signed, T::Manual, {G::HasPeriod, G::SignedDocument, G::SigningDate}},
    {S::Prepared, S::Cancelled, T::Manual, {G::NeverSigned}},
    {S::PendingReturn, S::Prepared, T::Manual, {}},
    {S::PendingReturn, S::Signed, T::Manual, {G::HasPeriod, G::SignedDocument, G::SigningDate}},
    {S::PendingReturn, S::Cancelled, T::Manual, {G::NeverSigned}},
    {S::Signed, S::Expiring, T::Automatic, {G::ByDateOnly}},
    {S::Signed, S::Expired, T::Automatic, {G::ByDateOnly}},
    {S::Signed, S::Renewal, T::Manual, {G::HasPeriod}},
    {S::Signed, S::Terminated, T::Manual, {G::TerminationReason, G::TerminationDate}},
    {S::Signed, S::Cancelled, T::Manual, {G::NeverSigned}},
    {S::Expiring, S::Expired, T::Automatic, {G::ByDateOnly}},
    // An auto-renewing agreement gets its next period at the end and is in force again.
    {S::Expiring, S::Signed, T::Automatic, {G::ByDateOnly}},
    {S::Expiring, S::Renewal, T::Manual, {G::HasPeriod}},
    {S::Expiring, S::Terminated, T::Manual, {G::TerminationReason, G::TerminationDate}},
    {S::Expiring, S::Cancelled, T::Manual, {G::NeverSigned}},
    {S::Renewal, S::Signed, T::Manual, {G::SignedDocument, G::SigningDate, G::NewPeriod}},
    {S::Renewal, S::Terminated, T::Manual, {G::TerminationReason, G::TerminationDate}},
    {S::Renewal, S::Cancelled, T::Manual, {G::NeverSigned}},
};

bool passes(AgreementGuard guard, const AgreementFacts &facts, const AgreementMove &move)
{
    switch (guard) {
    case G::HasPeriod:
        return facts.hasPeriod;
    case G::SignedDocument:
        return facts.hasSignedDocument;
    case G::SigningDate:
    case G::TerminationDate:
        return move.date.isValid();
    case G::TerminationReason:
        return !move.reason.trimmed().isEmpty();
    case G::NeverSigned:
        return !facts.everSigned;
    case G::NewPeriod:
        if (!facts.currentPeriod)
            return false;
        if (move.newPeriod)
            return move.newPeriod->validate().isEmpty() && move.newPeriod->start > facts.currentPeriod->end;
        return true;
    case G::ByDateOnly:
        return false;
    }
    return false;
}

} // namespace

const QList<AgreementTransitionRule> &AgreementWorkflow::rules()
{
    return kRules;
}

std::optional<AgreementTransitionRule> AgreementWorkflow::rule(AgreementStage from, AgreementStage to)
{
    for (const auto &r : kRules) {
        if (r.from == from && r.to == to)
            return r;
    }
    return std::nullopt;
}

QList<AgreementStage> AgreementWorkflow::manualTargets(AgreementStage from)
{
    QList<AgreementStage> out;
    for (const auto &r : kRules) {
        if (r.from == from && r.trigger == T::Manual)
            out.append(r.to);
    }
    return out;
}

bool AgreementWorkflow::isManual(AgreementStage from, AgreementStage to)
{
    const auto r = rule(from, to);
    return r && r->trigger == T::Manual;
}

Status AgreementWorkflow::checkManual(const AgreementFacts &facts, const AgreementMove &move)
{
    const AgreementStage from = facts.agreement.stage;
    const AgreementStage to = move.to;
    if (from == to)
        return Error::validation(QStringLiteral("stage"),
            QCoreApplication::translate("AgreementWorkflow", "The agreement is already in the stage %1.")
                .arg(AgreementStages::label(to)));
    const auto r = rule(from, to);
    if (!r || r->trigger == T::Automatic) {
        // Expiring and Expired follow from the dates wherever the agreement stands.
        if (to == S::Expiring || to == S::Expired)
            return Error::validation(guardName(G::ByDateOnly), guardMessage(G::ByDateOnly, to));
        return Error::validation(QStringLiteral("stage"),
            QCoreApplication::translate("AgreementWorkflow", "An agreement cannot move from %1 to %2.")
                .arg(AgreementStages::label(from), AgreementStages::label(to)));
    }
    for (AgreementGuard g : r->guards) {
        if (!passes(g, facts, move))
            return Error::validation(guardName(g), guardMessage(g, to));
    }
    return {};
}

QString AgreementWorkflow::guardName(AgreementGuard guard)
{
    switch (guard) {
    case G::HasPeriod:
        return QStringLiteral("period");
    case G::SignedDocument:
        return QStringLiteral("signed document");
    case G::SigningDate:
        return QStringLiteral("signing date");
    case G::TerminationReason:
        return QStringLiteral("reason");
    case G::TerminationDate:
        return QStringLiteral("termination date");
    case G::NeverSigned:
        return QStringLiteral("never signed");
    case G::NewPeriod:
        return QStringLiteral("new period");
    case G::ByDateOnly:
        return QStringLiteral("date");
    }
    return {};
}

QString AgreementWorkflow::guardMessage(AgreementGuard guard, AgreementStage to)
{
    const QString stage = AgreementStages::label(to);
    switch (guard) {
    case G::HasPeriod:
        return QCoreApplication::translate("AgreementWorkflow", "%1 needs a contract period.").arg(stage);
    case G::SignedDocument:
        return QCoreApplication::translate(
            "AgreementWorkflow", "%1 needs a signed document version: attach the signed copy first.")
            .arg(stage);
    case G::SigningDate:
        return QCoreApplication::translate("AgreementWorkflow", "%1 needs a signing date.").arg(stage);
    case G::TerminationReason:
        return QCoreApplication::translate("AgreementWorkflow", "%1 needs a reason.").arg(stage);
    case G::TerminationDate:
        return QCoreApplication::translate("AgreementWorkflow", "%1 needs a termination date.").arg(stage);
    case G::NeverSigned:
        return QCoreApplication::translate(
            "AgreementWorkflow", "%1 is only possible for an agreement that was never signed.")
            .arg(stage);
    case G::NewPeriod:
        return QCoreApplication::translate(
            "AgreementWorkflow", "%1 needs a new contract period that starts after the current one ends.")
            .arg(stage);
    case G::ByDateOnly:
        return QCoreApplication::translate("AgreementWorkflow",
            "%1 is entered by the date only (the daily job); it cannot be chosen by hand.")
            .arg(stage);
    }
    return {};
}

} // namespace cd
