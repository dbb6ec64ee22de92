// The agreement commands about tasks and the daily jobs: agreements tasks, agreements task-done,
// agreements run-jobs.

#include "agreementscommands_p.h"

namespace cd::cli {

using namespace agreementcli;

int AgreementsCommands::listTasks(CommandContext &context)
{
    auto limit = Listing::limitOption(context);
    if (!limit)
        return context.fail(limit.error());
    if (context.isSet(QStringLiteral("mine")) && context.isSet(QStringLiteral("assignee")))
        return context.fail(usage(QStringLiteral("mine"), tr("Use either --mine or --assignee, not both.")));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    TaskStore store(db.value());
    TaskFilter f;
    f.status = context.isSet(QStringLiteral("done")) ? TaskStatus::Done : TaskStatus::Open;
    f.overdueOnly = context.isSet(QStringLiteral("overdue"));
    if (f.overdueOnly && context.isSet(QStringLiteral("done")))
        return context.fail(usage(QStringLiteral("overdue"), tr("Done tasks are never overdue.")));
    if (context.isSet(QStringLiteral("mine"))) {
        auto id = store.currentUserId();
        if (!id)
            return context.fail(id.error());
        f.assigneeId = id.value();
    } else if (context.isSet(QStringLiteral("assignee"))) {
        auto id = userId(db.value(), QStringLiteral("assignee"), context.value(QStringLiteral("assignee")));
        if (!id)
            return context.fail(id.error());
        f.assigneeId = id.value();
    }
    const bool table = context.format() == OutputFormat::Table;
    TableOutput output(context,
        {{QStringLiteral("id"), tr("ID"), true}, {QStringLiteral("due"), tr("Due")},
            {QStringLiteral("overdue"), tr("Overdue")}, {QStringLiteral("title"), tr("Task")},
            {QStringLiteral("agreement"), tr("Agreement")}, {QStringLiteral("assignee"), tr("Assignee")},
            {QStringLiteral("status"), tr("Status")}});
    const int pageSize = 1000;
    qint64 shown = 0;
    bool more = false;
    for (qint64 offset = 0;; offset += pageSize) {
        auto rows = store.page(f, offset, pageSize);
        if (!rows)
            return context.fail(rows.error());
        for (const Task &t : rows.value()) {
            if (limit.value() != 0 && shown == limit.value()) {
                more = true;
                break;
            }
            QVariant overdue = t.isOverdue();
            if (table)
                overdue = t.isOverdue() ? tr("overdue") : QString();
            if (Status s = output.addRow({t.id, dateOrNull(t.dueDate), overdue, t.title,
                    t.agreementNumber.isEmpty() ? QVariant() : t.agreementNumber,
                    t.assignee.isEmpty() ? QVariant() : t.assignee,
                    t.status == TaskStatus::Done ? QStringLiteral("done") : QStringLiteral("open")});
                !s)
                return context.fail(s.error());
            ++shown;
        }
        if (more || rows->size() < pageSize)
            break;
    }
    if (Status s = output.finish(); !s)
        return context.fail(s.error());
    if (more && table)
        context.note(
            tr("Showing the first %L1 tasks; use --limit to see more (0 = all).").arg(limit.value()));
    return ExitOk;
}

int AgreementsCommands::taskDone(CommandContext &context)
{
    bool ok = false;
    const qint64 id = context.arguments().first().toLongLong(&ok);
    if (!ok || id <= 0)
        return context.fail(Error {Error::Code::Usage,
            tr("\"%1\" is not a task id.").arg(context.arguments().first()), tr("ID"), {}, 0, 0});
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    auto done = TaskStore(db.value()).markDone(id);
    if (!done)
        return context.fail(done.error());
    context.note(tr("Task %1 is done.").arg(id));
    return ExitOk;
}

int AgreementsCommands::runJobs(CommandContext &context)
{
    auto today = dateOption(context, QStringLiteral("today"));
    if (!today)
        return context.fail(today.error());
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    auto report = JobRunner(db.value()).run(today.value());
    if (!report)
        return context.fail(report.error());
    const JobReport &r = report.value();
    if (context.format() == OutputFormat::Json) {
        const QJsonObject object {{QStringLiteral("today"), isoDate(r.today)},
            {QStringLiteral("expiring"), r.expiring}, {QStringLiteral("expired"), r.expired},
            {QStringLiteral("renewed"), r.renewed}, {QStringLiteral("tasksCreated"), r.tasksCreated},
            {QStringLiteral("elapsedMs"), r.elapsedMs}};
        writeJson(context, object);
        return ExitOk;
    }
    context.out() << tr("Jobs of %1: %2 expiring, %3 expired, %4 renewed, %5 tasks created (%6 ms).")
                         .arg(isoDate(r.today))
                         .arg(r.expiring)
                         .arg(r.expired)
                         .arg(r.renewed)
                         .arg(r.tasksCreated)
                         .arg(r.elapsedMs)
                  << '\n';
    return ExitOk;
}

} // namespace cd::cli
