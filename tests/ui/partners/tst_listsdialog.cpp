// Widget tests of the lists dialog and its LookupListModel: adding, renaming and reordering levels,
// lead weights, disabling activations, refused removals and duplicates, a concurrent change through a
// second connection, and the main window's Settings ▸ Lists… refreshing the partner filters.

#include "../registryfixture.h"
#include "../widgethelpers.h"
#include "db/sql.h"
#include "mainwindow.h"
#include "partners/listsdialog.h"
#include "partners/partnereditor.h"
#include "partners/partnerlistview.h"
#include "partners/partnertablemodel.h"
#include "shared/editform.h"
#include "shared/lookuplistmodel.h"
#include "testmain.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>
#include <optional>

using namespace cd;
using cd::test::Registry;
using cd::test::screenshot;
using List = LookupStore::List;
using Field = LookupListModel::Field;

namespace {

constexpr int kListPartners = 40;

// The row showing the entry named `name` (login for users); -1 when there is none.
int rowNamed(const LookupListModel *model, const QString &name)
{
    const int column = model->columnOf(model->keyField());
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data(Qt::EditRole).toString() == name)
            return row;
    }
    return -1;
}

QModelIndex cell(const LookupListModel *model, const QString &name, Field field)
{
    return model->index(rowNamed(model, name), model->columnOf(field));
}

std::optional<Level> storedLevel(const Database &db, const QString &name)
{
    for (const Level &l : LookupStore(db).levels().valueOr({})) {
        if (l.name == name)
            return l;
    }
    return std::nullopt;
}

QStringList storedLevelNames(const Database &db)
{
    QStringList names;
    for (const Level &l : LookupStore(db).levels().valueOr({}))
        names.append(l.name);
    return names;
}

} // namespace

class TestListsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void modelPassesTester_data();
    void modelPassesTester();
    void showsPartnerCounts();
    void addLevelThroughTheView();
    void renameLevel();
    void weightZero();
    void weightEditorRefusesNegative();
    void disableActivation();
    void removeArea_data();
    void removeArea();
    void duplicateNameRefused_data();
    void duplicateNameRefused();
    void swapNames_data();
    void swapNames();
    void swapAsksInTheDialog_data();
    void swapAsksInTheDialog();
    void concurrentChangeConflicts();
    void moveLevels();
    void concurrentChangeDuringMove();
    void usersAreNotRemoved();
    void mainWindowRefreshesFilters();
    void screenshots();

private:
    QTemporaryDir m_config;
};

void TestListsDialog::initTestCase()
{
    // The main window remembers layouts; keep that away from the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_config.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_listsdialog"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
}

void TestListsDialog::modelPassesTester_data()
{
    QTest::addColumn<int>("list");
    QTest::newRow("levels") << int(List::Levels);
    QTest::newRow("activations") << int(List::Activations);
    QTest::newRow("areas") << int(List::Areas);
    QTest::newRow("users") << int(List::Users);
}

