#pragma once

// TableFile: one export file, CSV or Excel workbook (XLSX) by the file name's suffix, written row
// by row and under a temporary name that becomes the file only when every row is in: a failed or
// cancelled export leaves no file behind, and an older file of that name unchanged.
//
// Rows come as text, as the CSV has them (the importer reads that back); the columns' types tell
// the workbook how to store each cell: numbers as numbers, dates as dates, money as a number in
// its currency's format. The workbook's header row is bold and frozen, with an autofilter.

#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace cd {

enum class ColumnType {
    Text,
    Integer, // "42"
    Number, // "52.5201" (coordinates and other measures)
    Date, // "2026-12-03"
    DateTime, // ISO 8601 with a zone, shown in local time
    Money, // "1234.50", its currency in the column named by TableColumn::currencyColumn
};

struct TableColumn
{
    QString header;
    ColumnType type = ColumnType::Text;
    int currencyColumn = -1; // for Money: the column holding the ISO currency code of each row
};

class TableFile
{
    Q_DECLARE_TR_FUNCTIONS(TableFile)
public:
    enum class Format { Csv, Xlsx };
    // done and total count rows; total is -1 while unknown.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // The rows a worksheet holds below its header row.
    static constexpr qint64 kXlsxMaxRows = 1048575;
    // XLSX for a name ending in .xlsx (any case), else CSV.
    static Format formatOf(const QString &path);

    TableFile(const QString &path, const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
    ~TableFile();
    TableFile(const TableFile &) = delete;
    TableFile &operator=(const TableFile &) = delete;

    // Creates the temporary file and writes the header. `total` is the number of rows to come (for
    // progress, and to refuse a workbook that could not hold them before anything is written).
    Status open(const QList<TableColumn> &columns, qint64 total);
    // False when the export has to stop: cancelled or a write failed (see status()).
    bool write(const QStringList &fields);
    // Records a failure that happened outside write(), e.g. while reading the rows.
    void fail(const Status &s);
    const Status &status() const { return m_status; }
    qint64 rows() const { return m_rows; }
    // The file appears under its name; on any failure (`streamed` included) nothing does.
    Result<qint64> finish(const Status &streamed = {});

    class Backend;

private:
    void report() const;
    Error cancelledError() const;

    QString m_path;
    Progress m_progress;
    const std::atomic_bool *m_cancel;
    std::unique_ptr<Backend> m_backend;
    qint64 m_rows = 0;
    qint64 m_total = -1;
    Status m_status;
};

} // namespace cd
