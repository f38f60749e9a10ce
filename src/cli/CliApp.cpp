#include "CliApp.h"

#include "actions/ActionRunner.h"
#include "actions/ProxyRequest.h"
#include "api/ScriptsConfig.h"
#include "cache/ActionStore.h"
#include "cache/CatalogStore.h"
#include "cache/Database.h"
#include "cache/ProxyStore.h"
#include "cache/RecordStore.h"
#include "export/RecordExporter.h"
#include "secrets/KeychainSecretStore.h"
#include "sync/SyncEngine.h"
#include "util/CursorInfo.h"
#include "util/Logging.h"
#include "util/Timestamp.h"
#include "util/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

const QString kUsage = uR"(Usage: nango-desk-cli [--server URL] [--db PATH] [--profile NAME] COMMAND [options]

Commands:
  sync      bring matching connection x sync x model streams up to date
  watch     listen for Nango webhooks and poll until SIGINT/SIGTERM
  status    show each sync's server status and the local cache beside it
  cursors   show the cursor history of one stream
  export    write one model's cached records to CSV or JSONL
  resync    trigger a sync run (--reset: full resync; --empty-cache: also empty Nango's cache)
  pause     pause sync schedules
  start     resume sync schedules
  action    run an action (--integration, --connection, --name, --input); prints its output JSON
  proxy     send METHOD PATH to the provider's API through Nango's proxy; prints status, headers, body

Global options:
  --server URL    Nango server (env NANGO_SERVER_URL; default: the profile's, or https://api.nango.dev)
  --db PATH       cache file (env NANGO_DESK_DB; default in the per-user data folder)
  --profile NAME  profile (default "default"); one per Nango environment
  --version, --help

Keys: NANGO_SECRET_KEY and NANGO_WEBHOOK_SIGNING_KEY override the keychain.
Run "nango-desk-cli COMMAND --help" for a command's options.)"_s;

QString defaultDbPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + u"/nango-desk/cache.sqlite"_s;
}

QString pad(const QString &s, int width)
{
    return s.leftJustified(width, u' ', true);
}

// JSON|@FILE|@- (standard input): the text of an option value.
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
        *error = u"cannot read %1: %2"_s.arg(path, f.errorString());
        return false;
    }
    *out = f.readAll();
    return true;
}

QString shortTime(const QString &iso)
{
    if (iso.isEmpty())
        return u"-"_s;
    QString t = iso;
    t.replace(u'T', u' ');
    return t.left(19);
}

} // namespace

CliApp::CliApp(QObject *parent)
    : QObject(parent)
    , m_out(stdout)
    , m_err(stderr)
{}

CliApp::~CliApp() = default;

void CliApp::finish(int code, const QString &message)
{
    if (!message.isEmpty())
        (code == 0 ? m_out : m_err) << message << Qt::endl;
    m_out.flush();
    m_err.flush();
    QTimer::singleShot(0, qApp, [code]() { QCoreApplication::exit(code); });
}

int CliApp::start(const QStringList &arguments)
{
    QStringList rest;
    m_globals.server = qEnvironmentVariable("NANGO_SERVER_URL");
    m_globals.db = qEnvironmentVariable("NANGO_DESK_DB", defaultDbPath());
    m_globals.profile = u"default"_s;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString a = arguments.at(i);
        auto value = [&](QString *target) {
            if (i + 1 >= arguments.size())
                return false;
            *target = arguments.at(++i);
            return true;
        };
        if (a == u"--server" || a == u"--db" || a == u"--profile") {
            QString *target = a == u"--server" ? &m_globals.server
                              : a == u"--db"   ? &m_globals.db
                                               : &m_globals.profile;
            if (!value(target)) {
                m_err << "nango-desk-cli: " << a << " needs a value" << Qt::endl;
                return 2;
            }
            continue;
        }
        if (a.startsWith(u"--server="_s))
            m_globals.server = a.mid(9);
        else if (a.startsWith(u"--db="_s))
            m_globals.db = a.mid(5);
        else if (a.startsWith(u"--profile="_s))
            m_globals.profile = a.mid(10);
        else
            rest.append(a);
    }
    if (rest.isEmpty() || rest.constFirst() == u"--help" || rest.constFirst() == u"-h" ||
        rest.constFirst() == u"help") {
        m_out << kUsage << Qt::endl;
        return rest.isEmpty() ? 2 : 0;
    }
    if (rest.constFirst() == u"--version") {
        m_out << "nango-desk-cli " << version() << Qt::endl;
        return 0;
    }
    if (!m_globals.server.isEmpty()) {
        const QUrl url(m_globals.server, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
            m_err << "nango-desk-cli: --server must be an http(s) URL such as https://api.nango.dev"
                  << Qt::endl;
            return 2;
        }
    }
    const QString command = rest.takeFirst();
    rest.prepend(u"nango-desk-cli "_s + command);
    if (command == u"sync")
        return runSync(rest);
    if (command == u"watch")
        return runWatch(rest);
    if (command == u"status")
        return runStatus(rest);
    if (command == u"cursors")
        return runCursors(rest);
    if (command == u"export")
        return runExport(rest);
    if (command == u"resync" || command == u"pause" || command == u"start")
        return runAdmin(command, rest);
    if (command == u"action")
        return runAction(rest);
    if (command == u"proxy")
        return runProxy(rest);
    m_err << "nango-desk-cli: unknown command \"" << command << "\"; try --help" << Qt::endl;
    return 2;
}

