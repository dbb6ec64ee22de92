// Every pair of stages against the transition table, and every guard of every manual move.

#include "agreements/agreementworkflow.h"
#include "testmain.h"

#include <QSet>
#include <QTest>

using namespace cd;
using S = AgreementStage;
using G = AgreementGuard;

Q_DECLARE_METATYPE(cd::AgreementGuard)

namespace {

// The moves a person may make, written down from the product description (not read from the table).
const QList<QPair<S, S>> kLegal = {
    {S::Prepared, S::PendingReturn},
    {S::Prepared, S::Signed},
    {S::Prepared, S::Cancelled},
    {S::PendingReturn, S::Prepared},
    {S::PendingReturn, S::Signed},
    {S::PendingReturn, S::Cancelled},
    {S::Signed, S::Renewal},
    {S::Signed, S::Terminated},
    {S::Expiring, S::Renewal},
    {S::Expiring, S::Terminated},
    {S::Renewal, S::Signed},
    {S::Renewal, S::Terminated},
};

// The guards each legal move needs, in the order they are checked.
QList<G> expectedGuards(S from, S to)
{
    if (to == S::PendingReturn)
        return {G::HasPeriod};
    if (to == S::Signed && from == S::Renewal)
        return {G::SignedDocument, G::SigningDate, G::NewPeriod};
    if (to == S::Signed)
        return {G::HasPeriod, G::SignedDocument, G::SigningDate};
    if (to == S::Cancelled)
        return {G::NeverSigned};
    if (to == S::Terminated)
        return {G::TerminationReason, G::TerminationDate};
    if (to == S::Renewal)
        return {G::HasPeriod};
    return {};
}

bool everSignedIn(S stage)
{
    return stage == S::Signed || stage == S::Expiring || stage == S::Renewal || stage == S::Expired
        || stage == S::Terminated;
}

AgreementPeriod period()
{
    AgreementPeriod p;
    p.start = QDate(2025, 1, 1);
    p.end = QDate(2025, 12, 31);
    p.noticeDays = 30;
    return p;
}

// An agreement in `from` where every guard could pass, and a move that supplies everything.
AgreementFacts facts(S from)
{
    AgreementFacts f;
    f.agreement.stage = from;
    f.hasPeriod = true;
    f.currentPeriod = period();
    f.hasSignedDocument = true;
    f.everSigned = everSignedIn(from);
    return f;
}

AgreementMove fullMove(S to)
{
    AgreementMove m;
    m.to = to;
    m.date = QDate(2025, 6, 1);
    m.reason = QStringLiteral("Partner ceased trading");
    return m;
}

// Takes away exactly what `guard` needs.
void breakGuard(G guard, AgreementFacts &f, AgreementMove &m)
{
    switch (guard) {
    case G::HasPeriod:
        f.hasPeriod = false;
        f.currentPeriod.reset();
        break;
    case G::SignedDocument:
        f.hasSignedDocument = false;
        break;
    case G::SigningDate:
    case G::TerminationDate:
        m.date = {};
        break;
    case G::TerminationReason:
        m.reason = QStringLiteral("   ");
        break;
    case G::NeverSigned:
        f.everSigned = true;
        break;
    case G::NewPeriod: {
        AgreementPeriod overlapping = period();
        overlapping.start = QDate(2025, 12, 1); // starts before the current one ends
        overlapping.end = QDate(2026, 11, 30);
        m.newPeriod = overlapping;
        break;
    }
    case G::ByDateOnly:
        break;
    }
}

// Words each guard's message must contain, so a person knows what to fix.
QString guardWords(G guard)
{
    switch (guard) {
    case G::HasPeriod:
        return QStringLiteral("contract period");
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
        return QStringLiteral("new contract period");
    case G::ByDateOnly:
        return QStringLiteral("by the date only");
    }
    return {};
}

} // namespace

class TestAgreementWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void everyPair_data();
    void everyPair();
    void guardsOfEachMove_data();
    void guardsOfEachMove();
    void eachGuardRefuses_data();
    void eachGuardRefuses();
    void renewalAcceptsFollowingPeriod();
    void manualTargetsAreTheLegalMoves_data();
    void manualTargetsAreTheLegalMoves();
};

void TestAgreementWorkflow::everyPair_data()
{
    QTest::addColumn<S>("from");
    QTest::addColumn<S>("to");
    QTest::addColumn<bool>("legal");
    QTest::addColumn<QString>("field"); // the refusing guard's name when not legal
    for (S from : AgreementStages::all()) {
        for (S to : AgreementStages::all()) {
            const bool legal = kLegal.contains({from, to});
            QString field;
            if (!legal) {
                if (from == to)
                    field = QStringLiteral("stage");
                else if (to == S::Expiring || to == S::Expired)
                    field = QStringLiteral("date");
                else if (to == S::Cancelled
                    && (from == S::Signed || from == S::Expiring || from == S::Renewal))
                    field = QStringLiteral("never signed");
                else
                    field = QStringLiteral("stage");
            }
            QTest::addRow(
                "%s -> %s", qPrintable(AgreementStages::key(from)), qPrintable(AgreementStages::key(to)))
                << from << to << legal << field;
        }
    }
}

