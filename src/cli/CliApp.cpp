#include "CliApp.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "cache/Store.h"
#include "commands/AdminCommand.h"
#include "commands/CheckCommand.h"
#include "commands/CursorsCommand.h"
#include "commands/ExportCommand.h"
#include "commands/HistoryCommand.h"
#include "commands/ReplayCommand.h"
#include "commands/SqlCommand.h"
#include "commands/StatusCommand.h"
#include "commands/SyncCommand.h"
#include "commands/TrustCommand.h"
#include "commands/WatchCommand.h"
#include "commands/WebhookUrlCommand.h"
#include "commands/WriteBackCommand.h"
#include "util/Version.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace nd {

using namespace Qt::StringLiterals;

QString CliApp::usage()
{
    return uR"(Usage: nango-desk-cli [--server URL] [--db PATH] [--profile NAME] COMMAND [options]

Commands:
  sync      bring matching connection x sync x model streams up to date
  watch     listen for Nango webhooks and poll until SIGINT/SIGTERM
  status    show each stream's state, the server's and the cache's counts, and the cursor
  cursors   show the cursor history of one stream
  check     check the cache file; a damaged one is made anew with what can be read back
  export    write one model's cached records to CSV or JSONL (with the browser's filters)
  history   the versions of one record the cache kept, with the fields each change touched (--json)
  sql       ask the cache one read-only SQL question ("SELECT ..." or - for stdin); CSV, or --json
  resync    trigger a sync run (--reset: full resync; --empty-cache: also empty Nango's cache)
  pause     pause sync schedules
  start     resume sync schedules
  action    run an action (--integration, --connection, --name, --input); prints its output JSON
  proxy     send METHOD PATH to the provider's API through Nango's proxy; prints status, headers, body
  trust     show the server's TLS certificate; pin it for the profile (--fingerprint SHA256), or --forget
  webhook-replay  process a logged, verified webhook again (its pull runs); ID from Activity
  webhook-url  where Nango sends one connection's webhooks: --set URL (replaces both of the
            environment's URLs for it), --clear, --show; --check URL posts a signed test webhook

Global options:
  --server URL    Nango server (env NANGO_SERVER_URL; default: the profile's, or https://api.nango.dev)
  --db PATH|URI   cache file (default in the per-user data folder), or a PostgreSQL database shared by a
                  team: postgresql://user@host:port/dbname[?sslmode=...] (env NANGO_DESK_DB); its
                  password from PGPASSWORD, ~/.pgpass or the keychain, never from the URI
  --profile NAME  profile (default "default"); one per Nango environment
  --ca-file PATH  also trust the certificate authorities in this PEM file (a company's own CA); kept
                  with the profile ("" forgets it). SSL_CERT_FILE's authorities are trusted too
  --proxy P       system (default: https_proxy/no_proxy, else the desktop's setting), none, or
                  http://[user@]host:port or socks5://host:port; kept with the profile. The proxy's
                  password: NANGO_DESK_PROXY_PASSWORD or the keychain, never the URL
  --version, --help

Keys: NANGO_SECRET_KEY and NANGO_WEBHOOK_SIGNING_KEY override the keychain.

Exit codes (when several apply, the first in the order 4, 5, 3, 1):
  0  done: every requested stream is up to date (the cache holds what Nango has)
  1  a pull or a command failed (Nango refused it, a stream is not up to date, ...)
  2  bad arguments
  3  the cache cannot be opened or written (disk full, read-only, locked, written by a newer version)
  4  no API key, or Nango rejected it (401) or it lacks a scope (403)
  5  the server cannot be reached (network, DNS, TLS, timeout, or not Nango's API at that URL)

Run "nango-desk-cli COMMAND --help" for a command's options.)"_s;
}

CliApp::CliApp(QObject *parent)
    : QObject(parent)
    , m_context(new CliContext(this))
{}

CliApp::~CliApp() = default;

QString CliApp::cacheLocationProblem(const QString &location)
{
    if (const QString problem = Store::locationProblem(location); !problem.isEmpty())
        return u"--db: "_s + problem;
    return {};
}

Command *CliApp::makeCommand(const QString &name)
{
    if (name == u"sync")
        return new SyncCommand(*m_context);
    if (name == u"watch")
        return new WatchCommand(*m_context);
    if (name == u"status")
        return new StatusCommand(*m_context);
    if (name == u"check")
        return new CheckCommand(*m_context);
    if (name == u"cursors")
        return new CursorsCommand(*m_context);
    if (name == u"export")
        return new ExportCommand(*m_context);
    if (name == u"resync" || name == u"pause" || name == u"start")
        return new AdminCommand(*m_context, name);
    if (name == u"action")
        return new ActionCommand(*m_context);
    if (name == u"proxy")
        return new ProxyCommand(*m_context);
    if (name == u"webhook-replay")
        return new ReplayCommand(*m_context);
    if (name == u"webhook-url")
        return new WebhookUrlCommand(*m_context);
    if (name == u"trust")
        return new TrustCommand(*m_context);
    if (name == u"sql")
        return new SqlCommand(*m_context);
    if (name == u"history")
        return new HistoryCommand(*m_context);
    return nullptr;
}

int CliApp::start(const QStringList &arguments)
{
    QTextStream &err = m_context->err();
    QStringList rest;
    m_context->server = qEnvironmentVariable("NANGO_SERVER_URL");
    m_context->db = Defaults::cacheFile();
    for (int i = 1; i < arguments.size(); ++i) {
        const QString a = arguments.at(i);
        auto is = [&a](const QString &option) { return a == option || a.startsWith(option + u'='); };
        QString *target = is(u"--server"_s)    ? &m_context->server
                          : is(u"--db"_s)      ? &m_context->db
                          : is(u"--profile"_s) ? &m_context->profile
                          : is(u"--ca-file"_s) ? &m_context->caFile
                          : is(u"--proxy"_s)   ? &m_context->proxy
                                               : nullptr;
        if (!target) {
            rest.append(a);
            continue;
        }
        m_context->caFileGiven |= target == &m_context->caFile;
        m_context->proxyGiven |= target == &m_context->proxy;
        if (a.contains(u'=')) {
            *target = a.section(u'=', 1);
        } else if (i + 1 < arguments.size()) {
            *target = arguments.at(++i);
        } else {
            err << "nango-desk-cli: " << a << " needs a value" << Qt::endl;
            return Usage;
        }
    }
    if (rest.isEmpty() || rest.constFirst() == u"--help" || rest.constFirst() == u"-h" ||
        rest.constFirst() == u"help") {
        m_context->out() << usage() << Qt::endl;
        return rest.isEmpty() ? int(Usage) : int(Ok);
    }
    if (rest.constFirst() == u"--version") {
        m_context->out() << "nango-desk-cli " << version() << Qt::endl;
        return Ok;
    }
    if (!m_context->server.isEmpty()) {
        const QUrl url(m_context->server, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
            err << "nango-desk-cli: --server must be an http(s) URL such as https://api.nango.dev"
                << Qt::endl;
            return Usage;
        }
    }
    if (m_context->caFileGiven && !m_context->caFile.isEmpty()) {
        if (const QString problem = NetworkSettings::caFileProblem(m_context->caFile); !problem.isEmpty()) {
            err << "nango-desk-cli: --ca-file: " << problem << Qt::endl;
            return Usage;
        }
        m_context->caFile = QFileInfo(m_context->caFile).absoluteFilePath(); // stored with the profile
    }
    if (m_context->proxyGiven) {
        if (const QString problem = NetworkSettings::proxyProblem(m_context->proxy); !problem.isEmpty()) {
            err << "nango-desk-cli: --proxy: " << problem << Qt::endl;
            return Usage;
        }
    }
    if (const QString problem = cacheLocationProblem(m_context->db); !problem.isEmpty()) {
        err << "nango-desk-cli: " << problem << Qt::endl;
        return Usage;
    }
    const QString name = rest.takeFirst();
    m_command = makeCommand(name);
    if (!m_command) {
        err << "nango-desk-cli: unknown command \"" << name << "\"; try --help" << Qt::endl;
        return Usage;
    }
    if (!Store::isPostgres(m_context->db))
        return m_command->execute(rest);
    m_context->withDatabasePassword([this, rest]() {
        const int code = m_command->execute(rest);
        if (code >= 0)
            m_context->finish(code);
    });
    return -1;
}

void CliApp::requestStop()
{
    if (m_stopping) {
        // Asked twice: now. Every committed page is safe; the one in flight is fetched again.
        m_context->closeEngine();
        m_context->finish(Ok);
        return;
    }
    m_stopping = true;
    if (m_command && m_command->stop())
        return;
    m_context->closeEngine();
    m_context->finish(Ok);
}

} // namespace nd
