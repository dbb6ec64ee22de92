#pragma once

// Helpers shared by core tests: a fresh database in a temporary folder.

#include "db/database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace cd::test {

struct TempDatabase
{
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    Database db;

    explicit TempDatabase(const QString &user = QStringLiteral("tester"))
    {
        DatabaseOptions o;
        o.path = dir->filePath(QStringLiteral("test.sqlite"));
        o.userLogin = user;
        auto opened = Database::open(o);
        if (!opened)
            qFatal("cannot open test database: %s", qPrintable(opened.error().toString()));
        db = opened.value();
    }
    QString path() const { return db.path(); }
};

} // namespace cd::test
