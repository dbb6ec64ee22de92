#pragma once

// ReportTable: a report as plain rows with typed cells, so the view's table and chart, the CSV and
// JSON writers and the command line all show the same numbers.

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QStringList>
#include <QVariant>

class QIODevice;

namespace cd {

struct ReportTable
{
    Q_DECLARE_TR_FUNCTIONS(ReportTable)
public:
    enum class ColumnType { Text, Count, Ratio, Amount };

    struct Column
    {
        QString key; // stable, untranslated: CSV/JSON header
        QString label; // translated header for views
        ColumnType type = ColumnType::Text;
    };

    QString title; // translated
    QList<Column> columns;
    // One QVariant per column: QString for Text, qint64 for Count, QString with the exact
    // Decimal ("0.25") for Ratio, QString "1234.50" for Amount (currency in its own Text column).
    QList<QVariantList> rows;
    // The column a chart draws as bars; empty = the count columns (else the amounts).
    QString chartKey;

    int columnIndex(const QString &key) const; // -1 when there is none

    // Header row of keys, then the rows, through CsvWriter.
    Status writeCsv(QIODevice &device) const;
    // [{key: value, ...}, ...], counts as numbers, rates and money as exact strings.
    QJsonArray toJson() const;
};

} // namespace cd
