#include "models/RecordsLoader.h"

#include "cache/Database.h"
#include "cache/SearchIndex.h"
#include "cache/Statement.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace nd {

using namespace Qt::StringLiterals;

class RecordsLoader::Worker : public QObject
{
public:
    explicit Worker(const QString &path)
        : m_path(path)
    {}
    Database *db(QString *error)
    {
        if (!m_db)
            m_db = Database::open(m_path, error);
        return m_db.get();
    }
    QString m_path;
    std::unique_ptr<Database> m_db;
};

RecordsLoader::RecordsLoader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(databasePath))
{
    qRegisterMetaType<QList<nd::RecordRow>>();
    m_thread.setObjectName(u"records-loader"_s);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

RecordsLoader::~RecordsLoader()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker]() { delete w; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

namespace {

void bindAll(Statement &q, const QStringList &values, int first = 1)
{
    for (int i = 0; i < values.size(); ++i)
        q.bind(first + i, values.at(i));
}

} // namespace

void RecordsLoader::requestCount(quint64 generation, const RecordQuery &request)
{
    QMetaObject::invokeMethod(m_worker, [this, generation, request]() {
        RecordQuery query = request;
        QString error;
        Database *db = m_worker->db(&error);
        if (!db) {
            Q_EMIT failed(generation, error);
            return;
        }
        if (!query.text.isEmpty())
            query.useSearchIndex = SearchIndex(*db).pending(query.streamId) == 0;
        qint64 count = 0;
        if (query.isUnfiltered()) {
            // The counts kept at pull time: no COUNT(*) over a million rows.
            Statement q(db->handle(), "SELECT live_count, deleted_count FROM streams WHERE id = ?1");
            q.bind(1, query.streamId);
            if (q.step())
                count = q.int64(0) + (query.includeDeleted ? q.int64(1) : 0);
        } else {
            QStringList values;
            const QByteArray sql = (u"SELECT count(*) FROM records WHERE "_s + query.where(&values)).toUtf8();
            Statement q(db->handle(), sql.constData());
            bindAll(q, values);
            if (q.step())
                count = q.int64(0);
        }
        Q_EMIT countReady(generation, count);
    });
}

void RecordsLoader::requestBlock(quint64 generation, const RecordQuery &request, int block, int offset,
                                 int size, const RecordRow &after, bool hasAfter, qint64 total)
{
    const quint64 ticket = ++*m_blockRequests;
    QMetaObject::invokeMethod(m_worker, [=, latest = m_blockRequests]() {
        // While the scrollbar is dragged through a million rows, only the newest requests matter.
        if (latest->load() - ticket >= quint64(kMaxQueuedBlocks)) {
            Q_EMIT blockSkipped(generation, block);
            return;
        }
        QString error;
        Database *db = m_worker->db(&error);
        if (!db) {
            Q_EMIT failed(generation, error);
            return;
        }
        RecordQuery query = request;
        if (!query.text.isEmpty())
            query.useSearchIndex = SearchIndex(*db).pending(query.streamId) == 0;
        QStringList values;
        QString sql =
            u"SELECT record_id, payload, first_seen_at, last_modified_at, last_modified_us, last_action, "
            "deleted_at, pruned_at FROM records WHERE "_s +
            query.where(&values);
        const QString cmp = query.descending ? u"<"_s : u">"_s;
        if (hasAfter) {
            if (query.sort == RecordQuery::Sort::Id) {
                sql += u" AND record_id "_s + cmp + u" ?"_s;
                values.append(QString::fromUtf8(after.id));
            } else {
                sql += u" AND (last_modified_us, record_id) "_s + cmp + u" ("_s +
                       QString::number(after.lastModifiedUs) + u", ?)"_s;
                values.append(QString::fromUtf8(after.id));
            }
        }
        // An OFFSET scan costs its length: a block past the middle is read from the other end.
        const bool fromEnd = !hasAfter && total > 0 && offset > total / 2;
        if (fromEnd) {
            const qint64 end = std::min<qint64>(total, qint64(offset) + size);
            sql += u" ORDER BY "_s + query.orderBy(true) + u" LIMIT "_s + QString::number(end - offset) +
                   u" OFFSET "_s + QString::number(total - end);
        } else {
            sql += u" ORDER BY "_s + query.orderBy() + u" LIMIT "_s + QString::number(size);
            if (!hasAfter && offset > 0)
                sql += u" OFFSET "_s + QString::number(offset);
        }
        const QByteArray utf8 = sql.toUtf8();
        Statement q(db->handle(), utf8.constData());
        if (!q.ok()) {
            Q_EMIT failed(generation, q.error());
            return;
        }
        bindAll(q, values);
        QList<RecordRow> rows;
        rows.reserve(size);
        while (q.step()) {
            RecordRow r;
            r.id = q.bytes(0);
            r.payload = q.bytes(1);
            r.firstSeenAt = q.text(2);
            r.lastModifiedAt = q.text(3);
            r.lastModifiedUs = q.int64(4);
            r.lastAction = q.text(5);
            r.deletedAt = q.text(6);
            r.prunedAt = q.text(7);
            rows.append(r);
        }
        if (fromEnd)
            std::reverse(rows.begin(), rows.end());
        Q_EMIT blockReady(generation, block, rows);
    });
}

void RecordsLoader::requestColumns(quint64 generation, const RecordQuery &query)
{
    QMetaObject::invokeMethod(m_worker, [this, generation, query]() {
        QString error;
        Database *db = m_worker->db(&error);
        if (!db) {
            Q_EMIT failed(generation, error);
            return;
        }
        // The stream's fields in the order the provider sends them; a cache without that list falls
        // back to the fields of the newest records (alphabetical).
        QStringList columns;
        Statement known(db->handle(),
                        "SELECT name FROM stream_fields WHERE stream_id = ?1 ORDER BY position");
        known.bind(1, query.streamId);
        while (known.step())
            columns.append(known.text(0));
        if (columns.isEmpty()) {
            Statement q(db->handle(),
                        "SELECT payload FROM records WHERE stream_id = ?1 AND pruned_at IS NULL "
                        "ORDER BY last_modified_us DESC LIMIT 200");
            q.bind(1, query.streamId);
            while (q.step()) {
                const QJsonObject o = QJsonDocument::fromJson(q.bytes(0)).object();
                for (auto it = o.begin(); it != o.end(); ++it)
                    if (it.key() != u"_nango_metadata" && !columns.contains(it.key()))
                        columns.append(it.key());
            }
        }
        columns.removeAll(u"id"_s);
        columns.prepend(u"id"_s);
        Q_EMIT columnsReady(generation, columns);
    });
}

} // namespace nd
