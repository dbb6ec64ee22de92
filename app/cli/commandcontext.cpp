#include "commandcontext.h"

#include "common/country.h"

#include <csignal>
#include <cstdio>

#if defined(Q_OS_WIN)
#include <io.h>
#define CD_ISATTY _isatty
#define CD_FILENO _fileno
#else
#include <unistd.h>
#define CD_ISATTY isatty
#define CD_FILENO fileno
#endif

namespace cd::cli {

namespace {

std::atomic_bool s_interrupted = false;
static_assert(std::atomic_bool::is_always_lock_free, "the signal handler needs a lock-free flag");

extern "C" void onInterrupt(int)
{
    if (s_interrupted.exchange(true)) {
        // A second Ctrl+C: the user does not want to wait for the clean stop.
        std::signal(SIGINT, SIG_DFL);
        std::raise(SIGINT);
    }
}

} // namespace

CommandContext::CommandContext(
    const QCommandLineParser &parser, const QStringList &arguments, OutputFormat format)
    : m_parser(parser)
    , m_arguments(arguments)
    , m_format(format)
{
    m_stdout.open(stdout, QIODevice::WriteOnly);
    m_out.setDevice(&m_stdout);
}

CommandContext::~CommandContext()
{
    m_out.flush();
    m_stdout.flush();
}

QIODevice &CommandContext::outDevice()
{
    m_out.flush();
    return m_stdout;
}

Result<qint64> CommandContext::number(const QString &option, qint64 fallback, qint64 min, qint64 max) const
{
    if (!m_parser.isSet(option))
        return fallback;
    const QString text = m_parser.value(option).trimmed();
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    const QString field = QStringLiteral("--") + option;
    if (!ok)
        return Error {Error::Code::Usage, tr("\"%1\" is not a whole number.").arg(text), field, {}, 0, 0};
    if (value < min || value > max)
        return Error {Error::Code::Usage, tr("%1 is not between %2 and %3.").arg(value).arg(min).arg(max),
            field, {}, 0, 0};
    return value;
}

Result<QString> CommandContext::country(const QString &option) const
{
    const QString text = m_parser.value(option).trimmed();
    if (text.isEmpty())
        return QString();
    const QString code = Country::fromName(text);
    if (code.isEmpty())
        return Error {Error::Code::Usage,
            tr("\"%1\" is not a country; give an ISO code such as DE or FR, or an English name.").arg(text),
            QStringLiteral("--") + option, {}, 0, 0};
    return code;
}

Result<Database> CommandContext::openDatabase(bool create) const
{
    DatabaseOptions options;
    options.path = m_parser.isSet(QStringLiteral("db")) ? m_parser.value(QStringLiteral("db"))
                                                        : Database::defaultPath();
    options.create = create;
    options.userLogin = m_parser.value(QStringLiteral("user"));
    if (m_parser.isSet(QStringLiteral("shared")))
        options.mode = JournalMode::Shared;
    auto db = Database::open(options);
    if (!db && db.error().file.isEmpty()) {
        Error e = db.error();
        e.file = options.path;
        return e;
    }
    return db;
}

int CommandContext::fail(const Error &error)
{
    printError(error.toString());
    return error.code == Error::Code::Usage ? ExitUsage : ExitFailure;
}

int CommandContext::usage(const QString &message)
{
    return fail(Error::make(Error::Code::Usage, message));
}

void CommandContext::note(const QString &text)
{
    printError(text);
}

void CommandContext::printError(const QString &text)
{
    std::fflush(stdout);
    const QByteArray line = QByteArray(programName) + ": " + text.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

bool CommandContext::stderrIsTerminal() const
{
    return CD_ISATTY(CD_FILENO(stderr)) != 0;
}

const std::atomic_bool *CommandContext::cancelFlag() const
{
    return &s_interrupted;
}

void CommandContext::watchInterrupt()
{
    s_interrupted = false;
    std::signal(SIGINT, onInterrupt);
}

} // namespace cd::cli
