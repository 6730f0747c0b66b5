#pragma once

// Test helper: damages one page of a table in a closed SQLite file, the way a bad disk sector does.

#include <QFile>
#include <QString>

#include <sqlite3.h>

namespace rasad::test {

/**
 * Overwrites the middle leaf page of `table` with garbage. The file must be closed by every
 * connection and its WAL checkpointed (PRAGMA wal_checkpoint(TRUNCATE)), so the page lives in the
 * main file. Returns the page number, or 0 when the table has no leaf page to damage.
 */
inline int damageTableLeafPage(const QString &path, const char *table)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return 0;
    }
    int pageSize = 0;
    QList<int> leaves;
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA page_size", -1, &s, nullptr);
    if (sqlite3_step(s) == SQLITE_ROW)
        pageSize = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    // dbstat (Debian's SQLite has it) says which pages hold the table's rows.
    sqlite3_prepare_v2(db, "SELECT pageno FROM dbstat WHERE name = ?1 AND pagetype = 'leaf' ORDER BY pageno", -1, &s,
                       nullptr);
    sqlite3_bind_text(s, 1, table, -1, SQLITE_STATIC);
    while (sqlite3_step(s) == SQLITE_ROW)
        leaves.append(sqlite3_column_int(s, 0));
    sqlite3_finalize(s);
    sqlite3_close(db);
    if (pageSize <= 0 || leaves.size() < 3)
        return 0;
    const int page = leaves.at(leaves.size() / 2);
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(qint64(page - 1) * pageSize))
        return 0;
    file.write(QByteArray(pageSize, '\x5A')); // 0x5A is no b-tree page type: every read of it fails
    return page;
}

/** What PRAGMA quick_check says of the file, through a connection of its own ("ok" when healthy). */
inline QString quickCheck(const QString &path)
{
    sqlite3 *db = nullptr;
    QString result;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &s, nullptr);
        int rc = SQLITE_OK;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW)
            result += QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0))) + QLatin1Char('\n');
        if (rc != SQLITE_DONE)
            result += QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return result.trimmed();
}

/** One number from `sql` through a fresh read-only connection; -1 when it cannot be read. */
inline qint64 countIn(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
            n = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return n;
}

} // namespace rasad::test
