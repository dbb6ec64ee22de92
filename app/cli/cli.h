#pragma once

// Cli: the command line of channeldesk. Finds the command in the arguments, parses its options
// with QCommandLineParser and runs it; no arguments but the GUI's own options mean the window.

#include "command.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace cd::cli {

// The options that also apply to the window.
struct GuiOptions
{
    QString database; // empty = the last one or the default
    QString language; // empty = the settings' or the system's
    bool shared = false;
};

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Cli();

    // Runs the command in `arguments` (the first is the program) and returns the exit code.
    int run(const QStringList &arguments);

    // The window's options when `arguments` name no command and hold only --db, --lang and --shared;
    // nothing when they are a command line for run().
    static std::optional<GuiOptions> guiOptions(const QStringList &arguments);
    // Installs ChannelDesk's and Qt's translations for `language` ("de"; empty = the system's).
    // Returns false when a language was asked for and ChannelDesk has no translation for it.
    static bool loadTranslations(const QString &language);

private:
    int help(const QStringList &arguments);
    int commandHelp(const Command &command, const QString &text);
    const Command *find(const QStringList &words) const;
    QStringList groups() const;

    QList<Command> m_commands;
};

} // namespace cd::cli
