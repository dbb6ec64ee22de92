#include "../leads/leadfixture.h"
#include "reports/leadreports.h"
#include "testmain.h"

#include <QBuffer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <tuple>

using namespace cd;
using namespace cd::test;

// The reports against counts done by hand in C++ over every raw row of a random network.
class TestLeadReports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void reportsMatchBruteForce_data();
    void reportsMatchBruteForce();
    void ratioIsExact_data();
    void ratioIsExact();
    void tablesExport();

private:
    struct RawLead
    {
        qint64 id, distributor, partner;
        QString created, status, kind;
        bool assigned, accepted, declined;
        QString dealOutcome, dealCurrency, dealClosed;
        qint64 dealValue, dealPartnerLevel, dealPartnerArea;
        QString dealPartnerKind;
    };
    QList<RawLead> raw() const;
    static bool inRange(const QString &isoTime, const QDate &from, const QDate &to)
    {
        const QDate d = QDate::fromString(isoTime.left(10), Qt::ISODate);
        return (!from.isValid() || d >= from) && (!to.isValid() || d <= to);
    }

    TempDatabase m_db;
    QList<qint64> m_distributors;
};

void TestLeadReports::initTestCase()
{
    const Database &db = m_db.db;
    QRandomGenerator random(4242);
    const qint64 north = addArea(db, QStringLiteral("North"));
    const qint64 south = addArea(db, QStringLiteral("South"));
    const QStringList levels {
        QStringLiteral("Gold"), QStringLiteral("Silver"), QStringLiteral("Bronze"), QString()};
    for (int d = 0; d < 3; ++d) {
        PartnerSpec s;
        s.kind = QStringLiteral("distributor");
        m_distributors << addPartner(db, QStringLiteral("Distributor %1").arg(d), s);
    }
    QList<qint64> resellers;
    for (int r = 0; r < 8; ++r) {
        PartnerSpec s;
        s.kind = r % 3 == 0 ? QStringLiteral("dealer") : QStringLiteral("reseller");
        s.areaId = r % 3 == 0 ? 0 : (r % 2 ? north : south);
        s.level = levels[r % 4];
        resellers << addPartner(db, QStringLiteral("Reseller %1").arg(r), s);
    }
    const QStringList statuses {QStringLiteral("new"), QStringLiteral("assigned"), QStringLiteral("accepted"),
        QStringLiteral("declined"), QStringLiteral("converted"), QStringLiteral("lost")};
    QVERIFY(sql::run(db.sql(), QStringLiteral("BEGIN")).ok());
    for (int i = 0; i < 600; ++i) {
        const QString status = statuses[int(random.bounded(6))];
        const QDate day = QDate(2026, 1, 1).addDays(random.bounded(180));
        const QString created = day.toString(Qt::ISODate) + QStringLiteral("T12:00:00.000Z");
        const bool hasPartner = status != QLatin1String("new") && status != QLatin1String("declined")
            && !(status == QLatin1String("lost") && random.bounded(2));
        const qint64 partner = hasPartner ? resellers[int(random.bounded(resellers.size()))] : 0;
        const qint64 distributor
            = hasPartner && random.bounded(3) ? m_distributors[int(random.bounded(3))] : 0;
        const bool assigned = hasPartner || status == QLatin1String("declined");
        const bool accepted = status == QLatin1String("accepted")
            || (status == QLatin1String("converted") && random.bounded(2));
        const QVariant nullText(QMetaType::fromType<QString>());
        auto q = sql::exec(db.sql(),
            QStringLiteral(
                "INSERT INTO leads (company, status, assigned_partner_id, submitted_by_distributor_id, "
                "created_at, assigned_at, accepted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {QStringLiteral("Lead %1").arg(i), status, sql::nullIfZero(partner), sql::nullIfZero(distributor),
                created, assigned ? QVariant(created) : nullText, accepted ? QVariant(created) : nullText,
                created});
        QVERIFY2(q, qPrintable(q.error().toString()));
        const qint64 leadId = q->lastInsertId().toLongLong();
        if (status == QLatin1String("declined") || random.bounded(10) == 0)
            QVERIFY(sql::run(db.sql(),
                QStringLiteral("INSERT INTO lead_declines (lead_id, partner_id, at) VALUES (?, ?, ?)"),
                {leadId, resellers[int(random.bounded(resellers.size()))], created})
                        .ok());
        if (status == QLatin1String("converted")) {
            const QStringList outcomes {
                QStringLiteral("open"), QStringLiteral("won"), QStringLiteral("lost")};
            const QString outcome = outcomes[int(random.bounded(3))];
            const QString closed
                = day.addDays(random.bounded(60)).toString(Qt::ISODate) + QStringLiteral("T15:00:00.000Z");
            QVERIFY(sql::run(db.sql(),
                QStringLiteral(
                    "INSERT INTO deals (lead_id, partner_id, distributor_id, stage_id, value_minor, "
                    "currency, outcome, created_at, closed_at, updated_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?, "
                    "?, ?)"),
                {leadId, partner, sql::nullIfZero(distributor), qint64(random.bounded(1000000)),
                    random.bounded(4) ? QStringLiteral("EUR") : QStringLiteral("USD"), outcome, created,
                    outcome == QLatin1String("open") ? nullText : QVariant(closed), created})
                        .ok());
        }
    }
    QVERIFY(sql::run(db.sql(), QStringLiteral("COMMIT")).ok());
}

