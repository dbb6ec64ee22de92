#include "taskstore.h"

#include "agreementsql_p.h"
#include "common/clock.h"
#include "db/dialect.h"
#include "db/pagedquery.h"
#include "db/rowreader.h"
#include "db/transaction.h"
#include "partners/lookups.h"

#include <QCoreApplication>

namespace cd {

namespace {

using agreementsql::date;

const QString kTaskColumns
    = QStringLiteral("t.id, t.title, t.agreement_id, a.number, t.partner_id, p.name, t.assignee_id, "
                     "coalesce(nullif(u.display_name, ''), u.login), t.due_date, t.status, t.done_at, "
                     "t.dedupe_key, t.created_at");
const QString kAgreementJoin = QStringLiteral(" LEFT JOIN agreements a ON a.id = t.agreement_id");
const QString kTaskPartnerJoin = QStringLiteral(" LEFT JOIN partners p ON p.id = t.partner_id");
const QString kUserJoin = QStringLiteral(" LEFT JOIN users u ON u.id = t.assignee_id");
const QString kTaskSelect = QStringLiteral("SELECT ") + kTaskColumns + QStringLiteral(" FROM tasks t")
    + kAgreementJoin + kTaskPartnerJoin + kUserJoin;

Task readTask(const QSqlQuery &r)
{
    Task t;
    sql::RowReader row(r);
    row(t.id, t.title, t.agreementId, t.agreementNumber, t.partnerId, t.partnerName, t.assigneeId, t.assignee,
        t.dueDate);
    t.status = row.next().toString() == QLatin1String("done") ? TaskStatus::Done : TaskStatus::Open;
    row(t.doneAt, t.dedupeKey, t.createdAt);
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

namespace {

QString orderBy(const sql::Dialect &d, const TaskSort &sort, bool reversed)
{
    const bool ascending = (sort.order == Qt::AscendingOrder) != reversed;
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString terms;
    switch (sort.column) {
    case TaskColumn::Title:
        terms = d.caseless(QStringLiteral("t.title")) + dir;
        break;
    case TaskColumn::Agreement:
        terms = QStringLiteral("a.number") + dir;
        break;
    case TaskColumn::Partner:
        terms = d.caseless(QStringLiteral("p.name")) + dir;
        break;
    case TaskColumn::Due:
        // Tasks without a due date after the dated ones.
        terms = QStringLiteral("t.due_date IS NULL") + dir + QStringLiteral(", t.due_date") + dir;
        break;
    case TaskColumn::Assignee:
        terms = d.caseless(QStringLiteral("coalesce(nullif(u.display_name, ''), u.login)")) + dir;
        break;
    case TaskColumn::Status:
        terms = QStringLiteral("t.status") + dir + QStringLiteral(", t.due_date") + dir;
        break;
    }
    return QStringLiteral(" ORDER BY ") + terms + QStringLiteral(", t.id") + dir;
}

PagedQuery taskQuery(const sql::Dialect &d, const TaskFilter &filter, const TaskSort &sort)
{
    PagedQuery q;
    q.columns = kTaskColumns;
    q.table = QStringLiteral("tasks t");
    q.id = QStringLiteral("t.id");
    // Joined for every row walked only when the order needs it.
    const QList<std::pair<TaskColumn, QString>> joins = {{TaskColumn::Agreement, kAgreementJoin},
        {TaskColumn::Partner, kTaskPartnerJoin}, {TaskColumn::Assignee, kUserJoin}};
    for (const auto &[column, join] : joins)
        (sort.column == column ? q.filterJoins : q.rowJoins) += join;
    q.where = where(filter, q.binds);
    q.orderBy = [&d, sort](bool reversed) { return orderBy(d, sort, reversed); };
    return q;
}

} // namespace

Result<qint64> TaskStore::count(const TaskFilter &filter) const
{
    return taskQuery(sql::dialect(m_db.sql()), filter, {}).count(m_db.sql());
}

Result<QList<Task>> TaskStore::page(
    const TaskFilter &filter, const TaskSort &sort, qint64 offset, int limit, qint64 total) const
{
    return taskQuery(sql::dialect(m_db.sql()), filter, sort)
        .page<Task>(m_db.sql(), offset, limit, total, readTask);
}

Result<QList<Task>> TaskStore::page(const TaskFilter &filter, qint64 offset, int limit) const
{
    return page(filter, TaskSort {}, offset, limit);
}

Result<Task> TaskStore::get(qint64 id) const
{
    auto q = sql::exec(m_db.sql(), kTaskSelect + QStringLiteral(" WHERE t.id = ?"), {id});
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
    return inTransaction(db, [&]() -> Result<qint64> {
        auto id = LookupStore(m_db).ensureUser(m_db.userLogin());
        if (!id)
            return id.error();
        return id;
    });
}

} // namespace cd
