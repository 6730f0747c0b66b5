#pragma once

#include <QDate>
#include <QString>

#include <sqlite3.h>

namespace rasad {

/**
 * One prepared SQLite statement, finalised on destruction. Binds and reads Qt types so the store
 * code never handles raw UTF-8 buffers; every value goes through a bound parameter, never the SQL text.
 */
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isPrepared() const { return m_stmt != nullptr; }
    /** For copying values as they are (sqlite3_bind_value), which recovery needs and nothing else does. */
    sqlite3_stmt *raw() const { return m_stmt; }
    /** The last SQLite result code (from prepare or step). */
    int code() const { return m_code; }
    /**
     * True when the last prepare or step failed (SQLITE_CORRUPT, SQLITE_IOERR, ...) rather than
     * ending normally: a loop `while (s.next())` stops on both, and only this tells them apart.
     */
    bool failed() const { return m_code != SQLITE_OK && m_code != SQLITE_ROW && m_code != SQLITE_DONE; }

    Statement &bind(int index, const QString &value); // a null QString binds NULL
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, const QDate &value); // ISO date, NULL when invalid
    Statement &bindNull(int index);

    /** Steps once: true while a row is available. */
    bool next();
    /** Runs a statement that returns no rows: true on SQLITE_DONE. */
    bool exec();
    /** Clears bindings and rewinds, for the next row of a batch. */
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    bool boolean(int column) const { return int64(column) != 0; }
    QDate date(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_code = SQLITE_OK;
};

} // namespace rasad
