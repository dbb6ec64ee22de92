#include "listpage.h"

#include "jobprogressdialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace cd {

Status ListPage::exportTo(const QString &, QString *)
{
    return Error::make(Error::Code::Usage, tr("This list cannot be exported."));
}

QString ListPage::askExportPath(QWidget *parent, const QString &title, const QString &suggestedPath)
{
    const QString csv = tr("CSV files (*.csv)");
    const QString xlsx = tr("Excel workbooks (*.xlsx)");
    QSettings settings;
    const bool lastXlsx = settings.value(QStringLiteral("export/format")).toString() == QLatin1String("xlsx");
    QString selected = lastXlsx ? xlsx : csv;
    QString suggested = suggestedPath;
    if (lastXlsx && suggested.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        suggested = suggested.chopped(4) + QStringLiteral(".xlsx");
    QString path = QFileDialog::getSaveFileName(parent, title, suggested,
        QStringList {csv, xlsx, tr("All files (*)")}.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return {};
    const bool choseXlsx = selected == xlsx;
    if (QFileInfo(path).suffix().isEmpty())
        path += choseXlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    settings.setValue(QStringLiteral("export/format"),
        path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? QStringLiteral("xlsx")
                                                                   : QStringLiteral("csv"));
    return path;
}

Status ListPage::runExport(
    const Database &db, const QString &label, qint64 total, const ExportWriter &writer, qint64 *written)
{
    if (!db.isOpen())
        return Error::make(Error::Code::Usage, tr("No database is open."));
    return JobProgressDialog::run(
        this, label, db, [&](const Database &own, const JobProgressDialog::Control &control) -> Status {
            const auto progress
                = [&](qint64 done, qint64 known) { control.progress(done, known > 0 ? known : total); };
            auto result = writer(own, progress, control.cancel);
            if (!result)
                return result.error();
            if (written)
                *written = result.value();
            return {};
        });
}

} // namespace cd
