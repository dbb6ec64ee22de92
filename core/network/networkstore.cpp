#include "networkstore.h"

#include "common/clock.h"
#include "db/dialect.h"
#include "db/rowreader.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "timeline/timelinestore.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace cd {

namespace {

constexpr int kMaxChainDepth = 10000; // see NetworkTree: stops a walk over a hand-made cycle

struct PartnerRef
{
    qint64 id = 0;
    QString code;
    QString name;
    QString kind;
    qint64 parentId = 0;
    QString label() const { return QStringLiteral("%1 %2").arg(code, name); }
};

Result<PartnerRef> readPartner(const QSqlDatabase &db, qint64 id, const QString &field)
{
    auto q = sql::exec(
        db, QStringLiteral("SELECT id, code, name, kind, parent_id FROM partners WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error {Error::Code::NotFound,
            QCoreApplication::translate("NetworkStore", "There is no partner with id %1.").arg(id), field, {},
            0, 0};
    PartnerRef p;
    p.id = q.value().value(0).toLongLong();
    p.code = q.value().value(1).toString();
    p.name = q.value().value(2).toString();
    p.kind = q.value().value(3).toString();
    p.parentId = q.value().value(4).toLongLong();
    return p;
}

QString topLevelLabel()
{
    return QCoreApplication::translate("NetworkStore", "(top level)");
}

const QString kLinkColumns = QStringLiteral(
    "l.id, l.distributor_id, d.code, d.name, l.reseller_id, r.code, r.name, l.focus, l.created_at, "
    "l.created_by, l.removed_at, l.removed_by");

} // namespace

NetworkStore::NetworkStore(const Database &db)
    : m_db(db)
{}

Result<QString> NetworkStore::label(qint64 partnerId) const
{
    if (partnerId == 0)
        return topLevelLabel();
    auto p = readPartner(m_db.sql(), partnerId, QString());
    if (!p)
        return p.error();
    return p.value().label();
}

Status NetworkStore::checkMove(qint64 partnerId, qint64 newParentId) const
{
    auto partner = readPartner(m_db.sql(), partnerId, QStringLiteral("partner"));
    if (!partner)
        return partner.error();
    if (newParentId == 0)
        return {};
    auto parent = readPartner(m_db.sql(), newParentId, QStringLiteral("parent"));
    if (!parent)
        return parent.error();
    if (newParentId == partnerId)
        return Error::validation(QStringLiteral("parent"),
            QCoreApplication::translate("NetworkStore", "%1 cannot be its own parent.")
                .arg(partner.value().label()));
    // The new parent's ancestors, nearest first: the move closes a cycle exactly when the partner is
    // among them.
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("WITH RECURSIVE up(id, parent_id, lvl) AS ("
                       " SELECT id, parent_id, 0 FROM partners WHERE id = ?"
                       " UNION ALL"
                       " SELECT a.id, a.parent_id, up.lvl + 1 FROM partners a JOIN up ON a.id = up.parent_id"
                       " WHERE up.lvl < %1)"
                       " SELECT p.id, p.code, p.name FROM up JOIN partners p ON p.id = up.id ORDER BY up.lvl")
            .arg(kMaxChainDepth),
        {newParentId});
    if (!q)
        return q.error();
    QStringList chain; // from the new parent upwards
    bool cycle = false;
    while (q.value().next()) {
        chain.append(
            QStringLiteral("%1 %2").arg(q.value().value(1).toString(), q.value().value(2).toString()));
        if (q.value().value(0).toLongLong() == partnerId) {
            cycle = true;
            break;
        }
    }
    if (!cycle)
        return {};
    std::reverse(chain.begin(), chain.end()); // the partner first, down to the new parent
    return Error::validation(QStringLiteral("parent"),
        QCoreApplication::translate("NetworkStore",
            "%1 cannot be moved under %2, because %2 is below it (%3); a partner cannot be placed inside its "
            "own subtree.")
            .arg(partner.value().label(), parent.value().label(), chain.join(QStringLiteral(" › "))));
}