// Every change the dialog makes, under the tester: read, add a draft, name it, edit, move, remove,
// and a conflict that reads the list again.
void TestListsDialog::modelPassesTester()
{
    QFETCH(int, list);
    Registry r;
    QVERIFY(r.addPartners(kListPartners));
    std::unique_ptr<LookupListModel> model(LookupListModel::create(static_cast<List>(list), r.db));
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model->reload().ok());
    const int stored = model->rowCount();
    QVERIFY(stored >= 3);
    QSignalSpy written(model.get(), &LookupListModel::written);

    const int row = model->addEntry();
    QCOMPARE(row, stored);
    QVERIFY(model->isDraft(row));
    const QModelIndex key = model->index(row, model->columnOf(model->keyField()));
    QCOMPARE(key.data(Qt::EditRole).toString(), QString());
    QVERIFY(!key.data(Qt::DisplayRole).toString().isEmpty()); // the placeholder
    QCOMPARE(written.count(), 0);
    QVERIFY(model->setData(key, QStringLiteral("  Fresh  ")));
    QVERIFY(!model->isDraft(row));
    QCOMPARE(key.data(Qt::EditRole).toString(), QStringLiteral("Fresh")); // stored trimmed
    QCOMPARE(written.count(), 1);
    QCOMPARE(model->index(row, model->columnOf(Field::Partners)).data(LookupListModel::PartnerCountRole),
        QVariant(qint64(0)));

    // Setting the value a cell already has writes nothing.
    const int version = key.data(LookupListModel::VersionRole).toInt();
    QVERIFY(model->setData(key, QStringLiteral("Fresh")));
    QCOMPARE(key.data(LookupListModel::VersionRole).toInt(), version);
    QCOMPARE(written.count(), 1);

    if (const int active = model->columnOf(Field::Active); active >= 0) {
        QVERIFY(model->setData(model->index(row, active), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model->index(row, active).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    }
    if (model->isOrdered()) {
        const qint64 fresh = model->entryId(row);
        QVERIFY(model->moveEntry(row, -1).ok());
        QCOMPARE(model->entryId(row - 1), fresh);
        QVERIFY(model->moveEntry(row - 1, 1).ok());
        QVERIFY(!model->moveEntry(0, -1).ok()); // nowhere to go
    }
    if (model->canRemove()) {
        QVERIFY(model->removeEntry(rowNamed(model.get(), QStringLiteral("Fresh"))).ok());
        QCOMPARE(model->rowCount(), stored);
    }
    // A draft is dropped without a write.
    const int writes = int(written.count());
    QVERIFY(model->removeEntry(model->addEntry()).ok());
    QCOMPARE(written.count(), writes);

    // Someone else removes what the list shows: the next edit conflicts and reads the list again.
    model->addEntry(); // kept across the reload
    const qint64 id = model->entryId(0);
    const int before = model->index(0, 0).data(LookupListModel::VersionRole).toInt();
    const QString table = QStringList {QStringLiteral("partner_levels"),
        QStringLiteral("partner_activations"), QStringLiteral("areas"), QStringLiteral("users")}
                              .at(list);
    auto other = r.db.openAnotherConnection();
    QVERIFY(other.ok());
    QVERIFY(sql::run(
        other->sql(), QStringLiteral("UPDATE %1 SET version = version + 1 WHERE id = ?").arg(table), {id})
                .ok());
    QSignalSpy failed(model.get(), &LookupListModel::writeFailed);
    QVERIFY(!model->setData(model->index(0, model->columnOf(model->keyField())), QStringLiteral("Changed")));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(model->lastError().code, Error::Code::Conflict);
    QTRY_COMPARE(model->index(model->rowOf(id), 0).data(LookupListModel::VersionRole).toInt(), before + 1);
    QVERIFY(model->isDraft(model->rowCount() - 1));
}

void TestListsDialog::showsPartnerCounts()
{
    Registry r;
    QVERIFY(r.addPartners(kListPartners));
    ListsDialog dialog(r.db);
    for (List list : {List::Levels, List::Activations, List::Areas, List::Users}) {
        const LookupListModel *model = dialog.model(list);
        const auto usage = LookupStore(r.db).usage(list).value();
        qint64 total = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex count = model->index(row, model->columnOf(Field::Partners));
            QCOMPARE(count.data(Qt::DisplayRole).toLongLong(), usage.value(model->entryId(row)));
            QCOMPARE(count.flags() & Qt::ItemIsEditable, Qt::NoItemFlags);
            total += count.data(LookupListModel::PartnerCountRole).toLongLong();
        }
        QVERIFY(total > 0);
    }
}

// As a user does it: Add opens the editor on the new row's name; typing and Return saves it.
void TestListsDialog::addLevelThroughTheView()
{
    Registry r;
    ListsDialog dialog(r.db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.showList(List::Levels);
    LookupListModel *model = dialog.model(List::Levels);
    QTableView *view = dialog.view(List::Levels);
    auto *add = view->parentWidget()->findChild<QPushButton *>(QStringLiteral("add"));
    QVERIFY(add);
    // Return on the list (no cell edited) neither closes the dialog nor presses a button.
    view->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(model->rowCount(), 3);
    add->click();
    QCOMPARE(model->rowCount(), 4);
    const QModelIndex name = view->currentIndex();
    QCOMPARE(name.row(), 3);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(name));
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("Platinum"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!model->isDraft(3)); // the delegate commits on Return through a queued call
    QVERIFY(model->setData(cell(model, QStringLiteral("Platinum"), Field::Weight), 5));

    const auto platinum = storedLevel(r.db, QStringLiteral("Platinum"));
    QVERIFY(platinum);
    QCOMPARE(platinum->weight, 5);
    QCOMPARE(storedLevelNames(r.db).last(), QStringLiteral("Platinum")); // offered last
    QVERIFY(dialog.hasWritten());
    QVERIFY(dialog.message(List::Levels).isEmpty());
}

