#include "commissions/settlement.h"
#include "commissionscript.h"
#include "testmain.h"

#include <QRegularExpression>
#include <QTest>

#include <thread>

using namespace cd;
using namespace cd::test;

class TestSettlement : public QObject
{
    Q_OBJECT
private slots:
    void previewEqualsSettle_data();
    void previewEqualsSettle();
    void settlingTwiceChangesNothing();
    void onePartnersPreviewIsItsPartOfTheWhole_data();
    void onePartnersPreviewIsItsPartOfTheWhole();
    void negativeTotalsAreCarriedForward();
    void lateDocumentsBecomeAdjustments();
    void periodsSettleInOrder();
    void approvedStatementsAreFrozen();
    void approveRefusesWhatIsNotDraft();
    void twoClerksSettleTheSamePeriod();
    void undatedRulesStartWithTheFirstOpenPeriod();
    void whatWaits_data();
    void whatWaits();
    void readsUseTheirIndexes_data();
    void readsUseTheirIndexes();

private:
    static CommissionPeriod period(const char *key)
    {
        return CommissionPeriod::parse(QLatin1String(key)).value();
    }
    static QString totals(const SettlementRun &run);
    static QString lines(const SettlementRun &run);
};

QString TestSettlement::totals(const SettlementRun &run)
{
    QStringList out;
    for (const CommissionStatement &s : run.statements)
        out << QStringLiteral("%1 %2 %3/%4/%5/%6")
                   .arg(s.partnerCode, s.currency, Money(s.linesMinor, s.currency).toString(),
                       Money(s.carriedInMinor, s.currency).toString(),
                       Money(s.payableMinor, s.currency).toString(),
                       Money(s.carriedOutMinor, s.currency).toString());
    return out.join(QStringLiteral("; "));
}

QString TestSettlement::lines(const SettlementRun &run)
{
    QStringList out;
    for (const CommissionLine &l : run.lines)
        out << QStringLiteral("%1 %2 %3 %4 %5%6")
                   .arg(run.partnerCodes.value(l.partnerId), l.documentNumber,
                       CommissionLine::roleKey(l.role), Money(l.amountMinor, l.currency).toString(),
                       run.explain(l),
                       l.adjustment ? QStringLiteral(" (adjusts %1)").arg(l.period) : QString());
    out.sort();
    return out.join(QLatin1Char('\n'));
}

void TestSettlement::previewEqualsSettle_data()
{
    QTest::addColumn<QString>("script");
    QTest::newRow("rates, splits and a credit") << QStringLiteral(
        "partner A rate=10\npartner B rate=5\ncustomer C1 partner=A\ncustomer C2 partner=B\n"
        "split C1 A:70 B:30 from=2026-01-01\n"
        "sale INV-1 invoice 2026-11-03 C1 1234.56 EUR\nsale INV-2 invoice 2026-11-04 C2 99.99 EUR\n"
        "sale INV-3 invoice 2026-11-05 C2 500.00 USD\nsale CN-1 credit 2026-11-06 C2 50.00 EUR");
    QTest::newRow("tiers, cascade, distributor") << QStringLiteral(
        "partner C\npartner B parent=C\npartner D kind=distributor\ncustomer C1 partner=B\n"
        "plan T tiers=0:3,500:6 mode=marginal cascade=1.5 dshare=25\nassign T partner=B from=2026-01-01\n"
        "sale INV-1 invoice 2026-11-03 C1 400.00 EUR dist=D\n"
        "sale INV-2 invoice 2026-11-09 C1 333.33 EUR dist=D");
}

void TestSettlement::previewEqualsSettle()
{
    QFETCH(QString, script);
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(script));
    Settlement settlement(t.db);
    auto preview = settlement.preview(period("2026-11"));
    QVERIFY2(preview, qPrintable(preview.error().toString()));
    QVERIFY(!preview->statements.isEmpty());
    auto settled = settlement.settle(period("2026-11"));
    QVERIFY2(settled, qPrintable(settled.error().toString()));
    QVERIFY(!settled->alreadySettled);
    auto stored = settlement.stored(period("2026-11"));
    QVERIFY(stored);
    QCOMPARE(totals(stored.value()), totals(preview.value()));
    QCOMPARE(lines(stored.value()), lines(preview.value()));
    QCOMPARE(totals(settled.value()), totals(preview.value()));
    for (const CommissionStatement &st : stored->statements)
        QCOMPARE(st.status, StatementStatus::Draft);
}

