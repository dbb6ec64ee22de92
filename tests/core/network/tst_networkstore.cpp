#include "../testdb.h"
#include "db/sql.h"
#include "network/networkstore.h"
#include "network/networktree.h"
#include "partners/partnerstore.h"
#include "testmain.h"
#include "timeline/timelinestore.h"

#include <QTest>

using namespace cd;
using cd::test::TempDatabase;

class TestNetworkStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void cycleRefusal_data();
    void cycleRefusal();
    void moveIsOnTheTimelineOfAllInvolved_data();
    void moveIsOnTheTimelineOfAllInvolved();
    void moveToTheSameParentRecordsNothing();
    void unknownPartnersAreRefused_data();
    void unknownPartnersAreRefused();
    void selfParentRefusedByTheSchema();
    void linkAndUnlinkKeepHistory();
    void unlinkKeepsLeadAttribution();
    void linkRules_data();
    void linkRules();
    void focusChangeIsRecorded();

private:
    qint64 add(const QString &name, PartnerKind kind = PartnerKind::Reseller, qint64 parent = 0);
    qint64 parentOf(qint64 id) const;
    QStringList actions(qint64 partnerId) const;
    QString label(qint64 id) const
    {
        return sql::scalar(
            m_db->db.sql(), QStringLiteral("SELECT code || ' ' || name FROM partners WHERE id = ?"), {id})
            .value()
            .toString();
    }

    std::unique_ptr<TempDatabase> m_db;
    QHash<QString, qint64> m_ids;
};

void TestNetworkStore::init()
{
    m_db = std::make_unique<TempDatabase>();
    m_ids.clear();
    // A › B › C › D › E, A › F, and G on its own.
    add(QStringLiteral("A"));
    add(QStringLiteral("B"), PartnerKind::Reseller, m_ids.value(QStringLiteral("A")));
    add(QStringLiteral("C"), PartnerKind::Reseller, m_ids.value(QStringLiteral("B")));
    add(QStringLiteral("D"), PartnerKind::Reseller, m_ids.value(QStringLiteral("C")));
    add(QStringLiteral("E"), PartnerKind::Reseller, m_ids.value(QStringLiteral("D")));
    add(QStringLiteral("F"), PartnerKind::Reseller, m_ids.value(QStringLiteral("A")));
    add(QStringLiteral("G"));
}

void TestNetworkStore::cleanup()
{
    m_db.reset();
}

qint64 TestNetworkStore::add(const QString &name, PartnerKind kind, qint64 parent)
{
    Partner p;
    p.name = name;
    p.kind = kind;
    auto created = PartnerStore(m_db->db).create(p);
    if (!created)
        qFatal("%s", qPrintable(created.error().toString()));
    const qint64 id = created.value().id;
    if (parent != 0) {
        Status s = NetworkStore(m_db->db).setParent(id, parent);
        if (!s)
            qFatal("%s", qPrintable(s.error().toString()));
    }
    m_ids.insert(name, id);
    return id;
}

qint64 TestNetworkStore::parentOf(qint64 id) const
{
    return sql::scalar(m_db->db.sql(), QStringLiteral("SELECT parent_id FROM partners WHERE id = ?"), {id})
        .value()
        .toLongLong();
}

QStringList TestNetworkStore::actions(qint64 partnerId) const
{
    QStringList out;
    const auto events = TimelineStore(m_db->db).forPartner(partnerId).value();
    for (const TimelineEvent &e : events)
        out.append(e.action);
    return out;
}

void TestNetworkStore::cycleRefusal_data()
{
    QTest::addColumn<QString>("partner");
    QTest::addColumn<QString>("newParent"); // "" = top level
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("path"); // what the refusal names as the way down

    QTest::newRow("self") << "A"
                          << "A" << false << "";
    QTest::newRow("own child") << "A"
                               << "B" << false << "A › B";
    QTest::newRow("deep descendant") << "A"
                                     << "E" << false << "A › B › C › D › E";
    QTest::newRow("grandchild") << "B"
                                << "D" << false << "B › C › D";
    QTest::newRow("leaf under itself") << "E"
                                       << "E" << false << "";
    QTest::newRow("to a sibling") << "F"
                                  << "B" << true << "";
    QTest::newRow("up to the top level") << "C"
                                         << "" << true << "";
    QTest::newRow("leaf to its grandparent's parent") << "E"
                                                      << "A" << true << "";
    QTest::newRow("whole tree under another top") << "A"
                                                  << "G" << true << "";
    QTest::newRow("into a descendant's sibling") << "D"
                                                 << "F" << true << "";
}