bool CliApp::openEngine(QString *error)
{
    EngineConfig config;
    config.databasePath = m_globals.db;
    config.profileName = m_globals.profile;
    config.serverUrl = m_globals.server.isEmpty() ? QUrl() : QUrl(m_globals.server);
    config.pageSize = m_pageSize;
    m_engine = std::make_unique<SyncEngine>(config);
    return m_engine->open(error);
}

void CliApp::withApiKey(std::function<void()> next)
{
    const QByteArray env = qgetenv("NANGO_SECRET_KEY");
    if (!env.isEmpty()) {
        m_engine->setApiKey(env);
        next();
        return;
    }
    if (!m_secrets)
        m_secrets = new KeychainSecretStore(this);
    m_secrets->read(m_globals.profile, SecretStore::Kind::ApiKey, [this, next](const SecretStore::Result &r) {
        if (r.status != SecretStore::Status::Ok) {
            finish(1,
                   u"No API key for profile \"%1\": %2 Set NANGO_SECRET_KEY, or save the key in Nango Desk's "
                   "Settings."_s.arg(m_globals.profile, r.message));
            return;
        }
        m_engine->setApiKey(r.value);
        next();
    });
}

void CliApp::withSigningKey(std::function<void(QByteArray)> next)
{
    const QByteArray env = qgetenv("NANGO_WEBHOOK_SIGNING_KEY");
    if (!env.isEmpty()) {
        next(env);
        return;
    }
    if (!m_secrets)
        m_secrets = new KeychainSecretStore(this);
    m_secrets->read(
        m_globals.profile, SecretStore::Kind::WebhookSigningKey, [this, next](const SecretStore::Result &r) {
            if (r.status != SecretStore::Status::Ok) {
                finish(1, u"No webhook signing key for profile \"%1\": %2 Set NANGO_WEBHOOK_SIGNING_KEY "
                          u"(Nango dashboard: "
                          "Environment settings > Webhooks)."_s.arg(m_globals.profile, r.message));
                return;
            }
            next(r.value);
        });
}

int CliApp::runSync(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Bring every matching connection x sync x model up to date."_s);
    p.addHelpOption();
    p.addOptions({{u"integration"_s, u"Integration unique key."_s, u"KEY"_s},
                  {u"connection"_s, u"Connection id."_s, u"ID"_s},
                  {u"model"_s, u"Model name."_s, u"NAME"_s},
                  {u"page-size"_s, u"Records per request, 1 to 10000 (default 1000)."_s, u"N"_s}});
    if (!p.parse(args)) {
        m_err << "nango-desk-cli sync: " << p.errorText() << Qt::endl;
        return 2;
    }
    if (p.isSet(u"help"_s)) {
        m_out << p.helpText();
        return 0;
    }
    if (p.isSet(u"page-size"_s)) {
        bool ok = false;
        m_pageSize = p.value(u"page-size"_s).toInt(&ok);
        if (!ok || m_pageSize < 1 || m_pageSize > 10000) {
            m_err << "nango-desk-cli sync: --page-size must be a number from 1 to 10000" << Qt::endl;
            return 2;
        }
    }
    QString error;
    if (!openEngine(&error)) {
        m_err << "nango-desk-cli: " << error << Qt::endl;
        return 1;
    }
    const PullFilter filter{p.value(u"integration"_s), p.value(u"connection"_s), p.value(u"model"_s)};
    withApiKey([this, filter]() {
        m_engine->syncAll(filter, u"manual"_s, [this](bool ok, const QString &failure) {
            if (!ok) {
                finish(1, u"sync failed:\n"_s + failure);
                return;
            }
            qint64 records = 0;
            const auto streams = m_engine->records().streams(m_engine->profile().id);
            for (const Stream &s : streams)
                records += s.liveCount;
            finish(
                0,
                u"up to date: %1 streams, %2 live records in the cache"_s.arg(streams.size()).arg(records));
        });
    });
    return -1;
}

