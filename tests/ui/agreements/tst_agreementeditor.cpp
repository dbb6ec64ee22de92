// Offscreen tests of the agreement page: loading, editing and saving the details (with a version
// conflict), adding a period, uploading a version with its preview, moving with guards, history.

#include "../agreementfixture.h"
#include "agreements/agreementeditor.h"
#include "agreements/agreementpdfgenerator.h"
#include "agreements/taskstore.h"
#include "shared/editform.h"
#include "shared/recordheader.h"
#include "testmain.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QUndoStack>

using namespace cd;

class TestAgreementEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void load();
    void editAndSave_data();
    void editAndSave();
    void rateRules_data();
    void rateRules();
    void conflict_data();
    void conflict();
    void addPeriod();
    void uploadVersion();
    void uploadRefused();
    void move_data();
    void move();
    void tasks();

private:
    qint64 pick(AgreementStage stage, bool withPeriod = true) const;
    std::unique_ptr<test::AgreementFixture> m_fx;
};

void TestAgreementEditor::init()
{
    m_fx = std::make_unique<test::AgreementFixture>();
    QVERIFY(m_fx->build(3));
}

void TestAgreementEditor::cleanup()
{
    m_fx.reset();
}

qint64 TestAgreementEditor::pick(AgreementStage stage, bool withPeriod) const
{
    for (qint64 id : m_fx->byStage.value(stage)) {
        if (m_fx->withoutPeriod.contains(id) != withPeriod)
            return id;
    }
    return 0;
}

void TestAgreementEditor::load()
{
    const qint64 id = pick(AgreementStage::Signed);
    const Agreement a = AgreementStore(m_fx->db).get(id).value();
    const QString partner = PartnerStore(m_fx->db).get(a.partnerId).value().name;
    AgreementEditor editor(m_fx->db, id);
    QCOMPARE(editor.agreementId(), id);
    QVERIFY(editor.header()->heading().contains(a.number));
    QVERIFY(editor.header()->heading().contains(partner));
    QCOMPARE(editor.stageBadge()->text(), AgreementStages::label(AgreementStage::Signed));
    QVERIFY(editor.stageBadge()->styleSheet().contains(AgreementStages::info(AgreementStage::Signed).colour));
    QVERIFY(editor.header()->facts().contains(QString::number(a.daysToExpiry())));
    QCOMPARE(editor.form()->text(QStringLiteral("commission rate")), a.commissionRate.toPercentString());
    QCOMPARE(editor.form()->text(QStringLiteral("terms")), a.terms);
    QCOMPARE(editor.form()->value(QStringLiteral("type")).toLongLong(), a.typeId);
    QCOMPARE(editor.form()->value(QStringLiteral("owner")).toLongLong(), a.ownerId);
    QVERIFY(!editor.isModified());
    QCOMPARE(editor.periodsTable()->rowCount(), AgreementStore(m_fx->db).periods(id).value().size());
    QCOMPARE(editor.versionsTable()->rowCount(), DocumentStore(m_fx->db).versions(id).value().size());
    // History: created -> ... -> Signed, newest first.
    const auto history = AgreementStore(m_fx->db).history(id).value();
    QCOMPARE(editor.historyTable()->rowCount(), history.size());
    QCOMPARE(editor.historyTable()->item(0, 1)->text(), AgreementStages::label(history.last().to));
    QVERIFY(editor.title().contains(a.number));
}

void TestAgreementEditor::editAndSave_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("terms") << QStringLiteral("terms") << QStringLiteral("Net 30, exclusive territory");
    QTest::newRow("notes") << QStringLiteral("notes") << QStringLiteral("Call before renewal");
    QTest::newRow("rate percent") << QStringLiteral("commission rate") << QStringLiteral("7.25%");
    QTest::newRow("rate decimal") << QStringLiteral("commission rate") << QStringLiteral("0.123456");
}

void TestAgreementEditor::editAndSave()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    const qint64 id = pick(AgreementStage::Prepared);
    AgreementEditor editor(m_fx->db, id);
    QSignalSpy saved(&editor, &AgreementEditor::saved);
    QWidget *input = editor.form()->input(field);
    if (auto *line = qobject_cast<QLineEdit *>(input)) {
        line->selectAll();
        QTest::keyClicks(line, text);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(input)) {
        plain->selectAll();
        QTest::keyClicks(plain, text);
    }
    QVERIFY(editor.isModified());
    QVERIFY(editor.title().endsWith(QLatin1Char('*')));
    QVERIFY(editor.save());
    QCOMPARE(saved.size(), 1);
    QVERIFY(!editor.isModified());
    const Agreement stored = AgreementStore(m_fx->db).get(id).value();
    if (field == QLatin1String("terms"))
        QCOMPARE(stored.terms, text);
    else if (field == QLatin1String("notes"))
        QCOMPARE(stored.notes, text);
    else
        QCOMPARE(stored.commissionRate, Decimal::parse(text).value());
}

