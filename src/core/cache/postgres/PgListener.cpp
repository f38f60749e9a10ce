#include "cache/postgres/PgListener.h"

#include "cache/Store.h"
#include "cache/postgres/PgDb.h"
#include "util/Logging.h"

#include <QSocketNotifier>

#include <libpq-fe.h>

namespace nd {

std::unique_ptr<StoreWatcher> StoreWatcher::create(const QString &location, const QByteArray &password,
                                                   QObject *parent)
{
    if (!Store::isPostgres(location))
        return nullptr;
    return std::make_unique<PgListener>(location, password, parent);
}

PgListener::PgListener(const QString &uri, const QByteArray &password, QObject *parent)
    : StoreWatcher(parent)
    , m_uri(uri)
    , m_password(password)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(5000);
    connect(&m_retry, &QTimer::timeout, this, [this]() {
        QString error;
        if (!start(&error))
            qCInfo(lcDb).noquote() << "cannot listen to the shared cache yet:" << error;
    });
}

PgListener::~PgListener()
{
    delete m_notifier;
}

bool PgListener::start(QString *error)
{
    delete m_notifier;
    m_notifier = nullptr;
    PgDb::Options options;
    options.password = m_password;
    options.migrate = false;
    options.applicationName = QStringLiteral("nango-desk (listen)");
    m_db = PgDb::open(m_uri, options, error);
    if (!m_db || !m_db->exec(QByteArray(QByteArray("LISTEN ") + PgDb::kChannel).constData(), error)) {
        m_db.reset();
        reconnectLater();
        return false;
    }
    m_notifier = new QSocketNotifier(PQsocket(m_db->handle()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PgListener::readable);
    return true;
}

void PgListener::readable()
{
    PGconn *conn = m_db ? m_db->handle() : nullptr;
    if (!conn || !PQconsumeInput(conn)) {
        qCInfo(lcDb) << "the shared cache's notification connection broke; opening it again";
        delete m_notifier;
        m_notifier = nullptr;
        m_db.reset();
        reconnectLater();
        Q_EMIT changed({0}); // what was missed meanwhile: read everything again
        return;
    }
    QList<qint64> streams;
    while (PGnotify *n = PQnotifies(conn)) {
        // What our own engine wrote, it has said already (a page at a time: no echo to read again).
        const bool own = ignoredWriter() != 0 && n->be_pid == ignoredWriter();
        const qint64 id = QByteArray(n->extra).toLongLong();
        PQfreemem(n);
        if (own)
            continue;
        if (!streams.contains(id))
            streams.append(id);
    }
    if (!streams.isEmpty())
        Q_EMIT changed(streams);
}

void PgListener::reconnectLater()
{
    if (!m_retry.isActive())
        m_retry.start();
}

} // namespace nd
