#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

namespace nd {

// What was read back from a damaged cache into the new one: per table, the rows saved and whether
// some could not be read.
struct SalvageReport
{
    QString damagedPath; // where the damaged file was kept
    struct Table
    {
        QString name;
        qint64 saved = 0;
        bool incomplete = false; // damage hid some rows (or the whole table)
    };
    QList<Table> tables;
    bool recordsComplete = false; // streams and records read whole: the cursors were kept
    bool ran = false;

    bool anyLost() const;
    // One paragraph for a person: what was saved, what was not, what happens now.
    QString describe() const;
};

// Copies what SQLite can still read from a damaged cache file into a freshly made one of the
// current schema: table by table, row by row in rowid order, stepping over damaged pages. The
// search index is rebuilt rather than copied; counts are recomputed; rows that lost their parent
// are dropped. When records or streams could not be read whole, every stream's cursor is cleared so
// the next pull reads the server from the start (the cache ends equal to the server; the records,
// payloads Nango has pruned and history that were read are kept).
class Salvage
{
public:
    static SalvageReport run(sqlite3 *fresh, const QString &damagedPath);
};

} // namespace nd
