#pragma once

#include "store/Store.h"

#include <QList>
#include <QString>

#include <optional>

namespace rasad {

/** A run of row ids that could not be read: every id after `after` and before `before`. */
struct LostRows
{
    qint64 after = 0;     // the last readable id before the damage (0: none, from the start)
    qint64 before = 0;    // the first readable id after it; 0: none, to the end of the table
    qint64 knownLast = 0; // when `before` is 0, the table's highest id if it could still be read
};

/** What recoverStore() did with one table. */
struct TableRecovery
{
    QString table;
    qint64 copied = 0;    // rows read and written to the new file
    QList<LostRows> lost; // the id ranges that could not be read
    qint64 dropped = 0;   // rows copied, then dropped: they refer to a row that was lost
    qint64 cleared = 0;   // rows kept with a reference cleared (a lost place: the event stays, unplaced)
    bool missing = false; // the damaged file has no such table (an older schema)
};

struct RecoveryReport
{
    QList<TableRecovery> tables;
    bool complete() const
    {
        for (const TableRecovery &t : tables)
            if (!t.lost.isEmpty() || t.dropped > 0)
                return false;
        return true;
    }
};

/**
 * Copies what can still be read of a damaged project file into a new one. The damaged file is only
 * read (opened read-only). The new file gets the current schema; each table is read in id order
 * and, where a read fails, the first readable id after the damage is searched for (exponential then
 * binary search on the id) and copying goes on from there, so a damaged page costs only the rows it
 * held. Rows that refer to a lost row are dropped (or their reference cleared when the schema says
 * ON DELETE SET NULL), the full-text index is rebuilt, and the new file must pass PRAGMA
 * quick_check. `newPath` must not exist; on failure it is removed and `error` says why.
 *
 * SQLite's own sqlite3_recover API would read below the b-tree level, but Debian 12's libsqlite3
 * (3.40) does not ship it (it is an extension, ext/recover).
 */
std::optional<RecoveryReport> recoverStore(const QString &damagedPath, const QString &newPath, StoreError *error);

} // namespace rasad
