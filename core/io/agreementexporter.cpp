#include "agreementexporter.h"

#include "csvwriter.h"

#include <QSaveFile>

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
    const AgreementDirectory directory(db.sql());
    auto total = directory.count(filter);
    if (!total)
        return total.error();
    const auto ioError = [&](const QString &message) {
        Error e = Error::make(Error::Code::Io, message);
        e.file = path;
        return e;
    };
    const Error cancelled
        = Error::make(Error::Code::Cancelled, tr("The export was cancelled; no file was written."));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(tr("The file could not be created: %1").arg(file.errorString()));
    CsvWriter writer(file);
    if (Status s = writer.writeRecord(header()); !s)
        return s.error();
    if (progress)
        progress(0, total.value());
    qint64 rows = 0;
    Status failed;
    const Status streamed = directory.forEach(filter, sort, [&](const AgreementRow &row) {
        if (cancel && cancel->load()) {
            failed = cancelled;
            return false;
        }
        if (Status s = writer.writeRecord(fields(row)); !s) {
            failed = s;
            return false;
        }
        if (++rows % 1000 == 0 && progress)
            progress(rows, total.value());
        return true;
    });
    // QSaveFile drops its temporary file unless committed: nothing half-written is left behind.
    if (!failed)
        return failed.error();
    if (!streamed)
        return streamed.error();
    if (cancel && cancel->load())
        return cancelled;
    if (!file.commit())
        return ioError(tr("The file could not be written: %1").arg(file.errorString()));
    if (progress)
        progress(rows, total.value());
    return rows;
}

} // namespace cd
