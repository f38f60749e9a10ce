#include "SimServer.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nango-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NANGODESK_VERSION));

    nangosim::SimOptions options;
    bool helpShown = false;
    if (const auto error = nangosim::SimOptions::parse(app.arguments(), &options, &helpShown)) {
        QTextStream(stderr) << "nango-sim: " << *error << Qt::endl;
        return 2;
    }
    if (helpShown)
        return 0;

    nangosim::SimServer server(options);
    QString error;
    if (!server.start(&error)) {
        QTextStream(stderr) << "nango-sim: " << error << Qt::endl;
        return 1;
    }
    // The first line is the address, so scripts can read it; the keys follow unless --quiet.
    QTextStream out(stdout);
    out << "nango-sim listening on " << server.url().toString() << Qt::endl;
    if (!options.quiet) {
        out << "environment: " << options.environment << Qt::endl;
        out << "secret key: " << options.secretKey << Qt::endl;
        out << "webhook signing key: " << options.webhookSigningKey << Qt::endl;
    }
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    return app.exec();
}
