#pragma once

// What the files of CommissionsCommands share: option readers and output helpers. Private to
// app/cli/commission*commands.cpp.

#include "commissionscommands.h"

#include "commissions/period.h"
#include "commissions/settlement.h"
#include "common/decimal.h"
#include "db/database.h"

#include <QCommandLineOption>
#include <QJsonObject>

namespace cd::cli::commissioncli {

QString money(qint64 minor, const QString &currency);
Result<qint64> customerId(const Database &db, const QString &code, const QString &option);
// --from as a date; invalid when not given.
Result<QDate> fromOption(const CommandContext &context);
Result<CommissionPeriod> periodOption(const CommandContext &context);
// --period and the database, what the settlement commands open first.
Result<std::pair<CommissionPeriod, Database>> periodAndDatabase(const CommandContext &context);
// What override and split change: --from (invalid when not given), the database, and the CUSTOMER
// argument's id.
struct CustomerRule
{
    QDate from;
    Database db;
    qint64 customerId = 0;
};
Result<CustomerRule> customerRule(const CommandContext &context);
// What preview and approve act on: --period, the database, and --partner (0 = every partner).
struct PeriodSelection
{
    CommissionPeriod period;
    Database db;
    qint64 partnerId = 0;
};
Result<PeriodSelection> periodSelection(const CommandContext &context);
QCommandLineOption periodOptionSpec();
QCommandLineOption partnerOptionSpec();
QJsonObject lineJson(const SettlementRun &run, const CommissionLine &l);
// The statements of a run, and with `lines` every line; JSON always nests the lines.
int writeRun(CommandContext &context, const SettlementRun &run, bool lines);
Result<Rate> percentOption(const CommandContext &context, const QString &name);

} // namespace cd::cli::commissioncli
