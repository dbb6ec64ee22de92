// End-to-end tests of the agreement commands: the real channeldesk binary run with QProcess.

#include "clifixture.h"
#include "testmain.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cd::test;

class TestCliAgreements : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void refusedMoves_data();
    void refusedMoves();
    void lifecycle();
    void runJobsTwice();
    void tasks();
    void generateIsExtractable();
    void listFilters_data();
    void listFilters();

private:
    Run run(QStringList arguments)
    {
        return channeldesk(QStringList {QStringLiteral("--db"), m_db} + arguments);
    }
    // A new agreement with a period of 2026 for the demo's first partner.
    QString create(const QStringList &extra = {});
    QString attachPdf(const QString &number);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_partner;
};

void TestCliAgreements::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("cli.sqlite"));
    RUN_OK(channeldesk({QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--partners"),
        QStringLiteral("20"), QStringLiteral("--customers"), QStringLiteral("0"), QStringLiteral("--seed"),
        QStringLiteral("3")}));
    const Run partners = run({QStringLiteral("partners"), QStringLiteral("list"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--limit"), QStringLiteral("1")});
    RUN_OK(partners);
    m_partner = QJsonDocument::fromJson(partners.out.toUtf8())
                    .array()
                    .first()
                    .toObject()
                    .value(QStringLiteral("code"))
                    .toString();
    QVERIFY(!m_partner.isEmpty());
}

QString TestCliAgreements::create(const QStringList &extra)
{
    const Run r = run(QStringList {QStringLiteral("agreements"), QStringLiteral("create"), m_partner,
                          QStringLiteral("--start"), QStringLiteral("2026-01-01"), QStringLiteral("--end"),
                          QStringLiteral("2026-12-31"), QStringLiteral("--notice"), QStringLiteral("45")}
        + extra);
    if (r.exitCode != 0)
        qWarning() << describe(r);
    return r.out.trimmed();
}

QString TestCliAgreements::attachPdf(const QString &number)
{
    const QString file = m_dir->filePath(QStringLiteral("signed copy.pdf"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("%PDF-1.4\nsigned\n%%EOF\n");
    f.close();
    const Run r = run({QStringLiteral("agreements"), QStringLiteral("attach"), number, file,
        QStringLiteral("--note"), QStringLiteral("countersigned")});
    return r.exitCode == 0 ? r.out : describe(r);
}

void TestCliAgreements::refusedMoves_data()
{
    QTest::addColumn<QStringList>("move"); // STAGE and options
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("signed without document")
        << QStringList {QStringLiteral("signed"), QStringLiteral("--date"), QStringLiteral("2026-01-05")} << 1
        << QStringLiteral("signed document");
    QTest::newRow("expiring by hand")
        << QStringList {QStringLiteral("expiring")} << 1 << QStringLiteral("entered by the date only");
    QTest::newRow("expired by hand") << QStringList {QStringLiteral("expired")} << 1
                                     << QStringLiteral("entered by the date only");
    QTest::newRow("terminate before signing") << QStringList {QStringLiteral("terminated"),
        QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--date"),
        QStringLiteral("2026-02-01")} << 1 << QStringLiteral("cannot move from Prepared to Terminated");
    QTest::newRow("unknown stage") << QStringList {QStringLiteral("approved")} << 2
                                   << QStringLiteral("not a stage");
    QTest::newRow("bad date") << QStringList {QStringLiteral("signed"), QStringLiteral("--date"),
        QStringLiteral("5.1.26")}
                              << 2 << QStringLiteral("not a date");
}

void TestCliAgreements::refusedMoves()
{
    QFETCH(QStringList, move);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString number = create();
    QVERIFY(number.startsWith(QLatin1String("AGR-")));
    const Run r = run(QStringList {QStringLiteral("agreements"), QStringLiteral("move"), number} + move);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(describe(r)));
    const Run show = run({QStringLiteral("agreements"), QStringLiteral("show"), number,
        QStringLiteral("--format"), QStringLiteral("json")});
    RUN_OK(show);
    const QJsonObject o = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("stage")).toString(), QStringLiteral("prepared"));
    QCOMPARE(o.value(QStringLiteral("history")).toArray().size(), 0);
}

void TestCliAgreements::lifecycle()
{
    const QString number = create({QStringLiteral("--rate"), QStringLiteral("12.5%")});
    RUN_OK(run({QStringLiteral("agreements"), QStringLiteral("move"), number,
        QStringLiteral("pending-return"), QStringLiteral("--comment"), QStringLiteral("sent by mail")}));
    QVERIFY(attachPdf(number).contains(QLatin1String("version 1")));
    RUN_OK(run({QStringLiteral("agreements"), QStringLiteral("move"), number, QStringLiteral("Signed"),
        QStringLiteral("--date"), QStringLiteral("2025-12-20")}));
    const Run show = run({QStringLiteral("agreements"), QStringLiteral("show"), number,
        QStringLiteral("--format"), QStringLiteral("json")});
    RUN_OK(show);
    const QJsonObject o = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("stage")).toString(), QStringLiteral("signed"));
    QCOMPARE(o.value(QStringLiteral("signedOn")).toString(), QStringLiteral("2025-12-20"));
    QCOMPARE(o.value(QStringLiteral("commissionRate")).toString(), QStringLiteral("0.125"));
    QCOMPARE(o.value(QStringLiteral("end")).toString(), QStringLiteral("2026-12-31"));
    const QJsonArray history = o.value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), 2);
    QCOMPARE(
        history.at(0).toObject().value(QStringLiteral("comment")).toString(), QStringLiteral("sent by mail"));
    const QJsonArray documents = o.value(QStringLiteral("documents")).toArray();
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents.at(0).toObject().value(QStringLiteral("fileName")).toString(),
        QStringLiteral("signed copy.pdf"));
    QCOMPARE(documents.at(0).toObject().value(QStringLiteral("sha256")).toString().size(), 64);
    // The stored version comes back byte for byte.
    const QString out = m_dir->filePath(QStringLiteral("back.pdf"));
    RUN_OK(run(
        {QStringLiteral("agreements"), QStringLiteral("export-document"), number, QStringLiteral("1"), out}));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("%PDF-1.4\nsigned\n%%EOF\n"));
}

