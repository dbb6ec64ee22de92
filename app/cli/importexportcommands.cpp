#include "importexportcommands.h"

#include "commandcontext.h"
#include "customerscommands.h"
#include "io/exporter.h"
#include "partnerscommands.h"
#include "progressbar.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace cd::cli {

namespace {

QList<QCommandLineOption> importOptions()
{
    return {
        {QStringLiteral("all-or-nothing"),
            ImportExportCommands::tr("Import nothing when any row has a problem (the default).")},
        {QStringLiteral("good-rows"),
            ImportExportCommands::tr("Import the good rows and skip those with problems.")},
        {QStringLiteral("map"),
            ImportExportCommands::tr("Which file column goes to which field, where the suggestion is wrong: "
                                     "\"File header=field,...\"; an empty field ignores the column."),
            ImportExportCommands::tr("mapping")},
        {QStringLiteral("encoding"),
            ImportExportCommands::tr("The file's text encoding: auto (the default: UTF-8, UTF-16 with a byte "
                                     "order mark, else Windows-1252), utf-8, utf-16, windows-1252, "
                                     "iso-8859-1 or iso-8859-15."),
            ImportExportCommands::tr("encoding")},
        {QStringLiteral("dry-run"),
            ImportExportCommands::tr("Check the whole file and count what would be created, updated and "
                                     "refused; write nothing.")},
    };
}

// Partners and customers have codes, so a row can meet a stored record.
QList<QCommandLineOption> importByCodeOptions()
{
    return importOptions()
        + QList<QCommandLineOption> {{QStringLiteral("existing"),
            ImportExportCommands::tr("What a row whose code is already stored does: fail (a problem on "
                                     "that row, the default), skip (left out), or update (the stored "
                                     "record takes the row's values; empty cells keep what is stored)."),
            ImportExportCommands::tr("fail|skip|update")}};
}

QList<QCommandLineOption> outOption()
{
    return {{QStringLiteral("out"),
        ImportExportCommands::tr("The file to write: CSV, or an Excel workbook when the name ends in .xlsx."),
        ImportExportCommands::tr("file")}};
}

// "Company=name,E-Mail=email" → {"Company": "name", "E-Mail": "email"}. The last "=" splits, so a
// header may contain one.
Result<QHash<QString, QString>> parseMapping(const QString &text)
{
    QHash<QString, QString> mapping;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.lastIndexOf(QLatin1Char('='));
        if (eq <= 0)
            return Error {Error::Code::Usage,
                ImportExportCommands::tr("\"%1\" is not \"File header=field\".").arg(part.trimmed()),
                QStringLiteral("--map"), {}, 0, 0};
        mapping.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    return mapping;
}

} // namespace

QList<Command> ImportExportCommands::commands()
{
    QList<Command> list;
    const QList<QPair<QString, ImportKind>> kinds = {{QStringLiteral("partners"), ImportKind::Partners},
        {QStringLiteral("contacts"), ImportKind::Contacts},
        {QStringLiteral("customers"), ImportKind::Customers}};
    const QStringList importSummaries = {tr("Import partners (and their first contact) from a CSV file."),
        tr("Import contacts of existing partners from a CSV file."), tr("Import customers from a CSV file.")};
    for (int i = 0; i < kinds.size(); ++i) {
        const ImportKind kind = kinds.at(i).second;
        list.append({{QStringLiteral("import"), kinds.at(i).first}, importSummaries.at(i), tr("FILE"), 1, 1,
            kind == ImportKind::Contacts ? &cd::cli::importOptions : &importByCodeOptions,
            [kind](CommandContext &c) { return import(c, kind); }});
    }
    list.append({{QStringLiteral("export"), QStringLiteral("partners")},
        tr("Write partners to a CSV file that import reads back."), {}, 0, 0,
        [] { return outOption() + PartnersCommands::filterOptions(); },
        [](CommandContext &c) { return exportPartners(c, false); }});
    list.append({{QStringLiteral("export"), QStringLiteral("contacts")},
        tr("Write the contacts of the matching partners to a CSV file."), {}, 0, 0,
        [] { return outOption() + PartnersCommands::filterOptions(); },
        [](CommandContext &c) { return exportPartners(c, true); }});
    list.append({{QStringLiteral("export"), QStringLiteral("customers")},
        tr("Write customers to a CSV file that import reads back."), {}, 0, 0,
        [] { return outOption() + CustomersCommands::filterOptions(); },
        &ImportExportCommands::exportCustomers});
    return list;
}

