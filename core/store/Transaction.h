#pragma once

#include <sqlite3.h>

namespace rasad {

/**
 * RAII write transaction: BEGIN IMMEDIATE on construction (so a busy file waits for the busy timeout
 * up front instead of failing half-way), ROLLBACK on destruction unless commit() succeeded.
 */
class Transaction
{
public:
    explicit Transaction(sqlite3 *db) : m_db(db)
    {
        m_code = sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        m_active = m_code == SQLITE_OK;
    }
    ~Transaction()
    {
        if (m_active)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    /** The result code of BEGIN or COMMIT, whichever failed last. */
    int code() const { return m_code; }

    bool commit()
    {
        if (!m_active)
            return false;
        m_code = sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
        if (m_code == SQLITE_OK)
            m_active = false;
        return m_code == SQLITE_OK;
    }

private:
    sqlite3 *m_db;
    int m_code = SQLITE_OK;
    bool m_active = false;
};

} // namespace rasad
