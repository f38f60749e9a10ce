#include "util/Version.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nango-desk-cli"));
    QCoreApplication::setApplicationVersion(nd::version());
    if (app.arguments().contains(QStringLiteral("--version"))) {
        QTextStream(stdout) << "nango-desk-cli " << nd::version() << Qt::endl;
        return 0;
    }
    QTextStream(stderr) << "nango-desk-cli: no command given; try --help" << Qt::endl;
    return 2;
}
