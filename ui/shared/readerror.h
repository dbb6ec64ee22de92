#pragma once

// Reads that feed combo boxes and side lists (the levels of a filter, an agreement's periods):
// when one fails, the widget goes on with an empty list, but the user is told what could not be
// read and why, in the window's status bar (or, in a dialog, in a message box), and the reason is
// logged. Never an empty list without a word.

#include "common/result.h"

#include <QString>

class QWidget;

namespace cd {

// Shows "Could not read <what>: <reason>" for `where`.
void showReadError(QWidget *where, const QString &what, const Error &error);

template<typename T>
T valueOrShow(const Result<T> &result, QWidget *where, const QString &what, T fallback = T {})
{
    if (result)
        return result.value();
    showReadError(where, what, result.error());
    return fallback;
}

} // namespace cd