int CliApp::runWatch(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Receive Nango's webhooks and poll /sync/status until SIGINT or SIGTERM."_s);
    p.addHelpOption();
    p.addOptions({{u"listen"_s, u"Listener address (default 127.0.0.1:8787)."_s, u"HOST:PORT"_s},
                  {u"poll"_s, u"Poll interval in seconds (default 300)."_s, u"SECONDS"_s},
                  {u"allow-legacy-signature"_s, u"Also accept the legacy X-Nango-Signature."_s}});
    if (!p.parse(args)) {
        m_err << "nango-desk-cli watch: " << p.errorText() << Qt::endl;
        return 2;
    }
    if (p.isSet(u"help"_s)) {
        m_out << p.helpText();
        return 0;
    }
    WebhookListener::Options listen;
    listen.port = 8787;
    if (p.isSet(u"listen"_s)) {
        const QString v = p.value(u"listen"_s);
        const qsizetype colon = v.lastIndexOf(u':');
        bool ok = false;
        const int port = v.mid(colon + 1).toInt(&ok);
        QHostAddress address;
        if (colon <= 0 || !ok || port < 0 || port > 65535 || !address.setAddress(v.left(colon))) {
            m_err << "nango-desk-cli watch: --listen must be HOST:PORT, e.g. 127.0.0.1:8787" << Qt::endl;
            return 2;
        }
        listen.address = address;
        listen.port = quint16(port);
    }
    listen.allowLegacySignature = p.isSet(u"allow-legacy-signature"_s);
    int poll = 300;
    if (p.isSet(u"poll"_s)) {
        bool ok = false;
        poll = p.value(u"poll"_s).toInt(&ok);
        if (!ok || poll < 0) {
            m_err << "nango-desk-cli watch: --poll must be a number of seconds" << Qt::endl;
            return 2;
        }
    }
    EngineConfig config;
    config.databasePath = m_globals.db;
    config.profileName = m_globals.profile;
    config.serverUrl = m_globals.server.isEmpty() ? QUrl() : QUrl(m_globals.server);
    config.pollIntervalSeconds = poll;
    m_engine = std::make_unique<SyncEngine>(config);
    QString error;
    if (!m_engine->open(&error)) {
        m_err << "nango-desk-cli: " << error << Qt::endl;
        return 1;
    }
    withApiKey([this, listen]() {
        withSigningKey([this, listen](const QByteArray &key) {
            QString listenError;
            if (!m_engine->startListener(listen, key, &listenError)) {
                finish(1, listenError);
                return;
            }
            m_out << "listening for Nango webhooks on " << m_engine->listener()->url().toString() << Qt::endl;
            m_engine->refreshCatalog([this](bool ok, const QString &failure) {
                if (!ok) {
                    m_err << "catalog refresh failed: " << failure << Qt::endl;
                    return;
                }
                for (const Stream &s : m_engine->records().streams(m_engine->profile().id))
                    m_engine->requestPull(s.id, u"start-up"_s);
            });
            m_engine->startPolling();
        });
    });
    return -1;
}

void CliApp::requestStop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    // An action or a proxy request: stop waiting; its handler reports and exits.
    if (m_actionRunner && m_actionRunner->isRunning()) {
        m_actionRunner->cancel();
        return;
    }
    if (m_proxyRunner && m_proxyRunner->isRunning()) {
        m_proxyRunner->cancel();
        return;
    }
    m_err << "stopping: pulls in progress end at a page boundary (each page commits with its cursor)"
          << Qt::endl;
    // Every page already committed with its cursor; an unfinished page is simply fetched again.
    m_engine.reset();
    finish(0);
}

