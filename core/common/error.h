#pragma once

// A failure described as a value: what went wrong, where (field, file, line, column) and why.

#include <QCoreApplication>
#include <QString>

namespace cd {

struct Error
{
    Q_DECLARE_TR_FUNCTIONS(Error)
public:
    enum class Code {
        None,
        Validation, // a value breaks a rule; field says which
        NotFound,
        Conflict, // the row was changed by someone else since it was read
        Duplicate, // a unique value is taken
        Database,
        Io,
        Parse, // a file could not be read; line/column say where
        NewerSchema, // the database was written by a newer ChannelDesk
        Cancelled,
        Usage,
    };

    Code code = Code::None;
    QString message;
    QString field; // domain field name, e.g. "iban"
    QString file; // for file input
    qint64 line = 0; // 1-based; 0 = not applicable
    int column = 0; // 1-based; 0 = not applicable

    static Error validation(const QString &field, const QString &message)
    {
        return {Code::Validation, message, field, {}, 0, 0};
    }
    static Error make(Code code, const QString &message) { return {code, message, {}, {}, 0, 0}; }

    bool isError() const { return code != Code::None; }

    // "file:line:column: field: message", leaving out what is not known.
    QString toString() const
    {
        QString where;
        if (!file.isEmpty())
            where = file;
        if (line > 0)
            where += (where.isEmpty() ? tr("line %1").arg(line) : QStringLiteral(":%1").arg(line));
        if (column > 0)
            where += (line > 0 && !file.isEmpty() ? QStringLiteral(":%1").arg(column)
                                                  : tr(", column %1").arg(column));
        QString text;
        if (!where.isEmpty())
            text = where + QStringLiteral(": ");
        if (!field.isEmpty())
            text += field + QStringLiteral(": ");
        return text + message;
    }
};

} // namespace cd