void TestAgreementWorkflow::everyPair()
{
    QFETCH(S, from);
    QFETCH(S, to);
    QFETCH(bool, legal);
    QFETCH(QString, field);
    const Status s = AgreementWorkflow::checkManual(facts(from), fullMove(to));
    QCOMPARE(s.ok(), legal);
    QCOMPARE(AgreementWorkflow::isManual(from, to), legal || field == QLatin1String("never signed"));
    if (!legal) {
        QCOMPARE(s.error().code, Error::Code::Validation);
        QCOMPARE(s.error().field, field);
        QVERIFY(!s.error().message.isEmpty());
        if (field == QLatin1String("date"))
            QVERIFY2(
                s.error().message.contains(QLatin1String("by the date only")), qPrintable(s.error().message));
        if (field == QLatin1String("stage") && from != to)
            QVERIFY2(s.error().message.contains(AgreementStages::label(from))
                    && s.error().message.contains(AgreementStages::label(to)),
                qPrintable(s.error().message));
    }
}

void TestAgreementWorkflow::guardsOfEachMove_data()
{
    QTest::addColumn<S>("from");
    QTest::addColumn<S>("to");
    for (const auto &[from, to] : kLegal)
        QTest::addRow(
            "%s -> %s", qPrintable(AgreementStages::key(from)), qPrintable(AgreementStages::key(to)))
            << from << to;
}

void TestAgreementWorkflow::guardsOfEachMove()
{
    QFETCH(S, from);
    QFETCH(S, to);
    const auto rule = AgreementWorkflow::rule(from, to);
    QVERIFY(rule);
    QCOMPARE(rule->trigger, AgreementTransitionRule::Trigger::Manual);
    QCOMPARE(rule->guards, expectedGuards(from, to));
}

void TestAgreementWorkflow::eachGuardRefuses_data()
{
    QTest::addColumn<S>("from");
    QTest::addColumn<S>("to");
    QTest::addColumn<G>("guard");
    for (const auto &[from, to] : kLegal) {
        for (G g : expectedGuards(from, to)) {
            // Breaking "never signed" means the agreement was signed; only where that is possible.
            QTest::addRow("%s -> %s without %s", qPrintable(AgreementStages::key(from)),
                qPrintable(AgreementStages::key(to)), qPrintable(AgreementWorkflow::guardName(g)))
                << from << to << g;
        }
    }
}

void TestAgreementWorkflow::eachGuardRefuses()
{
    QFETCH(S, from);
    QFETCH(S, to);
    QFETCH(G, guard);
    AgreementFacts f = facts(from);
    AgreementMove m = fullMove(to);
    QVERIFY(AgreementWorkflow::checkManual(f, m).ok());
    breakGuard(guard, f, m);
    const Status s = AgreementWorkflow::checkManual(f, m);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().field, AgreementWorkflow::guardName(guard));
    QVERIFY2(s.error().message.contains(guardWords(guard)), qPrintable(s.error().message));
    QVERIFY2(s.error().message.contains(AgreementStages::label(to)), qPrintable(s.error().message));
}

void TestAgreementWorkflow::renewalAcceptsFollowingPeriod()
{
    AgreementFacts f = facts(S::Renewal);
    AgreementMove m = fullMove(S::Signed);
    AgreementPeriod next = f.currentPeriod->next();
    m.newPeriod = next;
    QVERIFY(AgreementWorkflow::checkManual(f, m).ok());
    next.end = next.start.addDays(-1); // ends before it starts
    m.newPeriod = next;
    QCOMPARE(AgreementWorkflow::checkManual(f, m).error().field, QStringLiteral("new period"));
}

void TestAgreementWorkflow::manualTargetsAreTheLegalMoves_data()
{
    QTest::addColumn<S>("from");
    for (S s : AgreementStages::all())
        QTest::addRow("%s", qPrintable(AgreementStages::key(s))) << s;
}

void TestAgreementWorkflow::manualTargetsAreTheLegalMoves()
{
    QFETCH(S, from);
    QSet<S> expected;
    for (const auto &[f, t] : kLegal) {
        if (f == from)
            expected.insert(t);
    }
    QSet<S> targets;
    for (S t : AgreementWorkflow::manualTargets(from)) {
        if (AgreementWorkflow::checkManual(facts(from), fullMove(t)).ok())
            targets.insert(t);
    }
    QCOMPARE(targets, expected);
}

CHANNELDESK_TEST_GUILESS_MAIN(TestAgreementWorkflow)
#include "tst_agreementworkflow.moc"
