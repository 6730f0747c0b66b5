#include "store/Statement.h"

namespace rasad {

Statement::Statement(sqlite3 *db, const char *sql)
{
    m_code = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    if (m_code != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const QString &value)
{
    if (!m_stmt)
        return *this;
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
    } else {
        // The file stores UTF-8: Qt's converter is several times faster than the one SQLite runs on
        // UTF-16 input (for each bind, and again when FTS5 reads the value).
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_stmt)
        sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QDate &value)
{
    if (!value.isValid())
        return bindNull(index);
    return bind(index, value.toString(Qt::ISODate));
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::next()
{
    if (!m_stmt)
        return false;
    m_code = sqlite3_step(m_stmt);
    return m_code == SQLITE_ROW;
}

bool Statement::exec()
{
    if (!m_stmt)
        return false;
    m_code = sqlite3_step(m_stmt);
    if (m_code == SQLITE_ROW) { // a statement run for its effect may still yield a row (PRAGMA ...)
        while ((m_code = sqlite3_step(m_stmt)) == SQLITE_ROW) {
        }
    }
    return m_code == SQLITE_DONE;
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return !m_stmt || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    if (isNull(column))
        return {};
    // Read as stored (UTF-8) and converted by Qt, which is faster than SQLite's UTF-16 conversion.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    QString text = QString::fromUtf8(data, bytes);
    text.squeeze(); // fromUtf8 allocates a unit per byte: twice the need for Arabic
    return text;
}

qint64 Statement::int64(int column) const
{
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : 0;
}

double Statement::real(int column) const
{
    return m_stmt ? sqlite3_column_double(m_stmt, column) : 0.0;
}

QDate Statement::date(int column) const
{
    return isNull(column) ? QDate() : QDate::fromString(text(column), Qt::ISODate);
}

} // namespace rasad
