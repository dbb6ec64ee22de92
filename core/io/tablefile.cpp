#include "tablefile.h"

#include "common/money.h"
#include "csvwriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QUuid>

#include <xlsxwriter.h>

#include <cstdio>
#include <optional>

namespace cd {

class TableFile::Backend
{
public:
    virtual ~Backend() = default;
    virtual QString open(const QList<TableColumn> &columns) = 0; // an error message, or empty
    virtual QString write(const QStringList &fields) = 0;
    virtual QString commit() = 0;
};

namespace {

class CsvBackend final : public TableFile::Backend
{
public:
    explicit CsvBackend(const QString &path)
        : m_file(path)
    {}

    QString open(const QList<TableColumn> &columns) override
    {
        if (!m_file.open(QIODevice::WriteOnly))
            return TableFile::tr("The file could not be created: %1").arg(m_file.errorString());
        m_writer.emplace(m_file);
        QStringList header;
        for (const TableColumn &c : columns)
            header.append(c.header);
        return write(header);
    }
    QString write(const QStringList &fields) override
    {
        const Status s = m_writer->writeRecord(fields);
        return s ? QString() : s.error().message;
    }
    QString commit() override
    {
        // QSaveFile drops its temporary file unless committed: nothing half-written is left behind.
        return m_file.commit() ? QString()
                               : TableFile::tr("The file could not be written: %1").arg(m_file.errorString());
    }

private:
    QSaveFile m_file;
    std::optional<CsvWriter> m_writer;
};

// libxlsxwriter in constant-memory mode: each row goes to a temporary file as it is written, so a
// million rows need no more memory than ten. It writes the workbook under a name of ours in the
// target's folder, which replaces the target only once the workbook is complete.
class XlsxBackend final : public TableFile::Backend
{
public:
    explicit XlsxBackend(const QString &path)
        : m_path(path)
        , m_partPath(QFileInfo(path).absoluteDir().filePath(
              QStringLiteral(".%1.%2.part")
                  .arg(QFileInfo(path).fileName(),
                      QUuid::createUuid().toString(QUuid::WithoutBraces).left(8))))
    {}
    ~XlsxBackend() override
    {
        if (m_workbook) {
            // Not committed: close to free the library's state, then remove what it wrote.
            workbook_close(m_workbook);
            QFile::remove(m_partPath);
        }
    }

