// Copying what is readable out of a damaged project file, table by table, row id by row id.
#include "store/StoreRecovery.h"

#include "store/Schema.h"
#include "store/Statement.h"
#include "text/ArabicNormalizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <QStringList>

#include <sqlite3.h>

#include <limits>

namespace rasad {

namespace {

constexpr qint64 kNoLowerBound = std::numeric_limits<qint64>::min();
constexpr qint64 kHighestId = std::numeric_limits<qint64>::max();

QString quoted(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

struct Column
{
    QString name;
    QString type;
    int pk = 0;
};

QList<Column> columnsOf(sqlite3 *db, const QString &table)
{
    QList<Column> columns;
    const QByteArray sql = "PRAGMA table_info(" + quoted(table).toUtf8() + ")";
    Statement s(db, sql.constData());
    while (s.next())
        columns.append({s.text(1), s.text(2), s.integer(5)});
    return columns;
}

/** The table's INTEGER PRIMARY KEY column, which is its row id; empty when the row id is separate. */
QString rowIdAlias(const QList<Column> &columns)
{
    QString alias;
    int keys = 0;
    for (const Column &c : columns) {
        if (c.pk > 0) {
            ++keys;
            if (c.type.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
                alias = c.name;
        }
    }
    return keys == 1 ? alias : QString();
}

/** One table's copy: reads from `rowid >= from` in id order and inserts what it reads. */
class TableCopier
{
public:
    TableCopier(sqlite3 *from, sqlite3 *to, const QString &table, const QStringList &columns, bool copyRowId)
        : m_from(from), m_to(to)
    {
        QStringList names;
        QStringList params;
        if (copyRowId) {
            names << QStringLiteral("rowid");
            params << QStringLiteral("?");
        }
        for (const QString &c : columns) {
            names << quoted(c);
            params << QStringLiteral("?");
        }
        m_values = int(columns.size());
        m_copyRowId = copyRowId;
        QStringList selected{QStringLiteral("rowid")};
        for (const QString &c : columns)
            selected << quoted(c);
        const QString select = QStringLiteral("SELECT ") + selected.join(QStringLiteral(", ")) +
                               QStringLiteral(" FROM ") + quoted(table) +
                               QStringLiteral(" WHERE rowid >= ?1 ORDER BY rowid");
        m_scanSql = select.toUtf8();
        m_probeSql = (select + QStringLiteral(" LIMIT 1")).toUtf8();
        m_insertSql =
            (QStringLiteral("INSERT INTO ") + quoted(table) + QStringLiteral(" (") + names.join(QStringLiteral(", ")) +
             QStringLiteral(") VALUES (") + params.join(QStringLiteral(", ")) + QLatin1Char(')'))
                .toUtf8();
    }

    enum class Outcome { Done, ReadFailed, WriteFailed };

    /** Copies rows from id `from` on; `last` is the last id copied, `copied` counts them. */
    Outcome scan(qint64 from, qint64 *last, qint64 *copied)
    {
        Statement select(m_from, m_scanSql.constData());
        Statement insert(m_to, m_insertSql.constData());
        if (!insert.isPrepared())
            return Outcome::WriteFailed;
        if (!select.isPrepared())
            return Outcome::ReadFailed;
        sqlite3_stmt *in = select.raw();
        sqlite3_stmt *out = insert.raw();
        sqlite3_bind_int64(in, 1, from);
        int rc = SQLITE_OK;
        while ((rc = sqlite3_step(in)) == SQLITE_ROW) {
            sqlite3_reset(out);
            int param = 1;
            if (m_copyRowId)
                sqlite3_bind_int64(out, param++, sqlite3_column_int64(in, 0));
            for (int c = 0; c < m_values; ++c)
                sqlite3_bind_value(out, param++, sqlite3_column_value(in, c + 1)); // unprotected values: allowed here
            if (sqlite3_step(out) != SQLITE_DONE)
                return Outcome::WriteFailed;
            *last = sqlite3_column_int64(in, 0);
            ++*copied;
        }
        return rc == SQLITE_DONE ? Outcome::Done : Outcome::ReadFailed;
    }

    enum class Probe { Row, NoMoreRows, Unreadable };

    /** Whether the first row at or after id `from` reads whole; its id in `found`. */
    Probe probe(qint64 from, qint64 *found)
    {
        Statement s(m_from, m_probeSql.constData());
        if (!s.isPrepared())
            return Probe::Unreadable;
        s.bind(1, from);
        if (s.next()) {
            *found = s.int64(0);
            return Probe::Row;
        }
        return s.failed() ? Probe::Unreadable : Probe::NoMoreRows;
    }

private:
    sqlite3 *m_from;
    sqlite3 *m_to;
    QByteArray m_scanSql;
    QByteArray m_probeSql;
    QByteArray m_insertSql;
    int m_values = 0;
    bool m_copyRowId = false;
};

qint64 saturatingAdd(qint64 a, qint64 b)
{
    return a > kHighestId - b ? kHighestId : a + b;
}

/** Copies one table around its damage. False only when writing the new file failed. */
bool copyTable(TableCopier &copier, sqlite3 *from, const QString &table, TableRecovery &result)
{
    qint64 next = kNoLowerBound;
    qint64 last = 0;
    int stalls = 0; // failed scans that copied nothing although their first row probes readable
    for (;;) {
        const qint64 before = result.copied;
        const TableCopier::Outcome outcome = copier.scan(next, &last, &result.copied);
        if (outcome == TableCopier::Outcome::WriteFailed)
            return false;
        if (outcome == TableCopier::Outcome::Done)
            return true;
        const bool progressed = result.copied > before;
        // The damage lies after the last row read (ids start at 1 in every Rasad table).
        const qint64 badFrom = progressed ? last + 1 : (next == kNoLowerBound ? std::max<qint64>(last + 1, 1) : next);
        qint64 found = 0;
        TableCopier::Probe probe = copier.probe(badFrom, &found);
        if (probe == TableCopier::Probe::Row && (progressed || stalls < 2)) {
            stalls = progressed ? 0 : stalls + 1;
            next = found; // a failure the direct seek does not meet (a damaged sibling pointer): go on from it
            continue;
        }
        stalls = 0;
        if (probe == TableCopier::Probe::NoMoreRows)
            return true;
        // Exponential search for a readable id past the damage, then binary search back to its edge.
        qint64 unreadable = badFrom;
        qint64 readable = badFrom;
        bool reached = false;
        for (qint64 step = 1; unreadable<kHighestId; step = step> kHighestId / 2 ? kHighestId : step * 2) {
            const qint64 at = saturatingAdd(unreadable, step);
            probe = copier.probe(at, &found);
            if (probe != TableCopier::Probe::Unreadable) {
                readable = at;
                reached = true;
                break;
            }
            unreadable = at;
        }
        if (reached) {
            while (readable - unreadable > 1) {
                const qint64 mid = unreadable + (readable - unreadable) / 2;
                qint64 midFound = 0;
                const TableCopier::Probe midProbe = copier.probe(mid, &midFound);
                if (midProbe == TableCopier::Probe::Unreadable) {
                    unreadable = mid;
                } else {
                    readable = mid;
                    probe = midProbe;
                    found = midFound;
                }
            }
        }
        LostRows lost;
        lost.after = badFrom - 1;
        if (reached && probe == TableCopier::Probe::Row) {
            lost.before = found;
            result.lost.append(lost);
            next = found;
            continue;
        }
        // Nothing readable after the damage: say how far the table went, if its last row still reads.
        const QByteArray sql = "SELECT max(rowid) FROM " + quoted(table).toUtf8();
        Statement highest(from, sql.constData());
        if (highest.next() && !highest.isNull(0) && highest.int64(0) > lost.after)
            lost.knownLast = highest.int64(0);
        result.lost.append(lost);
        return true;
    }
}

/** Drops (or, for ON DELETE SET NULL, unlinks) the rows whose parent row was lost. */
bool settleForeignKeys(sqlite3 *db, QHash<QString, TableRecovery *> &byTable)
{
    for (int round = 0; round < 8; ++round) { // dropping a row may orphan its own children
        struct Orphan
        {
            QString table;
            qint64 rowid;
            int fk;
        };
        QList<Orphan> orphans;
        {
            Statement check(db, "PRAGMA foreign_key_check");
            while (check.next())
                orphans.append({check.text(0), check.int64(1), check.integer(3)});
            if (check.failed())
                return false;
        }
        if (orphans.isEmpty())
            return true;
        for (const Orphan &o : std::as_const(orphans)) {
            QString column;
            QString onDelete;
            const QByteArray list = "PRAGMA foreign_key_list(" + quoted(o.table).toUtf8() + ")";
            Statement keys(db, list.constData());
            while (keys.next())
                if (keys.integer(0) == o.fk) {
                    column = keys.text(3);
                    onDelete = keys.text(6);
                }
            TableRecovery *entry = byTable.value(o.table);
            if (onDelete.compare(QLatin1String("SET NULL"), Qt::CaseInsensitive) == 0 && !column.isEmpty()) {
                const QByteArray sql = "UPDATE " + quoted(o.table).toUtf8() + " SET " + quoted(column).toUtf8() +
                                       " = NULL WHERE rowid = ?1";
                Statement update(db, sql.constData());
                if (!update.bind(1, o.rowid).exec())
                    return false;
                if (entry)
                    ++entry->cleared;
            } else {
                const QByteArray sql = "DELETE FROM " + quoted(o.table).toUtf8() + " WHERE rowid = ?1";
                Statement remove(db, sql.constData());
                if (!remove.bind(1, o.rowid).exec())
                    return false;
                if (entry && sqlite3_changes(db) > 0) {
                    ++entry->dropped;
                    --entry->copied;
                }
            }
        }
    }
    return false;
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

std::optional<RecoveryReport> recoverStore(const QString &damagedPath, const QString &newPath, StoreError *error)
{
    const QString damagedFile = QDir::toNativeSeparators(damagedPath);
    const QString newFile = QDir::toNativeSeparators(newPath);
    auto fail = [error](const QString &message) -> std::optional<RecoveryReport> {
        if (error)
            error->message = message;
        return std::nullopt;
    };
    if (!QFileInfo::exists(damagedPath) || QFileInfo(damagedPath).isDir())
        return fail(damagedFile + QStringLiteral(": no such database file"));
    if (QFileInfo::exists(newPath))
        return fail(newFile + QStringLiteral(": already exists; recovery writes a new file (choose another name)"));
    if (QFileInfo(damagedPath).canonicalFilePath() == QFileInfo(newPath).absoluteFilePath())
        return fail(newFile + QStringLiteral(": is the damaged file itself"));

    // The damaged file: read-only, and with query_only too, so not even a checkpoint writes into it.
    sqlite3 *from = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(damagedPath).constData(), &from, SQLITE_OPEN_READONLY, nullptr);
    const auto closeFrom = qScopeGuard([&from] { sqlite3_close_v2(from); });
    if (rc != SQLITE_OK)
        return fail(damagedFile + QStringLiteral(": cannot open it to read: ") + QString::fromUtf8(sqlite3_errstr(rc)));
    sqlite3_exec(from, "PRAGMA query_only = ON", nullptr, nullptr, nullptr);
    int version = 0;
    int applicationId = 0;
    QStringList tablesInDamaged;
    {
        Statement v(from, "PRAGMA user_version");
        Statement a(from, "PRAGMA application_id");
        Statement t(from, "SELECT name FROM sqlite_schema WHERE type = 'table'");
        if (!v.next() || !a.next())
            return fail(damagedFile + QStringLiteral(": cannot read its header (") +
                        QString::fromUtf8(sqlite3_errmsg(from)) + QStringLiteral("); nothing can be recovered"));
        version = v.integer(0);
        applicationId = a.integer(0);
        while (t.next())
            tablesInDamaged << t.text(0);
        if (t.failed())
            return fail(damagedFile + QStringLiteral(": its list of tables is damaged (") +
                        QString::fromUtf8(sqlite3_errmsg(from)) + QStringLiteral("); nothing can be recovered"));
    }
    if (applicationId != Schema::kApplicationId)
        return fail(damagedFile + QStringLiteral(": is not a Rasad project file"));
    if (version > Schema::kLatestVersion)
        return fail(
            damagedFile +
            QStringLiteral(": was written by a newer Rasad (schema v%1); recover it with that version").arg(version));

    // The new file, with today's schema, made by the store itself.
    {
        StoreError created;
        if (!Store::open(newPath, &created)) {
            removeDatabaseFiles(newPath);
            return fail(created.message);
        }
    }
    sqlite3 *to = nullptr;
    bool keep = false;
    const auto closeTo = qScopeGuard([&] {
        sqlite3_close_v2(to);
        if (!keep)
            removeDatabaseFiles(newPath);
    });
    if (sqlite3_open_v2(QFile::encodeName(newPath).constData(), &to, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return fail(newFile + QStringLiteral(": cannot open the new file"));
    auto writeFailed = [&] {
        return fail(newFile + QStringLiteral(": cannot write the recovered rows: ") +
                    QString::fromUtf8(sqlite3_errmsg(to)) + QStringLiteral(" (the new file was removed)"));
    };
    // Foreign keys off while copying: a child may come before its parent; orphans are settled after.
    if (sqlite3_exec(to, "PRAGMA foreign_keys = OFF; BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return writeFailed();

    // Triggers off too (dropped, made again below): they would index every article in the search
    // index one by one, which is rebuilt once at the end anyway.
    QStringList triggers;
    QStringList tables;
    {
        Statement t(to, "SELECT sql FROM sqlite_schema WHERE type = 'trigger'");
        while (t.next())
            triggers << t.text(0);
        Statement n(to, "SELECT name FROM sqlite_schema WHERE type = 'trigger'");
        QStringList names;
        while (n.next())
            names << n.text(0);
        for (const QString &name : std::as_const(names)) {
            const QByteArray sql = "DROP TRIGGER " + quoted(name).toUtf8();
            if (sqlite3_exec(to, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
                return writeFailed();
        }
        // Ordinary tables, in the order the schema made them; the search index's own tables are rebuilt.
        Statement s(to, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                        "AND name NOT LIKE 'article_search%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY rowid");
        while (s.next())
            tables << s.text(0);
    }

    // How far the record was extracted comes from the damaged file, not from the new file's upgrade.
    if (sqlite3_exec(to, "DELETE FROM store_state", nullptr, nullptr, nullptr) != SQLITE_OK)
        return writeFailed();
    RecoveryReport report;
    report.tables.reserve(tables.size());
    QHash<QString, TableRecovery *> byTable;
    bool titleKeysMissing = false;
    bool factualityMissing = false;
    for (const QString &table : std::as_const(tables)) {
        TableRecovery entry;
        entry.table = table;
        report.tables.append(entry);
        TableRecovery &result = report.tables.last();
        if (!tablesInDamaged.contains(table)) {
            result.missing = true;
            continue;
        }
        const QList<Column> target = columnsOf(to, table);
        QStringList sourceNames;
        for (const Column &c : columnsOf(from, table))
            sourceNames << c.name;
        QStringList common;
        for (const Column &c : target)
            if (sourceNames.contains(c.name))
                common << c.name;
            else if (table == QLatin1String("articles") && c.name == QLatin1String("title_key"))
                titleKeysMissing = true; // a v1 file: the keys are derived below, as the v2 upgrade does
            else if (table == QLatin1String("events") && c.name == QLatin1String("factuality"))
                factualityMissing = true;
        TableCopier copier(from, to, table, common, rowIdAlias(target).isEmpty());
        if (!copyTable(copier, from, table, result))
            return writeFailed();
    }
    for (TableRecovery &t : report.tables)
        byTable.insert(t.table, &t);

    if (titleKeysMissing) {
        QList<std::pair<qint64, QString>> titles;
        Statement s(to, "SELECT id, title FROM articles");
        while (s.next())
            titles.append({s.int64(0), s.text(1)});
        Statement update(to, "UPDATE articles SET title_key = ?2 WHERE id = ?1");
        for (const auto &[id, title] : std::as_const(titles)) {
            update.reset();
            if (!update.bind(1, id).bind(2, matchingKey(title)).exec())
                return writeFailed();
        }
    }
    if (factualityMissing && sqlite3_exec(to, "UPDATE events SET factuality = 'planned' WHERE planned = 1", nullptr,
                                          nullptr, nullptr) != SQLITE_OK)
        return writeFailed();
    if (!settleForeignKeys(to, byTable))
        return writeFailed();
    // A file from before v8 is taken as extracted as far as it went, as its upgrade would have.
    if (sqlite3_exec(to,
                     "INSERT OR IGNORE INTO store_state (key, value) "
                     "VALUES ('extracted_through', (SELECT coalesce(max(id), 0) FROM articles))",
                     nullptr, nullptr, nullptr) != SQLITE_OK)
        return writeFailed();
    // AUTOINCREMENT counters as high as they were, so a deleted id is never given out again.
    {
        Statement seq(from, "SELECT name, seq FROM sqlite_sequence");
        Statement raise(to, "UPDATE sqlite_sequence SET seq = max(seq, ?2) WHERE name = ?1");
        while (seq.next()) {
            raise.reset();
            raise.bind(1, seq.text(0)).bind(2, seq.int64(1)).exec();
        }
    }
    for (const QString &sql : std::as_const(triggers)) {
        if (sqlite3_exec(to, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return writeFailed();
    }
    // The index is rebuilt from every recovered article: it goes as far as they do.
    if (sqlite3_exec(to,
                     "INSERT INTO article_search(article_search) VALUES ('rebuild'); "
                     "INSERT INTO store_state (key, value) VALUES ('indexed_through', "
                     "(SELECT coalesce(max(id), 0) FROM articles)) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value; COMMIT",
                     nullptr, nullptr, nullptr) != SQLITE_OK)
        return writeFailed();

    Statement check(to, "PRAGMA quick_check");
    QStringList problems;
    while (check.next())
        problems << check.text(0);
    if (problems != QStringList{QStringLiteral("ok")})
        return fail(newFile + QStringLiteral(": the recovered file does not pass PRAGMA quick_check (") +
                    problems.join(QStringLiteral("; ")) + QStringLiteral("); it was removed"));
    keep = true;
    return report;
}

} // namespace rasad
