#include "agreementscommands.h"

#include "agreementscommands_p.h"

namespace cd::cli {

using namespace agreementcli;

QList<Command> AgreementsCommands::commands()
{
    const QString number = tr("NUMBER");
    return {
        {{QStringLiteral("agreements"), QStringLiteral("list")},
            tr("List agreements, filtered, by end date."), {}, 0, 0,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("stage"), tr("Only this stage, e.g. signed or pending-return."),
                        tr("stage")},
                    {QStringLiteral("expiring-within"), tr("Only agreements ending within this many days."),
                        tr("days")},
                    {QStringLiteral("owner"), tr("Only agreements of this owner."), tr("login")},
                    {QStringLiteral("partner"), tr("Only agreements of this partner."), tr("code")},
                    {QStringLiteral("type"), tr("Only this type, e.g. dealer."), tr("type")},
                    {QStringLiteral("search"), tr("Number or partner name starting with this."), tr("text")},
                    {QStringLiteral("limit"), tr("Show at most this many agreements (default 100; 0 = all)."),
                        tr("n")},
                };
            },
            &AgreementsCommands::list},
        {{QStringLiteral("agreements"), QStringLiteral("show")},
            tr("Show one agreement: details, periods, documents, history and tasks."), number, 1, 1, {},
            &AgreementsCommands::show},
        {{QStringLiteral("agreements"), QStringLiteral("create")},
            tr("Prepare a new agreement for a partner."), tr("PARTNER-CODE"), 1, 1,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("type"), tr("Agreement type (default dealer)."), tr("type")},
                    {QStringLiteral("owner"), tr("Owner (default the current user)."), tr("login")},
                    {QStringLiteral("rate"), tr("Default commission rate, e.g. 12.5% or 0.125."), tr("rate")},
                    {QStringLiteral("terms"), tr("Terms text."), tr("text")},
                    {QStringLiteral("start"), tr("Start of the first period."), tr("date")},
                    {QStringLiteral("end"), tr("End of the first period (last day in force)."), tr("date")},
                    {QStringLiteral("notice"), tr("Notice period in days (default 30)."), tr("days")},
                    {QStringLiteral("auto-renew"), tr("The period renews automatically.")},
                    {QStringLiteral("renewal-months"), tr("Length of a renewal in months (default 12)."),
                        tr("months")},
                };
            },
            &AgreementsCommands::create},
        {{QStringLiteral("agreements"), QStringLiteral("move")},
            tr("Move an agreement to another stage (the workflow's guards apply)."), tr("NUMBER STAGE"), 2, 2,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("comment"), tr("Why, for the agreement's history."), tr("text")},
                    {QStringLiteral("date"), tr("Signing or termination date."), tr("date")},
                    {QStringLiteral("reason"), tr("Reason of a termination."), tr("text")},
                };
            },
            &AgreementsCommands::move},
        {{QStringLiteral("agreements"), QStringLiteral("attach")},
            tr("Store a file (PDF, DOCX, PNG, JPEG) as the agreement's next document version."),
            tr("NUMBER FILE"), 2, 2,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("note"), tr("A note on this version."), tr("text")},
                    {QStringLiteral("unsigned"), tr("The file is not a signed copy.")},
                };
            },
            &AgreementsCommands::attach},
        {{QStringLiteral("agreements"), QStringLiteral("generate")},
            tr("Generate the agreement document as PDF and store it as the next version."), number, 1, 1,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("note"), tr("A note on this version."), tr("text")}};
            },
            &AgreementsCommands::generate},
        {{QStringLiteral("agreements"), QStringLiteral("export-document")},
            tr("Write a stored document version to a file."), tr("NUMBER VERSION FILE"), 3, 3, {},
            &AgreementsCommands::exportDocument},
        {{QStringLiteral("tasks"), QStringLiteral("list")}, tr("List open tasks by due date."), {}, 0, 0,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("overdue"), tr("Only tasks past their due date.")},
                    {QStringLiteral("mine"), tr("Only tasks assigned to the current user.")},
                    {QStringLiteral("assignee"), tr("Only tasks assigned to this user."), tr("login")},
                    {QStringLiteral("done"), tr("Done tasks instead of open ones.")},
                    {QStringLiteral("limit"), tr("Show at most this many tasks (default 100; 0 = all)."),
                        tr("n")},
                };
            },
            &AgreementsCommands::listTasks},
        {{QStringLiteral("tasks"), QStringLiteral("done")}, tr("Mark a task done."), tr("ID"), 1, 1, {},
            &AgreementsCommands::taskDone},
        {{QStringLiteral("run-jobs")},
            tr("Run the daily agreement job: expiry, renewals and tasks (safe to run twice)."), {}, 0, 0,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("today"), tr("Run as of this day instead of today."), tr("date")}};
            },
            &AgreementsCommands::runJobs},
    };
}

