#include "statementpdf.h"

#include "agreements/agreementpdfgenerator.h"
#include "common/money.h"

#include <QCoreApplication>

namespace cd {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString amount(qint64 minor, const QString &currency)
{
    return esc(Money(minor, currency).toString() + QLatin1Char(' ') + currency);
}

} // namespace

QString StatementPdf::html(const SettlementRun &run, const CommissionStatement &s)
{
    QString h;
    h += QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 8pt;\">");
    h += QStringLiteral("<h2>%1</h2>").arg(esc(StatementPdf::tr("Commission statement %1").arg(s.period)));
    h += QStringLiteral("<p><b>%1</b> (%2)<br/>%3: %4 – %5<br/>%6: %7</p>")
             .arg(esc(s.partnerName), esc(s.partnerCode), esc(StatementPdf::tr("Period")),
                 esc(run.period.start.toString(Qt::ISODate)), esc(run.period.end.toString(Qt::ISODate)),
                 esc(StatementPdf::tr("Status")), esc(CommissionStatement::statusLabel(s.status)));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    h += QStringLiteral(
        "<tr><th>%1</th><th>%2</th><th>%3</th><th align=\"right\">%4</th><th align=\"right\">%5</th>"
        "<th align=\"right\">%6</th></tr>")
             .arg(esc(StatementPdf::tr("Document")), esc(StatementPdf::tr("Date")),
                 esc(StatementPdf::tr("Kind")), esc(StatementPdf::tr("Base")), esc(StatementPdf::tr("Rate")),
                 esc(StatementPdf::tr("Amount")));
    // Each line, then why it is there across the whole width below it.
    for (const CommissionLine &l : run.linesOf(s.partnerId, s.currency)) {
        if (!l.payable())
            continue;
        h += QStringLiteral(
            "<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td><td align=\"right\">%5</td>"
            "<td align=\"right\">%6</td></tr>")
                 .arg(esc(l.documentNumber), esc(l.lineDate.toString(Qt::ISODate)),
                     esc(CommissionLine::roleLabel(l.role)), amount(l.baseMinor, l.currency),
                     esc(l.rate.toPercentString()), amount(l.amountMinor, l.currency));
        h += QStringLiteral("<tr><td colspan=\"6\" style=\"color: #444444; font-size: 7pt;\">%1</td></tr>")
                 .arg(esc(run.explain(l)));
    }
    h += QStringLiteral("</table>");
    h += QStringLiteral("<table cellpadding=\"2\" style=\"margin-top: 8px;\">");
    const auto total = [&h](const QString &label, const QString &value, bool bold = false) {
        h += bold ? QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr>")
                        .arg(esc(label), value)
                  : QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>").arg(esc(label), value);
    };
    total(QCoreApplication::translate(
              "StatementPdf", "Earned in the period (%n line(s))", nullptr, s.lineCount),
        amount(s.linesMinor, s.currency));
    total(StatementPdf::tr("Carried in from earlier statements"), amount(s.carriedInMinor, s.currency));
    total(StatementPdf::tr("Total"), amount(s.totalMinor, s.currency));
    total(StatementPdf::tr("Payable"), amount(s.payableMinor, s.currency), true);
    if (s.carriedOutMinor < 0)
        total(StatementPdf::tr("Carried to the next statement"), amount(s.carriedOutMinor, s.currency));
    h += QStringLiteral("</table></body></html>");
    return h;
}

QByteArray StatementPdf::render(const SettlementRun &run)
{
    QString all;
    for (qsizetype i = 0; i < run.statements.size(); ++i) {
        if (i > 0)
            all += QStringLiteral("<div style=\"page-break-before: always;\"></div>");
        all += html(run, run.statements[i]);
    }
    if (run.statements.isEmpty())
        all = QStringLiteral("<html><body><p>%1</p></body></html>")
                  .arg(esc(StatementPdf::tr("No statement for %1.").arg(run.period.key)));
    return AgreementPdfGenerator::htmlToPdf(
        all, StatementPdf::tr("Commission statement %1").arg(run.period.key));
}

} // namespace cd