    QString open(const QList<TableColumn> &columns) override
    {
        m_columns = columns;
        // The library creates the file only when the workbook is closed: find out now whether it
        // can, with the system's reason when not.
        {
            QFile probe(m_partPath);
            if (!probe.open(QIODevice::WriteOnly))
                return TableFile::tr("The file could not be created: %1").arg(probe.errorString());
        }
        const QByteArray part = QFile::encodeName(m_partPath);
        const QByteArray tmp = QFile::encodeName(QDir::tempPath());
        lxw_workbook_options options {};
        options.constant_memory = LXW_TRUE;
        options.tmpdir = const_cast<char *>(tmp.constData());
        options.use_zip64 = LXW_TRUE; // a million rows make a worksheet larger than 4 GB uncompressed
        m_workbook = workbook_new_opt(part.constData(), &options);
        if (!m_workbook)
            return TableFile::tr("The workbook could not be created.");
        m_sheet = workbook_add_worksheet(m_workbook, nullptr);
        m_bold = workbook_add_format(m_workbook);
        format_set_bold(m_bold);
        m_date = workbook_add_format(m_workbook);
        format_set_num_format(m_date, "yyyy-mm-dd");
        m_dateTime = workbook_add_format(m_workbook);
        format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm");
        m_widths.fill(0, columns.size());
        for (int c = 0; c < columns.size(); ++c) {
            const QByteArray text = columns.at(c).header.toUtf8();
            if (lxw_error e = worksheet_write_string(m_sheet, 0, lxw_col_t(c), text.constData(), m_bold))
                return errorText(e);
            m_widths[c] = int(columns.at(c).header.size()) + 3; // room for the filter button
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        return {};
    }

    QString write(const QStringList &fields) override
    {
        ++m_row;
        for (int c = 0; c < fields.size() && c < m_columns.size(); ++c) {
            const QString &text = fields.at(c);
            if (text.isEmpty())
                continue;
            if (lxw_error e = writeCell(c, text, fields))
                return errorText(e);
            if (m_row <= 1000 && text.size() + 1 > m_widths.at(c))
                m_widths[c] = int(qMin<qsizetype>(text.size() + 1, 60));
        }
        return {};
    }

    QString commit() override
    {
        if (!m_columns.isEmpty())
            worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(m_row), lxw_col_t(m_columns.size() - 1));
        for (int c = 0; c < m_columns.size(); ++c)
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), m_widths.at(c), nullptr);
        const lxw_error closed = workbook_close(m_workbook);
        m_workbook = nullptr;
        if (closed != LXW_NO_ERROR) {
            QFile::remove(m_partPath);
            return errorText(closed);
        }
        // rename() replaces the target in one step where the system allows it.
        if (std::rename(QFile::encodeName(m_partPath).constData(), QFile::encodeName(m_path).constData())
            != 0) {
            QFile::remove(m_path);
            if (!QFile::rename(m_partPath, m_path)) {
                QFile::remove(m_partPath);
                return TableFile::tr("The file could not be written: it cannot replace %1.")
                    .arg(QDir::toNativeSeparators(m_path));
            }
        }
        return {};
    }

private:
    static QString errorText(lxw_error e)
    {
        return TableFile::tr("The workbook could not be written: %1").arg(QString::fromUtf8(lxw_strerror(e)));
    }

    lxw_error writeString(int c, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        return worksheet_write_string(m_sheet, lxw_row_t(m_row), lxw_col_t(c), utf8.constData(), nullptr);
    }

    // The cell as its column's type, or as text when the text does not read as that type.
    lxw_error writeCell(int c, const QString &text, const QStringList &fields)
    {
        const TableColumn &column = m_columns.at(c);
        const auto row = lxw_row_t(m_row);
        const auto col = lxw_col_t(c);
        switch (column.type) {
        case ColumnType::Text:
            break;
        case ColumnType::Integer: {
            bool ok = false;
            const qlonglong n = text.toLongLong(&ok);
            // Doubles hold integers exactly up to 2^53; longer ones (account numbers) stay text.
            if (ok && qAbs(n) < (qlonglong(1) << 53))
                return worksheet_write_number(m_sheet, row, col, double(n), nullptr);
            break;
        }
        case ColumnType::Number: {
            bool ok = false;
            const double d = text.toDouble(&ok);
            if (ok)
                return worksheet_write_number(m_sheet, row, col, d, nullptr);
            break;
        }
        case ColumnType::Date: {
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (d.isValid()) {
                lxw_datetime dt {d.year(), d.month(), d.day(), 0, 0, 0.0};
                return worksheet_write_datetime(m_sheet, row, col, &dt, m_date);
            }
            break;
        }
        case ColumnType::DateTime: {
            const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs).toLocalTime();
            if (t.isValid()) {
                lxw_datetime dt {t.date().year(), t.date().month(), t.date().day(), t.time().hour(),
                    t.time().minute(), t.time().second() + t.time().msec() / 1000.0};
                return worksheet_write_datetime(m_sheet, row, col, &dt, m_dateTime);
            }
            break;
        }
        case ColumnType::Money: {
            const QString currency = column.currencyColumn >= 0 && column.currencyColumn < fields.size()
                ? fields.at(column.currencyColumn).trimmed().toUpper()
                : QString();
            auto money = currency.isEmpty() ? Result<Money>(Error::make(Error::Code::Validation, {}))
                                            : Money::parse(text, currency);
            if (money) {
                double value = double(money->minorUnits());
                for (int i = 0; i < money->decimals(); ++i)
                    value /= 10.0;
                return worksheet_write_number(
                    m_sheet, row, col, value, moneyFormat(currency, money->decimals()));
            }
            break;
        }
        }
        return writeString(c, text);
    }

    // "#,##0.00 "EUR"": grouped, the currency's decimals, the code after the number.
    lxw_format *moneyFormat(const QString &currency, int decimals)
    {
        if (lxw_format *f = m_money.value(currency))
            return f;
        lxw_format *f = workbook_add_format(m_workbook);
        QString pattern = QStringLiteral("#,##0");
        if (decimals > 0)
            pattern += QLatin1Char('.') + QString(decimals, QLatin1Char('0'));
        pattern += QStringLiteral(" \"%1\"").arg(currency);
        format_set_num_format(f, pattern.toUtf8().constData());
        m_money.insert(currency, f);
        return f;
    }

    QString m_path;
    QString m_partPath;
    QList<TableColumn> m_columns;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_dateTime = nullptr;
    QHash<QString, lxw_format *> m_money;
    QList<int> m_widths;
    qint64 m_row = 0;
};

} // namespace