bool AgreementsCommands::rendersDocuments(const QStringList &arguments)
{
    // The words come first among the arguments that are not options or option values; "generate"
    // right after "agreements" is the only command that renders.
    const qsizetype at = arguments.indexOf(QStringLiteral("agreements"));
    return at >= 0 && arguments.indexOf(QStringLiteral("generate"), at) == at + 1
        && !arguments.contains(QStringLiteral("--help")) && !arguments.contains(QStringLiteral("-h"));
}

int AgreementsCommands::list(CommandContext &context)
{
    auto limit = Listing::limitOption(context);
    if (!limit)
        return context.fail(limit.error());
    auto within = context.number(QStringLiteral("expiring-within"), -1, 0, 36600);
    if (!within)
        return context.fail(within.error());
    AgreementFilter f;
    f.expiringWithinDays = int(within.value());
    f.search = context.value(QStringLiteral("search")).trimmed();
    if (context.isSet(QStringLiteral("stage"))) {
        auto stage = stageOption(QStringLiteral("stage"), context.value(QStringLiteral("stage")));
        if (!stage)
            return context.fail(stage.error());
        f.stage = stage.value();
    }
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    if (context.isSet(QStringLiteral("owner"))) {
        auto id = userId(db.value(), QStringLiteral("owner"), context.value(QStringLiteral("owner")));
        if (!id)
            return context.fail(id.error());
        f.ownerId = id.value();
    }
    if (context.isSet(QStringLiteral("partner"))) {
        auto partner = PartnerStore(db.value()).findByCode(context.value(QStringLiteral("partner")));
        if (!partner)
            return context.fail(partner.error());
        f.partnerId = partner->id;
    }
    if (context.isSet(QStringLiteral("type"))) {
        auto id = AgreementStore(db.value()).typeId(context.value(QStringLiteral("type")));
        if (!id)
            return context.fail(id.error());
        if (id.value() == 0)
            return context.fail(Error {Error::Code::NotFound,
                tr("There is no agreement type \"%1\".").arg(context.value(QStringLiteral("type"))),
                QStringLiteral("--type"), {}, 0, 0});
        f.typeId = id.value();
    }

    const bool table = context.format() == OutputFormat::Table;
    TableOutput output(context,
        {{QStringLiteral("number"), tr("Number")}, {QStringLiteral("partnerCode"), tr("Partner")},
            {QStringLiteral("partnerName"), tr("Partner name")}, {QStringLiteral("type"), tr("Type")},
            {QStringLiteral("owner"), tr("Owner")}, {QStringLiteral("stage"), tr("Stage")},
            {QStringLiteral("end"), tr("Ends")}, {QStringLiteral("daysToExpiry"), tr("Days left"), true},
            {QStringLiteral("documents"), tr("Documents"), true}});
    const std::function<QVariantList(const AgreementRow &)> values = [table](const AgreementRow &r) {
        return QVariantList {r.number, r.partnerCode, r.partnerName, r.type, orNull(r.owner),
            stageText(r.stage, table), dateOrNull(r.currentEnd),
            r.currentEnd.isValid() ? QVariant(r.daysToExpiry) : QVariant(), r.documentCount};
    };
    return Listing::write(context, AgreementDirectory(*db), f, AgreementSort {}, limit.value(), output,
        values, tr("Showing the first %L1 agreements; use --limit to see more (0 = all)."));
}