void TestNetworkStore::cycleRefusal()
{
    QFETCH(QString, partner);
    QFETCH(QString, newParent);
    QFETCH(bool, allowed);
    QFETCH(QString, path);

    const qint64 id = m_ids.value(partner);
    const qint64 parentId = newParent.isEmpty() ? 0 : m_ids.value(newParent);
    const qint64 before = parentOf(id);
    const auto eventsBefore = actions(id).size();
    NetworkStore store(m_db->db);

    QCOMPARE(store.checkMove(id, parentId).ok(), allowed);
    const Status s = store.setParent(id, parentId);
    QCOMPARE(s.ok(), allowed);
    if (allowed) {
        QCOMPARE(parentOf(id), parentId);
        QCOMPARE(actions(id).size(), eventsBefore + 1);
        return;
    }
    QCOMPARE(s.error().code, Error::Code::Validation);
    QCOMPARE(s.error().field, QStringLiteral("parent"));
    // Both partners are named as "CODE Name".
    QVERIFY2(s.error().message.contains(label(id)), qPrintable(s.error().message));
    QVERIFY2(s.error().message.contains(label(parentId)), qPrintable(s.error().message));
    if (!path.isEmpty()) {
        // The path names each partner as "CODE Name"; compare by names only.
        QStringList names;
        for (const QString &part : s.error()
                                       .message.section(QLatin1Char('('), 1)
                                       .section(QLatin1Char(')'), 0, 0)
                                       .split(QStringLiteral(" › ")))
            names.append(part.section(QLatin1Char(' '), 1));
        QCOMPARE(names.join(QStringLiteral(" › ")), path);
    }
    QCOMPARE(parentOf(id), before);
    QCOMPARE(actions(id).size(), eventsBefore);
}

void TestNetworkStore::moveIsOnTheTimelineOfAllInvolved_data()
{
    QTest::addColumn<QString>("partner");
    QTest::addColumn<QString>("newParent");
    QTest::addColumn<QString>("oldParent");

    QTest::newRow("between parents") << "C"
                                     << "F"
                                     << "B";
    QTest::newRow("from the top level") << "G"
                                        << "E"
                                        << "";
    QTest::newRow("to the top level") << "B"
                                      << ""
                                      << "A";
}

void TestNetworkStore::moveIsOnTheTimelineOfAllInvolved()
{
    QFETCH(QString, partner);
    QFETCH(QString, newParent);
    QFETCH(QString, oldParent);
    const qint64 id = m_ids.value(partner);
    const qint64 newId = m_ids.value(newParent);
    const qint64 oldId = m_ids.value(oldParent);
    const QStringList partnerBefore = actions(id);
    const QStringList oldBefore = oldId ? actions(oldId) : QStringList();
    const QStringList newBefore = newId ? actions(newId) : QStringList();

    QVERIFY(NetworkStore(m_db->db).setParent(id, newId, QStringLiteral("territory change")));

    TimelineStore timeline(m_db->db);
    const TimelineEvent moved = timeline.forPartner(id).value().first();
    QCOMPARE(moved.action, QStringLiteral("moved"));
    QCOMPARE(moved.comment, QStringLiteral("territory change"));
    QCOMPARE(moved.user, QStringLiteral("tester"));
    QVERIFY(
        moved.oldValue.toString().endsWith(oldParent.isEmpty() ? QStringLiteral("(top level)") : oldParent));
    QVERIFY(
        moved.newValue.toString().endsWith(newParent.isEmpty() ? QStringLiteral("(top level)") : newParent));
    QVERIFY(!moved.describe().isEmpty());
    QCOMPARE(actions(id).size(), partnerBefore.size() + 1);
    if (oldId) {
        QCOMPARE(actions(oldId).size(), oldBefore.size() + 1);
        const TimelineEvent e = timeline.forPartner(oldId).value().first();
        QCOMPARE(e.action, QStringLiteral("child-removed"));
        QCOMPARE(e.entityId, id);
        QVERIFY(e.oldValue.toString().endsWith(partner));
    }
    if (newId) {
        QCOMPARE(actions(newId).size(), newBefore.size() + 1);
        const TimelineEvent e = timeline.forPartner(newId).value().first();
        QCOMPARE(e.action, QStringLiteral("child-added"));
        QCOMPARE(e.entityId, id);
        QVERIFY(e.newValue.toString().endsWith(partner));
    }
}