int CliApp::runStatus(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Each connection x sync x model: server status, runs, counts and the cursor."_s);
    p.addHelpOption();
    p.addOptions({{u"integration"_s, u"Integration unique key."_s, u"KEY"_s},
                  {u"connection"_s, u"Connection id."_s, u"ID"_s},
                  {u"offline"_s, u"Do not ask the server; show what the cache knows."_s}});
    if (!p.parse(args)) {
        m_err << "nango-desk-cli status: " << p.errorText() << Qt::endl;
        return 2;
    }
    if (p.isSet(u"help"_s)) {
        m_out << p.helpText();
        return 0;
    }
    QString error;
    if (!openEngine(&error)) {
        m_err << "nango-desk-cli: " << error << Qt::endl;
        return 1;
    }
    const QString integration = p.value(u"integration"_s);
    const QString connection = p.value(u"connection"_s);
    auto print = [this, integration, connection](const QString &warning) {
        if (!warning.isEmpty())
            m_err << "warning: could not refresh from the server (" << warning << "); showing cached status"
                  << Qt::endl;
        m_out << pad(u"INTEGRATION"_s, 14) << pad(u"CONNECTION"_s, 14) << pad(u"SYNC"_s, 16)
              << pad(u"MODEL"_s, 24) << pad(u"STATUS"_s, 9) << pad(u"LAST RUN"_s, 20)
              << pad(u"NEXT RUN"_s, 20) << pad(u"SERVER"_s, 9) << pad(u"LOCAL"_s, 9)
              << pad(u"CURSOR AT"_s, 34) << "CURSOR MOVED" << Qt::endl;
        const qint64 profile = m_engine->profile().id;
        for (const SyncRow &s : m_engine->catalog().syncs(profile, integration, connection)) {
            for (const QString &model : s.models) {
                const auto stream = m_engine->records().findStream(
                    {profile, s.integration, s.connectionId, model, s.variant});
                QString cursorAt = u"-"_s;
                if (stream && !stream->cursor.isEmpty()) {
                    if (const auto info = CursorInfo::decode(stream->cursor))
                        cursorAt = QString::fromLatin1(info->timestamp);
                }
                const QString name = s.variant == u"base" ? s.name : s.name + u"::"_s + s.variant;
                m_out << pad(s.integration, 14) << pad(s.connectionId, 14) << pad(name, 16) << pad(model, 24)
                      << pad(s.status, 9) << pad(shortTime(s.finishedAt), 20)
                      << pad(shortTime(s.nextScheduledAt), 20)
                      << pad(QString::number(s.recordCount.value(model).toInteger()), 9)
                      << pad(stream ? QString::number(stream->liveCount) : u"-"_s, 9) << pad(cursorAt, 34)
                      << (stream ? shortTime(stream->cursorMovedAt) : u"-"_s) << Qt::endl;
            }
        }
        m_out << "server status fetched "
              << (m_engine->catalog().syncs(profile).isEmpty()
                      ? u"never"_s
                      : shortTime(m_engine->catalog().syncs(profile).constFirst().fetchedAt))
              << " UTC" << Qt::endl;
        finish(0);
    };
    if (p.isSet(u"offline"_s)) {
        print({});
        return -1;
    }
    withApiKey([this, print]() {
        m_engine->refreshCatalog(
            [print](bool ok, const QString &failure) { print(ok ? QString() : failure); });
    });
    return -1;
}

int CliApp::runCursors(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"The cursor history of one connection x model."_s);
    p.addHelpOption();
    p.addOptions({{u"integration"_s, u"Integration unique key."_s, u"KEY"_s},
                  {u"connection"_s, u"Connection id."_s, u"ID"_s},
                  {u"model"_s, u"Model name."_s, u"NAME"_s},
                  {u"variant"_s, u"Sync variant (default base)."_s, u"NAME"_s}});
    if (!p.parse(args)) {
        m_err << "nango-desk-cli cursors: " << p.errorText() << Qt::endl;
        return 2;
    }
    if (p.isSet(u"help"_s)) {
        m_out << p.helpText();
        return 0;
    }
    for (const QString &required : {u"integration"_s, u"connection"_s, u"model"_s}) {
        if (!p.isSet(required)) {
            m_err << "nango-desk-cli cursors: --" << required << " is required" << Qt::endl;
            return 2;
        }
    }
    QString error;
    if (!openEngine(&error)) {
        m_err << "nango-desk-cli: " << error << Qt::endl;
        return 1;
    }
    const auto stream = m_engine->records().findStream(
        {m_engine->profile().id, p.value(u"integration"_s), p.value(u"connection"_s), p.value(u"model"_s),
         p.value(u"variant"_s).isEmpty() ? u"base"_s : p.value(u"variant"_s)});
    if (!stream) {
        m_err << "nango-desk-cli cursors: no such stream in the cache; run \"sync\" first" << Qt::endl;
        return 1;
    }
    m_out << pad(u"STARTED"_s, 20) << pad(u"TRIGGER"_s, 10) << pad(u"OUTCOME"_s, 12) << pad(u"PAGES"_s, 6)
          << pad(u"ADDED"_s, 8) << pad(u"UPDATED"_s, 8) << pad(u"DELETED"_s, 8) << pad(u"GEN"_s, 4)
          << pad(u"CURSOR BEFORE"_s, 34) << pad(u"CURSOR AFTER"_s, 34) << "NOTE" << Qt::endl;
    auto at = [](const QByteArray &c) {
        if (c.isEmpty())
            return u"(start)"_s;
        const auto info = CursorInfo::decode(c);
        return info ? QString::fromLatin1(info->timestamp) : u"(opaque)"_s;
    };
    for (const HistoryEntry &h : m_engine->records().history(stream->id)) {
        m_out << pad(shortTime(h.startedAt), 20) << pad(h.trigger, 10) << pad(h.outcome, 12)
              << pad(QString::number(h.pages), 6) << pad(QString::number(h.added), 8)
              << pad(QString::number(h.updated), 8) << pad(QString::number(h.deleted), 8)
              << pad(QString::number(h.generation), 4) << pad(at(h.cursorBefore), 34)
              << pad(at(h.cursorAfter), 34) << (h.error.isEmpty() ? h.note : h.error) << Qt::endl;
    }
    return 0;
}