void TestListsDialog::renameLevel()
{
    Registry r;
    const qint64 gold = storedLevel(r.db, QStringLiteral("Gold"))->id;
    ListsDialog dialog(r.db);
    LookupListModel *model = dialog.model(List::Levels);
    QVERIFY(dialog.model(List::Levels)
                ->setData(cell(model, QStringLiteral("Gold"), Field::Name), QStringLiteral("Gold Partner")));
    const auto renamed = storedLevel(r.db, QStringLiteral("Gold Partner"));
    QVERIFY(renamed);
    QCOMPARE(renamed->id, gold);
    QCOMPARE(renamed->version, 2);
    QCOMPARE(model->index(model->rowOf(gold), 0).data(LookupListModel::VersionRole).toInt(), 2);
    QVERIFY(!storedLevel(r.db, QStringLiteral("Gold")));
}

void TestListsDialog::weightZero()
{
    Registry r;
    ListsDialog dialog(r.db);
    LookupListModel *model = dialog.model(List::Levels);
    const QModelIndex weight = cell(model, QStringLiteral("Bronze"), Field::Weight);
    QVERIFY(model->setData(weight, 0));
    QCOMPARE(storedLevel(r.db, QStringLiteral("Bronze"))->weight, 0);
    QCOMPARE(weight.data(Qt::EditRole).toInt(), 0);
    // Zero is a meaning, not just a number: the list says so.
    QVERIFY(weight.data(Qt::DisplayRole).toString().contains(QLatin1String("no leads")));
    QVERIFY(weight.data(Qt::ToolTipRole).toString().contains(QLatin1String("no leads")));
}