void TestSettlement::onePartnersPreviewIsItsPartOfTheWhole_data()
{
    QTest::addColumn<QString>("script");
    previewEqualsSettle_data();
    QTest::newRow("cascade through a moved partner, links, on payment, margin, deals") << QStringLiteral(
        "partner G rate=1\npartner E parent=G rate=2\npartner F rate=2\npartner A parent=E rate=8\n"
        "partner B parent=A rate=6\npartner D kind=distributor\npartner M margin\npartner S rate=4\n"
        "customer C1 partner=A\ncustomer C2 partner=B\ncustomer C3 partner=M\ncustomer C4 partner=S\n"
        "plan K fixed=5 cascade=2,1 dshare=20 deals\nplan T tiers=0:3,1000:6 mode=whole on=payment\n"
        "assign K partner=A from=2026-01-01\nassign K partner=B from=2026-01-01\n"
        "assign T partner=S from=2026-01-01\nlink D S share=20\nsplit C4 S:60 F:40 from=2026-01-01\n"
        "move A parent=F on=2026-11-15\n"
        "sale INV-1 invoice 2026-11-03 C1 1000.00 EUR dist=D\n"
        "sale INV-2 invoice 2026-11-20 C1 500.00 EUR\n"
        "sale INV-3 invoice 2026-11-04 C2 800.00 EUR dist=D paid=2026-11-10\n"
        "sale INV-4 invoice 2026-10-28 C4 900.00 EUR paid=2026-11-12 dist=D\n"
        "sale INV-5 invoice 2026-11-06 C4 1200.00 EUR paid=2026-11-25\n"
        "sale INV-6 invoice 2026-11-07 C3 300.00 EUR cost=200\n"
        "sale CN-1 credit 2026-11-21 C1 100.00 EUR invoice=INV-1\n"
        "sale INV-7 invoice 2026-11-08 C2 250.00 USD\n"
        "deal B 2000.00 EUR won=2026-11-18");
}

// One partner's preview of an open month is read from the documents that can make its lines:
// for every partner, its statements and lines are those of the whole run.
void TestSettlement::onePartnersPreviewIsItsPartOfTheWhole()
{
    QFETCH(QString, script);
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(script));
    Settlement settlement(t.db);
    auto whole = settlement.preview(period("2026-11"));
    QVERIFY2(whole, qPrintable(whole.error().toString()));
    QSet<qint64> partners;
    for (const CommissionLine &l : whole->lines)
        partners.insert(l.partnerId);
    QVERIFY(partners.size() >= 2);
    for (qint64 partner : std::as_const(partners)) {
        SettlementRun part = whole.value();
        part.statements.erase(
            std::remove_if(part.statements.begin(), part.statements.end(),
                [partner](const CommissionStatement &st) { return st.partnerId != partner; }),
            part.statements.end());
        part.lines.erase(std::remove_if(part.lines.begin(), part.lines.end(),
                             [partner](const CommissionLine &l) { return l.partnerId != partner; }),
            part.lines.end());
        auto one = settlement.preview(period("2026-11"), partner);
        QVERIFY2(one, qPrintable(one.error().toString()));
        const QString who = whole->partnerCodes.value(partner);
        QVERIFY2(totals(one.value()) == totals(part),
            qPrintable(who + QStringLiteral(": ") + totals(one.value())));
        QVERIFY2(
            lines(one.value()) == lines(part), qPrintable(who + QStringLiteral(":\n") + lines(one.value())));
    }
}

void TestSettlement::settlingTwiceChangesNothing()
{
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QStringLiteral(
        "partner A rate=10\ncustomer C1 partner=A\nsale INV-1 invoice 2026-11-03 C1 100.00 EUR")));
    Settlement settlement(t.db);
    QVERIFY(settlement.settle(period("2026-11")));
    const auto count = [&](const char *table) {
        return sql::scalar(t.db.sql(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
            ->toInt();
    };
    const int statements = count("commission_statements");
    const int lineRows = count("commission_lines");
    const int events = count("timeline");
    QVERIFY(s.run(QStringLiteral("sale INV-2 invoice 2026-11-04 C1 100.00 EUR")));
    auto again = settlement.settle(period("2026-11"));
    QVERIFY(again);
    QVERIFY(again->alreadySettled);
    QCOMPARE(count("commission_statements"), statements);
    QCOMPARE(count("commission_lines"), lineRows);
    QCOMPARE(count("timeline"), events);
    QCOMPARE(totals(again.value()), QStringLiteral("A EUR 10.00/0.00/10.00/0.00"));
}

void TestSettlement::negativeTotalsAreCarriedForward()
{
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QStringLiteral("partner A rate=10\ncustomer C1 partner=A\n"
                                 "sale INV-0 invoice 2026-09-10 C1 2000.00 EUR\n"
                                 "sale CN-1 credit 2026-10-05 C1 1500.00 EUR invoice=INV-0\n"
                                 "sale INV-1 invoice 2026-11-03 C1 1000.00 EUR\n"
                                 "sale INV-2 invoice 2026-12-03 C1 1000.00 EUR")));
    Settlement settlement(t.db);
    auto oct = settlement.settle(period("2026-10"));
    QVERIFY(oct);
    QCOMPARE(totals(oct.value()), QStringLiteral("A EUR -150.00/0.00/0.00/-150.00"));
    auto nov = settlement.settle(period("2026-11"));
    QVERIFY(nov);
    QCOMPARE(totals(nov.value()), QStringLiteral("A EUR 100.00/-150.00/0.00/-50.00"));
    auto dec = settlement.settle(period("2026-12"));
    QVERIFY(dec);
    QCOMPARE(totals(dec.value()), QStringLiteral("A EUR 100.00/-50.00/50.00/0.00"));
}