int CliApp::runExport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Write one model's cached records to CSV or JSONL, atomically."_s);
    p.addHelpOption();
    p.addOptions({{u"model"_s, u"Model name (required)."_s, u"NAME"_s},
                  {u"integration"_s, u"Integration unique key."_s, u"KEY"_s},
                  {u"connection"_s, u"Connection id."_s, u"ID"_s},
                  {u"variant"_s, u"Sync variant (default base)."_s, u"NAME"_s},
                  {u"format"_s, u"csv (default) or jsonl."_s, u"FORMAT"_s},
                  {u"out"_s, u"Output file (default: standard output)."_s, u"FILE"_s},
                  {u"include-deleted"_s, u"Also export deleted records (tombstones)."_s},
                  {u"separator"_s, u"CSV separator: , ; tab or | (default ,)."_s, u"SEP"_s},
                  {u"bom"_s, u"Start the CSV with a UTF-8 byte-order mark (for Excel)."_s},
                  {u"no-header"_s, u"Leave out the CSV header row."_s},
                  {u"no-formula-guard"_s, u"Do not neutralise cells starting with = + - @ tab or CR."_s}});
    if (!p.parse(args)) {
        m_err << "nango-desk-cli export: " << p.errorText() << Qt::endl;
        return 2;
    }
    if (p.isSet(u"help"_s)) {
        m_out << p.helpText();
        return 0;
    }
    if (!p.isSet(u"model"_s)) {
        m_err << "nango-desk-cli export: --model is required" << Qt::endl;
        return 2;
    }
    ExportOptions o;
    const QString format = p.value(u"format"_s).isEmpty() ? u"csv"_s : p.value(u"format"_s);
    if (format != u"csv" && format != u"jsonl") {
        m_err << "nango-desk-cli export: --format must be csv or jsonl" << Qt::endl;
        return 2;
    }
    o.format = format == u"csv" ? ExportOptions::Format::Csv : ExportOptions::Format::Jsonl;
    if (p.isSet(u"separator"_s)) {
        const QString s = p.value(u"separator"_s);
        if (s == u"tab" || s == u"\\t")
            o.separator = '\t';
        else if (s == u"," || s == u";" || s == u"|")
            o.separator = char(s.at(0).unicode());
        else {
            m_err << "nango-desk-cli export: --separator must be , ; tab or |" << Qt::endl;
            return 2;
        }
    }
    o.utf8Bom = p.isSet(u"bom"_s);
    o.header = !p.isSet(u"no-header"_s);
    o.formulaGuard = !p.isSet(u"no-formula-guard"_s);
    o.includeDeleted = p.isSet(u"include-deleted"_s);
    QString error;
    if (!openEngine(&error)) {
        m_err << "nango-desk-cli: " << error << Qt::endl;
        return 1;
    }
    const QString variant = p.value(u"variant"_s).isEmpty() ? u"base"_s : p.value(u"variant"_s);
    QList<Stream> matches;
    for (const Stream &s : m_engine->records().streams(m_engine->profile().id, p.value(u"integration"_s),
                                                       p.value(u"connection"_s), p.value(u"model"_s)))
        if (s.key.variant == variant)
            matches.append(s);
    if (matches.size() != 1) {
        QStringList names;
        for (const Stream &s : matches)
            names.append(u"--integration %1 --connection %2"_s.arg(s.key.integration, s.key.connectionId));
        m_err << "nango-desk-cli export: "
              << (matches.isEmpty()
                      ? u"no cached records for that model; run \"sync\" first"_s
                      : u"several connections have that model; choose one: "_s + names.join(u"; "_s))
              << Qt::endl;
        return 1;
    }
    const QString out = p.value(u"out"_s);
    QString path = out;
    if (out.isEmpty() || out == u"-")
        path = QDir::temp().filePath(u"nango-desk-export-%1.tmp"_s.arg(QCoreApplication::applicationPid()));
    const ExportResult r = RecordExporter::run(m_engine->database(), matches.constFirst().id, o, path);
    if (!r.ok) {
        m_err << "nango-desk-cli export: " << r.error << Qt::endl;
        return 1;
    }
    if (out.isEmpty() || out == u"-") {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            QFile stdoutFile;
            stdoutFile.open(stdout, QIODevice::WriteOnly);
            while (!f.atEnd())
                stdoutFile.write(f.read(1 << 20));
        }
        QFile::remove(path);
    } else {
        m_err << "exported " << r.rows << " records to " << out << Qt::endl;
    }
    return 0;
}

