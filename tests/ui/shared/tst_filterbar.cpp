// FilterBar: when it reports a change, what Clear Filters puts back, how lists keep their choice
// when refilled, and where the button goes.

#include "shared/filterbar.h"
#include "testmain.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolButton>

using namespace cd;
using namespace Qt::StringLiterals;

class TestFilterBar : public QObject
{
    Q_OBJECT
private slots:
    void changeReports_data();
    void changeReports();
    void clearResetsEverything();
    void fillKeepsChoice_data();
    void fillKeepsChoice();
    void buttonEndsLastLine_data();
    void buttonEndsLastLine();
    void countriesSortedByName();
};

namespace {

struct Bar
{
    FilterBar bar;
    QSpinBox *spin = new QSpinBox(&bar);

    Bar()
    {
        bar.addList(QStringLiteral("All kinds"), QStringLiteral("Kind"));
        bar.fill(0, {{QStringLiteral("Dealer"), 1}, {QStringLiteral("Agent"), 2}});
        QComboBox *archived = bar.addList(QStringLiteral("Current"), QStringLiteral("Archived"), 0, 1);
        archived->addItem(QStringLiteral("Archived only"), 2);
        spin->setRange(-1, 100);
        spin->setValue(-1);
        bar.addControl(spin, [this] { spin->setValue(-1); });
        QObject::connect(spin, &QSpinBox::valueChanged, &bar, &FilterBar::changed);
    }
};

} // namespace

void TestFilterBar::changeReports_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("atOnce"); // changed() before the search pause
    QTest::addColumn<int>("afterPause"); // changed() in all, after it
    QTest::newRow("typing reports once after the pause") << u"type"_s << 0 << 1;
    QTest::newRow("return reports at once, not again") << u"return"_s << 1 << 1;
    QTest::newRow("a list reports at once") << u"list"_s << 1 << 1;
    QTest::newRow("a control reports at once") << u"control"_s << 1 << 1;
    QTest::newRow("clear reports once") << u"clear"_s << 1 << 1;
}

void TestFilterBar::changeReports()
{
    QFETCH(QString, action);
    QFETCH(int, atOnce);
    QFETCH(int, afterPause);
    Bar b;
    QSignalSpy changed(&b.bar, &FilterBar::changed);
    if (action == QLatin1String("type") || action == QLatin1String("return")) {
        QTest::keyClicks(b.bar.searchEdit(), QStringLiteral("nor"));
        if (action == QLatin1String("return"))
            QTest::keyClick(b.bar.searchEdit(), Qt::Key_Return);
    } else if (action == QLatin1String("list")) {
        b.bar.list(0)->setCurrentIndex(2);
    } else if (action == QLatin1String("control")) {
        b.spin->setValue(30);
    } else {
        b.bar.clear();
    }
    QCOMPARE(changed.size(), atOnce);
    QTest::qWait(FilterBar::SearchDelayMs + 100);
    QCOMPARE(changed.size(), afterPause);
}

void TestFilterBar::clearResetsEverything()
{
    Bar b;
    b.bar.searchEdit()->setText(QStringLiteral("  nor  "));
    QCOMPARE(b.bar.searchText(), QStringLiteral("nor"));
    b.bar.list(0)->setCurrentIndex(1);
    b.bar.list(1)->setCurrentIndex(1);
    b.spin->setValue(30);
    b.bar.setFiltered(true);
    auto *button = b.bar.findChild<QToolButton *>(QStringLiteral("clearFilters"));
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QSignalSpy changed(&b.bar, &FilterBar::changed);
    button->click();
    QCOMPARE(changed.size(), 1);
    QVERIFY(b.bar.searchText().isEmpty());
    QCOMPARE(b.bar.list(0)->currentIndex(), 0);
    QVERIFY(!b.bar.value(0).isValid());
    QCOMPARE(b.bar.value(1), QVariant(0)); // the "all" entry's own value
    QCOMPARE(b.spin->value(), -1);
    QTest::qWait(FilterBar::SearchDelayMs + 100); // the cleared text does not report again
    QCOMPARE(changed.size(), 1);
}

void TestFilterBar::fillKeepsChoice_data()
{
    QTest::addColumn<int>("chosen"); // index before the refill
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<QString>("expected"); // text after it
    QTest::newRow("still offered, elsewhere") << 2 << QStringList {u"Agent"_s, u"Broker"_s} << u"Agent"_s;
    QTest::newRow("no longer offered") << 1 << QStringList {u"Agent"_s} << u"All kinds"_s;
    QTest::newRow("all stays all") << 0 << QStringList {u"Dealer"_s, u"Agent"_s} << u"All kinds"_s;
    QTest::newRow("emptied") << 1 << QStringList {} << u"All kinds"_s;
}

void TestFilterBar::fillKeepsChoice()
{
    QFETCH(int, chosen);
    QFETCH(QStringList, offered);
    QFETCH(QString, expected);
    Bar b;
    b.bar.list(0)->setCurrentIndex(chosen);
    QSignalSpy changed(&b.bar, &FilterBar::changed);
    const QHash<QString, int> values {{u"Dealer"_s, 1}, {u"Agent"_s, 2}, {u"Broker"_s, 3}};
    FilterBar::Items items;
    for (const QString &text : offered)
        items.append({text, values.value(text)});
    b.bar.fill(0, items);
    QCOMPARE(b.bar.list(0)->currentText(), expected);
    QCOMPARE(b.bar.list(0)->count(), offered.size() + 1);
    QCOMPARE(changed.size(), 0); // a refill is no change of the user's filter
}

void TestFilterBar::buttonEndsLastLine_data()
{
    QTest::addColumn<int>("lines");
    QTest::newRow("one line") << 1;
    QTest::newRow("two lines") << 2;
    QTest::newRow("three lines") << 3;
}

void TestFilterBar::buttonEndsLastLine()
{
    QFETCH(int, lines);
    FilterBar bar;
    for (int line = 0; line < lines; ++line) {
        bar.addList(QStringLiteral("All %1").arg(line), {}, {}, line);
        bar.addList(QStringLiteral("All %1b").arg(line), {}, {}, line);
    }
    bar.resize(1200, 200);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    auto *button = bar.findChild<QToolButton *>(QStringLiteral("clearFilters"));
    QVERIFY(button);
    // Right of every list, and on the lowest line.
    for (int i = 0; i < 2 * lines; ++i) {
        const QRect list = bar.list(i)->geometry();
        QVERIFY2(button->geometry().top() >= list.top(), qPrintable(QString::number(i)));
        if (list.top() == button->geometry().top())
            QVERIFY(button->geometry().left() > list.right());
    }
    // The lists of a line keep the order they were added in.
    for (int line = 0; line < lines; ++line)
        QVERIFY(bar.list(2 * line)->geometry().right() < bar.list(2 * line + 1)->geometry().left());
    QVERIFY(bar.searchEdit()->geometry().top() < bar.list(0)->geometry().bottom());
}

void TestFilterBar::countriesSortedByName()
{
    const FilterBar::Items countries = FilterBar::countryItems();
    QVERIFY(countries.size() > 200);
    int germany = -1, austria = -1;
    for (int i = 0; i < countries.size(); ++i) {
        if (countries[i].second == QLatin1String("DE"))
            germany = i;
        if (countries[i].second == QLatin1String("AT"))
            austria = i;
    }
    QVERIFY(austria >= 0 && germany > austria);
}

CHANNELDESK_TEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