QList<TestLeadReports::RawLead> TestLeadReports::raw() const
{
    auto q = sql::exec(m_db.db.sql(),
        QStringLiteral(
            "SELECT l.id, coalesce(l.submitted_by_distributor_id, 0), coalesce(l.assigned_partner_id, 0), "
            "l.created_at, l.status, coalesce(p.kind, ''), l.assigned_at IS NOT NULL, "
            "l.accepted_at IS NOT NULL, (SELECT count(*) FROM lead_declines x WHERE x.lead_id = l.id) > 0, "
            "coalesce(d.outcome, ''), coalesce(d.currency, ''), coalesce(d.closed_at, ''), "
            "coalesce(d.value_minor, 0), coalesce(dp.level_id, 0), coalesce(dp.area_id, 0), "
            "coalesce(dp.kind, '') FROM leads l LEFT JOIN partners p ON p.id = l.assigned_partner_id "
            "LEFT JOIN deals d ON d.lead_id = l.id LEFT JOIN partners dp ON dp.id = d.partner_id"));
    QList<RawLead> rows;
    if (!q)
        return rows;
    while (q.value().next()) {
        int i = 0;
        RawLead r;
        r.id = q->value(i++).toLongLong();
        r.distributor = q->value(i++).toLongLong();
        r.partner = q->value(i++).toLongLong();
        r.created = q->value(i++).toString();
        r.status = q->value(i++).toString();
        r.kind = q->value(i++).toString();
        r.assigned = q->value(i++).toBool();
        r.accepted = q->value(i++).toBool();
        r.declined = q->value(i++).toBool();
        r.dealOutcome = q->value(i++).toString();
        r.dealCurrency = q->value(i++).toString();
        r.dealClosed = q->value(i++).toString();
        r.dealValue = q->value(i++).toLongLong();
        r.dealPartnerLevel = q->value(i++).toLongLong();
        r.dealPartnerArea = q->value(i++).toLongLong();
        r.dealPartnerKind = q->value(i++).toString();
        rows.append(r);
    }
    return rows;
}