void TestNetworkStore::moveToTheSameParentRecordsNothing()
{
    const qint64 c = m_ids.value(QStringLiteral("C"));
    const auto before = actions(c).size();
    QVERIFY(NetworkStore(m_db->db).setParent(c, m_ids.value(QStringLiteral("B"))));
    QCOMPARE(actions(c).size(), before);
}

void TestNetworkStore::unknownPartnersAreRefused_data()
{
    QTest::addColumn<bool>("unknownPartner");
    QTest::addColumn<QString>("field");
    QTest::newRow("partner") << true << "partner";
    QTest::newRow("parent") << false << "parent";
}

void TestNetworkStore::unknownPartnersAreRefused()
{
    QFETCH(bool, unknownPartner);
    QFETCH(QString, field);
    const qint64 known = m_ids.value(QStringLiteral("C"));
    const Status s = unknownPartner ? NetworkStore(m_db->db).setParent(999999, known)
                                    : NetworkStore(m_db->db).setParent(known, 999999);
    QVERIFY(!s);
    QCOMPARE(s.error().code, Error::Code::NotFound);
    QCOMPARE(s.error().field, field);
    QCOMPARE(parentOf(known), m_ids.value(QStringLiteral("B")));
}

void TestNetworkStore::selfParentRefusedByTheSchema()
{
    // Even a write that bypasses NetworkStore cannot make a partner its own parent.
    const qint64 a = m_ids.value(QStringLiteral("A"));
    QVERIFY(
        !sql::run(m_db->db.sql(), QStringLiteral("UPDATE partners SET parent_id = id WHERE id = ?"), {a}));
    QCOMPARE(parentOf(a), 0);
}

void TestNetworkStore::linkAndUnlinkKeepHistory()
{
    const qint64 d = add(QStringLiteral("Distri"), PartnerKind::Distributor);
    const qint64 r = m_ids.value(QStringLiteral("C"));
    NetworkStore store(m_db->db);

    auto link = store.link(d, r, QStringLiteral("  Territory: north "));
    QVERIFY2(link, qPrintable(link.error().toString()));
    QCOMPARE(link.value().focus, QStringLiteral("Territory: north"));
    QCOMPARE(link.value().createdBy, QStringLiteral("tester"));
    QVERIFY(link.value().isActive());
    QCOMPARE(actions(d).first(), QStringLiteral("distributor-linked"));
    QCOMPARE(actions(r).first(), QStringLiteral("distributor-linked"));
    QCOMPARE(store.resellerCount(d).value(), 1);

    auto again = store.link(d, r);
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::Duplicate);

    QVERIFY(store.unlink(d, r, QStringLiteral("contract ended")));
    QCOMPARE(actions(d).first(), QStringLiteral("distributor-unlinked"));
    QCOMPARE(actions(r).first(), QStringLiteral("distributor-unlinked"));
    QCOMPARE(store.distributorsOf(r).value().size(), 0);
    QCOMPARE(store.resellerCount(d).value(), 0);
    const auto history = store.distributorsOf(r, true).value();
    QCOMPARE(history.size(), 1);
    QVERIFY(!history.first().isActive());
    QCOMPARE(history.first().removedBy, QStringLiteral("tester"));
    QCOMPARE(history.first().focus, QStringLiteral("Territory: north"));

    const Status twice = store.unlink(d, r);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, Error::Code::NotFound);

    // Linking again starts a new link next to the old one in the history.
    QVERIFY(store.link(d, r, QStringLiteral("Product focus: cloud")));
    const auto both = store.resellersOf(d, true).value();
    QCOMPARE(both.size(), 2);
    QVERIFY(both.at(0).isActive());
    QVERIFY(!both.at(1).isActive());
    QCOMPARE(store.resellersOf(d).value().size(), 1);
}

