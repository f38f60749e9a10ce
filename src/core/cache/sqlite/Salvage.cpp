#include "cache/sqlite/Salvage.h"

#include "util/Logging.h"
#include "util/Timestamp.h"
#include "util/Translate.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>
#include <sqlite3.h>
#include <vector>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

// One statement, finalized when it goes.
class Statement
{
public:
    Statement(sqlite3 *db, const QString &sql)
    {
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    sqlite3_stmt *get() const { return m_stmt; }
    explicit operator bool() const { return m_stmt != nullptr; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

bool exec(sqlite3 *db, const char *sql)
{
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        qCWarning(lcDb) << "salvage:" << sql << sqlite3_errmsg(db);
    return rc == SQLITE_OK;
}

QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

// A table's columns in `schema`; empty when its definition cannot be read.
QStringList columns(sqlite3 *db, const QString &schema, const QString &table)
{
    Statement q(db, u"PRAGMA %1.table_info(%2)"_s.arg(schema, quoted(table)));
    QStringList out;
    while (q && sqlite3_step(q.get()) == SQLITE_ROW)
        out.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 1))));
    return out;
}

// Copies the rows of `table` that can be read, in rowid order; past a damaged page it probes ever
// further ahead until rows come again.
SalvageReport::Table copyTable(sqlite3 *db, const QString &table)
{
    SalvageReport::Table t;
    t.name = table;
    const QStringList fresh = columns(db, u"main"_s, table);
    const QStringList old = columns(db, u"old"_s, table);
    QStringList common;
    for (const QString &c : fresh)
        if (old.contains(c))
            common.append(c);
    if (common.isEmpty()) {
        t.incomplete = true;
        return t;
    }
    QStringList names;
    QStringList marks;
    for (const QString &c : std::as_const(common)) {
        names.append(quoted(c));
        marks.append(u"?"_s);
    }
    constexpr int kBatch = 1000;
    Statement select(db, u"SELECT rowid, %1 FROM old.%2 WHERE rowid > ?1 ORDER BY rowid LIMIT %3"_s
                             .arg(names.join(u", "_s), quoted(table))
                             .arg(kBatch));
    Statement insert(db, u"INSERT OR IGNORE INTO main.%1 (%2) VALUES (%3)"_s.arg(
                             quoted(table), names.join(u", "_s), marks.join(u", "_s)));
    if (!select || !insert) {
        t.incomplete = true;
        return t;
    }
    // Each batch is read first, then written in a transaction of its own: a read that meets damage
    // must not take the rows already written with it.
    qint64 last = std::numeric_limits<qint64>::min();
    qint64 skip = 1;
    int probes = 0;
    std::vector<sqlite3_value *> values;
    auto release = [&values]() {
        for (sqlite3_value *v : values)
            sqlite3_value_free(v);
        values.clear();
    };
    const int width = int(common.size());
    for (;;) {
        sqlite3_bind_int64(select.get(), 1, last);
        int rows = 0;
        int rc = SQLITE_ROW;
        qint64 newest = last;
        while ((rc = sqlite3_step(select.get())) == SQLITE_ROW) {
            for (int i = 0; i < width; ++i)
                values.push_back(sqlite3_value_dup(sqlite3_column_value(select.get(), i + 1)));
            newest = sqlite3_column_int64(select.get(), 0);
            ++rows;
        }
        sqlite3_reset(select.get());
        if (rows > 0) {
            exec(db, "BEGIN");
            for (int row = 0; row < rows; ++row) {
                for (int i = 0; i < width; ++i)
                    sqlite3_bind_value(insert.get(), i + 1, values[size_t(row * width + i)]);
                if (sqlite3_step(insert.get()) == SQLITE_DONE && sqlite3_changes(db) > 0)
                    ++t.saved;
                sqlite3_reset(insert.get());
            }
            exec(db, "COMMIT");
            release();
            last = newest;
            skip = 1;
        }
        if (rc == SQLITE_DONE) {
            if (rows == kBatch)
                continue;
            break;
        }
        // Damage after `last`: step over it, further each time it is still there.
        t.incomplete = true;
        if (++probes > 400 || skip > (qint64(1) << 40))
            break;
        if (last == std::numeric_limits<qint64>::min())
            last = 0;
        last += skip;
        skip *= 2;
    }
    release();
    return t;
}

} // namespace

bool SalvageReport::anyLost() const
{
    if (tables.isEmpty())
        return true;
    for (const Table &t : tables)
        if (t.incomplete)
            return true;
    return false;
}

