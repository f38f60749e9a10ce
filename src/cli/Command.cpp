#include "Command.h"

#include "CliContext.h"
#include "ExitCode.h"

namespace nd {

using namespace Qt::StringLiterals;

Command::Command(CliContext &context, const QString &name)
    : QObject(&context)
    , m_context(context)
    , m_name(name)
{}

int Command::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    describe(parser);
    if (!parser.parse(QStringList{u"nango-desk-cli"_s} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        // Qt's help names the program as it was started: the first line says which command this is.
        QString help = parser.helpText();
        const qsizetype end = help.indexOf(u'\n');
        help = u"Usage: nango-desk-cli "_s + m_name + u' ' + help.left(end).section(u' ', 2) + help.mid(end);
        m_context.out() << help;
        m_context.out().flush();
        return Ok;
    }
    return run(parser);
}

int Command::usageError(const QString &message)
{
    m_context.err() << "nango-desk-cli " << m_name << ": " << message << Qt::endl;
    return Usage;
}

bool Command::intOption(const QCommandLineParser &p, const QString &option, int min, int max, int *out)
{
    if (!p.isSet(option))
        return true;
    bool ok = false;
    const int value = p.value(option).toInt(&ok);
    if (!ok || value < min || value > max) {
        usageError(tr("--%1 must be a number from %2 to %3").arg(option).arg(min).arg(max));
        return false;
    }
    *out = value;
    return true;
}

bool Command::secondsOption(const QCommandLineParser &p, const QString &option, int *outMs)
{
    if (!p.isSet(option))
        return true;
    bool ok = false;
    const double seconds = p.value(option).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 86400) {
        usageError(tr("--%1 must be a number of seconds").arg(option));
        return false;
    }
    *outMs = int(seconds * 1000);
    return true;
}

bool Command::requireOptions(const QCommandLineParser &p, const QStringList &required)
{
    for (const QString &option : required) {
        if (p.value(option).isEmpty()) {
            usageError(tr("--%1 is required").arg(option));
            return false;
        }
    }
    return true;
}

} // namespace nd
