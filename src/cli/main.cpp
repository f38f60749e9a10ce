#include "CliApp.h"
#include "util/Logging.h"
#include "util/ProcessGuard.h"
#include "util/Version.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    // write() is async-signal-safe; the event loop reads the pipe.
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &c, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    nd::disableCoreDumps(); // before any key is read
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nango-desk-cli"));
    QCoreApplication::setApplicationVersion(nd::version());
    nd::SecretRedactor::installMessageHandler();

    nd::CliApp cli;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &cli, [&cli]() {
            char c = 0;
            [[maybe_unused]] const auto n = ::read(signalPipe[0], &c, 1);
            cli.requestStop();
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    const int immediate = cli.start(app.arguments());
    if (immediate >= 0)
        return immediate;
    return QCoreApplication::exec();
}