void TestLeadReports::reportsMatchBruteForce_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("distributor"); // index into m_distributors, -1 = all
    QTest::addColumn<QString>("segment");
    QTest::addColumn<QString>("status");
    QTest::newRow("everything") << QDate() << QDate() << -1 << ""
                                << "";
    QTest::newRow("first quarter") << QDate(2026, 1, 1) << QDate(2026, 3, 31) << -1 << ""
                                   << "";
    QTest::newRow("one day") << QDate(2026, 2, 14) << QDate(2026, 2, 14) << -1 << ""
                             << "";
    QTest::newRow("one distributor") << QDate() << QDate() << 1 << ""
                                     << "";
    QTest::newRow("dealers only") << QDate() << QDate() << -1 << "dealer"
                                  << "";
    QTest::newRow("converted, resellers, spring")
        << QDate(2026, 3, 1) << QDate(2026, 5, 31) << -1 << "reseller"
        << "converted";
    QTest::newRow("lost of distributor 0") << QDate() << QDate() << 0 << ""
                                           << "lost";
}

void TestLeadReports::reportsMatchBruteForce()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, distributor);
    QFETCH(QString, segment);
    QFETCH(QString, status);
    ReportFilter f;
    f.from = from;
    f.to = to;
    f.distributorId = distributor < 0 ? 0 : m_distributors[distributor];
    f.segment = segment;
    if (!status.isEmpty())
        f.status = Lead::statusFromKey(status);
    const QList<RawLead> all = raw();
    QVERIFY(!all.isEmpty());
    const auto leadMatches = [&](const RawLead &r) {
        return inRange(r.created, from, to) && (f.distributorId == 0 || r.distributor == f.distributorId)
            && (segment.isEmpty() || r.kind == segment) && (status.isEmpty() || r.status == status);
    };
    LeadReports reports(m_db.db);

    // Lead flow.
    std::map<qint64, std::array<qint64, 6>> flow;
    for (const RawLead &r : all) {
        if (!leadMatches(r))
            continue;
        auto &c = flow[r.distributor];
        c[0] += 1;
        c[1] += r.assigned;
        c[2] += r.accepted;
        c[3] += r.declined;
        c[4] += r.status == QLatin1String("converted");
        c[5] += r.status == QLatin1String("lost");
    }
    auto flowRows = reports.leadFlow(f);
    QVERIFY2(flowRows, qPrintable(flowRows.error().toString()));
    QCOMPARE(flowRows->size(), qsizetype(flow.size()));
    for (const LeadFlowRow &row : flowRows.value()) {
        const auto &c = flow.at(row.distributorId);
        QCOMPARE((std::array<qint64, 6> {
                     row.submitted, row.assigned, row.accepted, row.declined, row.converted, row.lost}),
            c);
    }

    // Conversion by distributor and by reseller.
    for (bool byReseller : {false, true}) {
        std::map<qint64, std::pair<qint64, qint64>> conv;
        for (const RawLead &r : all) {
            const qint64 key = byReseller ? r.partner : r.distributor;
            if (!leadMatches(r) || key == 0 || !r.assigned)
                continue;
            conv[key].first += 1;
            conv[key].second += r.status == QLatin1String("converted");
        }
        auto rows = byReseller ? reports.conversionByReseller(f) : reports.conversionByDistributor(f);
        QVERIFY(rows);
        QCOMPARE(rows->size(), qsizetype(conv.size()));
        for (const ConversionRow &row : rows.value()) {
            QCOMPARE(row.leads, conv.at(row.partnerId).first);
            QCOMPARE(row.converted, conv.at(row.partnerId).second);
            QCOMPARE(row.rate, LeadReports::ratio(row.converted, row.leads));
        }
    }

    // Reseller performance.
    std::map<std::pair<qint64, qint64>, std::array<qint64, 5>> perf;
    for (const RawLead &r : all) {
        if (!leadMatches(r) || r.distributor == 0 || r.partner == 0)
            continue;
        auto &c = perf[{r.distributor, r.partner}];
        c[0] += 1;
        c[1] += r.accepted;
        c[2] += r.status == QLatin1String("converted");
        c[3] += r.dealOutcome == QLatin1String("won");
        c[4] += r.dealOutcome == QLatin1String("lost");
    }
    auto perfRows = reports.resellerPerformance(f);
    QVERIFY(perfRows);
    QCOMPARE(perfRows->size(), qsizetype(perf.size()));
    for (const PerformanceRow &row : perfRows.value()) {
        QCOMPARE(
            (std::array<qint64, 5> {row.leads, row.accepted, row.converted, row.dealsWon, row.dealsLost}),
            perf.at({row.distributorId, row.resellerId}));
    }

    // Won value by level and by area, per currency; deals count by their closing date.
    for (bool byArea : {false, true}) {
        std::map<std::pair<qint64, QString>, std::pair<qint64, qint64>> won;
        for (const RawLead &r : all) {
            if (r.dealOutcome != QLatin1String("won") || !inRange(r.dealClosed, from, to))
                continue;
            if ((f.distributorId != 0 && r.distributor != f.distributorId)
                || (!segment.isEmpty() && r.dealPartnerKind != segment)
                || (!status.isEmpty() && r.status != status))
                continue;
            auto &c = won[{byArea ? r.dealPartnerArea : r.dealPartnerLevel, r.dealCurrency}];
            c.first += r.dealValue;
            c.second += 1;
        }
        auto rows = byArea ? reports.wonValueByArea(f) : reports.wonValueByLevel(f);
        QVERIFY(rows);
        QCOMPARE(rows->size(), qsizetype(won.size()));
        for (const WonValueRow &row : rows.value()) {
            const auto &c = won.at({row.groupId, row.value.currency()});
            QCOMPARE(row.value.minorUnits(), c.first);
            QCOMPARE(row.deals, c.second);
        }
    }
}

