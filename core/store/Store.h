#pragma once

#include "curation/Correction.h"
#include "model/Dataset.h"

#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

struct sqlite3;

namespace rasad {

/** Why a store operation failed, in one line that names the file and the problem. */
struct StoreError
{
    QString message;
    explicit operator bool() const { return !message.isEmpty(); }
};

/** What adding an article did. */
enum class AddOutcome { Inserted, Duplicate, NewVersion, Failed };

/** A full-text hit: the article, its rank (lower is better, FTS5 bm25) and a snippet of the original text. */
struct SearchHit
{
    qint64 articleId = 0;
    QString fileName;
    QString title;
    double rank = 0.0;
    QString snippet;            // original text around the match, "…" where cut, whitespace runs as one space
    int snippetStart = 0;       // where the snippet's text begins in the article's original text
    QList<TextSpan> highlights; // the matched words, as offsets into `snippet`
};

/**
 * The project file: one SQLite database (see Schema.cpp for the tables and migrations).
 * Every write runs in a transaction; a failed write leaves the file as it was.
 */
class Transaction;

class Store
{
public:
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /**
     * Opens or creates `path`, migrating an older schema step by step. Null and `error` set on failure.
     * An existing file is checked first (PRAGMA quick_check); one that fails is still opened, but
     * read-only: damage() says what is wrong, and every write fails without touching the file.
     */
    static std::unique_ptr<Store> open(const QString &path, StoreError *error);
    /** The default project file: QStandardPaths::AppDataLocation/rasad.sqlite. */
    static QString defaultPath();
    /**
     * A second connection to this store's file, for work on another thread (the full-text index while
     * extraction runs): the file was checked and upgraded when this one opened it. Null when this
     * store is read-only or the file cannot be opened again.
     */
    std::unique_ptr<Store> openAnother(StoreError *error) const;

    QString path() const;
    int schemaVersion() const;
    /**
     * Why the store is read-only: the file failed PRAGMA quick_check when it was opened (a damaged
     * page). One line naming the file and the problem; empty for a healthy store.
     */
    QString damage() const { return m_damage; }
    /**
     * Why nothing may be written: the damage, or that the file or its folder is read-only (permissions,
     * a read-only medium), in which case the project is opened read-only to be viewed. Empty when writable.
     */
    QString readOnlyReason() const { return m_damage.isEmpty() ? m_readOnly : m_damage; }
    bool isReadOnly() const { return !readOnlyReason().isEmpty(); }
    /** How long a write waits for another program holding the file before failing (default 3 s). */
    void setBusyTimeout(int milliseconds);

    // Articles ------------------------------------------------------------------------------
    /**
     * Adds `article` in one transaction; sets article.id and article.version. Same content hash:
     * Duplicate. Another text under the same file name and source path: NewVersion.
     */
    AddOutcome addArticle(Article &article, StoreError *error);
    /**
     * Makes the addArticle() calls that follow one transaction, until commitArticles() or
     * rollbackArticles() (destroying the Store rolls back). The full-text index writes a segment per
     * commit, so a commit per article made storing an article cost three times as much.
     * A failed addArticle() inside leaves the transaction to the caller: roll back, store again alone.
     */
    bool beginArticles(StoreError *error);
    bool commitArticles(StoreError *error);
    void rollbackArticles();
    bool inArticles() const { return m_articles != nullptr; }
    std::optional<Article> article(qint64 id) const;      // with its text
    QList<Article> articles(bool withText = false) const; // ordered by id
    /**
     * Up to `limit` articles with ids above `afterId`, ordered by id, with the text as written (not its
     * matching keys): what extraction reads, a page at a time.
     */
    QList<Article> articlesAfter(qint64 afterId, qsizetype limit) const;
    /**
     * Full-text search, best first (bm25, title weighted above text). The query is normalised like the
     * index, so diacritics, tatweel and alef/ya/ta-marbuta forms do not matter; every word must occur,
     * alone or with a leading clitic (و ف ب ل ك ال). Empty when nothing matches or the query has no words.
     */
    QList<SearchHit> search(const QString &query, int limit = 50) const;