void TestListsDialog::weightEditorRefusesNegative()
{
    Registry r;
    ListsDialog dialog(r.db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    LookupListModel *model = dialog.model(List::Levels);
    QTableView *view = dialog.view(List::Levels);
    const QModelIndex weight = cell(model, QStringLiteral("Gold"), Field::Weight);
    view->setCurrentIndex(weight);
    view->edit(weight);
    auto *spin = qobject_cast<QSpinBox *>(view->indexWidget(weight));
    QVERIFY(spin);
    QCOMPARE(spin->minimum(), 0);
    QCOMPARE(spin->value(), 3);
    // And the store refuses it from anyone who gets past the editor.
    QVERIFY(!model->setData(weight, -1));
    QVERIFY(!dialog.message(List::Levels).isEmpty());
    QCOMPARE(storedLevel(r.db, QStringLiteral("Gold"))->weight, 3);
}

void TestListsDialog::disableActivation()
{
    Registry r;
    ListsDialog dialog(r.db);
    LookupListModel *model = dialog.model(List::Activations);
    const QModelIndex active = cell(model, QStringLiteral("Ramp-up"), Field::Active);
    QCOMPARE(active.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(active.flags() & Qt::ItemIsUserCheckable);
    QVERIFY(model->setData(active, Qt::Unchecked, Qt::CheckStateRole));
    const auto stored = LookupStore(r.db).activations().valueOr({});
    QCOMPARE(stored.size(), 3);
    for (const Activation &a : stored)
        QCOMPARE(a.active, a.name != QLatin1String("Ramp-up"));
    QCOMPARE(active.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
}

void TestListsDialog::removeArea_data()
{
    QTest::addColumn<QString>("area");
    QTest::addColumn<bool>("removed");
    QTest::newRow("unused") << "Nordics" << true;
    QTest::newRow("used by partners") << "North" << false;
}

void TestListsDialog::removeArea()
{
    QFETCH(QString, area);
    QFETCH(bool, removed);
    Registry r;
    QVERIFY(r.addPartners(kListPartners));
    QVERIFY(LookupStore(r.db).ensureArea(QStringLiteral("Nordics")).ok());
    const qint64 areas = LookupStore(r.db).areas()->size();
    const qint64 partners
        = LookupStore(r.db).usage(List::Areas)->value(LookupStore(r.db).ensureArea(area).value());

    ListsDialog dialog(r.db);
    dialog.showList(List::Areas);
    LookupListModel *model = dialog.model(List::Areas);
    QTableView *view = dialog.view(List::Areas);
    view->setCurrentIndex(model->index(rowNamed(model, area), 0));
    dialog.removeCurrentEntry();

    QCOMPARE(rowNamed(model, area) < 0, removed);
    QCOMPARE(LookupStore(r.db).areas()->size(), removed ? areas - 1 : areas);
    QCOMPARE(dialog.hasWritten(), removed);
    const QString message = dialog.message(List::Areas);
    if (removed) {
        QVERIFY(message.isEmpty());
    } else {
        // The store's reason, naming the entry and how many partners hold it.
        QVERIFY(partners > 0);
        QVERIFY2(message.contains(area), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("%1 partner").arg(partners)), qPrintable(message));
        QCOMPARE(model->lastError().code, Error::Code::Validation);
    }
}

void TestListsDialog::duplicateNameRefused_data()
{
    QTest::addColumn<int>("list");
    QTest::addColumn<QString>("entry"); // empty = a new entry
    QTest::addColumn<QString>("name");
    QTest::newRow("rename level") << int(List::Levels) << "Silver"
                                  << "gold";
    QTest::newRow("new level") << int(List::Levels) << ""
                               << "Bronze";
    QTest::newRow("rename activation") << int(List::Activations) << "Ramp-up"
                                       << "First Contact";
    QTest::newRow("new area") << int(List::Areas) << ""
                              << "north";
    QTest::newRow("new user") << int(List::Users) << ""
                              << "anna";
}

void TestListsDialog::duplicateNameRefused()
{
    QFETCH(int, list);
    QFETCH(QString, entry);
    QFETCH(QString, name);
    Registry r;
    QVERIFY(r.addPartners(kListPartners));
    ListsDialog dialog(r.db);
    dialog.showList(static_cast<List>(list));
    LookupListModel *model = dialog.model(static_cast<List>(list));
    model->setSwapConfirmer({}); // without the swap question (swapNames), a taken name is refused
    const int rows = model->rowCount();
    const int row = entry.isEmpty() ? model->addEntry() : rowNamed(model, entry);
    QVERIFY(row >= 0);
    const QModelIndex key = model->index(row, model->columnOf(model->keyField()));
    QVERIFY(!model->setData(key, name));

    QCOMPARE(model->lastError().code, Error::Code::Duplicate);
    const QString message = dialog.message(static_cast<List>(list));
    QVERIFY2(message.contains(name), qPrintable(message));
    QCOMPARE(key.data(Qt::EditRole).toString(), entry); // as it was
    QCOMPARE(model->isDraft(row), entry.isEmpty());
    QCOMPARE(model->rowCount(), entry.isEmpty() ? rows + 1 : rows);
    QVERIFY(!dialog.hasWritten());

    // Another name goes through and clears the message.
    QVERIFY(model->setData(key, QStringLiteral("Unique")));
    QVERIFY(dialog.message(static_cast<List>(list)).isEmpty());
}

void TestListsDialog::swapNames_data()
{
    QTest::addColumn<int>("list");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("other"); // the entry whose name was typed
    QTest::addColumn<bool>("confirm");
    QTest::newRow("levels, confirmed") << int(List::Levels) << "Silver"
                                       << "gold"
                                       << "Gold" << true;
    QTest::newRow("levels, cancelled") << int(List::Levels) << "Silver"
                                       << "Gold"
                                       << "Gold" << false;
    QTest::newRow("activations, confirmed") << int(List::Activations) << "Ramp-up"
                                            << "First Contact"
                                            << "First Contact" << true;
}

// Renaming an entry to the name of another asks to swap the two names; confirmed, both entries
// trade names in one write and the partners keep their entry.
void TestListsDialog::swapNames()
{
    QFETCH(int, list);
    QFETCH(QString, entry);
    QFETCH(QString, typed);
    QFETCH(QString, other);
    QFETCH(bool, confirm);
    Registry r;
    ListsDialog dialog(r.db);
    dialog.showList(static_cast<List>(list));
    LookupListModel *model = dialog.model(static_cast<List>(list));
    QStringList asked;
    model->setSwapConfirmer([&](const QString &renamed, const QString &taken) {
        asked << renamed << taken;
        return confirm;
    });
    const int row = rowNamed(model, entry);
    const qint64 entryId = model->entryId(row);
    const qint64 otherId = model->entryId(rowNamed(model, other));
    const QModelIndex key = model->index(row, model->columnOf(model->keyField()));
    QCOMPARE(model->setData(key, typed), confirm);
    QCOMPARE(asked, (QStringList {entry, other}));
    QCOMPARE(model->lastError().code, Error::Code::None);
    QCOMPARE(dialog.hasWritten(), confirm);
    // Read back on the next pass of the event loop.
    QTRY_COMPARE(model->entryId(rowNamed(model, other)), confirm ? entryId : otherId);
    QCOMPARE(model->entryId(rowNamed(model, entry)), confirm ? otherId : entryId);
}

void TestListsDialog::swapAsksInTheDialog_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::newRow("yes") << true;
    QTest::newRow("cancel") << false;
}

// The dialog's own question: a message box naming both entries; Yes swaps, Cancel keeps both.
void TestListsDialog::swapAsksInTheDialog()
{
    QFETCH(bool, confirm);
    Registry r;
    ListsDialog dialog(r.db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    LookupListModel *levels = dialog.model(List::Levels);
    const qint64 bronze = levels->entryId(rowNamed(levels, QStringLiteral("Bronze")));
    QString question;
    QTimer::singleShot(0, &dialog, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            question = box->text();
            box->button(confirm ? QMessageBox::Yes : QMessageBox::Cancel)->click();
        }
    });
    QCOMPARE(levels->setData(cell(levels, QStringLiteral("Bronze"), Field::Name), QStringLiteral("Silver")),
        confirm);
    QVERIFY2(question.contains(QStringLiteral("Bronze")) && question.contains(QStringLiteral("Silver")),
        qPrintable(question));
    QTRY_COMPARE(levels->entryId(rowNamed(levels, QStringLiteral("Silver"))) == bronze, confirm);
}

