#include "commands/WriteBackCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "actions/ActionRunner.h"
#include "actions/ProxyRequest.h"
#include "api/ScriptsConfig.h"
#include "cache/ActionStore.h"
#include "cache/ProxyStore.h"
#include "util/Logging.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace nd {

using namespace Qt::StringLiterals;

bool readValueArgument(const QString &value, QByteArray *out, QString *error)
{
    if (!value.startsWith(u'@')) {
        *out = value.toUtf8();
        return true;
    }
    const QString path = value.mid(1);
    QFile f(path);
    const bool opened = path == u"-" ? f.open(stdin, QIODevice::ReadOnly) : f.open(QIODevice::ReadOnly);
    if (!opened) {
        *error = QCoreApplication::translate("nd::Cli", "cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    *out = f.readAll();
    return true;
}

// ---- action -----------------------------------------------------------------------------------

ActionCommand::ActionCommand(CliContext &context)
    : Command(context, u"action"_s)
{}

ActionCommand::~ActionCommand()
{
    // Before the engine: the runner holds its client.
    m_runner.reset();
    m_store.reset();
}

bool ActionCommand::stop()
{
    if (!m_runner || !m_runner->isRunning())
        return false;
    m_runner->cancel(); // its handler reports and exits
    return true;
}

void ActionCommand::describe(QCommandLineParser &p)
{
    p.setApplicationDescription(tr(
        "Run an action deployed on Nango and print its output JSON on standard output. The input is checked "
        "against the action's input model first. Exits 0 with the output, or non-zero with the reason on "
        "standard error. Every run is kept in the cache's history."));
    p.addOptions({{u"integration"_s, tr("Integration unique key (required)."), u"KEY"_s},
                  {u"connection"_s, tr("Connection id (required)."), u"ID"_s},
                  {u"name"_s, tr("Action name (required)."), u"ACTION"_s},
                  {u"input"_s, tr("The input: JSON, @FILE, or @- for standard input."), u"JSON|@FILE"_s},
                  {u"async"_s, tr("Run it asynchronously (X-Async) and poll for the result every second.")},
                  {u"timeout"_s, tr("Give up waiting after this many seconds (default 300)."), u"SECONDS"_s},
                  {u"no-validate"_s, tr("Do not check the input locally; Nango still checks it.")}});
}

int ActionCommand::run(const QCommandLineParser &p)
{
    if (!requireOptions(p, {u"integration"_s, u"connection"_s, u"name"_s}))
        return Usage;
    ActionRequest request;
    request.integration = p.value(u"integration"_s);
    request.connectionId = p.value(u"connection"_s);
    request.action = p.value(u"name"_s);
    request.async = p.isSet(u"async"_s);
    if (p.isSet(u"input"_s)) {
        QByteArray text;
        QString error;
        if (!readValueArgument(p.value(u"input"_s), &text, &error))
            return usageError(u"--input: "_s + error);
        bool ok = false;
        request.input = ActionRunner::parseJsonValue(text, &ok);
        if (!ok)
            return usageError(tr("--input is not JSON"));
    }
    if (!secondsOption(p, u"timeout"_s, &request.timeoutMs))
        return Usage;
    if (const int code = m_context.openEngine())
        return code;
    SyncEngine &engine = m_context.engine();
    m_store = std::make_unique<ActionStore>(engine.database());
    m_runner = std::make_unique<ActionRunner>(&engine.client());
    m_runner->setHistory(m_store.get(), engine.profile().id);
    connect(m_runner.get(), &ActionRunner::accepted, this, [this](const QString &id) {
        m_context.err() << tr("accepted by Nango as %1; waiting for the result").arg(id) << Qt::endl;
    });
    connect(m_runner.get(), &ActionRunner::finished, this, [this](const ActionResult &r) {
        if (!r.ok) {
            m_context.finish(m_context.failureCode(), r.failure.message);
            return;
        }
        if (r.output.isObject() || r.output.isArray()) {
            const QJsonDocument doc =
                r.output.isObject() ? QJsonDocument(r.output.toObject()) : QJsonDocument(r.output.toArray());
            m_context.out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
        } else if (!r.output.isUndefined()) {
            m_context.out() << QString::fromUtf8(r.outputJson.trimmed()) << '\n';
        }
        m_context.finish(Ok);
    });
    const bool validate = !p.isSet(u"no-validate"_s);
    m_context.withApiKey([this, request, validate]() {
        if (!validate) {
            m_runner->run(request);
            return;
        }
        // The input model comes from the deployed scripts. When it cannot be had (an older server,
        // a key without the scope), Nango's own check is the only one.
        ApiCall *config = m_context.engine().client().scriptsConfig();
        connect(config, &ApiCall::finished, this, [this, config, request]() {
            config->deleteLater();
            ActionRequest r = request;
            if (config->ok()) {
                if (const auto parsed = ScriptsConfig::parse(config->body())) {
                    if (const ActionInfo *info = parsed->findAction(r.integration, r.action))
                        r.inputSchema = info->inputSchema;
                }
            } else {
                qCInfo(lcActions).noquote()
                    << "no scripts config, so no local input check:" << config->error().userMessage();
            }
            m_runner->run(r);
        });
    });
    return -1;
}

// ---- proxy ------------------------------------------------------------------------------------

ProxyCommand::ProxyCommand(CliContext &context)
    : Command(context, u"proxy"_s)
{}

ProxyCommand::~ProxyCommand()
{
    m_runner.reset();
    m_store.reset();
}

bool ProxyCommand::stop()
{
    if (!m_runner || !m_runner->isRunning())
        return false;
    m_runner->cancel();
    return true;
}

void ProxyCommand::describe(QCommandLineParser &p)
{
    p.setApplicationDescription(tr(
        "Send a request to the provider's API through Nango's proxy, authenticated as the connection. Prints "
        "the status line, the response headers, a blank line and the body. Exits 0 when the provider "
        "answered "
        "2xx or 3xx, otherwise non-zero with the reason on standard error. Every request is kept in the "
        "cache's history."));
    p.addPositionalArgument(u"method"_s, tr("GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS."), u"METHOD"_s);
    p.addPositionalArgument(
        u"path"_s, tr("The provider's path, with its query if any, e.g. /crm/v3/objects/contacts?limit=10"),
        u"PATH"_s);
    p.addOptions({{u"integration"_s, tr("Integration unique key (required)."), u"KEY"_s},
                  {u"connection"_s, tr("Connection id (required)."), u"ID"_s},
                  {{u"H"_s, u"header"_s},
                   tr("A header for the provider, 'Name: value' (repeatable); sent as Nango-Proxy-Name. "
                      "Retries, Retry-On, "
                      "Base-Url-Override and Decompress are Nango's own and go as they are."),
                   u"HEADER"_s},
                  {u"data"_s, tr("The JSON body: JSON, @FILE, or @- for standard input."), u"JSON|@FILE"_s},
                  {u"retries"_s, tr("Let Nango retry the provider call N times (Retries)."), u"N"_s},
                  {u"retry-on"_s, tr("Also retry on these statuses, e.g. 409,423 (Retry-On)."), u"CODES"_s},
                  {u"base-url-override"_s,
                   tr("Send to this base URL instead of the provider's (Base-Url-Override)."), u"URL"_s},
                  {u"timeout"_s, tr("Give up after this many seconds (default 120)."), u"SECONDS"_s},
                  {u"curl"_s,
                   tr("Print the request as a curl command (the key as $NANGO_SECRET_KEY); send nothing.")}});
}

int ProxyCommand::run(const QCommandLineParser &p)
{
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 2)
        return usageError(tr("give METHOD and PATH, e.g. proxy GET /crm/v3/objects/contacts"));
    ProxySpec spec;
    spec.method = positional.at(0).toUpper().toLatin1();
    spec.setPathAndQuery(positional.at(1));
    spec.integration = p.value(u"integration"_s);
    spec.connectionId = p.value(u"connection"_s);
    for (const QString &line : p.values(u"H"_s)) {
        QString error;
        const auto header = ProxySpec::parseHeader(line, &error);
        if (!header)
            return usageError(error);
        spec.headers.append(*header);
    }
    if (p.isSet(u"data"_s)) {
        QString error;
        if (!readValueArgument(p.value(u"data"_s), &spec.body, &error))
            return usageError(u"--data: "_s + error);
    }
    if (!intOption(p, u"retries"_s, 0, 10, &spec.retries) || !secondsOption(p, u"timeout"_s, &spec.timeoutMs))
        return Usage;
    spec.retryOn = p.value(u"retry-on"_s);
    spec.baseUrlOverride = p.value(u"base-url-override"_s);
    if (!requireOptions(p, {u"integration"_s, u"connection"_s}))
        return Usage;
    if (const QString problem = spec.problem(); !problem.isEmpty())
        return usageError(problem);
    if (const int code = m_context.openEngine())
        return code;
    SyncEngine &engine = m_context.engine();
    if (p.isSet(u"curl"_s)) {
        m_context.out() << ProxyRunner::curlCommand(engine.client().baseUrl(), spec) << Qt::endl;
        return Ok;
    }
    m_store = std::make_unique<ProxyStore>(engine.database());
    m_runner = std::make_unique<ProxyRunner>(&engine.client());
    m_runner->setHistory(m_store.get(), engine.profile().id);
    connect(m_runner.get(), &ProxyRunner::finished, this, [this](const ProxyResult &r) {
        if (r.answered) {
            QTextStream &out = m_context.out();
            out << r.statusLine() << '\n';
            for (const auto &[name, value] : r.headers)
                out << QString::fromLatin1(name) << ": " << QString::fromUtf8(value) << '\n';
            out << '\n';
            out.flush();
            // The body as it came (it may not be text): straight to stdout, not through QTextStream.
            QFile body;
            if (body.open(stdout, QIODevice::WriteOnly)) {
                body.write(r.body);
                if (!r.body.isEmpty() && !r.body.endsWith('\n'))
                    body.write("\n");
                body.flush();
            }
        }
        m_context.finish(r.ok() ? int(Ok) : (r.answered ? int(Failed) : m_context.failureCode()),
                         r.ok() ? QString() : r.message);
    });
    m_context.withApiKey([this, spec]() { m_runner->run(spec); });
    return -1;
}

} // namespace nd
