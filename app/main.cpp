// channeldesk: without a command it opens the window; with one ("partners list", "demo", ...) it
// runs on the command line with a QCoreApplication, so no display is needed.

#include "cli/agreementscommands.h"
#include "cli/cli.h"
#include "cli/commissionscommands.h"
#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <windows.h>

#include <cstdio>
#endif

namespace {

#ifdef Q_OS_WIN
// The Windows build is a GUI program (no console window when started from the menu), so a command
// typed in cmd or PowerShell would print into the void. Attach to the console of the shell that
// started us, and send stdout and stderr there unless the shell already redirected them to a file
// or pipe (then the inherited handles stay).
void attachParentConsole()
{
    const auto redirected = [](DWORD which) {
        const HANDLE h = GetStdHandle(which);
        return h != nullptr && h != INVALID_HANDLE_VALUE && GetFileType(h) != FILE_TYPE_UNKNOWN;
    };
    const bool outRedirected = redirected(STD_OUTPUT_HANDLE);
    const bool errRedirected = redirected(STD_ERROR_HANDLE);
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return; // started from Explorer or a shortcut: nobody is watching
    if (!outRedirected)
        (void)freopen("CONOUT$", "w", stdout);
    if (!errRedirected)
        (void)freopen("CONOUT$", "w", stderr);
}
#endif

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("ChannelDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHANNELDESK_VERSION));
}

int runWindow(int &argc, char **argv, const cd::cli::GuiOptions &options)
{
    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setDesktopFileName(QStringLiteral("org.channeldesk.ChannelDesk"));
    cd::Settings settings;
    cd::cli::Cli::loadTranslations(options.language.isEmpty() ? settings.language() : options.language);
    if (options.shared)
        settings.setJournalMode(cd::JournalMode::Shared);

    cd::MainWindow window;
    window.setRunsDailyJobsOnOpen(true);
    window.show();
    // A file named on the command line may be new; otherwise the last database, or the default one.
    if (!options.database.isEmpty()) {
        window.openDatabase(options.database, true);
    } else {
        const QString last = settings.lastDatabase();
        if (last.isEmpty() || !QFileInfo::exists(last) || !window.openDatabase(last))
            window.openDatabase(cd::Database::defaultPath());
    }
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (const auto gui = cd::cli::Cli::guiOptions(arguments))
        return runWindow(argc, argv, *gui);
#ifdef Q_OS_WIN
    attachParentConsole();
#endif

    // Rendering a PDF needs Qt Gui's fonts and paint engine, but no display.
    if (cd::cli::AgreementsCommands::rendersDocuments(arguments)
        || cd::cli::CommissionsCommands::rendersDocuments(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        setApplicationNames();
        return cd::cli::Cli().run(QCoreApplication::arguments());
    }

    QCoreApplication app(argc, argv);
    setApplicationNames();
    return cd::cli::Cli().run(QCoreApplication::arguments());
}