void TestSettlement::lateDocumentsBecomeAdjustments()
{
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QStringLiteral("partner A rate=10\ncustomer C1 partner=A\n"
                                 "sale INV-1 invoice 2026-11-03 C1 1000.00 EUR")));
    Settlement settlement(t.db);
    QVERIFY(settlement.settle(period("2026-11")));
    // Later: an invoice dated in November arrives, and INV-1 is corrected upwards.
    Clock::setFixed(QDateTime::currentDateTimeUtc().addSecs(5));
    QVERIFY(s.run(QStringLiteral("sale INV-9 invoice 2026-11-20 C1 500.00 EUR\n"
                                 "sale INV-1 invoice 2026-11-03 C1 1200.00 EUR\n"
                                 "sale INV-2 invoice 2026-12-01 C1 100.00 EUR")));
    Clock::reset();
    auto stillNov = settlement.stored(period("2026-11"));
    QVERIFY(stillNov);
    QCOMPARE(totals(stillNov.value()), QStringLiteral("A EUR 100.00/0.00/100.00/0.00"));
    auto dec = settlement.preview(period("2026-12"));
    QVERIFY(dec);
    QCOMPARE(totals(dec.value()), QStringLiteral("A EUR 80.00/0.00/80.00/0.00"));
    const QString text = lines(dec.value());
    QVERIFY2(text.contains(QStringLiteral("A INV-9 direct 50.00"))
            && text.contains(QStringLiteral("(adjusts 2026-11)")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("A INV-1 direct 20.00")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("adjusts period 2026-11, where 100.00 EUR was settled")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("A INV-2 direct 10.00")), qPrintable(text));
    auto settled = settlement.settle(period("2026-12"));
    QVERIFY(settled);
    QCOMPARE(totals(settled.value()), totals(dec.value()));
    // Once settled, nothing is adjusted twice.
    auto jan = settlement.preview(period("2027-01"));
    QVERIFY(jan);
    QCOMPARE(jan->statements.size(), 0);
}

void TestSettlement::periodsSettleInOrder()
{
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QStringLiteral(
        "partner A rate=10\ncustomer C1 partner=A\nsale INV-1 invoice 2026-11-03 C1 1000.00 EUR")));
    Settlement settlement(t.db);
    QVERIFY(settlement.settle(period("2026-11")));
    auto before = settlement.settle(period("2026-10"));
    QVERIFY(!before);
    QVERIFY2(before.error().message.contains(QStringLiteral("2026-12")), qPrintable(before.error().message));
    auto skipped = settlement.settle(period("2027-01"));
    QVERIFY(!skipped);
    QVERIFY2(skipped.error().message.contains(QStringLiteral("settle 2026-12 before 2027-01")),
        qPrintable(skipped.error().message));
    QVERIFY(settlement.settle(period("2026-12")));
    QVERIFY(settlement.settle(period("2027-01")));
}

