#include "reporttable.h"

#include "io/csvwriter.h"

#include <QJsonObject>

namespace cd {

int ReportTable::columnIndex(const QString &key) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns[i].key == key)
            return int(i);
    }
    return -1;
}

Status ReportTable::writeCsv(QIODevice &device) const
{
    CsvWriter writer(device);
    QStringList header;
    for (const Column &c : columns)
        header << c.key;
    if (Status s = writer.writeRecord(header); !s)
        return s;
    for (const QVariantList &row : rows) {
        QStringList fields;
        for (const QVariant &v : row)
            fields << v.toString();
        if (Status s = writer.writeRecord(fields); !s)
            return s;
    }
    return {};
}

QJsonArray ReportTable::toJson() const
{
    QJsonArray array;
    for (const QVariantList &row : rows) {
        QJsonObject object;
        for (qsizetype i = 0; i < columns.size() && i < row.size(); ++i) {
            if (columns[i].type == ColumnType::Count)
                object.insert(columns[i].key, row[i].toLongLong());
            else
                object.insert(columns[i].key, row[i].toString());
        }
        array.append(object);
    }
    return array;
}

} // namespace cd