void TestCliAgreements::runJobsTwice()
{
    const QString number = create();
    RUN_OK(run(
        {QStringLiteral("agreements"), QStringLiteral("move"), number, QStringLiteral("pending-return")}));
    attachPdf(number);
    RUN_OK(run({QStringLiteral("agreements"), QStringLiteral("move"), number, QStringLiteral("signed"),
        QStringLiteral("--date"), QStringLiteral("2025-12-20")}));
    const auto jobs = [&](const QString &day) {
        const Run r = run({QStringLiteral("run-jobs"), QStringLiteral("--today"), day,
            QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    };
    // The demo's own agreements are dated from the real today; 2026-10-15 is what this test controls.
    const QJsonObject first = jobs(QStringLiteral("2026-10-15"));
    QCOMPARE(first.value(QStringLiteral("today")).toString(), QStringLiteral("2026-10-15"));
    const QJsonObject second = jobs(QStringLiteral("2026-10-15"));
    QCOMPARE(second.value(QStringLiteral("expiring")).toInt(), 0);
    QCOMPARE(second.value(QStringLiteral("expired")).toInt(), 0);
    QCOMPARE(second.value(QStringLiteral("tasksCreated")).toInt(), 0);
    const Run show = run({QStringLiteral("agreements"), QStringLiteral("show"), number,
        QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject o = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("stage")).toString(), QStringLiteral("expiring"));
    QCOMPARE(o.value(QStringLiteral("history"))
                 .toArray()
                 .last()
                 .toObject()
                 .value(QStringLiteral("automatic"))
                 .toBool(),
        true);
    const QJsonArray tasks = o.value(QStringLiteral("tasks")).toArray();
    QCOMPARE(tasks.size(), 2); // the renewal task and the 90-day alert
    QStringList dues;
    for (const auto &t : tasks)
        dues << t.toObject().value(QStringLiteral("due")).toString();
    dues.sort();
    QCOMPARE(dues, QStringList({QStringLiteral("2026-10-02"), QStringLiteral("2026-11-16")}));
    RUN_OK(run({QStringLiteral("run-jobs"), QStringLiteral("--today"), QStringLiteral("2027-01-01")}));
    const Run after = run({QStringLiteral("agreements"), QStringLiteral("show"), number,
        QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(after.out.toUtf8()).object().value(QStringLiteral("stage")).toString(),
        QStringLiteral("expired"));
    const Run bad = run({QStringLiteral("run-jobs"), QStringLiteral("--today"), QStringLiteral("tomorrow")});
    QCOMPARE(bad.exitCode, 2);
}

void TestCliAgreements::tasks()
{
    // A signed agreement inside its alert window gets its tasks from the job.
    const QString number = create();
    RUN_OK(run(
        {QStringLiteral("agreements"), QStringLiteral("move"), number, QStringLiteral("pending-return")}));
    attachPdf(number);
    RUN_OK(run({QStringLiteral("agreements"), QStringLiteral("move"), number, QStringLiteral("signed"),
        QStringLiteral("--date"), QStringLiteral("2025-12-20")}));
    RUN_OK(run({QStringLiteral("run-jobs"), QStringLiteral("--today"), QStringLiteral("2026-10-15")}));
    const Run list = run({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--limit"), QStringLiteral("0")});
    RUN_OK(list);
    const QJsonArray open = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QVERIFY(open.size() >= 2);
    const qint64 id = open.first().toObject().value(QStringLiteral("id")).toInteger();
    RUN_OK(run({QStringLiteral("tasks"), QStringLiteral("done"), QString::number(id)}));
    const Run again = run({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--limit"), QStringLiteral("0")});
    QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).array().size(), open.size() - 1);
    const Run done = run({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--done"),
        QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(done.out.toUtf8()).array().size(), 1);
    const Run overdue = run({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--overdue"),
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--limit"), QStringLiteral("0")});
    RUN_OK(overdue);
    for (const auto &t : QJsonDocument::fromJson(overdue.out.toUtf8()).array())
        QVERIFY(t.toObject().value(QStringLiteral("overdue")).toBool());
    const Run nobody = run({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--assignee"),
        QStringLiteral("nobody-here")});
    QCOMPARE(nobody.exitCode, 1);
    QCOMPARE(run({QStringLiteral("tasks"), QStringLiteral("done"), QStringLiteral("abc")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("tasks"), QStringLiteral("done"), QStringLiteral("999999")}).exitCode, 1);
}

void TestCliAgreements::generateIsExtractable()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString number = create();
    RUN_OK(run({QStringLiteral("agreements"), QStringLiteral("generate"), number}));
    const QString out = m_dir->filePath(QStringLiteral("generated.pdf"));
    RUN_OK(run(
        {QStringLiteral("agreements"), QStringLiteral("export-document"), number, QStringLiteral("1"), out}));
    QProcess p;
    p.start(pdftotext, {out, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(number) && text.contains(QLatin1String("2026-01-01"))
            && text.contains(QLatin1String("2026-12-31")),
        qPrintable(text));
    const Run show = run({QStringLiteral("partners"), QStringLiteral("show"), m_partner,
        QStringLiteral("--format"), QStringLiteral("json")});
    const QString name
        = QJsonDocument::fromJson(show.out.toUtf8()).object().value(QStringLiteral("name")).toString();
    QVERIFY(!name.isEmpty());
    QVERIFY2(text.simplified().contains(name.simplified()), qPrintable(text));
}

void TestCliAgreements::listFilters_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("stage") << QStringList {QStringLiteral("--stage"), QStringLiteral("prepared")} << 0;
    QTest::newRow("expiring within") << QStringList {QStringLiteral("--expiring-within"),
        QStringLiteral("30")} << 0;
    QTest::newRow("bad stage") << QStringList {QStringLiteral("--stage"), QStringLiteral("done")} << 2;
    QTest::newRow("bad days") << QStringList {QStringLiteral("--expiring-within"), QStringLiteral("soon")}
                              << 2;
    QTest::newRow("unknown type") << QStringList {QStringLiteral("--type"), QStringLiteral("franchise")} << 1;
}

void TestCliAgreements::listFilters()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    create();
    const Run r
        = run(QStringList {QStringLiteral("agreements"), QStringLiteral("list"), QStringLiteral("--format"),
                  QStringLiteral("json"), QStringLiteral("--limit"), QStringLiteral("0")}
            + options);
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode != 0)
        return;
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(!rows.isEmpty() || options.first() != QLatin1String("--stage"));
    for (const auto &row : rows) {
        const QJsonObject o = row.toObject();
        if (options.first() == QLatin1String("--stage"))
            QCOMPARE(o.value(QStringLiteral("stage")).toString(), options.at(1));
        else
            QVERIFY(o.value(QStringLiteral("daysToExpiry")).toInt() >= 0
                && o.value(QStringLiteral("daysToExpiry")).toInt() <= 30);
    }
}

CHANNELDESK_TEST_GUILESS_MAIN(TestCliAgreements)
#include "tst_cli_agreements.moc"
