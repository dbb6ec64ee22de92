#pragma once

// AgreementWorkflow: the one table of allowed stage changes and the guards each must pass. Stores,
// the daily job, the kanban and the command line all ask it, so a rule lives in exactly one place.

#include "agreement.h"
#include "common/result.h"

#include <QList>

#include <optional>

namespace cd {

// A condition a transition needs; the error of a failed guard names it.
enum class AgreementGuard {
    HasPeriod, // a contract period exists
    SignedDocument, // a signed document version exists (uploaded, or generated and flagged signed)
    SigningDate, // a signing date is given
    TerminationReason, // a reason is given
    TerminationDate, // a termination date is given
    NeverSigned, // the agreement has never been signed
    NewPeriod, // Renewal -> Signed: a new period follows the current one
    ByDateOnly, // the move happens by date in the daily job, never by hand
};

struct AgreementTransitionRule
{
    enum class Trigger { Manual, Automatic };

    AgreementStage from = AgreementStage::Prepared;
    AgreementStage to = AgreementStage::Prepared;
    Trigger trigger = Trigger::Manual;
    QList<AgreementGuard> guards;
};

// What a person supplies with a move (the kanban's dialog, `agreements move` options).
struct AgreementMove
{
    AgreementStage to = AgreementStage::Prepared;
    QString comment;
    QDate date; // signing date (Signed) or termination date (Terminated); required there
    QString reason; // termination reason
    // Renewal -> Signed: the new period; when unset the current period's next() is used.
    std::optional<AgreementPeriod> newPeriod;
};

// Facts about an agreement the guards look at, gathered by the store inside the move's transaction.
struct AgreementFacts
{
    Agreement agreement;
    bool hasPeriod = false;
    bool hasSignedDocument = false;
    bool everSigned = false;
    std::optional<AgreementPeriod> currentPeriod; // the NewPeriod guard starts after it
};

class AgreementWorkflow
{
public:
    // The whole table, including automatic transitions.
    static const QList<AgreementTransitionRule> &rules();
    static std::optional<AgreementTransitionRule> rule(AgreementStage from, AgreementStage to);
    // Stages a person may move an agreement to from `from` (for menus and drop targets).
    static QList<AgreementStage> manualTargets(AgreementStage from);
    static bool isManual(AgreementStage from, AgreementStage to);

    // Ok, or a Validation error naming the failed guard ("Signed needs a signed document version").
    static Status checkManual(const AgreementFacts &facts, const AgreementMove &move);

    static QString guardName(AgreementGuard guard);
    // The message when `guard` fails for a move to `to`.
    static QString guardMessage(AgreementGuard guard, AgreementStage to);
};

} // namespace cd
