// showReadError / valueOrShow: a failed read is said where it happened, never swallowed.

#include "shared/readerror.h"
#include "testmain.h"

#include <QDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QTest>

using namespace cd;

class TestReadError : public QObject
{
    Q_OBJECT
private slots:
    void shownWhereItHappened_data();
    void shownWhereItHappened();
    void goodReadsPassThrough();
};

void TestReadError::shownWhereItHappened_data()
{
    QTest::addColumn<bool>("inMainWindow");
    QTest::newRow("page in the main window: status bar") << true;
    QTest::newRow("dialog: message box") << false;
}

void TestReadError::shownWhereItHappened()
{
    QFETCH(bool, inMainWindow);
    QMainWindow window;
    QDialog dialog;
    auto *page = new QLabel;
    if (inMainWindow)
        window.setCentralWidget(page);
    else
        page->setParent(&dialog);
    const Result<QList<int>> failed
        = Error::make(Error::Code::Database, QStringLiteral("no such table: areas"));
    const QList<int> got = valueOrShow(failed, page, QStringLiteral("the areas"), QList<int> {7});
    QCOMPARE(got, QList<int> {7}); // the fallback: the page goes on
    const QString expected = QStringLiteral("Could not read the areas: no such table: areas");
    if (inMainWindow) {
        QCOMPARE(window.statusBar()->currentMessage(), expected);
    } else {
        auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("readErrorBox"));
        QVERIFY(box);
        QCOMPARE(box->text(), expected);
        box->close();
    }
}

void TestReadError::goodReadsPassThrough()
{
    QMainWindow window;
    const Result<QString> good = QStringLiteral("Nord");
    QCOMPARE(valueOrShow(good, &window, QStringLiteral("the area")), QStringLiteral("Nord"));
    QVERIFY(window.statusBar()->currentMessage().isEmpty());
    QVERIFY(!window.findChild<QMessageBox *>());
}

CHANNELDESK_TEST_MAIN(TestReadError)
#include "tst_readerror.moc"