    // Extraction results: replaced together, in one transaction ----------------------------
    /**
     * Replaces every extracted actor and event with `actors` and `events`. Actors are matched to
     * existing rows by Actor::key so their ids stay stable across re-extraction; Participant::actorId
     * in `events` refers to the *index* in `actors` on input. Returns the stored dataset ids via the
     * out-parameters' id fields.
     *
     * On success every Actor::id, Event::id and Participant::actorId holds the stored id; on failure
     * nothing is written and the lists are left as given. Events keep their id when an event with
     * the same type and the same source spans was stored before. Rows a user marked verified are kept:
     * a verified actor keeps its name, country, aliases and roles; verified events are not replaced.
     * Actors no longer extracted are removed unless verified or still a participant of a kept event.
     * `extractedThrough` (when >= 0): the highest article id the record was extracted from, recorded in
     * the same transaction.
     */
    bool replaceExtraction(QList<Actor> &actors, QList<Event> &events, StoreError *error, qint64 extractedThrough = -1);
    /**
     * Articles stored after the record was last extracted (`extractedThrough` of the last
     * replaceExtraction): an import killed between storing and extracting leaves some; the next import
     * or opening the project extracts them. -1 when it cannot be read.
     */
    qint64 articlesAwaitingExtraction() const;
    /**
     * Writes the full-text index of the articles stored since it was last written, a batch per
     * transaction (an import calls it on a second connection while extraction runs). Stops between
     * batches when `cancel` is set; what it indexed stays.
     */
    bool indexPendingArticles(StoreError *error, const std::atomic_bool *cancel = nullptr);
    /** Articles not yet in the full-text index; -1 when it cannot be read. */
    qint64 articlesAwaitingIndex() const;
    /**
     * SQLite's PRAGMA data_version: changes when another connection (rasad-cli, an import thread, a second
     * window) commits to the file, never for this connection's own writes. -1 when it cannot be read.
     */
    qint64 dataVersion() const;

    /**
     * Articles (without text), actors and events with participants and sources: the extracted
     * baseline with the researchers' active corrections applied (core/curation).
     */
    Dataset loadDataset() const;
    /** The record exactly as extraction left it, before corrections. */
    Dataset loadBaseline() const;

    // Corrections (StoreCorrections.cpp): a log apart from the extracted record -------------
    bool addCorrection(Correction &correction, StoreError *error); // sets correction.id
    bool setCorrectionUndone(qint64 id, bool undone, StoreError *error);
    QList<Correction> corrections() const; // in id order; a read error adds to readError(), never clears it

    sqlite3 *handle() const; // for the rare query the API above does not cover

    /**
     * What went wrong in the last read (article, articles, search, loadDataset/loadBaseline, and the
     * corrections read with them), e.g. a damaged page met half-way; empty when the read was complete. Reads return
     * what they could get, so a caller that writes what it derived from a read (re-extraction) or
     * hands it on (export) must check this first: a partial read is not the record.
     */
    StoreError readError() const;

private:
    explicit Store(sqlite3 *db, QString path, QString damage);
    /** A project whose file or folder cannot be written (`why`), opened to be viewed only. */
    static std::unique_ptr<Store> openReadOnly(const QString &path, const QString &why, StoreError *error);
    /** True, with `error` set, when the store is read-only and nothing may be written. */
    bool refuseWrite(StoreError *error) const;
    /** Indexes the articles after `indexed_through` up to `lastId` and moves it there (inside a transaction). */
    bool indexArticlesUpTo(qint64 lastId);
    sqlite3 *m_db = nullptr;
    /** addArticle()'s statements, prepared once: preparing them per article cost a tenth of storing it. */
    struct ArticleStatements;
    std::unique_ptr<ArticleStatements> m_articleStatements;
    std::unique_ptr<Transaction> m_articles; // beginArticles() … commitArticles()
    QString m_path;
    QString m_damage;
    QString m_readOnly; // the file or its folder cannot be written: opened to be read only
    mutable QString m_readError;
    void noteRead(int code) const;
};

} // namespace rasad