Status NetworkStore::setParent(qint64 partnerId, qint64 newParentId, const QString &comment) const
{
    Transaction tx(m_db.sql());
    if (Status s = tx.begin(); !s)
        return s;
    auto partner = readPartner(m_db.sql(), partnerId, QStringLiteral("partner"));
    if (!partner)
        return partner.error();
    const qint64 oldParentId = partner.value().parentId;
    if (oldParentId == newParentId)
        return tx.commit();
    if (Status s = checkMove(partnerId, newParentId); !s)
        return s;
    auto oldLabel = label(oldParentId);
    if (!oldLabel)
        return oldLabel.error();
    auto newLabel = label(newParentId);
    if (!newLabel)
        return newLabel.error();

    if (Status s = sql::run(m_db.sql(),
            QStringLiteral("UPDATE partners SET parent_id = ?, updated_at = ? WHERE id = ?"),
            {sql::nullIfZero(newParentId), sql::isoUtc(Clock::nowUtc()), partnerId});
        !s)
        return s;

    TimelineStore timeline(m_db);
    TimelineEvent moved {.entity = QStringLiteral("partner"),
        .entityId = partnerId,
        .partnerId = partnerId,
        .action = QStringLiteral("moved"),
        .field = QStringLiteral("parent"),
        .oldValue = oldLabel.value(),
        .newValue = newLabel.value(),
        .comment = comment};
    if (Status s = timeline.record(moved); !s)
        return s;
    if (oldParentId != 0) {
        TimelineEvent removed = moved;
        removed.partnerId = oldParentId;
        removed.action = QStringLiteral("child-removed");
        removed.field = QStringLiteral("child");
        removed.oldValue = partner.value().label();
        removed.newValue = newLabel.value();
        if (Status s = timeline.record(removed); !s)
            return s;
    }
    if (newParentId != 0) {
        TimelineEvent added = moved;
        added.partnerId = newParentId;
        added.action = QStringLiteral("child-added");
        added.field = QStringLiteral("child");
        added.oldValue = oldLabel.value();
        added.newValue = partner.value().label();
        if (Status s = timeline.record(added); !s)
            return s;
    }
    return tx.commit();
}

Result<DistributorLink> NetworkStore::link(
    qint64 distributorId, qint64 resellerId, const QString &focus) const
{
    return inTransaction(m_db.sql(), [&]() -> Result<DistributorLink> {
        auto distributor = readPartner(m_db.sql(), distributorId, QStringLiteral("distributor"));
        if (!distributor)
            return distributor.error();
        auto reseller = readPartner(m_db.sql(), resellerId, QStringLiteral("reseller"));
        if (!reseller)
            return reseller.error();
        if (distributor.value().kind != QLatin1String("distributor"))
            return Error::validation(QStringLiteral("distributor"),
                QCoreApplication::translate("NetworkStore",
                    "%1 is not a distributor; only partners of kind Distributor serve resellers.")
                    .arg(distributor.value().label()));
        if (distributorId == resellerId)
            return Error::validation(QStringLiteral("reseller"),
                QCoreApplication::translate("NetworkStore", "%1 cannot be linked to itself.")
                    .arg(distributor.value().label()));
        auto existing = sql::scalar(m_db.sql(),
            QStringLiteral("SELECT 1 FROM distributor_links WHERE distributor_id = ? AND reseller_id = ? AND "
                           "removed_at IS NULL"),
            {distributorId, resellerId});
        if (!existing)
            return existing.error();
        if (existing.value().isValid())
            return Error {Error::Code::Duplicate,
                QCoreApplication::translate("NetworkStore", "%1 already serves %2.")
                    .arg(distributor.value().label(), reseller.value().label()),
                QStringLiteral("reseller"), {}, 0, 0};

        const QString note = focus.trimmed();
        auto q = sql::exec(m_db.sql(),
            QStringLiteral(
                "INSERT INTO distributor_links (distributor_id, reseller_id, focus, created_at, created_by) "
                "VALUES (?, ?, ?, ?, ?)"),
            {distributorId, resellerId, note, sql::isoUtc(Clock::nowUtc()), m_db.userLogin()});
        if (!q)
            return q.error();
        const qint64 linkId = q.value().lastInsertId().toLongLong();

        TimelineStore timeline(m_db);
        TimelineEvent onDistributor {.entity = QStringLiteral("distributor_link"),
            .entityId = linkId,
            .partnerId = distributorId,
            .action = QStringLiteral("distributor-linked"),
            .field = QStringLiteral("reseller"),
            .newValue = reseller.value().label(),
            .comment = note};
        if (Status s = timeline.record(onDistributor); !s)
            return s.error();
        TimelineEvent onReseller = onDistributor;
        onReseller.partnerId = resellerId;
        onReseller.field = QStringLiteral("distributor");
        onReseller.newValue = distributor.value().label();
        if (Status s = timeline.record(onReseller); !s)
            return s.error();

        auto stored = activeLink(distributorId, resellerId);
        if (!stored)
            return stored.error();
        return stored;
    });
}

Status NetworkStore::unlink(qint64 distributorId, qint64 resellerId, const QString &comment) const
{
    Transaction tx(m_db.sql());
    if (Status s = tx.begin(); !s)
        return s;
    auto current = activeLink(distributorId, resellerId);
    if (!current)
        return current.error();
    if (Status s = sql::run(m_db.sql(),
            QStringLiteral("UPDATE distributor_links SET removed_at = ?, removed_by = ? WHERE id = ?"),
            {sql::isoUtc(Clock::nowUtc()), m_db.userLogin(), current.value().id});
        !s)
        return s;
    const DistributorLink &l = current.value();
    TimelineStore timeline(m_db);
    TimelineEvent onDistributor {.entity = QStringLiteral("distributor_link"),
        .entityId = l.id,
        .partnerId = distributorId,
        .action = QStringLiteral("distributor-unlinked"),
        .field = QStringLiteral("reseller"),
        .oldValue = QStringLiteral("%1 %2").arg(l.resellerCode, l.resellerName),
        .comment = comment};
    if (Status s = timeline.record(onDistributor); !s)
        return s;
    TimelineEvent onReseller = onDistributor;
    onReseller.partnerId = resellerId;
    onReseller.field = QStringLiteral("distributor");
    onReseller.oldValue = QStringLiteral("%1 %2").arg(l.distributorCode, l.distributorName);
    if (Status s = timeline.record(onReseller); !s)
        return s;
    return tx.commit();
}

