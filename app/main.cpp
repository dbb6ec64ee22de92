#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ChannelDesk"));
    QApplication::setOrganizationName(QStringLiteral("ChannelDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CHANNELDESK_VERSION));
    cd::MainWindow window;
    window.show();
    return app.exec();
}
