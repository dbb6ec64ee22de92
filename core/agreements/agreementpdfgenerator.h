#pragma once

// AgreementPdfGenerator: renders an agreement from the HTML template (resources/templates) filled
// with partner and agreement data into a PDF with extractable text, and stores it as a generated
// document version. Lives in channeldesk_documents (needs Qt Gui); needs a QGuiApplication.

#include "agreementdocument.h"
#include "common/result.h"
#include "db/database.h"

#include <QByteArray>

namespace cd {

class AgreementPdfGenerator
{
public:
    explicit AgreementPdfGenerator(const Database &db);

    // The template filled with the agreement's data (every value HTML-escaped).
    Result<QString> html(qint64 agreementId) const;
    // The PDF bytes, not stored.
    Result<QByteArray> render(qint64 agreementId) const;
    // Renders and stores the PDF as the next (generated, unsigned) version.
    Result<AgreementDocument> generate(qint64 agreementId, const QString &note = {}) const;

    // The PDF for an HTML text (A4, 20 mm margins).
    static QByteArray htmlToPdf(const QString &html, const QString &title);

private:
    Database m_db;
};

} // namespace cd
