#include "listing.h"

#include "db/sql.h"

#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <limits>

namespace cd::cli {

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant percentOrNull(const std::optional<Rate> &rate)
{
    return rate ? QVariant(rate->toPercentString().chopped(1)) : QVariant();
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QString isoTime(const QDateTime &utc)
{
    return utc.isValid() ? sql::isoUtc(utc) : QString();
}

Error usageError(const QString &option, const QString &message)
{
    return Error {Error::Code::Usage, message, option, {}, 0, 0};
}

int writeRecordCsv(CommandContext &context, const QList<Field> &fields)
{
    QList<TableOutput::Column> columns;
    QVariantList values;
    for (const Field &f : fields) {
        columns << TableOutput::Column {f.key, f.label};
        values << f.value;
    }
    if (Status s = TableOutput::writeRow(context, columns, values); !s)
        return context.fail(s.error());
    return ExitOk;
}

QJsonObject recordObject(const QList<Field> &fields)
{
    QJsonObject object;
    for (const Field &f : fields)
        object.insert(
            f.key, f.value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(f.value));
    return object;
}

void writeJson(CommandContext &context, const QJsonObject &object)
{
    context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void writeRecordLines(CommandContext &context, const QList<Field> &fields)
{
    int width = 0;
    for (const Field &f : fields)
        width = std::max(width, int(f.label.size()));
    QTextStream &out = context.out();
    for (const Field &f : fields) {
        // Coordinates and other decimals with their digits, not in exponent notation.
        const QString value = f.value.typeId() == QMetaType::Double
            ? QString::number(f.value.toDouble(), 'f', 6)
            : f.value.toString();
        if (!value.isEmpty())
            out << QString(f.label + QLatin1Char(':')).leftJustified(width + 2) << value << '\n';
    }
}

Result<qint64> Listing::limitOption(const CommandContext &context)
{
    return context.number(QStringLiteral("limit"), 100, 0, std::numeric_limits<int>::max() - 1);
}

Error Listing::unknownColumn(const QString &name, const QStringList &names)
{
    return usageError(QStringLiteral("--sort"),
        tr("\"%1\" is not a column; use one of %2.").arg(name, names.join(QStringLiteral(", "))));
}

int Listing::finish(
    CommandContext &context, const Status &written, TableOutput &output, const QString &moreNote)
{
    if (!written)
        return context.fail(written.error());
    if (Status s = output.finish(); !s)
        return context.fail(s.error());
    if (!moreNote.isEmpty() && context.format() == OutputFormat::Table)
        context.note(moreNote);
    return ExitOk;
}

} // namespace cd::cli
