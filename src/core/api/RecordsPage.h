#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace nd {

// One record of GET /records, as the cache stores it: the raw JSON exactly as Nango sent it, plus
// the _nango_metadata fields pulled out for indexing. The byte arrays are views into the page's
// buffer (no copies): they are valid while the RecordsPage lives.
struct PulledRecord
{
    QByteArray id;
    QByteArray json;
    QByteArray firstSeenAt;
    QByteArray lastModifiedAt;
    QByteArray lastAction; // ADDED | UPDATED | DELETED
    QByteArray deletedAt;  // empty: null
    QByteArray prunedAt;   // empty: null
    QByteArray cursor;
    qint64 firstSeenUs = 0;
    qint64 lastModifiedUs = 0;
};

struct RecordsPage
{
    std::shared_ptr<const QByteArray> buffer; // the body, padded for simdjson; the records point into it
    std::vector<PulledRecord> records;
    QByteArray nextCursor; // empty: null, the last page
    qsizetype bytes = 0;
    // The records' top-level field names (not _nango_metadata), in the order first met: the export
    // and the browser's columns come from these instead of a scan of every stored record.
    std::vector<QByteArray> fields;
};

// Parses a GET /records body with simdjson in one pass, without copying or re-serialising payloads.
// Returns nullopt and sets `error` when the body is not the contract's shape.
std::optional<RecordsPage> parseRecordsPage(const QByteArray &body, QString *error);

} // namespace nd