void TestLeadReports::ratioIsExact_data()
{
    QTest::addColumn<qint64>("converted");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("rate");
    QTest::newRow("none") << qint64(0) << qint64(0) << "0";
    QTest::newRow("quarter") << qint64(1) << qint64(4) << "0.25";
    QTest::newRow("third rounds down") << qint64(1) << qint64(3) << "0.333333";
    QTest::newRow("two thirds rounds up") << qint64(2) << qint64(3) << "0.666667";
    QTest::newRow("tie to even") << qint64(1) << qint64(2000000 * 4) << "0.000000"; // 0.125 micro -> 0
    QTest::newRow("all") << qint64(7) << qint64(7) << "1";
}

void TestLeadReports::ratioIsExact()
{
    QFETCH(qint64, converted);
    QFETCH(qint64, total);
    QFETCH(QString, rate);
    QCOMPARE(LeadReports::ratio(converted, total), Decimal::parse(rate).value());
}

void TestLeadReports::tablesExport()
{
    LeadReports reports(m_db.db);
    auto rows = reports.leadFlow({});
    QVERIFY(rows);
    const ReportTable table = LeadReports::table(rows.value());
    QCOMPARE(table.rows.size(), rows->size());
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(table.writeCsv(buffer));
    const QList<QByteArray> lines = buffer.data().trimmed().split('\n');
    QCOMPARE(lines.size(), rows->size() + 1);
    QVERIFY(lines.first().startsWith("distributor_code,distributor,submitted"));
    const QJsonArray json = table.toJson();
    QCOMPARE(json.size(), rows->size());
    qint64 sum = 0;
    for (const auto &v : json)
        sum += v.toObject().value(QStringLiteral("submitted")).toInteger();
    qint64 expected = 0;
    for (const LeadFlowRow &r : rows.value())
        expected += r.submitted;
    QCOMPARE(sum, expected);
    QCOMPARE(expected, scalarInt(m_db.db, QStringLiteral("SELECT count(*) FROM leads")));
}

CHANNELDESK_TEST_GUILESS_MAIN(TestLeadReports)
#include "tst_leadreports.moc"