int AgreementsCommands::show(CommandContext &context)
{
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    AgreementStore store(db.value());
    auto found = store.findByNumber(context.arguments().first());
    if (!found)
        return context.fail(found.error());
    const Agreement &a = found.value();
    auto row = AgreementDirectory(*db).row(a.id);
    if (!row)
        return context.fail(row.error());
    auto periods = store.periods(a.id);
    if (!periods)
        return context.fail(periods.error());
    auto history = store.history(a.id);
    if (!history)
        return context.fail(history.error());
    auto documents = DocumentStore(db.value()).versions(a.id);
    if (!documents)
        return context.fail(documents.error());
    TaskFilter taskFilter;
    taskFilter.status.reset();
    taskFilter.agreementId = a.id;
    auto tasks = TaskStore(db.value()).page(taskFilter, 0, 1000);
    if (!tasks)
        return context.fail(tasks.error());

    const bool table = context.format() == OutputFormat::Table;
    const AgreementRow r = row.value().value_or(AgreementRow {});
    const AgreementStageInfo info = AgreementStages::info(a.stage);
    const QList<Field> fields = {
        {QStringLiteral("number"), tr("Number"), a.number},
        {QStringLiteral("partnerCode"), tr("Partner"), r.partnerCode},
        {QStringLiteral("partnerName"), tr("Partner name"), r.partnerName},
        {QStringLiteral("type"), tr("Type"), r.type},
        {QStringLiteral("owner"), tr("Owner"), r.owner},
        {QStringLiteral("stage"), tr("Stage"), stageText(a.stage, table)},
        {QStringLiteral("stageColour"), tr("Stage colour"), info.colour},
        {QStringLiteral("commissionRate"), tr("Commission rate"),
            table ? a.commissionRate.toPercentString() : a.commissionRate.toString()},
        {QStringLiteral("end"), tr("Ends"), dateOrNull(a.currentEnd)},
        {QStringLiteral("daysToExpiry"), tr("Days left"),
            a.hasPeriod() ? QVariant(a.daysToExpiry()) : QVariant()},
        {QStringLiteral("signedOn"), tr("Signed on"), dateOrNull(a.signedOn)},
        {QStringLiteral("terminatedOn"), tr("Terminated on"), dateOrNull(a.terminatedOn)},
        {QStringLiteral("terminationReason"), tr("Termination reason"), a.terminationReason},
        {QStringLiteral("terms"), tr("Terms"), a.terms},
        {QStringLiteral("notes"), tr("Notes"), a.notes},
        {QStringLiteral("created"), tr("Created"), isoTime(a.createdAt)},
        {QStringLiteral("updated"), tr("Updated"), isoTime(a.updatedAt)},
        {QStringLiteral("version"), tr("Version"), a.version},
    };

    // One row of the record's fields; its lists (contacts, history, ...) have commands of their own.
    if (context.format() == OutputFormat::Csv)
        return writeRecordCsv(context, fields);
    if (context.format() == OutputFormat::Json) {
        QJsonObject object = recordObject(fields);
        QJsonArray periodArray;
        for (const AgreementPeriod &p : periods.value())
            periodArray.append(QJsonObject {{QStringLiteral("sequence"), p.sequence},
                {QStringLiteral("start"), isoDate(p.start)}, {QStringLiteral("end"), isoDate(p.end)},
                {QStringLiteral("noticeDays"), p.noticeDays}, {QStringLiteral("autoRenew"), p.autoRenew},
                {QStringLiteral("renewalMonths"), p.renewalMonths}});
        object.insert(QStringLiteral("periods"), periodArray);
        QJsonArray documentArray;
        for (const AgreementDocument &d : documents.value())
            documentArray.append(
                QJsonObject {{QStringLiteral("version"), d.version}, {QStringLiteral("fileName"), d.fileName},
                    {QStringLiteral("mimeType"), d.mimeType}, {QStringLiteral("size"), d.size},
                    {QStringLiteral("sha256"), d.sha256}, {QStringLiteral("note"), d.note},
                    {QStringLiteral("user"), d.user}, {QStringLiteral("at"), isoTime(d.at)},
                    {QStringLiteral("generated"), d.generated}, {QStringLiteral("signed"), d.signedCopy}});
        object.insert(QStringLiteral("documents"), documentArray);
        QJsonArray historyArray;
        for (const AgreementTransition &t : history.value())
            historyArray.append(QJsonObject {{QStringLiteral("from"), AgreementStages::key(t.from)},
                {QStringLiteral("to"), AgreementStages::key(t.to)}, {QStringLiteral("user"), t.user},
                {QStringLiteral("at"), isoTime(t.at)},
                {QStringLiteral("effectiveOn"), isoDate(t.effectiveOn)},
                {QStringLiteral("automatic"), t.automatic}, {QStringLiteral("comment"), t.comment}});
        object.insert(QStringLiteral("history"), historyArray);
        QJsonArray taskArray;
        for (const Task &t : tasks.value())
            taskArray.append(QJsonObject {{QStringLiteral("id"), t.id}, {QStringLiteral("title"), t.title},
                {QStringLiteral("due"), isoDate(t.dueDate)},
                {QStringLiteral("status"),
                    t.status == TaskStatus::Done ? QStringLiteral("done") : QStringLiteral("open")},
                {QStringLiteral("assignee"), t.assignee}});
        object.insert(QStringLiteral("tasks"), taskArray);
        writeJson(context, object);
        return ExitOk;
    }

    writeRecordLines(context, fields);
    QTextStream &out = context.out();
    out << '\n' << tr("Periods") << '\n';
    {
        if (Status s = TableOutput::write(context,
                {{QStringLiteral("sequence"), tr("#"), true}, {QStringLiteral("start"), tr("Start")},
                    {QStringLiteral("end"), tr("End")}, {QStringLiteral("notice"), tr("Notice (days)"), true},
                    {QStringLiteral("renewal"), tr("Renewal")}},
                periods.value(),
                [&](const AgreementPeriod &p) -> QVariantList {
                    return {p.sequence, isoDate(p.start), isoDate(p.end), p.noticeDays,
                        p.autoRenew ? tr("automatic, %n month(s)", nullptr, p.renewalMonths) : tr("none")};
                });
            !s)
            return context.fail(s.error());
    }
    out << '\n' << tr("Documents") << '\n';
    {
        if (Status s = TableOutput::write(context,
                {{QStringLiteral("version"), tr("Version"), true}, {QStringLiteral("fileName"), tr("File")},
                    {QStringLiteral("size"), tr("Bytes"), true}, {QStringLiteral("kind"), tr("Kind")},
                    {QStringLiteral("sha256"), tr("SHA-256")}, {QStringLiteral("user"), tr("By")},
                    {QStringLiteral("at"), tr("At")}},
                documents.value(),
                [&](const AgreementDocument &d) -> QVariantList {
                    const QString kind = d.generated ? tr("generated")
                        : d.signedCopy               ? tr("signed copy")
                                                     : tr("upload");
                    return {d.version, d.fileName, d.size, kind, d.sha256, d.user, isoTime(d.at)};
                });
            !s)
            return context.fail(s.error());
    }
    out << '\n' << tr("History") << '\n';
    {
        if (Status s = TableOutput::write(context,
                {{QStringLiteral("on"), tr("On")}, {QStringLiteral("from"), tr("From")},
                    {QStringLiteral("to"), tr("To")}, {QStringLiteral("user"), tr("By")},
                    {QStringLiteral("comment"), tr("Comment")}},
                history.value(),
                [&](const AgreementTransition &t) -> QVariantList {
                    return {isoDate(t.effectiveOn), AgreementStages::label(t.from),
                        AgreementStages::label(t.to), t.automatic ? tr("daily job") : t.user, t.comment};
                });
            !s)
            return context.fail(s.error());
    }
    out << '\n' << tr("Tasks") << '\n';
    {
        if (Status s = TableOutput::write(context,
                {{QStringLiteral("id"), tr("ID"), true}, {QStringLiteral("due"), tr("Due")},
                    {QStringLiteral("title"), tr("Task")}, {QStringLiteral("status"), tr("Status")}},
                tasks.value(),
                [&](const Task &t) -> QVariantList {
                    return {t.id, isoDate(t.dueDate), t.title,
                        t.status == TaskStatus::Done ? tr("done")
                                                     : (t.isOverdue() ? tr("overdue") : tr("open"))};
                });
            !s)
            return context.fail(s.error());
    }
    return ExitOk;
}

