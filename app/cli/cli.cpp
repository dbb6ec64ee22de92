#include "cli.h"

#include "agreementscommands.h"
#include "commandcontext.h"
#include "commissionscommands.h"
#include "customerscommands.h"
#include "dbcommands.h"
#include "democommand.h"
#include "importexportcommands.h"
#include "leadscommands.h"
#include "networkcommands.h"
#include "partnerscommands.h"
#include "payoutscommands.h"
#include "reportscommands.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cd::cli {

namespace {

// What a first look at the arguments finds, before the command and its options are known.
struct Scan
{
    QStringList words; // arguments that are not options, in order: the command comes first
    QString database;
    QString language;
    bool shared = false;
    bool help = false;
    bool version = false;
    bool otherOptions = false; // anything the window does not take
};

Scan scan(const QStringList &arguments)
{
    // Options of every command that take a value; their value is not a command word.
    static const QStringList globalValueOptions
        = {QStringLiteral("db"), QStringLiteral("user"), QStringLiteral("lang"), QStringLiteral("format")};
    Scan s;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--")) {
            s.words += arguments.mid(i + 1);
            break;
        }
        if (!a.startsWith(QLatin1Char('-')) || a.size() == 1) {
            s.words << a;
            continue;
        }
        QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        const bool inlineValue = eq >= 0;
        if (inlineValue) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        }
        if (globalValueOptions.contains(name)) {
            if (!inlineValue && i + 1 < arguments.size())
                value = arguments.at(++i);
            if (name == QLatin1String("db"))
                s.database = value;
            else if (name == QLatin1String("lang"))
                s.language = value;
            else
                s.otherOptions = true;
        } else if (name == QLatin1String("shared")) {
            s.shared = true;
        } else if (name == QLatin1String("help") || name == QLatin1String("h")
            || name == QLatin1String("?")) {
            s.help = true;
        } else if (name == QLatin1String("version")) {
            s.version = true;
        } else {
            s.otherOptions = true;
        }
    }
    return s;
}

QList<QCommandLineOption> globalOptions()
{
    return {
        {QStringLiteral("db"),
            Cli::tr("The database file (default: %1).")
                .arg(QDir::toNativeSeparators(Database::defaultPath())),
            Cli::tr("file")},
        {QStringLiteral("user"), Cli::tr("Record changes as this user (default: the operating-system user)."),
            Cli::tr("login")},
        {QStringLiteral("lang"), Cli::tr("Language of messages, e.g. de (default: the system's)."),
            Cli::tr("language")},
        {QStringLiteral("format"), Cli::tr("Output of lists: table (default), csv or json."),
            Cli::tr("format")},
        {QStringLiteral("shared"),
            Cli::tr(
                "Open the database as a shared file on a network drive (rollback journal instead of WAL). "
                "Without a command this also becomes the window's setting.")},
    };
}

QString optionList(const QList<QCommandLineOption> &options)
{
    QList<QPair<QString, QString>> rows;
    int width = 0;
    for (const QCommandLineOption &o : options) {
        QStringList names;
        for (const QString &n : o.names())
            names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        QString left = names.join(QStringLiteral(", "));
        if (!o.valueName().isEmpty())
            left += QStringLiteral(" <%1>").arg(o.valueName());
        rows.append({left, o.description()});
        width = std::max(width, int(left.size()));
    }
    QString text;
    for (const auto &[left, description] : rows)
        text += QStringLiteral("  ") + left.leftJustified(width + 2) + description + QLatin1Char('\n');
    return text;
}

void printOut(const QString &text)
{
    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    out.write(text.toUtf8());
}

} // namespace

Cli::Cli() = default;

std::optional<GuiOptions> Cli::guiOptions(const QStringList &arguments)
{
    const Scan s = scan(arguments);
    if (!s.words.isEmpty() || s.help || s.version || s.otherOptions)
        return std::nullopt;
    return GuiOptions {s.database, s.language, s.shared};
}

