// Document versions: type detection, SHA-256, versions never overwritten or deleted, size limit,
// reading back and exporting.

#include "agreementfixture.h"
#include "agreements/agreementsettings.h"
#include "testmain.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace cd;
using namespace cd::test;

namespace {
QByteArray docx()
{
    // The start of a real .docx: a ZIP whose first entries name the Word parts.
    return QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray("[Content_Types].xml")
        + QByteArray(40, '\0') + QByteArray("word/document.xml");
}
} // namespace

class TestDocumentStore : public QObject
{
    Q_OBJECT

private slots:
    void detectsType_data();
    void detectsType();
    void versionsAreKept();
    void storedVersionsCannotChange_data();
    void storedVersionsCannotChange();
    void sizeLimitFromSettings();
    void attachFileAndExport();
    void refusesUnknownTypeAndMissingFile();
};

void TestDocumentStore::detectsType_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n...") << QStringLiteral("a.pdf")
                         << QStringLiteral("application/pdf");
    QTest::newRow("pdf named .bin") << QByteArray("%PDF-1.4\n") << QStringLiteral("scan.bin")
                                    << QStringLiteral("application/pdf");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n....", 12) << QStringLiteral("a.png")
                         << QStringLiteral("image/png");
    QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0..JFIF", 10) << QStringLiteral("a.jpg")
                          << QStringLiteral("image/jpeg");
    QTest::newRow("docx") << docx() << QStringLiteral("a.docx")
                          << QStringLiteral(
                                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    QTest::newRow("plain zip") << QByteArray("PK\x03\x04rest", 8) << QStringLiteral("a.zip") << QString();
    QTest::newRow("text named .pdf") << QByteArray("hello") << QStringLiteral("a.pdf") << QString();
    QTest::newRow("empty") << QByteArray() << QStringLiteral("a.pdf") << QString();
}

void TestDocumentStore::detectsType()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, fileName);
    QFETCH(QString, expected);
    QCOMPARE(DocumentStore::detectMimeType(content, fileName), expected);
}

void TestDocumentStore::versionsAreKept()
{
    AgreementFixture f;
    const Agreement a = f.create();
    DocumentStore store(f.db());
    const QByteArray first("%PDF-1.4\nfirst draft\n");
    const QByteArray second("%PDF-1.4\nsecond draft\n");
    auto v1 = store.attach(a.id, QStringLiteral("draft.pdf"), first, QStringLiteral("draft"), false);
    auto v2 = store.attach(a.id, QStringLiteral("draft.pdf"), second, QStringLiteral("after review"), false);
    QVERIFY(v1 && v2);
    QCOMPARE(v1->version, 1);
    QCOMPARE(v2->version, 2);
    QCOMPARE(
        v1->sha256, QString::fromLatin1(QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(v2->sha256,
        QString::fromLatin1(QCryptographicHash::hash(second, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(v1->size, first.size());
    QCOMPARE(v1->user, QStringLiteral("tester"));
    QCOMPARE(store.content(v1->id).value(), first);
    QCOMPARE(store.content(v2->id).value(), second);
    auto versions = store.versions(a.id);
    QCOMPARE(versions->size(), 2);
    QCOMPARE(versions->first().version, 2); // newest first
    QCOMPARE(versions->last().note, QStringLiteral("draft"));
    QVERIFY(!versions->last().signedCopy);
}

void TestDocumentStore::storedVersionsCannotChange_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("overwrite content") << QStringLiteral("UPDATE agreement_documents SET content = x'00'");
    QTest::newRow("rename") << QStringLiteral("UPDATE agreement_documents SET file_name = 'other.pdf'");
    QTest::newRow("renumber") << QStringLiteral("UPDATE agreement_documents SET version = 7");
    QTest::newRow("delete") << QStringLiteral("DELETE FROM agreement_documents");
    QTest::newRow("same version again") << QStringLiteral(
        "INSERT INTO agreement_documents (agreement_id, version, file_name, mime_type, size, sha256, "
        "content, user_login, at) SELECT agreement_id, version, 'x.pdf', mime_type, 1, '', x'00', "
        "'u', at FROM agreement_documents");
}

void TestDocumentStore::storedVersionsCannotChange()
{
    QFETCH(QString, statement);
    AgreementFixture f;
    const Agreement a = f.create();
    const AgreementDocument d = f.attachSigned(a.id);
    const QByteArray before = DocumentStore(f.db()).content(d.id).value();
    QVERIFY(!sql::run(f.db().sql(), statement).ok());
    auto after = DocumentStore(f.db()).get(d.id);
    QVERIFY(after);
    QCOMPARE(after->version, 1);
    QCOMPARE(after->fileName, d.fileName);
    QCOMPARE(DocumentStore(f.db()).content(d.id).value(), before);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM agreement_documents")), 1);
}

void TestDocumentStore::sizeLimitFromSettings()
{
    AgreementFixture f;
    const Agreement a = f.create();
    AgreementSettings settings = AgreementSettings::load(f.db()).value();
    QCOMPARE(settings.maxDocumentBytes, 20 * 1024 * 1024);
    settings.maxDocumentBytes = 4096;
    QVERIFY(AgreementSettings::save(f.db(), settings));
    QByteArray big("%PDF-1.4\n");
    big.append(QByteArray(5000, 'x'));
    auto refused = DocumentStore(f.db()).attach(a.id, QStringLiteral("big.pdf"), big);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("size"));
    QVERIFY2(refused.error().message.contains(QLatin1String("4096")), qPrintable(refused.error().message));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM agreement_documents")), 0);
    big.truncate(4096);
    QVERIFY(DocumentStore(f.db()).attach(a.id, QStringLiteral("fits.pdf"), big));
}

void TestDocumentStore::attachFileAndExport()
{
    AgreementFixture f;
    const Agreement a = f.create();
    const QString in = f.temp.dir->filePath(QStringLiteral("signed scan.png"));
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(300, '\x7f');
    {
        QFile file(in);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(png);
    }
    auto d = DocumentStore(f.db()).attachFile(a.id, in, QStringLiteral("countersigned"));
    QVERIFY2(d, qPrintable(d.error().toString()));
    QCOMPARE(d->fileName, QStringLiteral("signed scan.png"));
    QCOMPARE(d->mimeType, QStringLiteral("image/png"));
    QVERIFY(d->signedCopy);
    const QString out = f.temp.dir->filePath(QStringLiteral("out.png"));
    QVERIFY(DocumentStore(f.db()).exportTo(d->id, out));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), png);
    auto facts = AgreementStore(f.db()).facts(a.id);
    QVERIFY(facts->hasSignedDocument);
}

void TestDocumentStore::refusesUnknownTypeAndMissingFile()
{
    AgreementFixture f;
    const Agreement a = f.create();
    auto text = DocumentStore(f.db()).attach(a.id, QStringLiteral("notes.txt"), QByteArray("just text"));
    QCOMPARE(text.error().field, QStringLiteral("type"));
    QVERIFY(text.error().message.contains(QLatin1String("notes.txt")));
    const QString missing = f.temp.dir->filePath(QStringLiteral("missing.pdf"));
    auto none = DocumentStore(f.db()).attachFile(a.id, missing);
    QCOMPARE(none.error().code, Error::Code::Io);
    QCOMPARE(none.error().file, missing);
    auto noAgreement = DocumentStore(f.db()).attach(4711, QStringLiteral("a.pdf"), QByteArray("%PDF-1.4"));
    QCOMPARE(noAgreement.error().code, Error::Code::NotFound);
}

CHANNELDESK_TEST_GUILESS_MAIN(TestDocumentStore)
#include "tst_documentstore.moc"
