#pragma once

// One test executable per test area (core, ui, e2e) holds many Qt Test classes. Each test file
// ends with CHANNELDESK_TEST_MAIN(Class) instead of QTEST_MAIN; the shared main() runs the class
// named by the first argument (the file's base name, e.g. `tst_iban`), so ctest still lists and
// runs every file as a test of its own:
//
//     channeldesk_core_tests tst_iban [Qt Test options]
//     channeldesk_core_tests --list

#include <QObject>

#include <memory>

namespace cd::test {

enum class AppKind {
    Core, // QCoreApplication (QTEST_GUILESS_MAIN)
    Gui, // QApplication when Qt Widgets is linked, else QGuiApplication (QTEST_MAIN)
};

using TestFactory = std::unique_ptr<QObject> (*)();

// Registers a test class under the base name of `sourceFile`. Returns true, for static init.
bool registerTest(const char *sourceFile, AppKind kind, TestFactory factory);

} // namespace cd::test

#define CHANNELDESK_TEST_REGISTER_(Class, kind)                                                              \
    namespace {                                                                                              \
    const bool channeldeskTestRegistered_##Class = ::cd::test::registerTest(                                 \
        __FILE__, kind, []() -> std::unique_ptr<QObject> { return std::make_unique<Class>(); });             \
    }

// A test class that needs a (Gui or Widgets) application object, like QTEST_MAIN.
#define CHANNELDESK_TEST_MAIN(Class) CHANNELDESK_TEST_REGISTER_(Class, ::cd::test::AppKind::Gui)
// A test class that needs only QCoreApplication, like QTEST_GUILESS_MAIN.
#define CHANNELDESK_TEST_GUILESS_MAIN(Class) CHANNELDESK_TEST_REGISTER_(Class, ::cd::test::AppKind::Core)
