#pragma once

// AgreementDocument: one stored version of a file attached to an agreement (its metadata; the bytes
// are read on demand).

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace cd {

struct AgreementDocument
{
    qint64 id = 0;
    qint64 agreementId = 0;
    int version = 0; // 1, 2, 3, ... per agreement; never reused
    QString fileName;
    QString mimeType; // "application/pdf", "image/png", ...
    qint64 size = 0; // bytes
    QString sha256; // lowercase hex
    QString note;
    QString user; // who stored it
    QDateTime at; // UTC
    bool generated = false; // made from the template, not uploaded
    bool signedCopy = false; // the partner's signed copy (counts for the Signed guard)

    bool isPdf() const { return mimeType == QLatin1String("application/pdf"); }
};

} // namespace cd