// Someone else changes Gold through their own connection while the dialog shows the old one; the
// user's edit in the view meets the conflict, which reads the list again under the closing editor.
void TestListsDialog::concurrentChangeConflicts()
{
    Registry r;
    ListsDialog dialog(r.db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    LookupListModel *model = dialog.model(List::Levels);
    QTableView *view = dialog.view(List::Levels);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);

    auto other = r.db.openAnotherConnection();
    QVERIFY(other.ok());
    const LookupStore theirs(*other);
    Level gold = theirs.levels()->first();
    gold.weight = 7;
    QVERIFY(theirs.saveLevel(gold).ok());

    const QModelIndex weight = cell(model, QStringLiteral("Gold"), Field::Weight);
    view->setCurrentIndex(weight);
    view->edit(weight);
    auto *spin = qobject_cast<QSpinBox *>(view->indexWidget(weight));
    QVERIFY(spin);
    const QPointer<QSpinBox> editor = spin;
    spin->setValue(9);
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_COMPARE(reset.count(), 1);
    QCOMPARE(model->lastError().code, Error::Code::Conflict);
    QTRY_VERIFY(!editor); // closed and gone, not left over the reread list
    const QString message = dialog.message(List::Levels);
    QVERIFY2(message.contains(QLatin1String("someone else")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Gold")), qPrintable(message));
    // Nothing overwritten; the list was read again and shows their change.
    QCOMPARE(storedLevel(r.db, QStringLiteral("Gold"))->weight, 7);
    QCOMPARE(cell(model, QStringLiteral("Gold"), Field::Weight).data(Qt::EditRole).toInt(), 7);
    // Now the change goes through.
    QVERIFY(model->setData(cell(model, QStringLiteral("Gold"), Field::Weight), 9));
    QCOMPARE(storedLevel(r.db, QStringLiteral("Gold"))->weight, 9);
    QVERIFY(dialog.message(List::Levels).isEmpty());
}

void TestListsDialog::moveLevels()
{
    Registry r;
    ListsDialog dialog(r.db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    LookupListModel *model = dialog.model(List::Levels);
    QTableView *view = dialog.view(List::Levels);
    auto *up = view->parentWidget()->findChild<QPushButton *>(QStringLiteral("moveUp"));
    auto *down = view->parentWidget()->findChild<QPushButton *>(QStringLiteral("moveDown"));
    QVERIFY(up && down);
    QVERIFY(!up->isEnabled()); // nothing selected

    view->setCurrentIndex(cell(model, QStringLiteral("Bronze"), Field::Name));
    QVERIFY(up->isEnabled());
    QVERIFY(!down->isEnabled());
    up->click();
    QCOMPARE(storedLevelNames(r.db),
        QStringList({QStringLiteral("Gold"), QStringLiteral("Bronze"), QStringLiteral("Silver")}));
    QCOMPARE(view->currentIndex().row(), 1); // the cursor moved with it
    QVERIFY(down->isEnabled());

    view->setCurrentIndex(cell(model, QStringLiteral("Gold"), Field::Name));
    down->click();
    QCOMPARE(storedLevelNames(r.db),
        QStringList({QStringLiteral("Bronze"), QStringLiteral("Gold"), QStringLiteral("Silver")}));
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Bronze"));
    QVERIFY(dialog.hasWritten());
}

// A move writes several rows in one transaction: a conflict on any leaves the order as stored.
void TestListsDialog::concurrentChangeDuringMove()
{
    Registry r;
    ListsDialog dialog(r.db);
    LookupListModel *model = dialog.model(List::Levels);

    auto other = r.db.openAnotherConnection();
    QVERIFY(other.ok());
    const LookupStore theirs(*other);
    Level silver = theirs.levels()->at(1);
    silver.name = QStringLiteral("Silver Partner");
    QVERIFY(theirs.saveLevel(silver).ok());

    const Status moved = model->moveEntry(rowNamed(model, QStringLiteral("Bronze")), -1);
    QVERIFY(!moved.ok());
    QCOMPARE(moved.error().code, Error::Code::Conflict);
    QVERIFY(!dialog.message(List::Levels).isEmpty());
    const QStringList stored
        = {QStringLiteral("Gold"), QStringLiteral("Silver Partner"), QStringLiteral("Bronze")};
    QCOMPARE(storedLevelNames(r.db), stored);
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown.append(model->index(row, 0).data().toString());
    QCOMPARE(shown, stored);
}

void TestListsDialog::usersAreNotRemoved()
{
    Registry r;
    ListsDialog dialog(r.db);
    dialog.showList(List::Users);
    QTableView *view = dialog.view(List::Users);
    QVERIFY(!view->parentWidget()->findChild<QPushButton *>(QStringLiteral("remove")));
    QVERIFY(!view->parentWidget()->findChild<QPushButton *>(QStringLiteral("moveUp")));
    LookupListModel *model = dialog.model(List::Users);
    const int row = model->addEntry();
    QVERIFY(
        model->setData(model->index(row, model->columnOf(Field::DisplayName)), QStringLiteral("Eva Berg")));
    QVERIFY(model->isDraft(row)); // no login yet
    QVERIFY(model->setData(model->index(row, model->columnOf(Field::Login)), QStringLiteral("eva")));
    QVERIFY(
        model->setData(model->index(row, model->columnOf(Field::Email)), QStringLiteral("eva@example.com")));
    const auto users = LookupStore(r.db).users().value();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users[0].login, QStringLiteral("eva"));
    QCOMPARE(users[0].displayName, QStringLiteral("Eva Berg"));
    QCOMPARE(users[0].email, QStringLiteral("eva@example.com"));
    QVERIFY(users[0].active);
    QVERIFY(!model->removeEntry(row).ok());
    QCOMPARE(LookupStore(r.db).users()->size(), 1);
}

void TestListsDialog::mainWindowRefreshesFilters()
{
    Registry r;
    QVERIFY(r.addPartners(kListPartners));
    MainWindow window;
    QVERIFY(window.openDatabase(r.path()));
    window.showPage(MainWindow::Page::Partners); // its filters are on screen while the lists change
    // An open partner page with an unsaved change in another field: its level combo follows the
    // rename, and the unsaved change stays.
    const qint64 partnerId = window.partnerModel()->partnerId(0);
    PartnerEditor *page = window.openPartner(partnerId);
    QVERIFY(page);
    auto *levelCombo = page->findChild<QComboBox *>(QStringLiteral("levelInput"));
    QVERIFY(levelCombo);
    page->form()->setValue(QStringLiteral("city"), QStringLiteral("Unsaved City"));
    QAction *lists = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->text() == QLatin1String("&Settings")) {
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == QStringLiteral("&Lists…"))
                    lists = action;
            }
        }
    }
    QVERIFY(lists);
    QVERIFY(lists->isEnabled());

    bool changed = false;
    std::function<void()> edit = [&] {
        auto *dialog = qobject_cast<ListsDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(10, qApp, edit); // not shown yet
            return;
        }
        LookupListModel *model = dialog->model(List::Levels);
        changed
            = model->setData(cell(model, QStringLiteral("Gold"), Field::Name), QStringLiteral("Platinum"));
        dialog->reject();
    };
    QTimer::singleShot(0, qApp, edit);
    lists->trigger();
    QVERIFY(changed);

    const QComboBox *levels = window.partnerListView()->filterCombo(PartnerListView::Filter::Level);
    QVERIFY(levels->findText(QStringLiteral("Platinum")) > 0);
    QCOMPARE(levels->findText(QStringLiteral("Gold")), -1);
    QVERIFY(levelCombo->findText(QStringLiteral("Platinum"), Qt::MatchStartsWith) > 0);
    QCOMPARE(levelCombo->findText(QStringLiteral("Gold"), Qt::MatchStartsWith), -1);
    QCOMPARE(page->form()->text(QStringLiteral("city")), QStringLiteral("Unsaved City"));
}