Result<DistributorLink> NetworkStore::setFocus(
    qint64 distributorId, qint64 resellerId, const QString &focus) const
{
    Transaction tx(m_db.sql());
    if (Status s = tx.begin(); !s)
        return s.error();
    auto current = activeLink(distributorId, resellerId);
    if (!current)
        return current.error();
    const QString note = focus.trimmed();
    if (current.value().focus == note) {
        if (Status s = tx.commit(); !s)
            return s.error();
        return current;
    }
    if (Status s = sql::run(m_db.sql(), QStringLiteral("UPDATE distributor_links SET focus = ? WHERE id = ?"),
            {note, current.value().id});
        !s)
        return s.error();
    const DistributorLink &l = current.value();
    TimelineStore timeline(m_db);
    TimelineEvent e {.entity = QStringLiteral("distributor_link"),
        .entityId = l.id,
        .action = QStringLiteral("distributor-focus"),
        .field = QStringLiteral("focus"),
        .oldValue = l.focus,
        .newValue = note};
    for (qint64 partnerId : {distributorId, resellerId}) {
        e.partnerId = partnerId;
        e.comment = partnerId == distributorId
            ? QStringLiteral("%1 %2").arg(l.resellerCode, l.resellerName)
            : QStringLiteral("%1 %2").arg(l.distributorCode, l.distributorName);
        if (Status s = timeline.record(e); !s)
            return s.error();
    }
    auto stored = activeLink(distributorId, resellerId);
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

Result<QList<DistributorLink>> NetworkStore::readLinks(
    const QString &where, const QVariantList &binds, const QString &order, int limit, int offset) const
{
    QVariantList all = binds;
    all << limit << offset;
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1 FROM distributor_links l JOIN partners d ON d.id = l.distributor_id "
                       "JOIN partners r ON r.id = l.reseller_id WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?")
            .arg(kLinkColumns, where, order),
        all);
    if (!q)
        return q.error();
    QList<DistributorLink> links;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        DistributorLink l;
        sql::RowReader {r}(l.id, l.distributorId, l.distributorCode, l.distributorName, l.resellerId,
            l.resellerCode, l.resellerName, l.focus, l.createdAt, l.createdBy, l.removedAt, l.removedBy);
        links.append(l);
    }
    return links;
}

Result<DistributorLink> NetworkStore::activeLink(qint64 distributorId, qint64 resellerId) const
{
    auto links
        = readLinks(QStringLiteral("l.distributor_id = ? AND l.reseller_id = ? AND l.removed_at IS NULL"),
            {distributorId, resellerId}, QStringLiteral("l.id"), 1, 0);
    if (!links)
        return links.error();
    if (links.value().isEmpty()) {
        auto d = label(distributorId);
        auto r = label(resellerId);
        return Error {Error::Code::NotFound,
            QCoreApplication::translate("NetworkStore", "%1 does not serve %2.")
                .arg(d.valueOr(QString::number(distributorId)), r.valueOr(QString::number(resellerId))),
            QStringLiteral("reseller"), {}, 0, 0};
    }
    return links.value().first();
}

Result<QList<DistributorLink>> NetworkStore::distributorsOf(qint64 resellerId, bool includeRemoved) const
{
    return readLinks(includeRemoved ? QStringLiteral("l.reseller_id = ?")
                                    : QStringLiteral("l.reseller_id = ? AND l.removed_at IS NULL"),
        {resellerId},
        QStringLiteral("l.removed_at IS NOT NULL, l.removed_at DESC, %1, l.id")
            .arg(sql::dialect(m_db.sql()).caseless(QStringLiteral("d.name"))),
        100000, 0);
}

Result<QList<DistributorLink>> NetworkStore::resellersOf(
    qint64 distributorId, bool includeRemoved, int limit, int offset) const
{
    return readLinks(includeRemoved ? QStringLiteral("l.distributor_id = ?")
                                    : QStringLiteral("l.distributor_id = ? AND l.removed_at IS NULL"),
        {distributorId},
        QStringLiteral("l.removed_at IS NOT NULL, l.removed_at DESC, %1, l.id")
            .arg(sql::dialect(m_db.sql()).caseless(QStringLiteral("r.name"))),
        limit, offset);
}

Result<qint64> NetworkStore::resellerCount(qint64 distributorId) const
{
    auto v = sql::scalar(m_db.sql(),
        QStringLiteral(
            "SELECT count(*) FROM distributor_links WHERE distributor_id = ? AND removed_at IS NULL"),
        {distributorId});
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

} // namespace cd
