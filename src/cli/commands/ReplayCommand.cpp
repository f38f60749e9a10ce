#include "commands/ReplayCommand.h"

#include "CliContext.h"
#include "ExitCode.h"

#include <QTimer>

namespace nd {

using namespace Qt::StringLiterals;

ReplayCommand::ReplayCommand(CliContext &context)
    : Command(context, u"webhook-replay"_s)
{}

void ReplayCommand::describe(QCommandLineParser &p)
{
    p.setApplicationDescription(
        tr("Process a logged webhook again, as if Nango had just sent it: the pull it asks for runs, and "
           "nothing else is asked of Nango. Only a delivery whose signature was verified when it came is "
           "replayed. ID is the webhook's number in the log (Activity, or the cache's webhook_log)."));
    p.addPositionalArgument(u"ID"_s, tr("The logged webhook's number."));
}

int ReplayCommand::run(const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    bool ok = false;
    const qint64 id = args.size() == 1 ? args.constFirst().toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return usageError(tr("give one webhook number, e.g. webhook-replay 42"));
    if (const int code = m_context.openEngine())
        return code;
    m_context.withApiKey([this, id]() {
        m_context.engine().replayWebhook(id, [this, id](bool replayed, const QString &error) {
            if (!replayed) {
                m_context.finish(Failed, error);
                return;
            }
            waitForPulls(id);
        });
    });
    return -1;
}

void ReplayCommand::waitForPulls(qint64 id)
{
    auto *timer = new QTimer(this);
    timer->setInterval(100);
    connect(timer, &QTimer::timeout, this, [this, timer, id]() {
        SyncEngine &engine = m_context.engine();
        if (!engine.isIdle())
            return;
        timer->stop();
        int code = Ok;
        QStringList failures;
        for (const PullJob::Outcome &f : engine.failures()) {
            code = worstExitCode(code, exitCodeFor(f.errorKind));
            failures << f.error;
        }
        m_context.finish(
            code,
            failures.isEmpty()
                ? tr("replayed webhook #%1; what it asked for is done").arg(id)
                : tr("replayed webhook #%1, but a pull failed: %2").arg(id).arg(failures.join(u"; "_s)));
    });
    timer->start();
}

} // namespace nd