void TestNetworkStore::unlinkKeepsLeadAttribution()
{
    // A lead stores its submitting distributor itself; ending the link must not touch it.
    const qint64 d = add(QStringLiteral("Distri"), PartnerKind::Distributor);
    const qint64 r = m_ids.value(QStringLiteral("D"));
    NetworkStore store(m_db->db);
    QVERIFY(store.link(d, r));
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    auto lead = sql::exec(m_db->db.sql(),
        QStringLiteral(
            "INSERT INTO leads (company, status, assigned_partner_id, submitted_by_distributor_id, "
            "created_at, updated_at) VALUES ('Lead', 'assigned', ?, ?, ?, ?)"),
        {r, d, now, now});
    QVERIFY2(lead, qPrintable(lead.error().toString()));
    const qint64 leadId = lead.value().lastInsertId().toLongLong();
    QVERIFY(store.unlink(d, r));
    auto q = sql::exec(m_db->db.sql(),
        QStringLiteral("SELECT assigned_partner_id, submitted_by_distributor_id FROM leads WHERE id = ?"),
        {leadId});
    QVERIFY(q && q.value().next());
    QCOMPARE(q.value().value(0).toLongLong(), r);
    QCOMPARE(q.value().value(1).toLongLong(), d);
}

void TestNetworkStore::linkRules_data()
{
    QTest::addColumn<QString>("distributor");
    QTest::addColumn<QString>("reseller");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("not a distributor") << "A"
                                       << "C" << int(Error::Code::Validation) << "distributor";
    QTest::newRow("to itself") << "Distri"
                               << "Distri" << int(Error::Code::Validation) << "reseller";
    QTest::newRow("unknown reseller") << "Distri"
                                      << "nobody" << int(Error::Code::NotFound) << "reseller";
    QTest::newRow("unknown distributor") << "nobody"
                                         << "C" << int(Error::Code::NotFound) << "distributor";
    QTest::newRow("legal") << "Distri"
                           << "C" << int(Error::Code::None) << "";
    QTest::newRow("another distributor may be served") << "Distri"
                                                       << "Distri2" << int(Error::Code::None) << "";
}

void TestNetworkStore::linkRules()
{
    QFETCH(QString, distributor);
    QFETCH(QString, reseller);
    QFETCH(int, code);
    QFETCH(QString, field);
    add(QStringLiteral("Distri"), PartnerKind::Distributor);
    add(QStringLiteral("Distri2"), PartnerKind::Distributor);
    const auto result
        = NetworkStore(m_db->db).link(m_ids.value(distributor, 999999), m_ids.value(reseller, 999998));
    QCOMPARE(int(result.error().code), code);
    QCOMPARE(result.error().field, field);
    const qint64 links = sql::scalar(m_db->db.sql(), QStringLiteral("SELECT count(*) FROM distributor_links"))
                             .value()
                             .toLongLong();
    QCOMPARE(links, result.ok() ? 1 : 0);
}

void TestNetworkStore::focusChangeIsRecorded()
{
    const qint64 d = add(QStringLiteral("Distri"), PartnerKind::Distributor);
    const qint64 r = m_ids.value(QStringLiteral("E"));
    NetworkStore store(m_db->db);
    QVERIFY(store.link(d, r, QStringLiteral("north")));
    auto changed = store.setFocus(d, r, QStringLiteral("south"));
    QVERIFY(changed);
    QCOMPARE(changed.value().focus, QStringLiteral("south"));
    QCOMPARE(actions(d).first(), QStringLiteral("distributor-focus"));
    QCOMPARE(actions(r).first(), QStringLiteral("distributor-focus"));
    QCOMPARE(store.activeLink(d, r).value().focus, QStringLiteral("south"));
}

CHANNELDESK_TEST_GUILESS_MAIN(TestNetworkStore)
#include "tst_networkstore.moc"
