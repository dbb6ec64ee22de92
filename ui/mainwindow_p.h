#pragma once

// What the files of MainWindow share: the pages, editors and dialogs the window creates, and small
// helpers. Private to ui/mainwindow*.cpp.

#include "mainwindow.h"

#include "agreements/agreementdirectory.h"
#include "agreements/jobrunner.h"
#include "agreements/taskstore.h"
#include "commissions/settlement.h"
#include "common/clock.h"
#include "leads/leadstore.h"

#include "agreements/agreementeditor.h"
#include "agreements/agreementsview.h"
#include "agreements/agreementtablemodel.h"
#include "agreements/newagreementdialog.h"
#include "agreements/tasklistview.h"
#include "agreements/tasktablemodel.h"
#include "commissions/commissionsview.h"
#include "customers/customereditor.h"
#include "customers/customerlistview.h"
#include "customers/customertablemodel.h"
#include "io/importdialog.h"
#include "leads/leadsview.h"
#include "network/networkview.h"
#include "partners/listsdialog.h"
#include "partners/partnereditor.h"
#include "partners/partnerlistview.h"
#include "partners/partnerstore.h"
#include "partners/partnertablemodel.h"
#include "reports/reportsview.h"
#include "settings.h"
#include "shared/directorytable.h"
#include "shared/jobprogressdialog.h"
#include "shared/listpage.h"
#include "shared/recordeditor.h"
#include "today/todaypage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QThread>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace cd::mainwindow {

inline QString fileFilter()
{
    return MainWindow::tr("ChannelDesk databases (*.channeldesk *.sqlite *.db);;All files (*)");
}

// More than this many partners at once is a slip of Select All, not an intent.
inline constexpr qint64 kMaxArchiveAtOnce = 1000;

} // namespace cd::mainwindow
