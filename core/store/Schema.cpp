#include "store/Schema.h"

#include "store/Statement.h"
#include "store/Transaction.h"
#include "text/ArabicNormalizer.h"

#include <QList>

#include <sqlite3.h>

// Every schema version is a step, never an edit of an earlier one: a file written by any release
// upgrades by running the steps after its version in order. Add v7 as a new function below.

namespace rasad {

namespace {

// v1: the record as first released: articles with their texts, actors with names and roles, places,
// events with participants and sources.
const char kVersion1[] = R"sql(
PRAGMA application_id = 1381187908; -- 'RSAD', Schema::kApplicationId

CREATE TABLE articles (
    id               INTEGER PRIMARY KEY,
    file_name        TEXT NOT NULL,
    source_path      TEXT NOT NULL DEFAULT '',
    content_hash     TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1,
    title            TEXT NOT NULL DEFAULT '',
    source           TEXT NOT NULL DEFAULT '',
    url              TEXT NOT NULL DEFAULT '',
    published        TEXT,
    published_origin TEXT NOT NULL DEFAULT 'unknown',
    encoding         TEXT NOT NULL DEFAULT '',
    original_text    TEXT NOT NULL,
    normalized_text  TEXT NOT NULL,
    furniture        TEXT NOT NULL DEFAULT '[]',
    imported_at      TEXT NOT NULL,
    UNIQUE (file_name, version)
);
CREATE INDEX articles_by_hash ON articles(content_hash);

CREATE TABLE actors (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    key        TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL DEFAULT 'person',
    name       TEXT NOT NULL,
    name_en    TEXT NOT NULL DEFAULT '',
    country    TEXT NOT NULL DEFAULT '',
    discovered INTEGER NOT NULL DEFAULT 0,
    verified   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE actor_names (
    id        INTEGER PRIMARY KEY,
    actor_id  INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    name_key  TEXT NOT NULL,
    canonical INTEGER NOT NULL DEFAULT 0,
    position  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actor_names_by_key ON actor_names(name_key);
CREATE INDEX actor_names_by_actor ON actor_names(actor_id);

CREATE TABLE roles (
    id           INTEGER PRIMARY KEY,
    actor_id     INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    title        TEXT NOT NULL,
    title_en     TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    country      TEXT NOT NULL DEFAULT '',
    date_from    TEXT,
    date_to      TEXT,
    position     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX roles_by_actor ON roles(actor_id);

CREATE TABLE places (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL,
    country  TEXT NOT NULL DEFAULT '',
    UNIQUE (name_key, country)
);

CREATE TABLE events (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    type             TEXT NOT NULL DEFAULT 'other',
    date_start       TEXT,
    date_end         TEXT,
    date_granularity TEXT NOT NULL DEFAULT 'unknown',
    date_text        TEXT NOT NULL DEFAULT '',
    date_time        TEXT,
    date_source      TEXT NOT NULL DEFAULT 'none',
    place_id         INTEGER REFERENCES places(id) ON DELETE SET NULL,
    location         TEXT NOT NULL DEFAULT '',
    location_country TEXT NOT NULL DEFAULT '',
    topics           TEXT NOT NULL DEFAULT '[]',
    confidence       REAL NOT NULL DEFAULT 0,
    planned          INTEGER NOT NULL DEFAULT 0,
    cameo            TEXT NOT NULL DEFAULT '',
    verified         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_by_date ON events(date_start);

CREATE TABLE event_participants (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    part     TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, actor_id)
);
CREATE INDEX event_participants_by_actor ON event_participants(actor_id);

CREATE TABLE event_sources (
    id               INTEGER PRIMARY KEY,
    event_id         INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id       INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_offset     INTEGER NOT NULL,
    end_offset       INTEGER NOT NULL,
    evidence         TEXT NOT NULL DEFAULT '',
    confidence       REAL NOT NULL DEFAULT 0,
    date_start       TEXT,
    date_end         TEXT,
    date_granularity TEXT NOT NULL DEFAULT 'unknown',
    date_text        TEXT NOT NULL DEFAULT '',
    date_time        TEXT,
    position         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX event_sources_by_event ON event_sources(event_id);
CREATE INDEX event_sources_by_article ON event_sources(article_id);
)sql";

// v2: full-text search. The index holds the matching keys (title and text), never the original,
// so a query normalised the same way finds a word whatever its tashkeel, tatweel or letter variants.
// External content: the keys live once, in `articles`; triggers keep the index in step.
const char kVersion2Column[] = "ALTER TABLE articles ADD COLUMN title_key TEXT NOT NULL DEFAULT '';";
const char kVersion2[] = R"sql(
CREATE VIRTUAL TABLE article_search USING fts5(
    title_key, normalized_text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_search(rowid, title_key, normalized_text)
        VALUES (new.id, new.title_key, new.normalized_text);
END;
CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
    INSERT INTO article_search(article_search, rowid, title_key, normalized_text)
        VALUES ('delete', old.id, old.title_key, old.normalized_text);
END;
CREATE TRIGGER articles_search_update AFTER UPDATE OF title_key, normalized_text ON articles BEGIN
    INSERT INTO article_search(article_search, rowid, title_key, normalized_text)
        VALUES ('delete', old.id, old.title_key, old.normalized_text);
    INSERT INTO article_search(rowid, title_key, normalized_text)
        VALUES (new.id, new.title_key, new.normalized_text);
END;
)sql";

// v3: what merging and curation need: disagreements between sources, why sources were merged, and
// actors only mentioned in passing.
const char kVersion3[] = R"sql(
ALTER TABLE events ADD COLUMN flags TEXT NOT NULL DEFAULT '[]';
ALTER TABLE events ADD COLUMN merge_note TEXT NOT NULL DEFAULT '';
ALTER TABLE actors ADD COLUMN mention_only INTEGER NOT NULL DEFAULT 0;
)sql";

// v4: researchers' corrections, kept apart from the extracted record so re-extraction never touches
// them (core/curation applies them over the baseline on every read).
const char kVersion4[] = R"sql(
CREATE TABLE corrections (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    made_at   TEXT NOT NULL,
    kind      TEXT NOT NULL,
    target    TEXT NOT NULL,
    field     TEXT NOT NULL DEFAULT '',
    old_value TEXT NOT NULL DEFAULT 'null',
    new_value TEXT NOT NULL DEFAULT 'null',
    undone    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX corrections_by_target ON corrections(target);
)sql";

// v5: whether a contact took place (planned, denied, hypothetical ones are kept apart from the record
// of contacts) and why each event exists (rule, clause, merge reasons), for `rasad-cli why`.
const char kVersion5[] = R"sql(
ALTER TABLE events ADD COLUMN factuality TEXT NOT NULL DEFAULT 'happened';
ALTER TABLE events ADD COLUMN provenance TEXT NOT NULL DEFAULT '';
ALTER TABLE actors ADD COLUMN merge_note TEXT NOT NULL DEFAULT '';
UPDATE events SET factuality = 'planned' WHERE planned = 1;
)sql";

// v6: the index also holds the title and text as written, so a researcher's own MATCH in the sqlite3
// shell finds a word spelled as the article spells it (docs/schema.md); the app keeps matching the
// keys through a column filter. Columns are added after the keys so the app's snippet() column and
// bm25() weights keep their places. External content again, rebuilt from `articles`.
const char kVersion6[] = R"sql(
DROP TRIGGER articles_search_insert;
DROP TRIGGER articles_search_delete;
DROP TRIGGER articles_search_update;
DROP TABLE article_search;

CREATE VIRTUAL TABLE article_search USING fts5(
    title_key, normalized_text, title, original_text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_search(rowid, title_key, normalized_text, title, original_text)
        VALUES (new.id, new.title_key, new.normalized_text, new.title, new.original_text);
END;
CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
    INSERT INTO article_search(article_search, rowid, title_key, normalized_text, title, original_text)
        VALUES ('delete', old.id, old.title_key, old.normalized_text, old.title, old.original_text);
END;
CREATE TRIGGER articles_search_update AFTER UPDATE OF title_key, normalized_text, title, original_text ON articles
BEGIN
    INSERT INTO article_search(article_search, rowid, title_key, normalized_text, title, original_text)
        VALUES ('delete', old.id, old.title_key, old.normalized_text, old.title, old.original_text);
    INSERT INTO article_search(rowid, title_key, normalized_text, title, original_text)
        VALUES (new.id, new.title_key, new.normalized_text, new.title, new.original_text);
END;

INSERT INTO article_search(article_search) VALUES ('rebuild');
)sql";

// v7: the store writes each article's index row itself (Store::addArticle), so inserts need no
// statement journal; deletions and updates, rare and made by hand too, keep their triggers.
const char kVersion7[] = R"sql(
DROP TRIGGER articles_search_insert;
)sql";

// v8: how far the record is extracted. Articles are stored in batches and extracted after the last one;
// a process killed in between leaves articles above `extracted_through`, which the next import (or
// opening the project) extracts. A file upgraded to v8 is taken as extracted as far as it goes.
const char kVersion8[] = R"sql(
CREATE TABLE store_state (
    key   TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO store_state (key, value) VALUES ('extracted_through', (SELECT coalesce(max(id), 0) FROM articles));
)sql";

// v9: the full-text index is written after the articles, by a second connection while extraction runs
// (Store::indexPendingArticles), so the two largest costs of an import share the cores. `indexed_through`
// says how far the index goes; deleting or changing an article touches the index only where it is.
const char kVersion9[] = R"sql(
INSERT INTO store_state (key, value) VALUES ('indexed_through', (SELECT coalesce(max(id), 0) FROM articles));
DROP TRIGGER articles_search_delete;
DROP TRIGGER articles_search_update;
CREATE TRIGGER articles_search_delete AFTER DELETE ON articles
WHEN old.id <= (SELECT value FROM store_state WHERE key = 'indexed_through')
BEGIN
    INSERT INTO article_search(article_search, rowid, title_key, normalized_text, title, original_text)
        VALUES ('delete', old.id, old.title_key, old.normalized_text, old.title, old.original_text);
END;
CREATE TRIGGER articles_search_update AFTER UPDATE OF title_key, normalized_text, title, original_text ON articles
WHEN old.id <= (SELECT value FROM store_state WHERE key = 'indexed_through')
BEGIN
    INSERT INTO article_search(article_search, rowid, title_key, normalized_text, title, original_text)
        VALUES ('delete', old.id, old.title_key, old.normalized_text, old.title, old.original_text);
    INSERT INTO article_search(rowid, title_key, normalized_text, title, original_text)
        VALUES (new.id, new.title_key, new.normalized_text, new.title, new.original_text);
END;
)sql";

bool execSql(sqlite3 *db, const char *sql, QString *message)
{
    char *raw = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &raw) == SQLITE_OK)
        return true;
    *message = QString::fromUtf8(raw ? raw : sqlite3_errmsg(db));
    sqlite3_free(raw);
    return false;
}

