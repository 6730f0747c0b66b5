#pragma once

#include "model/Dataset.h"

#include <QHash>
#include <QList>
#include <QString>

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
    QString snippet;
};

/**
 * The project file: one SQLite database (see Schema.cpp for the tables and migrations).
 * Every write runs in a transaction; a failed write leaves the file as it was.
 */
class Store
{
public:
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /** Opens or creates `path`, migrating an older schema step by step. Null and `error` set on failure. */
    static std::unique_ptr<Store> open(const QString &path, StoreError *error);
    /** The default project file: QStandardPaths::AppDataLocation/rasad.sqlite. */
    static QString defaultPath();

    QString path() const;
    int schemaVersion() const;

    // Articles ------------------------------------------------------------------------------
    /** Adds `article` in one transaction; sets article.id and article.version. Same content hash: Duplicate. */
    AddOutcome addArticle(Article &article, StoreError *error);
    std::optional<Article> article(qint64 id) const;       // with its text
    QList<Article> articles(bool withText = false) const;  // ordered by id
    QList<SearchHit> search(const QString &query, int limit = 50) const;

    // Extraction results: replaced together, in one transaction ----------------------------
    /**
     * Replaces every extracted actor and event with `actors` and `events`. Actors are matched to
     * existing rows by Actor::key so their ids stay stable across re-extraction; Participant::actorId
     * in `events` refers to the *index* in `actors` on input. Returns the stored dataset ids via the
     * out-parameters' id fields.
     */
    bool replaceExtraction(QList<Actor> &actors, QList<Event> &events, StoreError *error);

    /** Articles (without text), actors and events with participants and sources. */
    Dataset loadDataset() const;

    sqlite3 *handle() const; // for the rare query the API above does not cover

private:
    explicit Store(sqlite3 *db, QString path);
    sqlite3 *m_db = nullptr;
    QString m_path;
};

} // namespace rasad
