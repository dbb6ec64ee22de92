#include "documentstore.h"

#include "agreementsettings.h"
#include "common/clock.h"
#include "db/rowreader.h"
#include "db/transaction.h"
#include "timeline/timelinestore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace cd {

namespace {

const QString kDocumentColumns
    = QStringLiteral("id, agreement_id, version, file_name, mime_type, size, sha256, "
                     "note, user_login, at, generated, signed_copy");

AgreementDocument readDocument(const QSqlQuery &r)
{
    AgreementDocument d;
    sql::RowReader {r}(d.id, d.agreementId, d.version, d.fileName, d.mimeType, d.size, d.sha256, d.note,
        d.user, d.at, d.generated, d.signedCopy);
    return d;
}

const QString kDocx
    = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

} // namespace

DocumentStore::DocumentStore(const Database &db)
    : m_db(db)
{}

QString DocumentStore::detectMimeType(const QByteArray &content, const QString &fileName)
{
    if (content.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (content.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (content.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    // DOCX is a ZIP whose entries (names stored in plain text) include word/document.xml.
    if (content.startsWith("PK\x03\x04")
        && (content.contains("word/document.xml") || content.contains("[Content_Types].xml"))
        && (fileName.isEmpty() || fileName.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive)
            || content.contains("word/")))
        return kDocx;
    return {};
}

Result<AgreementDocument> DocumentStore::attachFile(
    qint64 agreementId, const QString &filePath, const QString &note, bool signedCopy) const
{
    QFile file(filePath);
    const QString name = QFileInfo(filePath).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Code::Io,
            QCoreApplication::translate("DocumentStore", "Cannot read the file: %1").arg(file.errorString()),
            {}, filePath, 0, 0};
    // Refuse before reading a huge file into memory.
    auto settings = AgreementSettings::load(m_db);
    if (!settings)
        return settings.error();
    if (file.size() > settings.value().maxDocumentBytes)
        return Error {Error::Code::Validation,
            QCoreApplication::translate(
                "DocumentStore", "The file has %1 bytes; documents may have at most %2 bytes (%3).")
                .arg(file.size())
                .arg(settings.value().maxDocumentBytes)
                .arg(QLocale::c().formattedDataSize(settings.value().maxDocumentBytes)),
            QStringLiteral("size"), filePath, 0, 0};
    const QByteArray content = file.readAll();
    auto stored = attach(agreementId, name, content, note, signedCopy, false);
    if (!stored) {
        Error e = stored.error();
        e.file = filePath;
        return e;
    }
    return stored;
}

Result<AgreementDocument> DocumentStore::attach(qint64 agreementId, const QString &fileName,
    const QByteArray &content, const QString &note, bool signedCopy, bool generated) const
{
    const QSqlDatabase db = m_db.sql();
    auto settings = AgreementSettings::load(m_db);
    if (!settings)
        return settings.error();
    const qint64 limit = settings.value().maxDocumentBytes;
    if (content.size() > limit)
        return Error::validation(QStringLiteral("size"),
            QCoreApplication::translate(
                "DocumentStore", "The file has %1 bytes; documents may have at most %2 bytes (%3).")
                .arg(content.size())
                .arg(limit)
                .arg(QLocale::c().formattedDataSize(limit)));
    if (content.isEmpty())
        return Error::validation(
            QStringLiteral("file"), QCoreApplication::translate("DocumentStore", "The file is empty."));
    const QString mime = detectMimeType(content, fileName);
    if (mime.isEmpty())
        return Error::validation(QStringLiteral("type"),
            QCoreApplication::translate("DocumentStore", "%1 is not a PDF, DOCX, PNG or JPEG file.")
                .arg(fileName));

    return inTransaction(db, [&]() -> Result<AgreementDocument> {
        auto agreement = sql::exec(
            db, QStringLiteral("SELECT number, partner_id FROM agreements WHERE id = ?"), {agreementId});
        if (!agreement)
            return agreement.error();
        if (!agreement.value().next())
            return Error::make(Error::Code::NotFound,
                QCoreApplication::translate("DocumentStore", "There is no agreement with id %1.")
                    .arg(agreementId));
        const QString number = agreement.value().value(0).toString();
        const qint64 partnerId = agreement.value().value(1).toLongLong();
        auto next = sql::scalar(db,
            QStringLiteral(
                "SELECT coalesce(max(version), 0) + 1 FROM agreement_documents WHERE agreement_id = ?"),
            {agreementId});
        if (!next)
            return next.error();

        AgreementDocument d;
        d.agreementId = agreementId;
        d.version = next.value().toInt();
        d.fileName = fileName.isEmpty() ? QStringLiteral("document") : fileName;
        d.mimeType = mime;
        d.size = content.size();
        d.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        d.note = note.trimmed();
        d.user = m_db.userLogin();
        d.at = Clock::nowUtc();
        d.generated = generated;
        d.signedCopy = signedCopy;
        auto q = sql::exec(db,
            QStringLiteral(
                "INSERT INTO agreement_documents (agreement_id, version, file_name, mime_type, size, sha256, "
                "content, note, user_login, at, generated, signed_copy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, "
                "?)"),
            {d.agreementId, d.version, d.fileName, d.mimeType, d.size, d.sha256, content, d.note, d.user,
                sql::isoUtc(d.at), d.generated ? 1 : 0, d.signedCopy ? 1 : 0});
        if (!q)
            return q.error();
        d.id = q.value().lastInsertId().toLongLong();
        TimelineEvent e {.entity = QStringLiteral("agreement"),
            .entityId = agreementId,
            .partnerId = partnerId,
            .action = QStringLiteral("document-added"),
            .field = number,
            .newValue = QStringLiteral("%1 (v%2)").arg(d.fileName).arg(d.version),
            .comment = d.note};
        if (Status s = TimelineStore(m_db).record(e); !s)
            return s.error();
        return d;
    });
}

Result<QList<AgreementDocument>> DocumentStore::versions(qint64 agreementId) const
{
    return sql::rows(m_db.sql(),
        QStringLiteral("SELECT ") + kDocumentColumns
            + QStringLiteral(" FROM agreement_documents WHERE agreement_id = ? ORDER BY version DESC"),
        {agreementId}, readDocument);
}

Result<AgreementDocument> DocumentStore::get(qint64 documentId) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT ") + kDocumentColumns
            + QStringLiteral(" FROM agreement_documents WHERE id = ?"),
        {documentId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound,
            QCoreApplication::translate("DocumentStore", "There is no document with id %1.").arg(documentId));
    return readDocument(q.value());
}

Result<QByteArray> DocumentStore::content(qint64 documentId) const
{
    auto q = sql::exec(
        m_db.sql(), QStringLiteral("SELECT content FROM agreement_documents WHERE id = ?"), {documentId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound,
            QCoreApplication::translate("DocumentStore", "There is no document with id %1.").arg(documentId));
    return q.value().value(0).toByteArray();
}

Status DocumentStore::exportTo(qint64 documentId, const QString &filePath) const
{
    auto bytes = content(documentId);
    if (!bytes)
        return bytes.error();
    QSaveFile out(filePath);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes.value()) != bytes.value().size() || !out.commit())
        return Error {Error::Code::Io,
            QCoreApplication::translate("DocumentStore", "Cannot write the file: %1").arg(out.errorString()),
            {}, filePath, 0, 0};
    return {};
}

} // namespace cd
