#include "agreementpdfgenerator.h"

#include "agreementstore.h"
#include "common/clock.h"
#include "db/sql.h"
#include "documentstore.h"
#include "partners/partnerstore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QPageLayout>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

namespace cd {

namespace {

// Escapes a value for the template; line breaks stay line breaks.
QString escaped(const QString &value)
{
    QString s = value.toHtmlEscaped();
    s.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return s;
}

} // namespace

AgreementPdfGenerator::AgreementPdfGenerator(const Database &db)
    : m_db(db)
{}

Result<QString> AgreementPdfGenerator::html(qint64 agreementId) const
{
    AgreementStore agreements(m_db);
    auto a = agreements.get(agreementId);
    if (!a)
        return a.error();
    auto partner = PartnerStore(m_db).get(a.value().partnerId);
    if (!partner)
        return partner.error();
    auto period = agreements.currentPeriod(agreementId);
    if (!period)
        return period.error();
    auto typeName = sql::scalar(
        m_db.sql(), QStringLiteral("SELECT name FROM agreement_types WHERE id = ?"), {a.value().typeId});
    if (!typeName)
        return typeName.error();
    auto owner = sql::scalar(m_db.sql(),
        QStringLiteral("SELECT coalesce(nullif(display_name, ''), login) FROM users WHERE id = ?"),
        {a.value().ownerId});
    if (!owner)
        return owner.error();

    QFile file(QStringLiteral(":/templates/agreement.html"));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
            QCoreApplication::translate("AgreementPdfGenerator", "The agreement template is missing."));
    QString text = QString::fromUtf8(file.readAll());

    const Partner &p = partner.value();
    QStringList address;
    for (const QString &part :
        {p.street, QStringLiteral("%1 %2").arg(p.postcode, p.city).trimmed(), p.country}) {
        if (!part.trimmed().isEmpty())
            address.append(part.trimmed());
    }
    const auto &current = period.value();
    const QString notSet = QCoreApplication::translate("AgreementPdfGenerator", "not set");
    QHash<QString, QString> values {
        {QStringLiteral("title"), typeName.value().toString()},
        {QStringLiteral("number"), a.value().number},
        {QStringLiteral("partner_name"), p.name},
        {QStringLiteral("partner_legal_name"), p.legalName.isEmpty() ? p.name : p.legalName},
        {QStringLiteral("partner_code"), p.code},
        {QStringLiteral("partner_address"), address.join(QLatin1Char('\n'))},
        {QStringLiteral("partner_tax_id"), p.taxId},
        {QStringLiteral("period_start"), current ? current->start.toString(Qt::ISODate) : notSet},
        {QStringLiteral("period_end"), current ? current->end.toString(Qt::ISODate) : notSet},
        {QStringLiteral("notice_days"), current ? QString::number(current->noticeDays) : notSet},
        {QStringLiteral("renewal"),
            current && current->autoRenew
                ? QCoreApplication::translate("AgreementPdfGenerator", "renews automatically for %n month(s)",
                    nullptr, current->renewalMonths)
                : QCoreApplication::translate("AgreementPdfGenerator", "does not renew automatically")},
        {QStringLiteral("commission_rate"), a.value().commissionRate.toPercentString()},
        {QStringLiteral("terms"), a.value().terms},
        {QStringLiteral("owner"), owner.value().toString()},
        {QStringLiteral("generated_on"), Clock::today().toString(Qt::ISODate)},
    };
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-z_]+)\\}\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        // Unknown names are left visible so a template mistake shows in the document.
        out += values.contains(m.captured(1)) ? escaped(values.value(m.captured(1)))
                                              : m.captured(0).toHtmlEscaped();
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QByteArray AgreementPdfGenerator::htmlToPdf(const QString &html, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("ChannelDesk"));
        QTextDocument doc;
        doc.setHtml(html);
        // No page size of our own: print() then lays the text out for the writer's resolution,
        // so point sizes stay point sizes instead of shrinking to screen pixels at 300 dpi.
        doc.print(&writer);
    }
    buffer.close();
    return bytes;
}

Result<QByteArray> AgreementPdfGenerator::render(qint64 agreementId) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::make(Error::Code::Usage,
            QCoreApplication::translate(
                "AgreementPdfGenerator", "Rendering a PDF needs a graphical application object."));
    auto text = html(agreementId);
    if (!text)
        return text.error();
    auto a = AgreementStore(m_db).get(agreementId);
    if (!a)
        return a.error();
    return htmlToPdf(text.value(), a.value().number);
}

Result<AgreementDocument> AgreementPdfGenerator::generate(qint64 agreementId, const QString &note) const
{
    auto pdf = render(agreementId);
    if (!pdf)
        return pdf.error();
    auto a = AgreementStore(m_db).get(agreementId);
    if (!a)
        return a.error();
    return DocumentStore(m_db).attach(
        agreementId, a.value().number + QStringLiteral(".pdf"), pdf.value(), note, false, true);
}

} // namespace cd