int CliApp::runAdmin(const QString &command, const QStringList &args)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({{u"integration"_s, u"Integration unique key (required)."_s, u"KEY"_s},
                  {u"connection"_s, u"Connection id (default: every connection)."_s, u"ID"_s},
                  {u"sync"_s, u"Sync name, or name::variant (default: every sync)."_s, u"NAME"_s}});
    if (command == u"resync") {
        p.setApplicationDescription(u"Trigger a sync run. Without options it is incremental."_s);
        p.addOptions(
            {{u"reset"_s, u"Full resync: Nango forgets the sync's checkpoint and fetches everything."_s},
             {u"empty-cache"_s,
              u"With the full resync, also delete Nango's cached records. Every stored cursor becomes "
              "meaningless: Nango Desk starts a new cache generation and drops records that do not come "
              "back. Implies --reset."_s}});
    } else {
        p.setApplicationDescription(command == u"pause"
                                        ? u"Pause sync schedules (a running execution continues)."_s
                                        : u"Resume sync schedules; Nango runs them at once."_s);
    }
    if (!p.parse(args)) {
        m_err << "nango-desk-cli " << command << ": " << p.errorText() << Qt::endl;
        return 2;
    }
    if (p.isSet(u"help"_s)) {
        m_out << p.helpText();
        return 0;
    }
    if (!p.isSet(u"integration"_s)) {
        m_err << "nango-desk-cli " << command << ": --integration is required" << Qt::endl;
        return 2;
    }
    QString error;
    if (!openEngine(&error)) {
        m_err << "nango-desk-cli: " << error << Qt::endl;
        return 1;
    }
    SyncSelector target{p.value(u"integration"_s), p.value(u"connection"_s),
                        p.isSet(u"sync"_s) ? QStringList{p.value(u"sync"_s)} : QStringList{}};
    ResyncMode mode = ResyncMode::Incremental;
    if (command == u"resync" && p.isSet(u"empty-cache"_s))
        mode = ResyncMode::ResetAndEmptyCache;
    else if (command == u"resync" && p.isSet(u"reset"_s))
        mode = ResyncMode::Reset;
    withApiKey([this, command, target, mode]() {
        // The catalog tells which streams an emptyCache resync invalidates.
        m_engine->refreshCatalog([this, command, target, mode](bool, const QString &) {
            auto done = [this, command](bool ok, const QString &failure) {
                finish(ok ? 0 : 1,
                       ok ? u"%1: done"_s.arg(command) : u"%1 failed: %2"_s.arg(command, failure));
            };
            if (command == u"resync")
                m_engine->trigger(target, mode, done);
            else if (command == u"pause")
                m_engine->pause(target, done);
            else
                m_engine->start(target, done);
        });
    });
    return -1;
}

