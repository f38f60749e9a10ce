#include "util/Version.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Nango Desk"));
    QApplication::setApplicationVersion(nd::version());
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Nango Desk"));
    window.resize(1200, 800);
    window.show();
    return QApplication::exec();
}