bool Cli::loadTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    QCoreApplication *app = QCoreApplication::instance();
    auto *own = new QTranslator(app);
    const bool found
        = own->load(locale, QStringLiteral("channeldesk"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    // Without a translation for the locale (fr, the C locale) the texts stay English; the English file
    // still has to supply the plural forms, or "%n partner(s)" shows as "2 partner(s)".
    if (found || own->load(QStringLiteral("channeldesk_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    // Qt's own texts, such as QCommandLineParser's messages, where the system has them.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return found || language.isEmpty() || locale.language() == QLocale::English;
}

QStringList Cli::groups() const
{
    QStringList names;
    for (const Command &c : m_commands) {
        if (!names.contains(c.words.first()))
            names << c.words.first();
    }
    return names;
}

const Command *Cli::find(const QStringList &words) const
{
    for (const Command &c : m_commands) {
        if (words.size() >= c.words.size() && words.mid(0, c.words.size()) == c.words)
            return &c;
    }
    return nullptr;
}

int Cli::help(const QStringList &only)
{
    QString text;
    if (only.isEmpty()) {
        text
            += tr("Usage: %1 [options] <command> [arguments]").arg(QLatin1String(CommandContext::programName))
            + QLatin1Char('\n');
        text += tr("       %1 [--db <file>] [--lang <language>] [--shared]    (opens the window)")
                    .arg(QLatin1String(CommandContext::programName))
            + QStringLiteral("\n\n");
        text += tr("ChannelDesk keeps the registry of channel partners and their customers.")
            + QStringLiteral("\n\n");
    }
    text += tr("Commands:") + QLatin1Char('\n');
    int width = 0;
    QList<const Command *> shown;
    for (const Command &c : m_commands) {
        if (!only.isEmpty() && c.words.first() != only.first())
            continue;
        shown << &c;
        width = std::max(width, int((c.name() + QLatin1Char(' ') + c.parameters).size()));
    }
    for (const Command *c : shown) {
        const QString left = QString(c->name() + QLatin1Char(' ') + c->parameters).trimmed();
        text += QStringLiteral("  ") + left.leftJustified(width + 2) + c->summary + QLatin1Char('\n');
    }
    if (only.isEmpty()) {
        text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
        QList<QCommandLineOption> options = globalOptions();
        options << QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."))
                << QCommandLineOption(QStringLiteral("version"), tr("Show the version."));
        text += optionList(options);
    }
    text += QLatin1Char('\n')
        + tr("Run \"%1 <command> --help\" for the options of a command.")
              .arg(QLatin1String(CommandContext::programName))
        + QLatin1Char('\n');
    printOut(text);
    return ExitOk;
}

int Cli::commandHelp(const Command &command, const QString &text)
{
    QString out = tr("Usage: %1 %2 [options] %3")
                      .arg(QLatin1String(CommandContext::programName), command.name(), command.parameters)
                      .trimmed()
        + QStringLiteral("\n\n") + command.summary + QStringLiteral("\n\n");
    out += text;
    printOut(out);
    return ExitOk;
}

int Cli::run(const QStringList &arguments)
{
    const Scan s = scan(arguments);
    if (!loadTranslations(s.language))
        CommandContext::printError(
            tr("There is no translation for \"%1\"; messages stay in English.").arg(s.language));

    m_commands.clear();
    m_commands += DemoCommand::commands();
    m_commands += PartnersCommands::commands();
    m_commands += CustomersCommands::commands();
    m_commands += ImportExportCommands::commands();
    m_commands += NetworkCommands::commands();
    m_commands += LeadsCommands::commands();
    m_commands += ReportsCommands::commands();
    m_commands += AgreementsCommands::commands();
    m_commands += CommissionsCommands::commands();
    m_commands += PayoutsCommands::commands();
    m_commands += DbCommands::commands();

    const QString program = QLatin1String(CommandContext::programName);
    const auto usageError = [&](const QString &message) {
        CommandContext::printError(message);
        CommandContext::printError(tr("Run \"%1 --help\" for the commands and options.").arg(program));
        return int(ExitUsage);
    };

    if (s.words.isEmpty()) {
        if (s.version) {
            printOut(QStringLiteral("%1 %2\n").arg(program, QCoreApplication::applicationVersion()));
            return ExitOk;
        }
        if (s.help)
            return help({});
        return usageError(tr("No command was given."));
    }

    const Command *command = find(s.words);
    if (!command) {
        const QString group = s.words.first();
        if (groups().contains(group)) {
            if (s.help && s.words.size() == 1)
                return help({group});
            QStringList names;
            for (const Command &c : m_commands) {
                if (c.words.first() == group)
                    names << c.words.value(1);
            }
            if (s.words.size() == 1)
                return usageError(
                    tr("\"%1\" needs one of: %2.").arg(group, names.join(QStringLiteral(", "))));
            return usageError(tr("Unknown command \"%1 %2\"; \"%1\" takes one of: %3.")
                                  .arg(group, s.words.at(1), names.join(QStringLiteral(", "))));
        }
        return usageError(tr("Unknown command \"%1\".").arg(group));
    }

    const auto commandUsageError = [&](const QString &message) {
        CommandContext::printError(message);
        CommandContext::printError(tr("Run \"%1 %2 --help\" for its options.").arg(program, command->name()));
        return int(ExitUsage);
    };

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    const QList<QCommandLineOption> own = command->options ? command->options() : QList<QCommandLineOption>();
    parser.addOptions(own);
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")});
    if (!parser.parse(arguments))
        return commandUsageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QString text;
        if (!own.isEmpty())
            text += tr("Options:") + QLatin1Char('\n') + optionList(own) + QLatin1Char('\n');
        text += tr("Global options:") + QLatin1Char('\n') + optionList(globalOptions());
        return commandHelp(*command, text);
    }

    QStringList rest = parser.positionalArguments();
    if (rest.mid(0, command->words.size()) != command->words)
        return commandUsageError(tr("Give the command \"%1\" before its arguments.").arg(command->name()));
    rest = rest.mid(command->words.size());
    if (rest.size() < command->minArguments)
        return commandUsageError(tr("\"%1\" needs %2.").arg(command->name(), command->parameters));
    if (rest.size() > command->maxArguments)
        return commandUsageError(tr("\"%1\" does not take the argument \"%2\".")
                                     .arg(command->name(), rest.at(command->maxArguments)));

    OutputFormat format = OutputFormat::Table;
    const QString formatName = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (formatName == QLatin1String("csv"))
        format = OutputFormat::Csv;
    else if (formatName == QLatin1String("json"))
        format = OutputFormat::Json;
    else if (formatName == QLatin1String("pdf") && command->pdf)
        format = OutputFormat::Pdf;
    else if (!formatName.isEmpty() && formatName != QLatin1String("table"))
        return commandUsageError(command->pdf
                ? tr("--format: \"%1\" is not one of table, csv, json, pdf.").arg(formatName)
                : tr("--format: \"%1\" is not one of table, csv, json.").arg(formatName));

    CommandContext context(parser, rest, format);
    return command->run(context);
}

} // namespace cd::cli