void TestSettlement::approvedStatementsAreFrozen()
{
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QStringLiteral(
        "partner A rate=10\ncustomer C1 partner=A\nsale INV-1 invoice 2026-11-03 C1 1000.00 EUR")));
    Settlement settlement(t.db);
    QVERIFY(settlement.settle(period("2026-11")));
    // A draft may still change (it is a draft); an approved one may not.
    QVERIFY(sql::run(t.db.sql(), QStringLiteral("UPDATE commission_statements SET line_count = line_count")));
    auto approved = settlement.approve(period("2026-11"));
    QVERIFY(approved);
    QCOMPARE(approved.value(), 1);
    for (const char *statement : {"UPDATE commission_statements SET total_minor = 1",
             "UPDATE commission_statements SET status = 'draft'", "DELETE FROM commission_statements",
             "UPDATE commission_lines SET amount_minor = 1", "DELETE FROM commission_lines",
             "INSERT INTO commission_lines (statement_id, source, source_id, partner_id, role, line_period, "
             "line_date, "
             "base_minor, rule, rate, amount_minor, currency) SELECT id, 'sale', 1, partner_id, 'direct', "
             "period, "
             "'2026-11-01', 0, 'default', '0', 5, 'EUR' FROM commission_statements"}) {
        Status st = sql::run(t.db.sql(), QLatin1String(statement));
        QVERIFY2(!st, statement);
        QVERIFY2(st.error().message.contains(QStringLiteral("approved statement")),
            qPrintable(st.error().message));
    }
    // The one step left: paid, with the amounts as they are.
    QVERIFY(sql::run(t.db.sql(), QStringLiteral("UPDATE commission_statements SET status = 'paid'")));
    auto events = sql::scalar(t.db.sql(),
        QStringLiteral(
            "SELECT count(*) FROM timeline WHERE action IN ('statement-settled', 'statement-approved')"));
    QCOMPARE(events->toInt(), 2);
}

void TestSettlement::approveRefusesWhatIsNotDraft()
{
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QStringLiteral(
        "partner A rate=10\ncustomer C1 partner=A\nsale INV-1 invoice 2026-11-03 C1 1000.00 EUR")));
    Settlement settlement(t.db);
    auto nothing = settlement.approve(period("2026-11"));
    QVERIFY(!nothing);
    QCOMPARE(nothing.error().code, Error::Code::NotFound);
    QVERIFY(settlement.settle(period("2026-11")));
    QVERIFY(settlement.approve(period("2026-11")));
    auto twice = settlement.approve(period("2026-11"));
    QVERIFY(!twice);
    QVERIFY(twice.error().message.contains(QStringLiteral("already approved")));
    QVERIFY(sql::run(t.db.sql(), QStringLiteral("UPDATE commission_statements SET status = 'paid'")));
    auto paid = settlement.approve(period("2026-11"));
    QVERIFY(!paid);
    QVERIFY(paid.error().message.contains(QStringLiteral("already paid")));
}

void TestSettlement::twoClerksSettleTheSamePeriod()
{
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QStringLiteral(
        "partner A rate=10\npartner B rate=5\ncustomer C1 partner=A\ncustomer C2 partner=B\n"
        "sale INV-1 invoice 2026-11-03 C1 1000.00 EUR\nsale INV-2 invoice 2026-11-03 C2 1000.00 EUR")));
    const QString path = t.path();
    std::atomic_int ok {0};
    std::atomic_int already {0};
    const auto clerk = [&](const QString &login) {
        DatabaseOptions o;
        o.path = path;
        o.userLogin = login;
        auto db = Database::open(o);
        if (!db)
            return;
        auto run = Settlement(db.value()).settle(CommissionPeriod::parse(QStringLiteral("2026-11")).value());
        if (run) {
            ++ok;
            if (run->alreadySettled)
                ++already;
        }
    };
    std::thread first(clerk, QStringLiteral("anna"));
    std::thread second(clerk, QStringLiteral("ben"));
    first.join();
    second.join();
    QCOMPARE(ok.load(), 2);
    QCOMPARE(already.load(), 1);
    QCOMPARE(
        sql::scalar(t.db.sql(), QStringLiteral("SELECT count(*) FROM commission_statements"))->toInt(), 2);
    QCOMPARE(sql::scalar(t.db.sql(), QStringLiteral("SELECT count(*) FROM commission_periods"))->toInt(), 1);
}

void TestSettlement::undatedRulesStartWithTheFirstOpenPeriod()
{
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QStringLiteral(
        "partner A rate=10\ncustomer C1 partner=A\nsale INV-1 invoice 2026-11-03 C1 1000.00 EUR")));
    Settlement settlement(t.db);
    QVERIFY(settlement.settle(period("2026-11")));
    // An override without a date starts in December: November's statement and lines stay.
    QVERIFY(s.run(QStringLiteral("override C1 A 20\nsale INV-2 invoice 2026-12-03 C1 1000.00 EUR")));
    auto from = sql::scalar(t.db.sql(), QStringLiteral("SELECT valid_from FROM commission_overrides"));
    QCOMPARE(from->toString(), QStringLiteral("2026-12-01"));
    auto dec = settlement.preview(period("2026-12"));
    QVERIFY(dec);
    QCOMPARE(totals(dec.value()), QStringLiteral("A EUR 200.00/0.00/200.00/0.00"));
}

