#pragma once

// TableOutput: writes rows to standard output as an aligned text table, CSV (header row, then
// rows) or a JSON array of objects with stable keys. CSV and JSON stream; the table measures its
// first rows to size the columns, then streams the rest.

#include "commandcontext.h"

#include <QList>
#include <QVariant>

namespace cd {
class CsvWriter;
}

namespace cd::cli {

class TableOutput
{
public:
    struct Column
    {
        QString key; // JSON key and CSV header: stable, never translated
        QString header; // table header: translated
        bool number = false; // right-aligned in the table
    };

    TableOutput(CommandContext &context, const QList<Column> &columns);
    ~TableOutput();
    TableOutput(const TableOutput &) = delete;
    TableOutput &operator=(const TableOutput &) = delete;

    // One value per column. Tables and CSV show values as text (a null or invalid value as an empty
    // cell); JSON keeps numbers, booleans and null.
    Status addRow(const QVariantList &values);
    Status finish();
    qint64 rows() const { return m_rows; }

    // A whole table: one row per item, its values made by `values(item)`.
    template<class List, class Values>
    static Status write(
        CommandContext &context, const QList<Column> &columns, const List &items, Values values)
    {
        TableOutput output(context, columns);
        for (const auto &item : items) {
            if (Status s = output.addRow(values(item)); !s)
                return s;
        }
        return output.finish();
    }
    // A table of one row.
    static Status writeRow(CommandContext &context, const QList<Column> &columns, const QVariantList &values)
    {
        return write(
            context, columns, QList<QVariantList> {values}, [](const QVariantList &row) { return row; });
    }

    // Table rows held back to measure the column widths before the first line is written.
    static constexpr int measuredRows = 1000;

private:
    Status flushTable();
    void writeTableRow(const QStringList &cells);
    static QString text(const QVariant &value);

    CommandContext &m_context;
    QList<Column> m_columns;
    CsvWriter *m_csv = nullptr;
    QList<QStringList> m_pending;
    QList<int> m_widths;
    bool m_tableStarted = false;
    bool m_finished = false;
    qint64 m_rows = 0;
};

} // namespace cd::cli
