#include "democommand.h"

#include "commandcontext.h"
#include "db/sql.h"
#include "demo/demogenerator.h"
#include "progressbar.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace cd::cli {

namespace {
// Far below the ten-digit account number space, and more than anyone wants to wait for.
constexpr qint64 kMaxRows = 100'000'000;
} // namespace

QList<Command> DemoCommand::commands()
{
    return {
        {{QStringLiteral("demo")}, tr("Fill the database with generated demo partners and customers."), {}, 0,
            0,
            [] {
                return QList<QCommandLineOption> {
                    {QStringLiteral("partners"), tr("How many partners (default 1000)."), tr("n")},
                    {QStringLiteral("customers"), tr("How many customers (default 5000)."), tr("n")},
                    {QStringLiteral("seed"),
                        tr("Start of the random sequence; the same seed gives the same data."), tr("n")},
                    {QStringLiteral("force"),
                        tr("Add demo data even though the database already has partners.")},
                };
            },
            &DemoCommand::run},
    };
}

int DemoCommand::run(CommandContext &context)
{
    auto partners = context.number(QStringLiteral("partners"), 1000, 0, kMaxRows);
    if (!partners)
        return context.fail(partners.error());
    auto customers = context.number(QStringLiteral("customers"), 5000, 0, kMaxRows);
    if (!customers)
        return context.fail(customers.error());
    auto seed = context.number(QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max());
    if (!seed)
        return context.fail(seed.error());

    auto db = context.openDatabase(true);
    if (!db)
        return context.fail(db.error());
    auto existing = sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM partners"));
    if (!existing)
        return context.fail(existing.error());
    if (existing.value().toLongLong() > 0 && !context.isSet(QStringLiteral("force"))) {
        Error e = Error::make(Error::Code::Conflict,
            tr("The database already holds %L1 partners; demo data would mix with them. Use --force to add "
               "it "
               "anyway, or give another file with --db.")
                .arg(existing.value().toLongLong()));
        e.file = db->path();
        return context.fail(e);
    }

    context.watchInterrupt();
    ProgressBar bar(tr("Generating"), context.stderrIsTerminal());
    DemoOptions options;
    options.partners = partners.value();
    options.customers = customers.value();
    options.seed = quint64(seed.value());
    options.progress = [&bar](qint64 done, qint64 total) { bar.update(done, total); };
    // The bar is drawn only on a terminal; a log or a pipe gets one line per phase instead, so a long
    // run never looks stalled.
    if (!context.stderrIsTerminal()) {
        options.phase = [&context, &bar](const QString &phase) {
            context.note(tr("%1 s: %2").arg(double(bar.timer().elapsed()) / 1000.0, 0, 'f', 1).arg(phase));
        };
    }
    options.cancel = context.cancelFlag();
    auto report = DemoGenerator(db.value()).run(options);
    bar.finish();
    if (!report)
        return context.fail(report.error());
    const double seconds = double(bar.timer().elapsed()) / 1000.0;
    const QLocale locale;
    context.out() << tr("Added %1 partners with %2 contacts and %3 customers to %4 in %5 s.")
                         .arg(locale.toString(report->partners), locale.toString(report->contacts),
                             locale.toString(report->customers), QDir::toNativeSeparators(db->path()),
                             locale.toString(seconds, 'f', 1))
                  << '\n';
    context.out() << tr("Also added %1 agreements, %2 leads and %3 deals, with a partner network.")
                         .arg(locale.toString(report->agreements), locale.toString(report->leads),
                             locale.toString(report->deals))
                  << '\n';
    if (report->invoices > 0)
        context.out() << tr("Also added %1 invoices and credit notes with commission plans, and settled %2 "
                            "statements.")
                             .arg(locale.toString(report->invoices), locale.toString(report->statements))
                      << '\n';
    return ExitOk;
}

} // namespace cd::cli