void TestAgreementEditor::rateRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("percent") << QStringLiteral("12.5%") << true;
    QTest::newRow("zero") << QStringLiteral("0") << true;
    QTest::newRow("too precise") << QStringLiteral("0.1234567") << false;
    QTest::newRow("word") << QStringLiteral("ten") << false;
    QTest::newRow("over 100%") << QStringLiteral("150%") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestAgreementEditor::rateRules()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const qint64 id = pick(AgreementStage::Prepared);
    const Rate before = AgreementStore(m_fx->db).get(id).value().commissionRate;
    AgreementEditor editor(m_fx->db, id);
    auto *rate = qobject_cast<QLineEdit *>(editor.form()->input(QStringLiteral("commission rate")));
    QVERIFY(rate);
    rate->selectAll();
    QTest::keyClick(rate, Qt::Key_Delete);
    QTest::keyClicks(rate, text);
    QCOMPARE(editor.form()->hasErrors(), !valid);
    QCOMPARE(editor.save(), valid);
    const Rate stored = AgreementStore(m_fx->db).get(id).value().commissionRate;
    QCOMPARE(stored, valid ? Decimal::parse(text).value() : before);
}

void TestAgreementEditor::conflict_data()
{
    QTest::addColumn<int>("choice");
    QTest::newRow("reload") << int(ConflictDialog::Choice::Reload);
    QTest::newRow("overwrite") << int(ConflictDialog::Choice::Overwrite);
    QTest::newRow("cancel") << int(ConflictDialog::Choice::Cancel);
}

void TestAgreementEditor::conflict()
{
    QFETCH(int, choice);
    const qint64 id = pick(AgreementStage::Prepared);
    AgreementEditor editor(m_fx->db, id);
    int asked = 0;
    editor.setConflictResolver([&](QWidget *, const QString &) {
        ++asked;
        return static_cast<ConflictDialog::Choice>(choice);
    });
    // Someone else saves the same agreement meanwhile.
    Agreement other = AgreementStore(m_fx->db).get(id).value();
    other.notes = QStringLiteral("theirs");
    QVERIFY(AgreementStore(m_fx->db).update(other));

    auto *notes = qobject_cast<QPlainTextEdit *>(editor.form()->input(QStringLiteral("notes")));
    notes->selectAll();
    QTest::keyClicks(notes, QStringLiteral("mine"));
    const bool saved = editor.save();
    QCOMPARE(asked, 1);
    const QString stored = AgreementStore(m_fx->db).get(id).value().notes;
    switch (static_cast<ConflictDialog::Choice>(choice)) {
    case ConflictDialog::Choice::Reload:
        QVERIFY(!saved);
        QCOMPARE(stored, QStringLiteral("theirs"));
        QCOMPARE(editor.form()->text(QStringLiteral("notes")), QStringLiteral("theirs"));
        QVERIFY(!editor.isModified());
        break;
    case ConflictDialog::Choice::Overwrite:
        QVERIFY(saved);
        QCOMPARE(stored, QStringLiteral("mine"));
        break;
    case ConflictDialog::Choice::Cancel:
        QVERIFY(!saved);
        QCOMPARE(stored, QStringLiteral("theirs"));
        QVERIFY(editor.isModified());
        break;
    }
}

void TestAgreementEditor::addPeriod()
{
    const qint64 id = pick(AgreementStage::Prepared);
    AgreementEditor editor(m_fx->db, id);
    const int before = editor.periodsTable()->rowCount();
    const Agreement a = AgreementStore(m_fx->db).get(id).value();
    AgreementPeriod p;
    p.start = a.currentEnd.addDays(1);
    p.end = p.start.addYears(1).addDays(-1);
    p.noticeDays = 60;
    QVERIFY(editor.addPeriod(p));
    QCOMPARE(editor.periodsTable()->rowCount(), before + 1);
    QCOMPARE(AgreementStore(m_fx->db).get(id).value().currentEnd, p.end);
    // Overlapping the current period: refused, nothing added.
    QVERIFY(!editor.addPeriod(p));
    QCOMPARE(editor.periodsTable()->rowCount(), before + 1);
}

void TestAgreementEditor::uploadVersion()
{
    const qint64 id = pick(AgreementStage::PendingReturn);
    AgreementEditor editor(m_fx->db, id);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("contract signed.pdf"));
    // A real one-page PDF, so the preview has something to show.
    QByteArray pdf
        = AgreementPdfGenerator::htmlToPdf(QStringLiteral("<p>Signed copy</p>"), QStringLiteral("t"));
    if (pdf.isEmpty())
        pdf = test::tinyPdf();
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pdf);
    }
    const int before = editor.versionsTable()->rowCount();
    QVERIFY(editor.uploadFile(path, QStringLiteral("countersigned"), true));
    QCOMPARE(editor.versionsTable()->rowCount(), before + 1);
    const auto versions = DocumentStore(m_fx->db).versions(id).value();
    QCOMPARE(versions.first().fileName, QStringLiteral("contract signed.pdf"));
    QCOMPARE(versions.first().note, QStringLiteral("countersigned"));
    // Newest first and selected: its row shows the version, its size, its hash and its preview.
    QCOMPARE(editor.versionsTable()->item(0, 1)->text(), QStringLiteral("contract signed.pdf"));
    QVERIFY(editor.versionsTable()->item(0, 3)->toolTip() == versions.first().sha256);
    QCOMPARE(editor.versionsTable()->selectedItems().first()->row(), 0);
    QCOMPARE(editor.pdfDocument()->status(), QPdfDocument::Status::Ready);
    QVERIFY(editor.pdfDocument()->pageCount() >= 1);
    auto copy = editor.writeTempCopy(versions.first().id);
    QVERIFY(copy);
    QFile f(copy.value());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), pdf);

    // With the signed copy the agreement can be signed now.
    editor.setMoveInput([](AgreementStage to) {
        AgreementMove m;
        m.to = to;
        m.date = test::AgreementFixture::today();
        return std::optional(m);
    });
    QVERIFY(editor.moveTo(AgreementStage::Signed));
    QCOMPARE(editor.stageBadge()->text(), AgreementStages::label(AgreementStage::Signed));
}

