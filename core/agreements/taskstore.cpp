#include "taskstore.h"

#include "agreementsql_p.h"
#include "common/clock.h"
#include "db/transaction.h"
#include "partners/lookups.h"

#include <QCoreApplication>

namespace cd {

namespace {

using agreementsql::date;
using agreementsql::toDate;
using agreementsql::toTime;

const QString kSelect
    = QStringLiteral("SELECT t.id, t.title, t.agreement_id, a.number, t.partner_id, p.name, t.assignee_id, "
                     "coalesce(nullif(u.display_name, ''), u.login), t.due_date, t.status, t.done_at, "
                     "t.dedupe_key, t.created_at "
                     "FROM tasks t "
                     "LEFT JOIN agreements a ON a.id = t.agreement_id "
                     "LEFT JOIN partners p ON p.id = t.partner_id "
                     "LEFT JOIN users u ON u.id = t.assignee_id");

Task readTask(const QSqlQuery &r)
{
    Task t;
    t.id = r.value(0).toLongLong();
    t.title = r.value(1).toString();
    t.agreementId = r.value(2).toLongLong();
    t.agreementNumber = r.value(3).toString();
    t.partnerId = r.value(4).toLongLong();
    t.partnerName = r.value(5).toString();
    t.assigneeId = r.value(6).toLongLong();
    t.assignee = r.value(7).toString();
    t.dueDate = toDate(r.value(8));
    t.status = r.value(9).toString() == QLatin1String("done") ? TaskStatus::Done : TaskStatus::Open;
    t.doneAt = toTime(r.value(10));
    t.dedupeKey = r.value(11).toString();
    t.createdAt = toTime(r.value(12));
    return t;
}

QString where(const TaskFilter &f, QVariantList &binds)
{
    QStringList terms;
    if (f.status || f.overdueOnly) {
        terms << QStringLiteral("t.status = ?");
        binds << (f.overdueOnly || *f.status == TaskStatus::Open ? QStringLiteral("open")
                                                                 : QStringLiteral("done"));
    }
    if (f.assigneeId != 0) {
        terms << QStringLiteral("t.assignee_id = ?");
        binds << f.assigneeId;
    }
    if (f.agreementId != 0) {
        terms << QStringLiteral("t.agreement_id = ?");
        binds << f.agreementId;
    }
    if (f.overdueOnly) {
        terms << QStringLiteral("t.due_date < ?");
        binds << Clock::today().toString(Qt::ISODate);
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

} // namespace

TaskStore::TaskStore(const Database &db)
    : m_db(db)
{}

Result<qint64> TaskStore::count(const TaskFilter &filter) const
{
    QVariantList binds;
    const QString w = where(filter, binds);
    auto v = sql::scalar(m_db.sql(), QStringLiteral("SELECT count(*) FROM tasks t") + w, binds);
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<QList<Task>> TaskStore::page(const TaskFilter &filter, qint64 offset, int limit) const
{
    QVariantList binds;
    const QString w = where(filter, binds);
    binds << limit << offset;
    // Tasks without a due date come last.
    auto q = sql::exec(m_db.sql(),
        kSelect + w + QStringLiteral(" ORDER BY t.due_date IS NULL, t.due_date, t.id LIMIT ? OFFSET ?"),
        binds);
    if (!q)
        return q.error();
    QList<Task> out;
    while (q.value().next())
        out.append(readTask(q.value()));
    return out;
}

Result<Task> TaskStore::get(qint64 id) const
{
    auto q = sql::exec(m_db.sql(), kSelect + QStringLiteral(" WHERE t.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound,
            QCoreApplication::translate("TaskStore", "There is no task with id %1.").arg(id));
    return readTask(q.value());
}

Result<Task> TaskStore::create(Task task) const
{
    task.title = task.title.trimmed();
    if (task.title.isEmpty())
        return Error::validation(
            QStringLiteral("title"), QCoreApplication::translate("TaskStore", "A task needs a title."));
    if (task.agreementId != 0 && task.partnerId == 0) {
        auto p = sql::scalar(
            m_db.sql(), QStringLiteral("SELECT partner_id FROM agreements WHERE id = ?"), {task.agreementId});
        if (!p)
            return p.error();
        task.partnerId = p.value().toLongLong();
    }
    auto q = sql::exec(m_db.sql(),
        QStringLiteral(
            "INSERT INTO tasks (title, agreement_id, partner_id, assignee_id, due_date, status, created_at) "
            "VALUES (?, ?, ?, ?, ?, 'open', ?)"),
        {task.title, sql::nullIfZero(task.agreementId), sql::nullIfZero(task.partnerId),
            sql::nullIfZero(task.assigneeId), date(task.dueDate), sql::isoUtc(Clock::nowUtc())});
    if (!q)
        return q.error();
    return get(q.value().lastInsertId().toLongLong());
}

Result<Task> TaskStore::markDone(qint64 id) const
{
    auto existing = get(id);
    if (!existing)
        return existing.error();
    if (existing.value().status == TaskStatus::Done)
        return existing;
    if (Status s = sql::run(m_db.sql(),
            QStringLiteral("UPDATE tasks SET status = 'done', done_at = ?, version = version + 1 WHERE id = "
                           "? AND status = 'open'"),
            {sql::isoUtc(Clock::nowUtc()), id});
        !s)
        return s.error();
    return get(id);
}

Result<Task> TaskStore::reopen(qint64 id) const
{
    auto existing = get(id);
    if (!existing)
        return existing.error();
    if (Status s = sql::run(m_db.sql(),
            QStringLiteral("UPDATE tasks SET status = 'open', done_at = NULL, version = version + 1 WHERE id "
                           "= ? AND status = 'done'"),
            {id});
        !s)
        return s.error();
    return get(id);
}

Result<qint64> TaskStore::currentUserId() const
{
    const QSqlDatabase db = m_db.sql();
    Transaction t(db);
    if (Status s = t.begin(); !s)
        return s.error();
    auto id = LookupStore(m_db).ensureUser(m_db.userLogin());
    if (!id)
        return id.error();
    if (Status s = t.commit(); !s)
        return s.error();
    return id;
}

} // namespace cd