QList<QCommandLineOption> ImportExportCommands::importOptions()
{
    return cd::cli::importOptions();
}

int ImportExportCommands::import(CommandContext &context, ImportKind kind)
{
    const QString file = context.arguments().first();
    if (context.isSet(QStringLiteral("all-or-nothing")) && context.isSet(QStringLiteral("good-rows")))
        return context.usage(tr("Give either --all-or-nothing or --good-rows, not both."));
    auto userMapping = parseMapping(context.value(QStringLiteral("map")));
    if (!userMapping)
        return context.fail(userMapping.error());
    TextEncoding encoding = TextEncoding::Auto;
    if (context.isSet(QStringLiteral("encoding"))) {
        const auto named = CsvReader::encodingFromName(context.value(QStringLiteral("encoding")));
        if (!named)
            return context.fail(Error {Error::Code::Usage,
                tr("Unknown encoding \"%1\"; use auto, utf-8, utf-16, windows-1252, iso-8859-1 or "
                   "iso-8859-15.")
                    .arg(context.value(QStringLiteral("encoding"))),
                QStringLiteral("--encoding"), {}, 0, 0});
        encoding = *named;
    }
    ExistingRows existing = ExistingRows::Fail;
    if ((kind == ImportKind::Partners || kind == ImportKind::Customers)
        && context.isSet(QStringLiteral("existing"))) {
        const QString mode = context.value(QStringLiteral("existing")).trimmed().toLower();
        if (mode == QLatin1String("skip"))
            existing = ExistingRows::Skip;
        else if (mode == QLatin1String("update"))
            existing = ExistingRows::Update;
        else if (mode != QLatin1String("fail"))
            return context.fail(
                Error {Error::Code::Usage, tr("Unknown choice \"%1\"; use fail, skip or update.").arg(mode),
                    QStringLiteral("--existing"), {}, 0, 0});
    }
    if (!QFileInfo::exists(file)) {
        Error e = Error::make(Error::Code::NotFound, tr("The file does not exist."));
        e.file = file;
        return context.fail(e);
    }

    auto db = context.openDatabase(true);
    if (!db)
        return context.fail(db.error());
    Importer importer(db.value());
    auto preview = importer.preview(file, kind, encoding);
    if (!preview) {
        Error e = preview.error();
        if (e.file.isEmpty())
            e.file = file;
        return context.fail(e);
    }
    // The user's mapping corrects the suggestion; columns it does not name keep theirs.
    QHash<QString, QString> mapping = preview->suggestedMapping;
    for (auto it = userMapping->cbegin(); it != userMapping->cend(); ++it) {
        if (!preview->headers.contains(it.key()))
            return context.fail(Error {Error::Code::Usage,
                tr("The file has no column \"%1\"; its columns are: %2.")
                    .arg(it.key(), preview->headers.join(QStringLiteral(", "))),
                QStringLiteral("--map"), {}, 0, 0});
        mapping.insert(it.key(), it.value());
    }
    if (Status s = Importer::checkMapping(kind, preview->headers, mapping, existing); !s) {
        Error e = s.error();
        e.file = file;
        return context.fail(e);
    }

    context.watchInterrupt();
    ProgressBar bar(tr("Importing"), context.stderrIsTerminal());
    ImportOptions options;
    options.kind = kind;
    options.mapping = mapping;
    options.allOrNothing = !context.isSet(QStringLiteral("good-rows"));
    options.encoding = encoding;
    options.existing = existing;
    options.dryRun = context.isSet(QStringLiteral("dry-run"));
    options.progress = [&bar](qint64 done, qint64 total) { bar.update(done, total); };
    options.cancel = context.cancelFlag();
    auto report = importer.run(file, options);
    bar.finish();
    if (!report) {
        Error e = report.error();
        if (e.file.isEmpty())
            e.file = file;
        return context.fail(e);
    }

    for (const ImportProblem &p : report->problems) {
        Error e;
        e.file = file;
        e.line = p.line;
        e.field = p.column;
        e.message = p.message;
        const QByteArray line = e.toString().toUtf8() + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    }
    std::fflush(stderr);

    const QLocale locale;
    const qint64 problems = report->problems.size();
    // What happened to the rows, where there is more to say than "imported".
    QStringList counts;
    if (report->rowsUpdated > 0 || report->rowsUnchanged > 0 || existing == ExistingRows::Update) {
        counts.append(tr("%1 new").arg(locale.toString(report->rowsCreated)));
        counts.append(tr("%1 updated").arg(locale.toString(report->rowsUpdated)));
        counts.append(tr("%1 unchanged").arg(locale.toString(report->rowsUnchanged)));
    }
    if (report->rowsKept > 0)
        counts.append(tr("%1 already stored and left alone").arg(locale.toString(report->rowsKept)));
    const QString breakdown
        = counts.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(counts.join(QStringLiteral(", ")));
    if (report->dryRun) {
        context.out() << tr("Dry run: %1 of %2 rows from %3 would be imported%4; %n row problem(s). Nothing "
                            "was written.",
            nullptr, int(problems))
                             .arg(locale.toString(report->rowsImported), locale.toString(report->rowsRead),
                                 QDir::toNativeSeparators(file), breakdown)
                      << '\n';
    } else if (report->written) {
        context.out() << tr("Imported %1 of %2 rows from %3%4.")
                             .arg(locale.toString(report->rowsImported), locale.toString(report->rowsRead),
                                 QDir::toNativeSeparators(file), breakdown)
                      << '\n';
        if (problems > 0)
            context.note(tr("%n row problem(s); those rows were skipped.", nullptr, int(problems)));
    } else {
        context.note(
            tr("Nothing was imported: %n problem(s). Fix them, or use --good-rows to import the other rows.",
                nullptr, int(problems)));
    }
    return problems > 0 ? ExitFailure : ExitOk;
}

