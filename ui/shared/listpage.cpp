#include "listpage.h"

#include "jobprogressdialog.h"

namespace cd {

Status ListPage::exportTo(const QString &, QString *)
{
    return Error::make(Error::Code::Usage, tr("This list cannot be exported."));
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