int CliApp::runAction(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Run an action deployed on Nango and print its output JSON on standard output. The input is checked "
        "against the action's input model first. Exits 0 with the output, or 1 with the reason on standard "
        "error. "
        "Every run is kept in the cache's history."_s);
    p.addHelpOption();
    p.addOptions({{u"integration"_s, u"Integration unique key (required)."_s, u"KEY"_s},
                  {u"connection"_s, u"Connection id (required)."_s, u"ID"_s},
                  {u"name"_s, u"Action name (required)."_s, u"ACTION"_s},
                  {u"input"_s, u"The input: JSON, @FILE, or @- for standard input."_s, u"JSON|@FILE"_s},
                  {u"async"_s, u"Run it asynchronously (X-Async) and poll for the result every second."_s},
                  {u"timeout"_s, u"Give up waiting after this many seconds (default 300)."_s, u"SECONDS"_s},
                  {u"no-validate"_s, u"Do not check the input locally; Nango still checks it."_s}});
    if (!p.parse(args)) {
        m_err << "nango-desk-cli action: " << p.errorText() << Qt::endl;
        return 2;
    }
    if (p.isSet(u"help"_s)) {
        m_out << p.helpText();
        return 0;
    }
    for (const QString &required : {u"integration"_s, u"connection"_s, u"name"_s}) {
        if (p.value(required).isEmpty()) {
            m_err << "nango-desk-cli action: --" << required << " is required" << Qt::endl;
            return 2;
        }
    }
    ActionRequest request;
    request.integration = p.value(u"integration"_s);
    request.connectionId = p.value(u"connection"_s);
    request.action = p.value(u"name"_s);
    request.async = p.isSet(u"async"_s);
    if (p.isSet(u"input"_s)) {
        QByteArray text;
        QString error;
        if (!readValueArgument(p.value(u"input"_s), &text, &error)) {
            m_err << "nango-desk-cli action: --input: " << error << Qt::endl;
            return 2;
        }
        bool ok = false;
        request.input = ActionRunner::parseJsonValue(text, &ok);
        if (!ok) {
            m_err << "nango-desk-cli action: --input is not JSON" << Qt::endl;
            return 2;
        }
    }
    if (p.isSet(u"timeout"_s)) {
        bool ok = false;
        const double seconds = p.value(u"timeout"_s).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 86400) {
            m_err << "nango-desk-cli action: --timeout must be a number of seconds" << Qt::endl;
            return 2;
        }
        request.timeoutMs = int(seconds * 1000);
    }
    QString error;
    if (!openEngine(&error)) {
        m_err << "nango-desk-cli: " << error << Qt::endl;
        return 1;
    }
    m_actionStore = std::make_unique<ActionStore>(m_engine->database());
    m_actionRunner = std::make_unique<ActionRunner>(&m_engine->client());
    m_actionRunner->setHistory(m_actionStore.get(), m_engine->profile().id);
    connect(m_actionRunner.get(), &ActionRunner::accepted, this, [this](const QString &id) {
        m_err << "accepted by Nango as " << id << "; waiting for the result" << Qt::endl;
    });
    connect(m_actionRunner.get(), &ActionRunner::finished, this, [this](const ActionResult &r) {
        if (!r.ok) {
            finish(1, r.failure.message);
            return;
        }
        if (r.output.isObject() || r.output.isArray()) {
            const QJsonDocument doc =
                r.output.isObject() ? QJsonDocument(r.output.toObject()) : QJsonDocument(r.output.toArray());
            m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
        } else if (!r.output.isUndefined()) {
            m_out << QString::fromUtf8(r.outputJson.trimmed()) << '\n';
        }
        finish(0);
    });
    const bool validate = !p.isSet(u"no-validate"_s);
    withApiKey([this, request, validate]() {
        auto start = [this](const ActionRequest &r) { m_actionRunner->run(r); };
        if (!validate) {
            start(request);
            return;
        }
        // The input model comes from the deployed scripts. When it cannot be had (an older server,
        // a key without the scope), Nango's own check is the only one.
        ApiCall *config = m_engine->client().scriptsConfig();
        connect(config, &ApiCall::finished, this, [config, request, start]() {
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
            start(r);
        });
    });
    return -1;
}