int AgreementsCommands::create(CommandContext &context)
{
    auto start = dateOption(context, QStringLiteral("start"));
    if (!start)
        return context.fail(start.error());
    auto end = dateOption(context, QStringLiteral("end"));
    if (!end)
        return context.fail(end.error());
    if (start->isValid() != end->isValid())
        return context.fail(usage(start->isValid() ? QStringLiteral("end") : QStringLiteral("start"),
            tr("A period needs both --start and --end.")));
    auto notice = context.number(QStringLiteral("notice"), 30, 0, 3660);
    if (!notice)
        return context.fail(notice.error());
    auto months = context.number(QStringLiteral("renewal-months"), 12, 1, 120);
    if (!months)
        return context.fail(months.error());
    Rate rate;
    if (context.isSet(QStringLiteral("rate"))) {
        auto parsed = Rate::parse(context.value(QStringLiteral("rate")), QStringLiteral("--rate"));
        if (!parsed)
            return context.fail(parsed.error());
        rate = parsed.value();
    }
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    auto partner = PartnerStore(db.value()).findByCode(context.arguments().first());
    if (!partner)
        return context.fail(partner.error());
    AgreementStore store(db.value());
    const QString typeKey = context.isSet(QStringLiteral("type")) ? context.value(QStringLiteral("type"))
                                                                  : QStringLiteral("dealer");
    auto type = store.typeId(typeKey);
    if (!type)
        return context.fail(type.error());
    if (type.value() == 0)
        return context.fail(Error {Error::Code::NotFound,
            tr("There is no agreement type \"%1\".").arg(typeKey), QStringLiteral("--type"), {}, 0, 0});
    qint64 owner = 0;
    if (context.isSet(QStringLiteral("owner"))) {
        auto id = userId(db.value(), QStringLiteral("owner"), context.value(QStringLiteral("owner")));
        if (!id)
            return context.fail(id.error());
        owner = id.value();
    } else {
        auto id = TaskStore(db.value()).currentUserId();
        if (!id)
            return context.fail(id.error());
        owner = id.value();
    }
    Agreement a;
    a.partnerId = partner->id;
    a.typeId = type.value();
    a.ownerId = owner;
    a.commissionRate = rate;
    a.terms = context.value(QStringLiteral("terms"));
    std::optional<AgreementPeriod> period;
    if (start->isValid()) {
        AgreementPeriod p;
        p.start = start.value();
        p.end = end.value();
        p.noticeDays = int(notice.value());
        p.autoRenew = context.isSet(QStringLiteral("auto-renew"));
        p.renewalMonths = int(months.value());
        period = p;
    }
    auto created = store.create(a, period);
    if (!created)
        return context.fail(created.error());
    context.out() << created->number << '\n';
    return ExitOk;
}

