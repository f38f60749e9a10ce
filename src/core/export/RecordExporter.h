#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace nd {

class Database;

struct ExportOptions
{
    enum class Format { Csv, Jsonl };
    Format format = Format::Csv;
    char separator = ',';
    bool header = true;
    bool utf8Bom = false;     // Excel needs it to read UTF-8
    bool formulaGuard = true; // OWASP CSV injection: text cells starting = + - @ tab CR get a leading '
    bool includeDeleted = false;
    QByteArray lineEnding = "\r\n"; // RFC 4180
    // An extra SQL condition on the records table (the GUI's filtered view), with its bound values.
    QString where;
    QStringList whereValues;
};

struct ExportResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    qint64 rows = 0;
    QStringList columns;
};

// Streams one stream's records from the cache to a file through QSaveFile: nothing is in memory
// but the current row, and the file appears whole or not at all.
class RecordExporter
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // return false to cancel

    static ExportResult run(Database &db, qint64 streamId, const ExportOptions &options, const QString &path,
                            const Progress &progress = {});
    // RFC 4180 quoting plus the formula guard, for one text cell.
    static QByteArray csvCell(const QByteArray &text, char separator, bool isText, bool formulaGuard);
};

} // namespace nd
