#include "cache/PageWriter.h"

#include "cache/RecordDiff.h"

namespace nd {

std::optional<PageWriter::Version>
PageWriter::versionReplaced(const PulledRecord &now, const QByteArray &oldPayload, qint64 oldModifiedUs,
                            const QByteArray &oldAction, const QByteArray &oldCursor, qint64 oldGeneration,
                            bool oldDeleted)
{
    if (now.lastModifiedUs == oldModifiedUs)
        return std::nullopt; // the same version again (a repair pull, a page fetched twice)
    if (!now.prunedAt.isEmpty())
        return std::nullopt; // Nango pruned the payload: the record did not change, and the cache keeps it
    const bool nowDeleted = !now.deletedAt.isEmpty();
    if (nowDeleted && oldDeleted)
        return std::nullopt;
    Version v;
    v.recordId = now.id;
    v.modifiedUs = oldModifiedUs;
    v.action = oldAction;
    v.cursor = oldCursor;
    v.generation = oldGeneration;
    if (nowDeleted) {
        v.payload = oldPayload; // the tombstone carries only the id: the last whole payload lives here
        return v;
    }
    v.changes = RecordDiff::changes(oldPayload, now.json);
    if (v.changes.isEmpty())
        v.payload = oldPayload; // not a JSON object (it cannot be diffed): kept whole
    return v;
}

} // namespace nd
