#include "agreementexporter.h"

#include "tablefile.h"

namespace cd {

QStringList AgreementExporter::header()
{
    return {QStringLiteral("number"), QStringLiteral("partnerCode"), QStringLiteral("partner"),
        QStringLiteral("type"), QStringLiteral("owner"), QStringLiteral("stage"), QStringLiteral("end"),
        QStringLiteral("daysToExpiry"), QStringLiteral("documents"), QStringLiteral("updated")};
}

QStringList AgreementExporter::fields(const AgreementRow &row)
{
    const bool hasEnd = row.currentEnd.isValid();
    return {row.number, row.partnerCode, row.partnerName, row.type, row.owner,
        AgreementStages::key(row.stage), hasEnd ? row.currentEnd.toString(Qt::ISODate) : QString(),
        hasEnd ? QString::number(row.daysToExpiry) : QString(), QString::number(row.documentCount),
        row.updatedAt.toUTC().toString(Qt::ISODate)};
}

Result<qint64> AgreementExporter::exportAgreements(const Database &db, const AgreementFilter &filter,
    const AgreementSort &sort, const QString &path, const Progress &progress, const std::atomic_bool *cancel)
{
    const AgreementDirectory directory(db);
    auto total = directory.count(filter);
    if (!total)
        return total.error();
    // The types a workbook stores the cells as; the CSV writes the same text either way.
    const QList<ColumnType> types = {ColumnType::Text, ColumnType::Text, ColumnType::Text, ColumnType::Text,
        ColumnType::Text, ColumnType::Text, ColumnType::Date, ColumnType::Integer, ColumnType::Integer,
        ColumnType::DateTime};
    QList<TableColumn> columns;
    const QStringList names = header();
    for (int i = 0; i < names.size(); ++i)
        columns.append({names.at(i), types.value(i)});
    TableFile out(path, progress, cancel);
    if (Status s = out.open(columns, total.value()); !s)
        return s.error();
    const Status streamed
        = directory.forEach(filter, sort, [&](const AgreementRow &row) { return out.write(fields(row)); });
    return out.finish(streamed);
}

} // namespace cd