int AgreementsCommands::move(CommandContext &context)
{
    auto stage = stageOption(QStringLiteral("stage"), context.arguments().at(1));
    if (!stage) {
        Error e = stage.error();
        e.field = tr("STAGE");
        return context.fail(e);
    }
    auto date = dateOption(context, QStringLiteral("date"));
    if (!date)
        return context.fail(date.error());
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    AgreementStore store(db.value());
    auto found = store.findByNumber(context.arguments().first());
    if (!found)
        return context.fail(found.error());
    AgreementMove m;
    m.to = *stage.value();
    m.comment = context.value(QStringLiteral("comment"));
    m.reason = context.value(QStringLiteral("reason"));
    m.date = date.value();
    auto moved = store.move(found->id, m);
    if (!moved)
        return context.fail(moved.error());
    context.note(tr("%1 is now %2.").arg(moved->number, AgreementStages::label(moved->stage)));
    return ExitOk;
}

int AgreementsCommands::attach(CommandContext &context)
{
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    auto found = AgreementStore(db.value()).findByNumber(context.arguments().first());
    if (!found)
        return context.fail(found.error());
    auto stored = DocumentStore(db.value())
                      .attachFile(found->id, context.arguments().at(1), context.value(QStringLiteral("note")),
                          !context.isSet(QStringLiteral("unsigned")));
    return reportStored(context, found->number, stored);
}

int AgreementsCommands::generate(CommandContext &context)
{
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    auto found = AgreementStore(db.value()).findByNumber(context.arguments().first());
    if (!found)
        return context.fail(found.error());
    auto stored
        = AgreementPdfGenerator(db.value()).generate(found->id, context.value(QStringLiteral("note")));
    return reportStored(context, found->number, stored);
}

int AgreementsCommands::exportDocument(CommandContext &context)
{
    bool ok = false;
    const int version = context.arguments().at(1).toInt(&ok);
    if (!ok || version < 1)
        return context.fail(Error {Error::Code::Usage,
            tr("\"%1\" is not a version number.").arg(context.arguments().at(1)), tr("VERSION"), {}, 0, 0});
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    auto found = AgreementStore(db.value()).findByNumber(context.arguments().first());
    if (!found)
        return context.fail(found.error());
    DocumentStore documents(db.value());
    auto versions = documents.versions(found->id);
    if (!versions)
        return context.fail(versions.error());
    for (const AgreementDocument &d : versions.value()) {
        if (d.version == version) {
            if (Status s = documents.exportTo(d.id, context.arguments().at(2)); !s)
                return context.fail(s.error());
            return ExitOk;
        }
    }
    return context.fail(Error::make(
        Error::Code::NotFound, tr("%1 has no document version %2.").arg(found->number).arg(version)));
}

} // namespace cd::cli
