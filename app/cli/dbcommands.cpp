#include "dbcommands.h"

#include "commandcontext.h"
#include "progressbar.h"

#include <QDir>
#include <QFileInfo>

namespace cd::cli {

QList<Command> DbCommands::commands()
{
    return {
        {{QStringLiteral("backup")}, tr("Copy the database to a file, safely while others work in it."), {},
            0, 0,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("out"), tr("The backup file to write."), tr("file")},
                    {QStringLiteral("force"), tr("Replace the backup file if it exists.")},
                };
            },
            &DbCommands::backup},
        {{QStringLiteral("check")}, tr("Check the database for damage; exit code 1 when there is any."), {},
            0, 0, {}, &DbCommands::check},
    };
}

int DbCommands::backup(CommandContext &context)
{
    const QString out = context.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usage(tr("Give the backup file with --out FILE."));
    if (QFileInfo::exists(out) && !context.isSet(QStringLiteral("force"))) {
        Error e = Error::make(Error::Code::Conflict, tr("The file exists; use --force to replace it."));
        e.file = out;
        return context.fail(e);
    }
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    ProgressBar bar(tr("Backing up"), context.stderrIsTerminal());
    const Status s = db->backupTo(out, [&bar](int done, int total) { bar.update(done, total); });
    bar.finish();
    if (!s) {
        Error e = s.error();
        if (e.file.isEmpty())
            e.file = out;
        return context.fail(e);
    }
    context.out() << tr("Backed up %1 to %2.")
                         .arg(QDir::toNativeSeparators(db->path()),
                             QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
                  << '\n';
    return ExitOk;
}

int DbCommands::check(CommandContext &context)
{
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    auto problems = db->check();
    if (!problems)
        return context.fail(problems.error());
    const QString path = QDir::toNativeSeparators(db->path());
    if (problems->isEmpty()) {
        context.out() << tr("%1: no problems found.").arg(path) << '\n';
        return ExitOk;
    }
    for (const QString &problem : problems.value())
        context.out() << path << ": " << problem << '\n';
    context.out().flush();
    context.note(tr("%1: %n problem(s) found.", nullptr, int(problems->size())).arg(path));
    return ExitFailure;
}

} // namespace cd::cli
