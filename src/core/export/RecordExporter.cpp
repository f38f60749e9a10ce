#include "export/RecordExporter.h"

#include "cache/ReadStore.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>

#include <simdjson.h>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

const QList<QByteArray> kMetadataColumns = {"_first_seen_at", "_last_modified_at", "_last_action",
                                            "_deleted_at", "_pruned_at"};

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

ExportResult RecordExporter::run(ReadStore &store, const RecordQuery &query, const ExportOptions &o,
                                 const QString &path, const Progress &progress)
{
    ExportResult result;
    const qint64 total = store.countRecords(query);
    simdjson::ondemand::parser parser;
    // Columns: every top-level field of the stream's records, in the provider's order ("id" first),
    // kept as pages are stored.
    QList<QByteArray> columns;
    QHash<QByteArray, int> columnIndex;
    if (o.format == ExportOptions::Format::Csv) {
        for (const QString &c : store.recordColumns(query.streamId)) {
            columnIndex.insert(c.toUtf8(), int(columns.size()));
            columns.append(c.toUtf8());
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error =
            QCoreApplication::translate("nd::Export", "Cannot write %1: %2").arg(path, file.errorString());
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
    std::vector<QByteArray> cells(size_t(columns.size()));
    std::vector<bool> present(size_t(columns.size()));
    bool writeFailed = false;
    const bool read = store.forEachRecord(query, [&](const RecordRow &row) {
        const QByteArray &payload = row.payload;
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
            for (const QString &m :
                 {row.firstSeenAt, row.lastModifiedAt, row.lastAction, row.deletedAt, row.prunedAt}) {
                buffer += o.separator;
                buffer += csvCell(m.toUtf8(), o.separator, true, o.formulaGuard);
            }
            buffer += o.lineEnding;
        }
        ++result.rows;
        if (buffer.size() > (1 << 20) && !flush()) {
            writeFailed = true;
            return false;
        }
        if (progress && result.rows % 5000 == 0 && !progress(result.rows, total)) {
            result.cancelled = true;
            return false;
        }
        return true;
    });
    if (result.cancelled || writeFailed || !read) {
        file.cancelWriting();
        result.error =
            result.cancelled
                ? QCoreApplication::translate("nd::Export", "Export cancelled; no file was written.")
            : writeFailed ? QCoreApplication::translate("nd::Export", "Cannot write %1: %2")
                                .arg(path, file.errorString())
                          : QCoreApplication::translate("nd::Export", "Cannot read the cache: %1")
                                .arg(store.lastError());
        result.cacheError = !result.cancelled && !writeFailed;
        if (result.cacheError && store.lastError().contains(u"malformed"_s))
            result.error +=
                u' ' + QCoreApplication::translate(
                           "nd::Export", "The cache file is damaged: run nango-desk-cli check, or start "
                                         "Nango Desk; they keep what can be read and fetch the rest "
                                         "from Nango.");
        return result;
    }
    if (!flush() || !file.commit()) {
        result.error =
            QCoreApplication::translate("nd::Export", "Cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    if (progress)
        progress(result.rows, total);
    result.ok = true;
    qCDebug(lcExport) << "exported" << result.rows << "records to" << path;
    return result;
}

} // namespace nd
