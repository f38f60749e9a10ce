#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <string>
#include <string_view>

namespace nd {

class ReadStore;
struct RecordQuery;

struct ExportOptions
{
    enum class Format { Csv, Jsonl };
    Format format = Format::Csv;
    char separator = ',';
    bool header = true;
    bool utf8Bom = false;           // Excel needs it to read UTF-8
    bool formulaGuard = true;       // OWASP CSV injection: text cells starting = + - @ tab CR get a leading '
    QByteArray lineEnding = "\r\n"; // RFC 4180
};

struct ExportResult
{
    bool ok = false;
    bool cancelled = false;
    bool cacheError = false; // the cache could not be read (not the file written)
    QString error;
    qint64 rows = 0;
    QStringList columns;
};

// Streams the records a query selects from the cache to a file through QSaveFile: nothing is in
// memory but the current row, and the file appears whole or not at all.
class RecordExporter
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // return false to cancel

    static ExportResult run(ReadStore &store, const RecordQuery &query, const ExportOptions &options,
                            const QString &path, const Progress &progress = {});
    // RFC 4180 quoting plus the formula guard, for one text cell.
    static QByteArray csvCell(const QByteArray &text, char separator, bool isText, bool formulaGuard);
    // The same cell appended to `out` without a copy of its own (the export's inner loop).
    static void appendCsvCell(std::string &out, std::string_view text, char separator, bool isText,
                              bool formulaGuard);
};

} // namespace nd
