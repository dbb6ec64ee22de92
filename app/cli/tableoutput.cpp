#include "tableoutput.h"

#include "io/csvwriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace cd::cli {

TableOutput::TableOutput(CommandContext &context, const QList<Column> &columns)
    : m_context(context)
    , m_columns(columns)
{
    if (m_context.format() == OutputFormat::Csv) {
        m_csv = new CsvWriter(m_context.outDevice());
        m_csv->setLineEnding(CsvWriter::LineEnding::Lf);
    }
}

TableOutput::~TableOutput()
{
    if (!m_finished)
        (void)finish();
    delete m_csv;
}

QString TableOutput::text(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'f', 6);
    return value.toString();
}

Status TableOutput::addRow(const QVariantList &values)
{
    Q_ASSERT(values.size() == m_columns.size());
    switch (m_context.format()) {
    case OutputFormat::Csv: {
        QStringList cells;
        cells.reserve(values.size());
        for (const QVariant &v : values)
            cells << text(v);
        if (m_rows == 0) {
            QStringList header;
            for (const Column &c : m_columns)
                header << c.key;
            if (Status s = m_csv->writeRecord(header); !s)
                return s;
        }
        if (Status s = m_csv->writeRecord(cells); !s)
            return s;
        break;
    }
    case OutputFormat::Json: {
        QJsonObject object;
        for (int i = 0; i < m_columns.size(); ++i) {
            const QVariant &v = values.at(i);
            object.insert(
                m_columns.at(i).key, v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v));
        }
        QTextStream &out = m_context.out();
        out << (m_rows == 0 ? "[\n  " : ",\n  ")
            << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        break;
    }
    case OutputFormat::Table:
    case OutputFormat::Pdf: { // a command that renders writes its PDF itself
        QStringList cells;
        cells.reserve(values.size());
        for (const QVariant &v : values)
            cells << text(v).replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (m_tableStarted) {
            writeTableRow(cells);
        } else {
            m_pending << cells;
            if (m_pending.size() >= measuredRows) {
                if (Status s = flushTable(); !s)
                    return s;
            }
        }
        break;
    }
    }
    ++m_rows;
    return {};
}

Status TableOutput::flushTable()
{
    m_widths.clear();
    for (const Column &c : m_columns)
        m_widths << int(c.header.size());
    for (const QStringList &row : std::as_const(m_pending)) {
        for (int i = 0; i < row.size(); ++i)
            m_widths[i] = std::max(m_widths[i], int(row.at(i).size()));
    }
    QStringList headers;
    QStringList rules;
    for (int i = 0; i < m_columns.size(); ++i) {
        headers << m_columns.at(i).header;
        rules << QString(m_widths.at(i), QLatin1Char('-'));
    }
    m_tableStarted = true;
    writeTableRow(headers);
    writeTableRow(rules);
    for (const QStringList &row : std::as_const(m_pending))
        writeTableRow(row);
    m_pending.clear();
    return {};
}

void TableOutput::writeTableRow(const QStringList &cells)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        const bool last = i == cells.size() - 1;
        const QString &cell = cells.at(i);
        const int pad = std::max(0, m_widths.at(i) - int(cell.size()));
        if (m_columns.at(i).number)
            line += QString(pad, QLatin1Char(' ')) + cell;
        else
            line += last ? cell : cell + QString(pad, QLatin1Char(' '));
        if (!last)
            line += QStringLiteral("  ");
    }
    m_context.out() << line << '\n';
}

Status TableOutput::finish()
{
    if (m_finished)
        return {};
    m_finished = true;
    switch (m_context.format()) {
    case OutputFormat::Csv:
        if (m_rows == 0) {
            QStringList header;
            for (const Column &c : m_columns)
                header << c.key;
            return m_csv->writeRecord(header);
        }
        break;
    case OutputFormat::Json:
        m_context.out() << (m_rows == 0 ? "[]\n" : "\n]\n");
        break;
    case OutputFormat::Table:
    case OutputFormat::Pdf: // a command that renders writes its PDF itself
        if (!m_tableStarted)
            return flushTable();
        break;
    }
    m_context.out().flush();
    return {};
}

} // namespace cd::cli