void TestAgreementEditor::uploadRefused()
{
    const qint64 id = pick(AgreementStage::Prepared);
    AgreementEditor editor(m_fx->db, id);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("plain text is not a document type");
    }
    const int before = editor.versionsTable()->rowCount();
    const Status s = editor.uploadFile(path);
    QVERIFY(!s);
    QVERIFY(!s.error().message.isEmpty());
    QCOMPARE(editor.versionsTable()->rowCount(), before);
}

void TestAgreementEditor::move_data()
{
    QTest::addColumn<AgreementStage>("from");
    QTest::addColumn<AgreementStage>("to");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("ok");
    using S = AgreementStage;
    QTest::newRow("to pending return") << S::Prepared << S::PendingReturn << QString() << true;
    QTest::newRow("terminate with reason") << S::Signed << S::Terminated << QStringLiteral("closed") << true;
    QTest::newRow("terminate without reason") << S::Signed << S::Terminated << QString() << false;
    QTest::newRow("sign without copy") << S::PendingReturn << S::Signed << QString() << false;
}

void TestAgreementEditor::move()
{
    QFETCH(AgreementStage, from);
    QFETCH(AgreementStage, to);
    QFETCH(QString, reason);
    QFETCH(bool, ok);
    const qint64 id = pick(from);
    AgreementEditor editor(m_fx->db, id);
    editor.setMoveInput([&](AgreementStage target) {
        AgreementMove m;
        m.to = target;
        m.date = test::AgreementFixture::today();
        m.reason = reason;
        m.comment = QStringLiteral("by the page");
        return std::optional(m);
    });
    const int historyBefore = editor.historyTable()->rowCount();
    QSignalSpy saved(&editor, &AgreementEditor::saved);
    const Status s = editor.moveTo(to);
    QCOMPARE(s.ok(), ok);
    QCOMPARE(AgreementStore(m_fx->db).get(id).value().stage, ok ? to : from);
    QCOMPARE(editor.stageBadge()->text(), AgreementStages::label(ok ? to : from));
    if (ok) {
        QCOMPARE(saved.size(), 1);
        QCOMPARE(editor.historyTable()->rowCount(), historyBefore + 1);
        QCOMPARE(editor.historyTable()->item(0, 0)->text(), AgreementStages::label(from));
        QCOMPARE(editor.historyTable()->item(0, 1)->text(), AgreementStages::label(to));
        QCOMPARE(editor.historyTable()->item(0, 5)->text(), QStringLiteral("by the page"));
    } else {
        QCOMPARE(editor.historyTable()->rowCount(), historyBefore);
        QVERIFY(editor.messageLabel()->text().contains(s.error().message));
    }
}

void TestAgreementEditor::tasks()
{
    const qint64 id = pick(AgreementStage::Signed);
    const Agreement a = AgreementStore(m_fx->db).get(id).value();
    Task overdue;
    overdue.title = QStringLiteral("Chase the renewal");
    overdue.agreementId = id;
    overdue.partnerId = a.partnerId;
    overdue.dueDate = test::AgreementFixture::today().addDays(-2);
    const qint64 taskId = TaskStore(m_fx->db).create(overdue).value().id;
    Task later = overdue;
    later.title = QStringLiteral("Send the new terms");
    later.dueDate = test::AgreementFixture::today().addDays(10);
    QVERIFY(TaskStore(m_fx->db).create(later));

    AgreementEditor editor(m_fx->db, id);
    QCOMPARE(editor.tasksTable()->rowCount(), 2);
    QCOMPARE(editor.tasksTable()->item(0, 0)->text(), overdue.title);
    QCOMPARE(editor.tasksTable()->item(0, 0)->foreground().color(), QColor(0xc6, 0x28, 0x28));
    QVERIFY(editor.tasksTable()->item(1, 0)->foreground().color() != QColor(0xc6, 0x28, 0x28));
    QVERIFY(editor.markTaskDone(taskId));
    QCOMPARE(TaskStore(m_fx->db).get(taskId).value().status, TaskStatus::Done);
    QVERIFY(editor.tasksTable()->item(0, 0)->foreground().color() != QColor(0xc6, 0x28, 0x28));
}

CHANNELDESK_TEST_MAIN(TestAgreementEditor)
#include "tst_agreementeditor.moc"
