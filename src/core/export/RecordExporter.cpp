#include "export/RecordExporter.h"

#include "cache/Database.h"
#include "cache/Statement.h"
#include "util/Logging.h"

#include <QHash>
#include <QSaveFile>

#include <simdjson.h>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

const QList<QByteArray> kMetadataColumns = {"_first_seen_at", "_last_modified_at", "_last_action",
                                            "_deleted_at", "_pruned_at"};

QByteArray selectSql(const ExportOptions &o, bool payloadOnly)
{
    QByteArray sql =
        payloadOnly ? "SELECT payload FROM records WHERE stream_id = ?1"
                    : "SELECT payload, first_seen_at, last_modified_at, last_action, deleted_at, pruned_at "
                      "FROM records WHERE stream_id = ?1";
    if (!o.includeDeleted)
        sql += " AND deleted_at IS NULL";
    if (!o.where.isEmpty())
        sql += " AND (" + o.where.toUtf8() + ')';
    sql += " ORDER BY last_modified_us, record_id";
    return sql;
}

void bindWhere(Statement &q, const ExportOptions &o)
{
    int i = 2;
    for (const QString &v : o.whereValues)
        q.bind(i++, v);
}

} // namespace

QByteArray RecordExporter::csvCell(const QByteArray &text, char separator, bool isText, bool formulaGuard)
{
    QByteArray value = text;
    if (formulaGuard && isText && !value.isEmpty()) {
        const char c = value.at(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r')
            value.prepend('\'');
    }
    const bool quote =
        value.contains(separator) || value.contains('"') || value.contains('\n') || value.contains('\r');
    if (!quote)
        return value;
    value.replace("\"", "\"\"");
    return '"' + value + '"';
}

ExportResult RecordExporter::run(Database &db, qint64 streamId, const ExportOptions &o, const QString &path,
                                 const Progress &progress)
{
    ExportResult result;
    qint64 total = 0;
    {
        QByteArray countSql = selectSql(o, true);
        countSql.replace("SELECT payload FROM", "SELECT count(*) FROM");
        countSql = countSql.left(countSql.indexOf(" ORDER BY"));
        Statement count(db.handle(), countSql.constData());
        count.bind(1, streamId);
        bindWhere(count, o);
        if (count.step())
            total = count.int64(0);
    }
    simdjson::ondemand::parser parser;
    // Columns: every top-level field of the stream's records, in first-seen order. They are kept as
    // pages are stored; only a cache without that list is scanned first.
    QList<QByteArray> columns;
    QHash<QByteArray, int> columnIndex;
    if (o.format == ExportOptions::Format::Csv) {
        Statement known(db.handle(), "SELECT name FROM stream_fields WHERE stream_id = ?1 ORDER BY position");
        known.bind(1, streamId);
        while (known.step()) {
            columnIndex.insert(known.bytes(0), int(columns.size()));
            columns.append(known.bytes(0));
        }
    }
    if (o.format == ExportOptions::Format::Csv && columns.isEmpty()) {
        Statement scan(db.handle(), selectSql(o, true).constData());
        scan.bind(1, streamId);
        bindWhere(scan, o);
        while (scan.step()) {
            const QByteArray payload = scan.bytes(0);
            simdjson::padded_string padded(payload.constData(), size_t(payload.size()));
            simdjson::ondemand::document doc;
            simdjson::ondemand::object obj;
            if (parser.iterate(padded).get(doc) || doc.get_object().get(obj))
                continue;
            for (auto field : obj) {
                std::string_view key;
                if (field.unescaped_key().get(key))
                    break;
                const QByteArray k(key.data(), qsizetype(key.size()));
                if (k == "_nango_metadata" || columnIndex.contains(k))
                    continue;
                columnIndex.insert(k, int(columns.size()));
                columns.append(k);
            }
        }
    }
    // "id" first, as people expect.
    if (const int at = int(columns.indexOf("id")); at > 0) {
        columns.move(at, 0);
        for (int i = 0; i < columns.size(); ++i)
            columnIndex[columns[i]] = i;
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = u"Cannot write %1: %2"_s.arg(path, file.errorString());
        return result;
    }
    QByteArray buffer;
    buffer.reserve(1 << 20);
    auto flush = [&]() {
        if (file.write(buffer) != buffer.size())
            return false;
        buffer.clear();
        return true;
    };
    if (o.format == ExportOptions::Format::Csv) {
        if (o.utf8Bom)
            buffer += "\xEF\xBB\xBF";
        if (o.header) {
            for (int i = 0; i < columns.size(); ++i) {
                if (i)
                    buffer += o.separator;
                buffer += csvCell(columns[i], o.separator, true, o.formulaGuard);
            }
            for (const QByteArray &m : kMetadataColumns)
                buffer += o.separator + m;
            buffer += o.lineEnding;
        }
        for (const QByteArray &c : std::as_const(columns))
            result.columns.append(QString::fromUtf8(c));
    }
    Statement rows(db.handle(), selectSql(o, false).constData());
    rows.bind(1, streamId);
    bindWhere(rows, o);
    std::vector<QByteArray> cells(size_t(columns.size()));
    std::vector<bool> present(size_t(columns.size()));
    while (rows.step()) {
        const QByteArray payload = rows.bytes(0);
        if (o.format == ExportOptions::Format::Jsonl) {
            buffer += payload;
            buffer += '\n';
        } else {
            std::fill(present.begin(), present.end(), false);
            simdjson::padded_string padded(payload.constData(), size_t(payload.size()));
            simdjson::ondemand::document doc;
            simdjson::ondemand::object obj;
            if (!parser.iterate(padded).get(doc) && !doc.get_object().get(obj)) {
                for (auto field : obj) {
                    std::string_view key;
                    if (field.unescaped_key().get(key))
                        break;
                    const auto it =
                        columnIndex.constFind(QByteArray::fromRawData(key.data(), qsizetype(key.size())));
                    if (it == columnIndex.constEnd())
                        continue;
                    simdjson::ondemand::value value;
                    if (field.value().get(value))
                        continue;
                    const auto i = size_t(it.value());
                    simdjson::ondemand::json_type type;
                    if (value.type().get(type))
                        continue;
                    bool isText = false;
                    QByteArray cell;
                    if (type == simdjson::ondemand::json_type::string) {
                        std::string_view s;
                        if (!value.get_string().get(s))
                            cell = QByteArray(s.data(), qsizetype(s.size()));
                        isText = true;
                    } else if (type == simdjson::ondemand::json_type::null) {
                        cell.clear();
                    } else if (type == simdjson::ondemand::json_type::object ||
                               type == simdjson::ondemand::json_type::array) {
                        std::string_view raw;
                        bool failed = true;
                        if (type == simdjson::ondemand::json_type::object) {
                            simdjson::ondemand::object nested;
                            failed = value.get_object().get(nested) || nested.raw_json().get(raw);
                        } else {
                            simdjson::ondemand::array nested;
                            failed = value.get_array().get(nested) || nested.raw_json().get(raw);
                        }
                        if (!failed)
                            cell = QByteArray(raw.data(), qsizetype(raw.size())).trimmed();
                        isText = true; // compact JSON text is text to a spreadsheet
                    } else {
                        const std::string_view raw = value.raw_json_token();
                        cell = QByteArray(raw.data(), qsizetype(raw.size())).trimmed();
                    }
                    cells[i] = csvCell(cell, o.separator, isText, o.formulaGuard);
                    present[i] = true;
                }
            }
            for (size_t i = 0; i < cells.size(); ++i) {
                if (i)
                    buffer += o.separator;
                if (present[i])
                    buffer += cells[i];
            }
            for (int m = 1; m <= 5; ++m) {
                buffer += o.separator;
                buffer += csvCell(rows.bytes(m), o.separator, true, o.formulaGuard);
            }
            buffer += o.lineEnding;
        }
        ++result.rows;
        if (buffer.size() > (1 << 20) && !flush()) {
            result.error = u"Cannot write %1: %2"_s.arg(path, file.errorString());
            file.cancelWriting();
            return result;
        }
        if (progress && result.rows % 5000 == 0 && !progress(result.rows, total)) {
            file.cancelWriting();
            result.cancelled = true;
            result.error = u"Export cancelled; no file was written."_s;
            return result;
        }
    }
    if (!flush() || !file.commit()) {
        result.error = u"Cannot write %1: %2"_s.arg(path, file.errorString());
        return result;
    }
    if (progress)
        progress(result.rows, total);
    result.ok = true;
    qCInfo(lcExport) << "exported" << result.rows << "records to" << path;
    return result;
}

} // namespace nd
