#include "readerror.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace cd {

void showReadError(QWidget *where, const QString &what, const Error &error)
{
    //: A read for a list or a page failed: what was read, then the reason
    const QString message
        = QCoreApplication::translate("ReadError", "Could not read %1: %2").arg(what, error.message);
    qWarning("%s", qPrintable(message));
    if (!where)
        return;
    if (auto *window = qobject_cast<QMainWindow *>(where->window())) {
        window->statusBar()->showMessage(message, 30000);
        return;
    }
    // A dialog (or a page not in a window yet): a message box that does not block the caller.
    auto *box = new QMessageBox(QMessageBox::Warning,
        QCoreApplication::translate("ReadError", "Could Not Read"), message, QMessageBox::Ok, where);
    box->setObjectName(QStringLiteral("readErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace cd