int CliApp::runProxy(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Send a request to the provider's API through Nango's proxy, authenticated as the connection. "
        u"Prints "
        "the status line, the response headers, a blank line and the body. Exits 0 when the provider "
        "answered "
        "2xx or 3xx, otherwise 1 with the reason on standard error. Every request is kept in the cache's "
        "history."_s);
    p.addHelpOption();
    p.addPositionalArgument(u"method"_s, u"GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS."_s, u"METHOD"_s);
    p.addPositionalArgument(
        u"path"_s, u"The provider's path, with its query if any, e.g. /crm/v3/objects/contacts?limit=10"_s,
        u"PATH"_s);
    p.addOptions(
        {{u"integration"_s, u"Integration unique key (required)."_s, u"KEY"_s},
         {u"connection"_s, u"Connection id (required)."_s, u"ID"_s},
         {{u"H"_s, u"header"_s},
          u"A header for the provider, 'Name: value' (repeatable); sent as Nango-Proxy-Name. Retries, "
          "Retry-On, Base-Url-Override and Decompress are Nango's own and go as they are."_s,
          u"HEADER"_s},
         {u"data"_s, u"The JSON body: JSON, @FILE, or @- for standard input."_s, u"JSON|@FILE"_s},
         {u"retries"_s, u"Let Nango retry the provider call N times (Retries)."_s, u"N"_s},
         {u"retry-on"_s, u"Also retry on these statuses, e.g. 409,423 (Retry-On)."_s, u"CODES"_s},
         {u"base-url-override"_s, u"Send to this base URL instead of the provider's (Base-Url-Override)."_s,
          u"URL"_s},
         {u"timeout"_s, u"Give up after this many seconds (default 120)."_s, u"SECONDS"_s},
         {u"curl"_s,
          u"Print the request as a curl command (the key as $NANGO_SECRET_KEY); send nothing."_s}});
    if (!p.parse(args)) {
        m_err << "nango-desk-cli proxy: " << p.errorText() << Qt::endl;
        return 2;
    }
    if (p.isSet(u"help"_s)) {
        m_out << p.helpText();
        return 0;
    }
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 2) {
        m_err << "nango-desk-cli proxy: give METHOD and PATH, e.g. proxy GET /crm/v3/objects/contacts"
              << Qt::endl;
        return 2;
    }
    ProxySpec spec;
    spec.method = positional.at(0).toUpper().toLatin1();
    spec.setPathAndQuery(positional.at(1));
    spec.integration = p.value(u"integration"_s);
    spec.connectionId = p.value(u"connection"_s);
    for (const QString &line : p.values(u"H"_s)) {
        QString error;
        const auto header = ProxySpec::parseHeader(line, &error);
        if (!header) {
            m_err << "nango-desk-cli proxy: " << error << Qt::endl;
            return 2;
        }
        spec.headers.append(*header);
    }
    if (p.isSet(u"data"_s)) {
        QString error;
        if (!readValueArgument(p.value(u"data"_s), &spec.body, &error)) {
            m_err << "nango-desk-cli proxy: --data: " << error << Qt::endl;
            return 2;
        }
    }
    if (p.isSet(u"retries"_s)) {
        bool ok = false;
        spec.retries = p.value(u"retries"_s).toInt(&ok);
        if (!ok || spec.retries < 0) {
            m_err << "nango-desk-cli proxy: --retries must be a number, 0 or more" << Qt::endl;
            return 2;
        }
    }
    spec.retryOn = p.value(u"retry-on"_s);
    spec.baseUrlOverride = p.value(u"base-url-override"_s);
    if (p.isSet(u"timeout"_s)) {
        bool ok = false;
        const double seconds = p.value(u"timeout"_s).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 86400) {
            m_err << "nango-desk-cli proxy: --timeout must be a number of seconds" << Qt::endl;
            return 2;
        }
        spec.timeoutMs = int(seconds * 1000);
    }
    for (const QString &required : {u"integration"_s, u"connection"_s}) {
        if (p.value(required).isEmpty()) {
            m_err << "nango-desk-cli proxy: --" << required << " is required" << Qt::endl;
            return 2;
        }
    }
    const QString problem = spec.problem();
    if (!problem.isEmpty()) {
        m_err << "nango-desk-cli proxy: " << problem << Qt::endl;
        return 2;
    }
    QString error;
    if (!openEngine(&error)) {
        m_err << "nango-desk-cli: " << error << Qt::endl;
        return 1;
    }
    if (p.isSet(u"curl"_s)) {
        m_out << ProxyRunner::curlCommand(m_engine->client().baseUrl(), spec) << Qt::endl;
        return 0;
    }
    m_proxyStore = std::make_unique<ProxyStore>(m_engine->database());
    m_proxyRunner = std::make_unique<ProxyRunner>(&m_engine->client());
    m_proxyRunner->setHistory(m_proxyStore.get(), m_engine->profile().id);
    connect(m_proxyRunner.get(), &ProxyRunner::finished, this, [this](const ProxyResult &r) {
        if (r.answered) {
            m_out << r.statusLine() << '\n';
            for (const auto &[name, value] : r.headers)
                m_out << QString::fromLatin1(name) << ": " << QString::fromUtf8(value) << '\n';
            m_out << '\n';
            m_out.flush();
            // The body as it came (it may not be text): straight to stdout, not through QTextStream.
            QFile out;
            if (out.open(stdout, QIODevice::WriteOnly)) {
                out.write(r.body);
                if (!r.body.isEmpty() && !r.body.endsWith('\n'))
                    out.write("\n");
                out.flush();
            }
        }
        finish(r.ok() ? 0 : 1, r.ok() ? QString() : r.message);
    });
    withApiKey([this, spec]() { m_proxyRunner->run(spec); });
    return -1;
}

} // namespace nd