QString SalvageReport::describe() const
{
    auto tr = [](const char *text) { return trIn("nd::Salvage", text); };
    const QLocale locale;
    QStringList saved;
    QStringList lost;
    for (const Table &t : tables) {
        if (t.saved > 0)
            saved.append(u"%1 %2"_s.arg(locale.toString(t.saved), t.name));
        if (t.incomplete)
            lost.append(t.name);
    }
    QString text = tr("The cache was damaged; the damaged file is kept as %1.").arg(damagedPath);
    text += u' ';
    text += saved.isEmpty() ? tr("Nothing could be read back from it.")
                            : tr("Read back into a new cache: %1.").arg(saved.join(u", "_s));
    text += u' ';
    text += lost.isEmpty() ? tr("Every row could be read.")
                           : tr("Some rows could not be read in: %1; they are lost.").arg(lost.join(u", "_s));
    text += u' ';
    text += recordsComplete
                ? tr("Every stream goes on from its stored cursor.")
                : tr("Every stream is read again from the start: what Nango still has comes back; "
                     "what it has pruned or deleted is kept only where it was read back.");
    return text;
}

SalvageReport Salvage::run(sqlite3 *db, const QString &damagedPath)
{
    SalvageReport report;
    report.damagedPath = damagedPath;
    report.ran = true;
    exec(db, "PRAGMA foreign_keys=OFF");
    {
        Statement attach(db, u"ATTACH DATABASE ?1 AS old"_s);
        const QByteArray path = damagedPath.toUtf8();
        if (!attach ||
            sqlite3_bind_text(attach.get(), 1, path.constData(), int(path.size()), SQLITE_TRANSIENT) ||
            sqlite3_step(attach.get()) != SQLITE_DONE) {
            qCWarning(lcDb) << "salvage: cannot attach" << damagedPath << sqlite3_errmsg(db);
            exec(db, "PRAGMA foreign_keys=ON");
            return report;
        }
    }
    QStringList tables;
    {
        // In the order they were made: parents before the tables that refer to them. The search
        // index is derived from the records: it is rebuilt, not copied.
        Statement q(
            db, u"SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                "ESCAPE '\\' AND name NOT LIKE 'records\\_fts%' ESCAPE '\\' ORDER BY rowid"_s);
        while (q && sqlite3_step(q.get()) == SQLITE_ROW)
            tables.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 0))));
    }
    bool recordsComplete = true;
    for (const QString &table : std::as_const(tables)) {
        const SalvageReport::Table t = copyTable(db, table);
        if (t.incomplete && (table == u"records" || table == u"streams"))
            recordsComplete = false;
        report.tables.append(t);
    }
    exec(db, "BEGIN");
    // Rows whose parent was lost would never be shown: they go.
    QList<QPair<QString, qint64>> orphans;
    {
        Statement check(db, u"PRAGMA main.foreign_key_check"_s);
        while (check && sqlite3_step(check.get()) == SQLITE_ROW)
            orphans.append(
                {QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check.get(), 0))),
                 sqlite3_column_int64(check.get(), 1)});
    }
    for (const auto &[table, rowid] : std::as_const(orphans)) {
        Statement drop(db, u"DELETE FROM main.%1 WHERE rowid = ?1"_s.arg(quoted(table)));
        sqlite3_bind_int64(drop.get(), 1, rowid);
        sqlite3_step(drop.get());
    }
    // The search index again from every record; counts from what is there.
    exec(db, "UPDATE records SET fts_dirty = 1");
    exec(db, "UPDATE streams SET "
             "live_count = (SELECT count(*) FROM records r WHERE r.stream_id = streams.id AND r.deleted_at "
             "IS NULL), "
             "deleted_count = (SELECT count(*) FROM records r WHERE r.stream_id = streams.id AND "
             "r.deleted_at IS NOT NULL), "
             "pruned_count = (SELECT count(*) FROM records r WHERE r.stream_id = streams.id AND "
             "r.pruned_at IS NOT NULL)");
    // A cursor is only as good as the records before it: without all of them, read from the start.
    if (!recordsComplete)
        exec(db, "UPDATE streams SET cursor = NULL");
    report.recordsComplete = recordsComplete;
    exec(db, "COMMIT");
    exec(db, "DETACH DATABASE old");
    exec(db, "PRAGMA foreign_keys=ON");
    qCWarning(lcDb).noquote() << report.describe();
    return report;
}

} // namespace nd
