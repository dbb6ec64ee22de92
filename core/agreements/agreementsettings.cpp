#include "agreementsettings.h"

#include "db/sql.h"
#include "db/transaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace cd {

namespace {
const QString kAlertWindows = QStringLiteral("agreements.alert_windows");
const QString kMaxDocumentBytes = QStringLiteral("agreements.max_document_bytes");
} // namespace

int AgreementSettings::largestAlertWindow() const
{
    return alertWindows.isEmpty() ? 0 : *std::max_element(alertWindows.begin(), alertWindows.end());
}

QList<Error> AgreementSettings::validate() const
{
    QList<Error> errors;
    if (alertWindows.isEmpty())
        errors.append(Error::validation(QStringLiteral("alert windows"),
            QCoreApplication::translate("AgreementSettings", "At least one alert window is needed.")));
    for (int w : alertWindows) {
        if (w < 1 || w > 3660) {
            errors.append(Error::validation(QStringLiteral("alert windows"),
                QCoreApplication::translate(
                    "AgreementSettings", "An alert window must be 1 to 3660 days, not %1.")
                    .arg(w)));
            break;
        }
    }
    if (maxDocumentBytes < 1024 || maxDocumentBytes > qint64(1) << 30)
        errors.append(Error::validation(QStringLiteral("document size limit"),
            QCoreApplication::translate(
                "AgreementSettings", "The document size limit must be 1 KiB to 1 GiB.")));
    return errors;
}

Result<AgreementSettings> AgreementSettings::load(const Database &database)
{
    const QSqlDatabase db = database.sql();
    AgreementSettings s;
    auto q = sql::exec(db, QStringLiteral("SELECT key, value FROM app_settings WHERE key IN (?, ?)"),
        {kAlertWindows, kMaxDocumentBytes});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QString key = q.value().value(0).toString();
        const QString value = q.value().value(1).toString();
        if (key == kAlertWindows) {
            QList<int> windows;
            for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                const int w = part.trimmed().toInt(&ok);
                if (ok && w > 0)
                    windows.append(w);
            }
            if (!windows.isEmpty())
                s.alertWindows = windows;
        } else if (key == kMaxDocumentBytes) {
            bool ok = false;
            const qint64 v = value.toLongLong(&ok);
            if (ok && v > 0)
                s.maxDocumentBytes = v;
        }
    }
    std::sort(s.alertWindows.begin(), s.alertWindows.end(), std::greater<int>());
    return s;
}

Status AgreementSettings::save(const Database &database, const AgreementSettings &settings)
{
    const QSqlDatabase db = database.sql();
    if (const auto errors = settings.validate(); !errors.isEmpty())
        return errors.first();
    QList<int> windows = settings.alertWindows;
    std::sort(windows.begin(), windows.end(), std::greater<int>());
    windows.erase(std::unique(windows.begin(), windows.end()), windows.end());
    QStringList parts;
    for (int w : windows)
        parts.append(QString::number(w));
    Transaction t(db);
    if (Status s = t.begin(); !s)
        return s;
    const QString upsert = QStringLiteral("INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT "
                                          "(key) DO UPDATE SET value = excluded.value");
    if (Status s = sql::run(db, upsert, {kAlertWindows, parts.join(QLatin1Char(','))}); !s)
        return s;
    if (Status s = sql::run(db, upsert, {kMaxDocumentBytes, QString::number(settings.maxDocumentBytes)}); !s)
        return s;
    return t.commit();
}

} // namespace cd