namespace {

// Runs an export with a progress bar and says where it went; `done` has %1 for the count and %2
// for the file.
int runExport(CommandContext &context, const QString &out, const QString &done,
    const std::function<Result<qint64>(const std::function<void(qint64, qint64)> &)> &run)
{
    context.watchInterrupt();
    ProgressBar bar(ImportExportCommands::tr("Exporting"), context.stderrIsTerminal());
    auto written = run([&bar](qint64 count, qint64 total) { bar.update(count, total); });
    bar.finish();
    if (!written) {
        Error e = written.error();
        if (e.file.isEmpty())
            e.file = out;
        return context.fail(e);
    }
    context.out() << done.arg(QLocale().toString(written.value()), QDir::toNativeSeparators(out)) << '\n';
    return ExitOk;
}

} // namespace

int ImportExportCommands::exportPartners(CommandContext &context, bool contacts)
{
    const QString out = context.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usage(tr("Give the file to write with --out FILE."));
    auto request = PartnersCommands::selection(context);
    if (!request)
        return context.fail(request.error());
    const auto &r = request.value();
    return runExport(context, out,
        contacts ? tr("Exported %1 contacts to %2.") : tr("Exported %1 partners to %2."),
        [&](const auto &progress) {
            return contacts
                ? Exporter::exportContacts(r.db, r.filter, r.sort, out, progress, context.cancelFlag())
                : Exporter::exportPartners(r.db, r.filter, r.sort, out, progress, context.cancelFlag());
        });
}

int ImportExportCommands::exportCustomers(CommandContext &context)
{
    const QString out = context.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usage(tr("Give the file to write with --out FILE."));
    auto request = CustomersCommands::selection(context);
    if (!request)
        return context.fail(request.error());
    const auto &r = request.value();
    return runExport(context, out, tr("Exported %1 customers to %2."), [&](const auto &progress) {
        return Exporter::exportCustomers(r.db, r.filter, r.sort, out, progress, context.cancelFlag());
    });
}

} // namespace cd::cli
