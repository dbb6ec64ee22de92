#include "mainwindow.h"

namespace cd {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("ChannelDesk"));
}

} // namespace cd