TableFile::Format TableFile::formatOf(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? Format::Xlsx : Format::Csv;
}

TableFile::TableFile(const QString &path, const Progress &progress, const std::atomic_bool *cancel)
    : m_path(path)
    , m_progress(progress)
    , m_cancel(cancel)
{}

TableFile::~TableFile() = default;

Status TableFile::open(const QList<TableColumn> &columns, qint64 total)
{
    m_total = total;
    const auto ioError = [this](const QString &message) {
        Error e = Error::make(Error::Code::Io, message);
        e.file = m_path;
        return e;
    };
    if (formatOf(m_path) == Format::Xlsx) {
        if (total > kXlsxMaxRows)
            return ioError(tr("An Excel worksheet holds at most %L1 rows, and the list has %L2; export it as "
                              "CSV or narrow the filter.")
                               .arg(kXlsxMaxRows)
                               .arg(total));
        m_backend = std::make_unique<XlsxBackend>(m_path);
    } else {
        m_backend = std::make_unique<CsvBackend>(m_path);
    }
    if (const QString message = m_backend->open(columns); !message.isEmpty()) {
        m_backend.reset();
        return ioError(message);
    }
    report();
    return {};
}

bool TableFile::write(const QStringList &fields)
{
    if (m_cancel && m_cancel->load()) {
        fail(cancelledError());
        return false;
    }
    if (!m_status.ok())
        return false;
    if (const QString message = m_backend->write(fields); !message.isEmpty()) {
        Error e = Error::make(Error::Code::Io, message);
        e.file = m_path;
        fail(e);
        return false;
    }
    if (++m_rows % 1000 == 0)
        report();
    return true;
}

void TableFile::fail(const Status &s)
{
    if (m_status.ok())
        m_status = s;
}

Result<qint64> TableFile::finish(const Status &streamed)
{
    fail(streamed);
    if (m_status.ok() && m_cancel && m_cancel->load())
        fail(cancelledError());
    if (!m_status.ok() || !m_backend) {
        m_backend.reset(); // removes the temporary file
        return m_status.ok() ? Error::make(Error::Code::Io, tr("The file was not opened."))
                             : m_status.error();
    }
    if (const QString message = m_backend->commit(); !message.isEmpty()) {
        m_backend.reset();
        Error e = Error::make(Error::Code::Io, message);
        e.file = m_path;
        return e;
    }
    m_backend.reset();
    report();
    return m_rows;
}

void TableFile::report() const
{
    if (m_progress)
        m_progress(m_rows, m_total);
}

Error TableFile::cancelledError() const
{
    return Error::make(Error::Code::Cancelled, tr("The export was cancelled; no file was written."));
}

} // namespace cd
