// The shared main() of the test executables: picks the registered test class named by the first
// argument, creates the application object it needs and runs it with Qt Test.

#include "testmain.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#if defined(QT_WIDGETS_LIB)
#include <QApplication>
#elif defined(QT_GUI_LIB)
#include <QGuiApplication>
#endif

#include <cstdio>
#include <map>
#include <string>

namespace cd::test {
namespace {

struct Registration
{
    std::string sourceFile;
    AppKind kind;
    TestFactory factory;
};

std::map<std::string, Registration> &registry()
{
    static std::map<std::string, Registration> tests;
    return tests;
}

std::string baseName(const char *path)
{
    std::string p(path);
    const auto slash = p.find_last_of("/\\");
    if (slash != std::string::npos)
        p.erase(0, slash + 1);
    const auto dot = p.find_last_of('.');
    if (dot != std::string::npos)
        p.erase(dot);
    return p;
}

int usage(const char *program)
{
    std::fprintf(stderr, "usage: %s TEST [Qt Test options]\n       %s --list\ntests:\n", program, program);
    for (const auto &[name, r] : registry())
        std::fprintf(stderr, "  %s\n", name.c_str());
    return 2;
}

int run(const Registration &r, int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (r.kind == AppKind::Core) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
#if defined(QT_WIDGETS_LIB)
        app = std::make_unique<QApplication>(argc, argv);
#elif defined(QT_GUI_LIB)
        app = std::make_unique<QGuiApplication>(argc, argv);
#else
        app = std::make_unique<QCoreApplication>(argc, argv);
#endif
        QCoreApplication::setAttribute(Qt::AA_Use96Dpi, true);
    }
#if defined(QT_TESTCASE_BUILDDIR)
    QTest::setMainSourcePath(r.sourceFile.c_str(), QT_TESTCASE_BUILDDIR);
#else
    QTest::setMainSourcePath(r.sourceFile.c_str());
#endif
    // Every test process keeps its settings in a folder of its own, so that tests running side by
    // side (ctest -j) never read what another one saved, nor the user's own settings. A test may
    // still set its own folder.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelDeskTest"));
    QCoreApplication::setApplicationName(QString::fromStdString(baseName(r.sourceFile.c_str())));
    const QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    const std::unique_ptr<QObject> test = r.factory();
    return QTest::qExec(test.get(), argc, argv);
}

} // namespace

bool registerTest(const char *sourceFile, AppKind kind, TestFactory factory)
{
    registry().insert_or_assign(baseName(sourceFile), Registration {sourceFile, kind, factory});
    return true;
}

} // namespace cd::test

int main(int argc, char **argv)
{
    using namespace cd::test;
    if (argc < 2)
        return usage(argv[0]);
    const std::string name = argv[1];
    if (name == "--list") {
        for (const auto &[n, r] : registry())
            std::printf("%s\n", n.c_str());
        return 0;
    }
    const auto it = registry().find(name);
    if (it == registry().end()) {
        std::fprintf(stderr, "%s: no test named %s\n", argv[0], name.c_str());
        return usage(argv[0]);
    }
    // Qt Test sees the program name followed by the remaining options.
    argv[1] = argv[0];
    return run(it->second, argc - 1, argv + 1);
}
