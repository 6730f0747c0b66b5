#pragma once

#include <QString>

struct sqlite3;

namespace rasad {

/**
 * The project file's schema and how to get there from any older version. PRAGMA user_version holds
 * the version; each step v(n-1) → v(n) runs in its own transaction, so an interrupted upgrade leaves
 * the file at the last completed version.
 */
class Schema
{
public:
    /** The version this build writes. */
    static constexpr int kLatestVersion = 9;
    /** PRAGMA application_id of a Rasad file ("RSAD"), to tell our files from other SQLite files. */
    static constexpr int kApplicationId = 0x52534144;

    /**
     * Upgrades from `fromVersion` to kLatestVersion. On failure `message` says which step and why and
     * `sqliteCode` holds the SQLite result code (SQLITE_BUSY when another program holds the file).
     */
    static bool migrate(sqlite3 *db, int fromVersion, QString *message, int *sqliteCode);
    /** The SQL of the first version, kept verbatim: migrations start from it (tests build v1 files with it). */
    static const char *version1Sql();
};

} // namespace rasad
