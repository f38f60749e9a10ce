#pragma once

#include "cache/QueryConsole.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

#include <functional>

namespace nd {

// Writes a console statement's rows as CSV (RFC 4180 with a header, the formula guard of exports)
// or as a JSON array of objects (one per row; a repeated column name gets a suffix: id, id_2).
class ResultWriter
{
public:
    enum class Format { Csv, Json };
    ResultWriter(QIODevice *out, Format format, bool formulaGuard = true);

    void begin(const QStringList &columns);
    void write(const QList<QVariantList> &rows);
    void end();
    qint64 rows() const { return m_rows; }

    // Runs `sql` on the console and writes every row; `progress` (rows so far) may return false to
    // stop. False with `error` set when the statement was refused, failed or stopped.
    static bool run(QueryConsole &console, const QString &sql, ResultWriter &writer, ConsoleError *error,
                    const std::function<bool(qint64)> &progress = {});

    // One cell as CSV and as JSON text would show it (also the GUI's display of a value).
    static QString displayText(const QVariant &value);

private:
    QIODevice *m_out;
    Format m_format;
    bool m_guard;
    QStringList m_keys;
    qint64 m_rows = 0;
};

} // namespace nd
