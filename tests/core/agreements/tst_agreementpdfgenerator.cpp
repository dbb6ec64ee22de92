// The generated agreement PDF: values escaped in the HTML, text extractable with pdftotext, stored
// as a generated version that does not count as signed.

#include "agreementfixture.h"
#include "agreements/agreementpdfgenerator.h"
#include "testmain.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace cd;
using namespace cd::test;

class TestAgreementPdfGenerator : public QObject
{
    Q_OBJECT

private slots:
    void htmlEscapesValues_data();
    void htmlEscapesValues();
    void pdfTextIsExtractable();
};

void TestAgreementPdfGenerator::htmlEscapesValues_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("ampersand") << QStringLiteral("Meyer & Söhne") << QStringLiteral("Meyer &amp; Söhne");
    QTest::newRow("markup") << QStringLiteral("<b>Bold</b> Ltd")
                            << QStringLiteral("&lt;b&gt;Bold&lt;/b&gt; Ltd");
    QTest::newRow("quotes") << QStringLiteral("\"Best\" Trading")
                            << QStringLiteral("&quot;Best&quot; Trading");
    QTest::newRow("placeholder lookalike")
        << QStringLiteral("{{terms}} GmbH") << QStringLiteral("{{terms}} GmbH");
}

void TestAgreementPdfGenerator::htmlEscapesValues()
{
    QFETCH(QString, name);
    QFETCH(QString, escaped);
    AgreementFixture f(name);
    const Agreement a = f.create(QDate(2026, 1, 1), QDate(2026, 12, 31));
    auto html = AgreementPdfGenerator(f.db()).html(a.id);
    QVERIFY2(html, qPrintable(html.error().toString()));
    QVERIFY2(html->contains(escaped), qPrintable(*html));
    if (escaped != name)
        QVERIFY(!html->contains(name));
    QVERIFY(html->contains(a.number));
    QVERIFY(!html->contains(QLatin1String("{{partner_name}}")));
    // The terms are filled in once; a partner called "{{terms}}" is not expanded.
    QCOMPARE(html->count(QLatin1String("Standard terms.")), 1);
}

void TestAgreementPdfGenerator::pdfTextIsExtractable()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    AgreementFixture f(QStringLiteral("Nordlicht Handel GmbH"));
    const Agreement a = f.create(QDate(2026, 3, 1), QDate(2028, 2, 29), 60, true, 24);
    auto stored = AgreementPdfGenerator(f.db()).generate(a.id, QStringLiteral("for signature"));
    QVERIFY2(stored, qPrintable(stored.error().toString()));
    QVERIFY(stored->generated);
    QVERIFY(!stored->signedCopy);
    QCOMPARE(stored->mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(stored->fileName, a.number + QStringLiteral(".pdf"));
    QVERIFY(!AgreementStore(f.db()).facts(a.id)->hasSignedDocument);

    const QString file = f.temp.dir->filePath(QStringLiteral("generated.pdf"));
    QVERIFY(DocumentStore(f.db()).exportTo(stored->id, file));
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-layout"), file, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(QLatin1String("Nordlicht Handel GmbH")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("2026-03-01")) && text.contains(QLatin1String("2028-02-29")),
        qPrintable(text));
    QVERIFY2(text.contains(a.number), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("12.5%")), qPrintable(text));

    // A second generation is a new version; the first stays.
    auto again = AgreementPdfGenerator(f.db()).generate(a.id);
    QVERIFY(again);
    QCOMPARE(again->version, 2);
    QCOMPARE(DocumentStore(f.db()).versions(a.id)->size(), 2);
}

CHANNELDESK_TEST_MAIN(TestAgreementPdfGenerator)
#include "tst_agreementpdfgenerator.moc"