// What the start page counts: ended periods not settled yet, drafts to approve, approved
// statements to pay, and the oldest period with each.
void TestSettlement::whatWaits_data()
{
    QTest::addColumn<QStringList>("settle");
    QTest::addColumn<QStringList>("approve");
    QTest::addColumn<QString>("toSettle");
    QTest::addColumn<qint64>("drafts");
    QTest::addColumn<QString>("oldestDraft");
    QTest::addColumn<qint64>("approved");
    QTest::addColumn<QString>("oldestApproved");
    // Sales from September; "today" is 2026-12-03, so September to November have ended.
    QTest::newRow("nothing settled") << QStringList() << QStringList()
                                     << QStringLiteral("2026-09 2026-10 2026-11") << qint64(0) << QString()
                                     << qint64(0) << QString();
    QTest::newRow("two settled") << QStringList {QStringLiteral("2026-09"), QStringLiteral("2026-10")}
                                 << QStringList() << QStringLiteral("2026-11") << qint64(3)
                                 << QStringLiteral("2026-09") << qint64(0) << QString();
    QTest::newRow("one approved") << QStringList {QStringLiteral("2026-09"), QStringLiteral("2026-10")}
                                  << QStringList {QStringLiteral("2026-09")} << QStringLiteral("2026-11")
                                  << qint64(1) << QStringLiteral("2026-10") << qint64(2)
                                  << QStringLiteral("2026-09");
    QTest::newRow("all settled") << QStringList {QStringLiteral("2026-09"), QStringLiteral("2026-10"),
        QStringLiteral("2026-11")}
                                 << QStringList() << QString() << qint64(4) << QStringLiteral("2026-09")
                                 << qint64(0) << QString();
}

void TestSettlement::whatWaits()
{
    QFETCH(QStringList, settle);
    QFETCH(QStringList, approve);
    QFETCH(QString, toSettle);
    QFETCH(qint64, drafts);
    QFETCH(QString, oldestDraft);
    QFETCH(qint64, approved);
    QFETCH(QString, oldestApproved);
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QStringLiteral("partner A rate=10\npartner B rate=5\ncustomer C1 partner=A\n"
                                 "customer C2 partner=B\n"
                                 "sale INV-1 invoice 2026-09-03 C1 1000.00 EUR\n"
                                 "sale INV-2 invoice 2026-09-20 C2 500.00 EUR\n"
                                 "sale INV-3 invoice 2026-10-03 C1 200.00 EUR\n"
                                 "sale INV-4 invoice 2026-11-03 C2 300.00 EUR")));
    Settlement settlement(t.db);
    for (const QString &p : settle)
        QVERIFY(settlement.settle(CommissionPeriod::parse(p).value()));
    for (const QString &p : approve)
        QVERIFY(settlement.approve(CommissionPeriod::parse(p).value()));
    auto periods = settlement.periodsToSettle(QDate(2026, 12, 3));
    QVERIFY(periods);
    QStringList keys;
    for (const CommissionPeriod &p : periods.value())
        keys << p.key;
    QCOMPARE(keys.join(QLatin1Char(' ')), toSettle);
    QCOMPARE(settlement.statementCount(StatementStatus::Draft).value(), drafts);
    QCOMPARE(settlement.oldestPeriodWith(StatementStatus::Draft).value(), oldestDraft);
    QCOMPARE(settlement.statementCount(StatementStatus::Approved).value(), approved);
    QCOMPARE(settlement.oldestPeriodWith(StatementStatus::Approved).value(), oldestApproved);
}

// The reads that grow with every settled period go through their own indexes, never a scan of all
// statements.
void TestSettlement::readsUseTheirIndexes_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("index");
    QTest::newRow("carries") << Settlement::carriesQuery() << QStringLiteral("commission_statements_carried");
    QTest::newRow("statements to approve")
        << QStringLiteral("SELECT count(*) FROM commission_statements WHERE status = 'draft'")
        << QStringLiteral("commission_statements_status");
}

void TestSettlement::readsUseTheirIndexes()
{
    QFETCH(QString, query);
    QFETCH(QString, index);
    test::TempDatabase t;
    auto q = sql::exec(t.db.sql(), QStringLiteral("EXPLAIN QUERY PLAN ") + query);
    QVERIFY(q);
    QString plan;
    while (q.value().next())
        plan += q.value().value(3).toString() + QLatin1Char('\n');
    QVERIFY2(plan.contains(index), qPrintable(plan));
    QVERIFY2(!plan.contains(QRegularExpression(QStringLiteral("SCAN \\w+\n"))), qPrintable(plan));
}

CHANNELDESK_TEST_GUILESS_MAIN(TestSettlement)
#include "tst_settlement.moc"
