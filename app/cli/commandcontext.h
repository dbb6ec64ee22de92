#pragma once

// CommandContext: what a running command needs from the command line: its parsed options and
// arguments, the database, standard output in the chosen format, errors on stderr with the exit
// code they mean, and a cancel flag raised by Ctrl+C.

#include "common/result.h"
#include "db/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <atomic>

namespace cd::cli {

// Exit codes of the command line.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

enum class OutputFormat { Table, Csv, Json, Pdf }; // Pdf: only commands that render (Command::pdf)

class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(CommandContext)
public:
    static constexpr const char *programName = "channeldesk";

    CommandContext(const QCommandLineParser &parser, const QStringList &arguments, OutputFormat format);
    ~CommandContext();
    CommandContext(const CommandContext &) = delete;
    CommandContext &operator=(const CommandContext &) = delete;

    const QCommandLineParser &parser() const { return m_parser; }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    // Positional arguments after the command's words.
    const QStringList &arguments() const { return m_arguments; }
    OutputFormat format() const { return m_format; }

    // A whole number option in [min, max]; `fallback` when the option is not given. Usage error
    // (field = the option) otherwise.
    Result<qint64> number(const QString &option, qint64 fallback, qint64 min, qint64 max) const;
    // An ISO country code from --country: "de", "DE", "Germany" all give "DE".
    Result<QString> country(const QString &option) const;

    // Opens --db (default Database::defaultPath()) as --user. A missing file is an error unless
    // `create` is true.
    Result<Database> openDatabase(bool create = false) const;

    // A record the database keeps once (T::load(db), T::save(db, record): commission settings, the
    // payout account), changed by `change` from the options when it returns true and saved. Fails
    // with change's error, or the database's.
    template<typename T, typename Change>
    Result<T> editStored(Change change) const
    {
        auto db = openDatabase();
        if (!db)
            return db.error();
        auto stored = T::load(*db);
        if (!stored)
            return stored.error();
        T record = stored.value();
        const Result<bool> changed = change(record);
        if (!changed)
            return changed.error();
        if (changed.value()) {
            if (Status s = T::save(*db, record); !s)
                return s.error();
        }
        return record;
    }

    QTextStream &out() { return m_out; }
    // Standard output as a device, for writers that want bytes; out() is flushed first.
    QIODevice &outDevice();

    // Prints "channeldesk: <error>" on stderr and returns the exit code it means: ExitUsage for
    // usage errors, ExitFailure for everything else.
    int fail(const Error &error);
    int usage(const QString &message);
    // A message for people on stderr, "channeldesk: <text>".
    void note(const QString &text);

    bool stderrIsTerminal() const;
    // Raised by Ctrl+C once watchInterrupt() was called; a second Ctrl+C ends the program.
    const std::atomic_bool *cancelFlag() const;
    void watchInterrupt();

    static void printError(const QString &text);

private:
    const QCommandLineParser &m_parser;
    QStringList m_arguments;
    OutputFormat m_format;
    QFile m_stdout;
    QTextStream m_out;
};

} // namespace cd::cli