// For people reviewing the layout (CHANNELDESK_SCREENSHOTS=/folder): every tab, plus a refusal.
void TestListsDialog::screenshots()
{
    if (qEnvironmentVariableIsEmpty("CHANNELDESK_SCREENSHOTS"))
        QSKIP("CHANNELDESK_SCREENSHOTS is not set");
    Registry r;
    QVERIFY(r.addPartners(kListPartners));
    ListsDialog dialog(r.db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    LookupListModel *levels = dialog.model(List::Levels);
    QVERIFY(levels->setData(cell(levels, QStringLiteral("Bronze"), Field::Weight), 0));
    dialog.view(List::Levels)->setCurrentIndex(cell(levels, QStringLiteral("Silver"), Field::Name));
    levels->addEntry();
    screenshot(dialog, "lists-levels.png");
    dialog.showList(List::Activations);
    LookupListModel *activations = dialog.model(List::Activations);
    QVERIFY(activations->setData(
        cell(activations, QStringLiteral("Ramp-up"), Field::Active), Qt::Unchecked, Qt::CheckStateRole));
    screenshot(dialog, "lists-activations.png");
    dialog.showList(List::Areas);
    LookupListModel *areas = dialog.model(List::Areas);
    dialog.view(List::Areas)->setCurrentIndex(cell(areas, QStringLiteral("North"), Field::Name));
    dialog.removeCurrentEntry();
    screenshot(dialog, "lists-areas-refused.png");
    // Renaming Bronze to Silver asks to swap the two names (the dialog's own question).
    dialog.showList(List::Levels);
    bool asked = false;
    QTimer::singleShot(0, &dialog, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = true;
            screenshot(*box, "lists-swap-question.png");
            box->button(QMessageBox::Cancel)->click();
        }
    });
    QVERIFY(!levels->setData(cell(levels, QStringLiteral("Bronze"), Field::Name), QStringLiteral("Silver")));
    QVERIFY(asked);
    dialog.showList(List::Users);
    LookupListModel *users = dialog.model(List::Users);
    QVERIFY(users->setData(
        cell(users, QStringLiteral("anna"), Field::DisplayName), QStringLiteral("Anna Schmidt")));
    QVERIFY(users->setData(
        cell(users, QStringLiteral("anna"), Field::Email), QStringLiteral("anna.schmidt@example.com")));
    QVERIFY(users->setData(
        cell(users, QStringLiteral("dmitri"), Field::Active), Qt::Unchecked, Qt::CheckStateRole));
    screenshot(dialog, "lists-users.png");
}

CHANNELDESK_TEST_MAIN(TestListsDialog)
#include "tst_listsdialog.moc"
