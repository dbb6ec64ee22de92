#pragma once

// What the files of AgreementsCommands share: option readers and output helpers. Private to
// app/cli/agreement*commands.cpp.

#include "agreementscommands.h"

#include "agreements/agreementdirectory.h"
#include "agreements/agreementpdfgenerator.h"
#include "agreements/agreementstore.h"
#include "agreements/documentstore.h"
#include "agreements/jobrunner.h"
#include "agreements/taskstore.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "listing.h"
#include "partners/lookups.h"
#include "partners/partnerstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli::agreementcli {

inline QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

inline Error usage(const QString &option, const QString &message)
{
    return Error {Error::Code::Usage, message, QStringLiteral("--") + option, {}, 0, 0};
}

// An ISO date option; an invalid QDate when it is not given.
inline Result<QDate> dateOption(const CommandContext &context, const QString &option)
{
    if (!context.isSet(option))
        return QDate();
    const QString text = context.value(option).trimmed();
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return usage(option, AgreementsCommands::tr("\"%1\" is not a date; use YYYY-MM-DD.").arg(text));
    return d;
}

inline Result<std::optional<AgreementStage>> stageOption(const QString &option, const QString &text)
{
    const auto stage = AgreementStages::fromKey(text);
    if (stage)
        return std::optional<AgreementStage>(stage);
    QStringList keys;
    for (AgreementStage s : AgreementStages::all())
        keys << AgreementStages::key(s);
    return usage(option,
        AgreementsCommands::tr("\"%1\" is not a stage; use one of %2.")
            .arg(text, keys.join(QStringLiteral(", "))));
}

inline Result<qint64> userId(const Database &db, const QString &option, const QString &login)
{
    auto users = LookupStore(db).users();
    if (!users)
        return users.error();
    for (const User &u : users.value()) {
        if (u.login.compare(login.trimmed(), Qt::CaseInsensitive) == 0)
            return u.id;
    }
    return Error {Error::Code::NotFound,
        AgreementsCommands::tr("There is no user \"%1\".").arg(login.trimmed()),
        QStringLiteral("--") + option, {}, 0, 0};
}

inline QString stageText(AgreementStage stage, bool table)
{
    return table ? AgreementStages::label(stage) : AgreementStages::key(stage);
}

// "AGR-…: version 3, 12345 bytes, SHA-256 …" for a stored document version.
template<typename Document>
int reportStored(CommandContext &context, const QString &number, const Result<Document> &stored)
{
    if (!stored)
        return context.fail(stored.error());
    context.out() << AgreementsCommands::tr("%1: version %2, %3 bytes, SHA-256 %4")
                         .arg(number)
                         .arg(stored->version)
                         .arg(stored->size)
                         .arg(stored->sha256)
                  << '\n';
    return ExitOk;
}

} // namespace cd::cli::agreementcli
