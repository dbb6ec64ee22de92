#pragma once

// Helpers the widget tests share: a named user's connection to a test file, typing as a user
// does, and keeping a picture of a widget for people reviewing the layout.

#include "db/database.h"

#include <QDir>
#include <QLineEdit>
#include <QTest>
#include <QWidget>

namespace cd::test {

// Opens `path` as `user` (the name the timeline and conflict messages show); stops the run when
// the file cannot be opened.
inline Database openDatabase(const QString &path, const QString &user)
{
    DatabaseOptions o;
    o.path = path;
    o.userLogin = user;
    auto db = Database::open(o);
    if (!db)
        qFatal("cannot open the test database: %s", qPrintable(db.error().toString()));
    return db.value();
}

// Types into a line edit as a user would: focus, (select all and delete,) keystrokes.
inline void type(QLineEdit *edit, const QString &text, bool clearFirst = true)
{
    edit->setFocus();
    if (clearFirst) {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
    }
    QTest::keyClicks(edit, text);
}

// CHANNELDESK_SCREENSHOTS=<folder> keeps a picture of `w` under `name` there; nothing otherwise.
inline void screenshot(QWidget &w, const char *name)
{
    const QString dir = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w.grab().save(QDir(dir).filePath(QString::fromUtf8(name)));
}

} // namespace cd::test
