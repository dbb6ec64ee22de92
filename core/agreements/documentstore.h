#pragma once

// DocumentStore: versioned files of agreements, kept in the database so one file moves with the
// data. Every store is a new version with its SHA-256; versions are never overwritten or deleted
// (the schema refuses UPDATE and DELETE on them).

#include "agreementdocument.h"
#include "common/result.h"
#include "db/database.h"

namespace cd {

class DocumentStore
{
public:
    explicit DocumentStore(const Database &db);

    // Reads `filePath` and stores it as the next version. The type is found from the content
    // (PDF, DOCX, PNG, JPEG; refused otherwise); files over the size limit (AgreementSettings) are
    // refused with a message naming the limit. An uploaded file counts as a signed copy unless
    // `signedCopy` is false. Records "document-added" on the partner's timeline.
    Result<AgreementDocument> attachFile(
        qint64 agreementId, const QString &filePath, const QString &note = {}, bool signedCopy = true) const;
    // The same for bytes already in memory; `fileName` gives the name (and helps detect the type).
    Result<AgreementDocument> attach(qint64 agreementId, const QString &fileName, const QByteArray &content,
        const QString &note = {}, bool signedCopy = true, bool generated = false) const;

    // Newest version first.
    Result<QList<AgreementDocument>> versions(qint64 agreementId) const;
    Result<AgreementDocument> get(qint64 documentId) const;
    Result<QByteArray> content(qint64 documentId) const;
    // Writes the version's bytes to `filePath` (overwrites that file, never the stored version).
    Status exportTo(qint64 documentId, const QString &filePath) const;

    // "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    // "image/png", "image/jpeg"; empty when the content is none of them.
    static QString detectMimeType(const QByteArray &content, const QString &fileName = {});

private:
    Database m_db;
};

} // namespace cd
