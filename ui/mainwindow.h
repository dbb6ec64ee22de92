#pragma once

// MainWindow: the document window of one open ChannelDesk database.

#include <QMainWindow>

namespace cd {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace cd
