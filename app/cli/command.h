#pragma once

// Command: one command of the command line ("partners list", "backup"): its words, help text,
// options and the function that runs it.

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <functional>

namespace cd::cli {

class CommandContext;

struct Command
{
    QStringList words; // {"partners", "list"} or {"backup"}
    QString summary; // one line for the command list
    QString parameters; // positional syntax after the words, e.g. "CODE" or "FILE"
    int minArguments = 0; // positional arguments after the words
    int maxArguments = 0;
    std::function<QList<QCommandLineOption>()> options; // made after the translator is installed
    std::function<int(CommandContext &)> run;
    bool pdf = false; // takes --format pdf (with --out FILE)

    QString name() const { return words.join(QLatin1Char(' ')); }
};

} // namespace cd::cli
