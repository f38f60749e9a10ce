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
    std::string out;
    appendCsvCell(out, std::string_view(text.constData(), size_t(text.size())), separator, isText,
                  formulaGuard);
    return QByteArray(out.data(), qsizetype(out.size()));
}

void RecordExporter::appendCsvCell(std::string &out, std::string_view text, char separator, bool isText,
                                   bool formulaGuard)
{
    const bool guard = formulaGuard && isText && !text.empty() &&
                       (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                        text[0] == '\t' || text[0] == '\r');
    bool quote = false;
    for (const char c : text) {
        if (c == separator || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (guard)
            out += '\'';
        out.append(text);
        return;
    }
    out += '"';
    if (guard)
        out += '\'';
    size_t from = 0;
    for (size_t at = text.find('"'); at != std::string_view::npos; at = text.find('"', at + 1)) {
        out.append(text.substr(from, at + 1 - from)); // the quote, then its double
        out += '"';
        from = at + 1;
    }
    out.append(text.substr(from));
    out += '"';
}

namespace {

// A JSON token without the whitespace around it.
std::string_view trimmed(std::string_view s)
{
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && space(s.back()))
        s.remove_suffix(1);
    return s;
}

} // namespace

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
    // A std::string: clear() keeps its capacity, so the megabyte is allocated once, not per flush.
    std::string buffer;
    buffer.reserve((1 << 20) + (64 << 10));
    const std::string lineEnding = o.lineEnding.toStdString();
    auto flush = [&]() {
        if (file.write(buffer.data(), qint64(buffer.size())) != qint64(buffer.size()))
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
                buffer += csvCell(columns[i], o.separator, true, o.formulaGuard).toStdString();
            }
            for (const QByteArray &m : kMetadataColumns) {
                buffer += o.separator;
                buffer.append(m.constData(), size_t(m.size()));
            }
            buffer += lineEnding;
        }
        for (const QByteArray &c : std::as_const(columns))
            result.columns.append(QString::fromUtf8(c));
    }
    // Each field's text, a view into the page or the parser's buffer, valid for the row.
    std::vector<std::string_view> cells(size_t(columns.size()));
    std::vector<bool> present(size_t(columns.size()));
    std::vector<bool> textual(size_t(columns.size()));
    bool writeFailed = false;
    const bool read = store.forEachRecord(query, [&](const RecordRow &row) {
        const QByteArray &payload = row.payload;
        if (o.format == ExportOptions::Format::Jsonl) {
            buffer.append(payload.constData(), size_t(payload.size()));
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
                    std::string_view cell;
                    if (type == simdjson::ondemand::json_type::string) {
                        if (value.get_string().get(cell))
                            cell = {};
                        isText = true;
                    } else if (type == simdjson::ondemand::json_type::null) {
                        cell = {};
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
                        cell = failed ? std::string_view() : trimmed(raw);
                        isText = true; // compact JSON text is text to a spreadsheet
                    } else {
                        cell = trimmed(value.raw_json_token());
                    }
                    cells[i] = cell;
                    textual[i] = isText;
                    present[i] = true;
                }
            }
            for (size_t i = 0; i < cells.size(); ++i) {
                if (i)
                    buffer += o.separator;
                if (present[i])
                    appendCsvCell(buffer, cells[i], o.separator, textual[i], o.formulaGuard);
            }
            for (const QString *m :
                 {&row.firstSeenAt, &row.lastModifiedAt, &row.lastAction, &row.deletedAt, &row.prunedAt}) {
                buffer += o.separator;
                // Nango's times and actions are ASCII: no conversion's allocation for them.
                char ascii[64];
                const qsizetype n = m->size();
                bool plain = n <= qsizetype(sizeof ascii);
                for (qsizetype k = 0; plain && k < n; ++k) {
                    const char16_t c = m->at(k).unicode();
                    plain = c < 0x80;
                    ascii[k] = char(c);
                }
                if (plain) {
                    appendCsvCell(buffer, std::string_view(ascii, size_t(n)), o.separator, true,
                                  o.formulaGuard);
                } else {
                    const QByteArray utf8 = m->toUtf8();
                    appendCsvCell(buffer, std::string_view(utf8.constData(), size_t(utf8.size())),
                                  o.separator, true, o.formulaGuard);
                }
            }
            buffer += lineEnding;
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