bool stepTo1(sqlite3 *db, QString *message)
{
    return execSql(db, kVersion1, message);
}

bool stepTo2(sqlite3 *db, QString *message)
{
    if (!execSql(db, kVersion2Column, message))
        return false;
    // Titles had no key in v1; derive them here (the key function is C++, not SQL), before the
    // triggers exist: an update trigger would try to remove index entries that were never added.
    QList<std::pair<qint64, QString>> titles;
    {
        Statement select(db, "SELECT id, title FROM articles");
        while (select.next())
            titles.append({select.int64(0), select.text(1)});
        if (select.failed()) { // a damaged page: keys for some titles only would break search unnoticed
            *message = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
    }
    Statement update(db, "UPDATE articles SET title_key = ?1 WHERE id = ?2");
    for (const auto &[id, title] : titles) {
        update.reset();
        if (!update.bind(1, matchingKey(title)).bind(2, id).exec()) {
            *message = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
    }
    return execSql(db, kVersion2, message) &&
           execSql(db, "INSERT INTO article_search(article_search) VALUES ('rebuild');", message);
}

bool stepTo3(sqlite3 *db, QString *message)
{
    return execSql(db, kVersion3, message);
}

bool stepTo4(sqlite3 *db, QString *message)
{
    return execSql(db, kVersion4, message);
}

bool stepTo5(sqlite3 *db, QString *message)
{
    return execSql(db, kVersion5, message);
}

bool stepTo6(sqlite3 *db, QString *message)
{
    return execSql(db, kVersion6, message);
}

bool stepTo7(sqlite3 *db, QString *message)
{
    return execSql(db, kVersion7, message);
}

bool stepTo8(sqlite3 *db, QString *message)
{
    return execSql(db, kVersion8, message);
}

bool stepTo9(sqlite3 *db, QString *message)
{
    return execSql(db, kVersion9, message);
}

using Step = bool (*)(sqlite3 *, QString *);
constexpr Step kSteps[] = {stepTo1, stepTo2, stepTo3, stepTo4, stepTo5, stepTo6, stepTo7, stepTo8, stepTo9};
static_assert(std::size(kSteps) == Schema::kLatestVersion, "one step per schema version");

int currentVersion(sqlite3 *db)
{
    Statement s(db, "PRAGMA user_version");
    return s.next() ? s.integer(0) : 0;
}

} // namespace

const char *Schema::version1Sql()
{
    return kVersion1;
}

bool Schema::migrate(sqlite3 *db, int fromVersion, QString *message, int *sqliteCode)
{
    *sqliteCode = SQLITE_OK;
    for (int target = fromVersion + 1; target <= kLatestVersion; ++target) {
        Transaction transaction(db);
        QString why;
        if (!transaction.isActive()) {
            *sqliteCode = transaction.code();
            why = QString::fromUtf8(sqlite3_errstr(transaction.code()));
        } else if (currentVersion(db) >= target) {
            // Another connection (the GUI's import thread, a second program) took this step while
            // we waited for the write lock.
            continue;
        } else if (kSteps[target - 1](db, &why)) {
            const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(target);
            if (execSql(db, setVersion.constData(), &why) && transaction.commit())
                continue;
            *sqliteCode = sqlite3_extended_errcode(db);
            if (why.isEmpty())
                why = QString::fromUtf8(sqlite3_errmsg(db));
        }
        *message = QStringLiteral("cannot upgrade the database from schema v%1 to v%2: %3")
                       .arg(target - 1)
                       .arg(target)
                       .arg(why);
        return false;
    }
    return true;
}

} // namespace rasad
