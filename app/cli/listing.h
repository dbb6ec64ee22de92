#pragma once

// What the list commands share: how values become cells (empty = null, ISO dates and times), the
// --sort/--desc options, and writing the first --limit rows of a directory with a note when more
// are stored. A new list command names its columns, its filter and its row's values.

#include "commandcontext.h"
#include "common/decimal.h"
#include "tableoutput.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <algorithm>
#include <functional>

namespace cd::cli {

// An empty text as null (JSON null, an empty cell).
QVariant orNull(const QString &s);
// A rate as a percentage without the sign ("7.5"), exact; null when there is none.
QVariant percentOrNull(const std::optional<Rate> &rate);
// yyyy-MM-dd, or null.
QVariant dateOrNull(const QDate &d);
// A stored UTC time as ISO 8601 with Z; empty when not set.
QString isoTime(const QDateTime &utc);
// A usage error that names the option ("--kind").
Error usageError(const QString &option, const QString &message);

// One field of a record a show command prints.
struct Field
{
    QString key; // JSON key and CSV header: stable, never translated
    QString label; // the table's label: translated
    QVariant value;
};

// A record for a show command: one CSV row of its fields; a JSON object (the command adds its
// lists, such as contacts or history, before writing it); or "Label: value" lines with empty
// values left out.
int writeRecordCsv(CommandContext &context, const QList<Field> &fields);
QJsonObject recordObject(const QList<Field> &fields);
void writeJson(CommandContext &context, const QJsonObject &object);
void writeRecordLines(CommandContext &context, const QList<Field> &fields);

class Listing
{
    Q_DECLARE_TR_FUNCTIONS(cd::cli::Listing)
public:
    // --sort NAME (one of `columns`' keys) and --desc into a directory's sort; unset keeps the
    // default column.
    template<typename Sort, typename Column>
    static Result<Sort> sortOption(
        const CommandContext &context, const QList<QPair<QString, Column>> &columns)
    {
        Sort s;
        s.order = context.isSet(QStringLiteral("desc")) ? Qt::DescendingOrder : Qt::AscendingOrder;
        if (!context.isSet(QStringLiteral("sort")))
            return s;
        const QString name = context.value(QStringLiteral("sort")).trimmed().toLower();
        QStringList names;
        for (const auto &[key, column] : columns) {
            if (key == name) {
                s.column = column;
                return s;
            }
            names << key;
        }
        return unknownColumn(name, names);
    }

    // Writes the rows `directory` lists for `filter` and `sort` through `values`: the first
    // `limit` (one more is read to know whether there are more), or all of them streamed when
    // `limit` is 0. A table then notes that more are stored with `moreNote` ("%L1" = the limit).
    // Returns the command's exit code.
    template<typename Directory, typename Filter, typename Sort, typename Row>
    static int write(CommandContext &context, const Directory &directory, const Filter &filter,
        const Sort &sort, qint64 limit, TableOutput &output,
        const std::function<QVariantList(const Row &)> &values, const QString &moreNote)
    {
        Status written;
        const auto write = [&](const Row &r) {
            written = output.addRow(values(r));
            return written.ok();
        };
        bool more = false;
        if (limit == 0) {
            if (Status s = directory.forEach(filter, sort, write); !s)
                return context.fail(s.error());
        } else {
            auto rows = directory.page(filter, sort, 0, int(limit) + 1);
            if (!rows)
                return context.fail(rows.error());
            more = rows->size() > limit;
            for (qsizetype i = 0; i < std::min<qsizetype>(rows->size(), limit); ++i) {
                if (!write(rows->at(i)))
                    break;
            }
        }
        return finish(context, written, output, more ? moreNote.arg(limit) : QString());
    }

    // The --limit option: 100 unless given, 0 = all.
    static Result<qint64> limitOption(const CommandContext &context);

    // What a list command reads before it lists: --limit, --sort/--desc against `columns`, its
    // filter (`parse`, checked before the database is opened, so a usage error never creates a
    // file), the database, and the names in the filter resolved there (`resolve`).
    template<typename Sort, typename Filter>
    struct Request
    {
        qint64 limit = 0;
        Sort sort;
        Filter filter;
        Database db;
    };
    template<typename Sort, typename Filter, typename Column>
    static Result<Request<Sort, Filter>> request(const CommandContext &context,
        const QList<QPair<QString, Column>> &columns,
        const std::function<Result<Filter>(const CommandContext &)> &parse,
        const std::function<Status(const CommandContext &, const Database &, Filter &)> &resolve)
    {
        auto limit = limitOption(context);
        if (!limit)
            return limit.error();
        auto r = selection<Sort, Filter>(context, columns, parse, resolve);
        if (r)
            r.value().limit = limit.value();
        return r;
    }
    // The same without --limit, for the commands that write every row (exports).
    template<typename Sort, typename Filter, typename Column>
    static Result<Request<Sort, Filter>> selection(const CommandContext &context,
        const QList<QPair<QString, Column>> &columns,
        const std::function<Result<Filter>(const CommandContext &)> &parse,
        const std::function<Status(const CommandContext &, const Database &, Filter &)> &resolve)
    {
        Request<Sort, Filter> r;
        auto sort = sortOption<Sort>(context, columns);
        if (!sort)
            return sort.error();
        r.sort = sort.value();
        auto filter = parse(context);
        if (!filter)
            return filter.error();
        r.filter = filter.value();
        auto db = context.openDatabase();
        if (!db)
            return db.error();
        r.db = db.value();
        if (Status s = resolve(context, r.db, r.filter); !s)
            return s.error();
        return r;
    }

private:
    static Error unknownColumn(const QString &name, const QStringList &names);
    static int finish(
        CommandContext &context, const Status &written, TableOutput &output, const QString &moreNote);
};

} // namespace cd::cli
