// The store talks to SQLite through its C API rather than QtSql: we need FTS5 over our own
// normalised column with bm25()/snippet(), precise transaction control (BEGIN IMMEDIATE, one
// transaction per write), sqlite3_busy_timeout and the exact result codes (BUSY, READONLY, NOTADB)
// to give one clear message per failure, and no driver-plugin indirection that may be missing at
// run time.
#include "store/Store.h"

#include "store/Schema.h"
#include "store/Statement.h"
#include "store/StoreMessages.h"
#include "store/Transaction.h"
#include "text/ArabicNormalizer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>

namespace rasad {

namespace {

constexpr int kDefaultBusyTimeoutMs = 3000;

/** One line naming the file and what went wrong, from an SQLite result code. */
QString describeFailure(const QString &path, int code, const QString &detail = {})
{
    const QString file = QDir::toNativeSeparators(path);
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return file + StoreMessages::tr(": database is locked by another program (close it and try again)");
    case SQLITE_READONLY:
        return file + StoreMessages::tr(": the database file is read-only");
    case SQLITE_NOTADB:
        return file + StoreMessages::tr(": file is not a database (or it is encrypted or damaged)");
    case SQLITE_CORRUPT:
        return file + StoreMessages::tr(": the database file is damaged (corrupt)");
    case SQLITE_FULL:
        return file + StoreMessages::tr(": the disk is full");
    case SQLITE_CANTOPEN:
        return file + StoreMessages::tr(": cannot open the database file");
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return file + StoreMessages::tr(": permission denied");
    default:
        break;
    }
    return file + QStringLiteral(": ") + (detail.isEmpty() ? QString::fromUtf8(sqlite3_errstr(code)) : detail);
}

void setError(StoreError *error, const QString &message)
{
    if (error)
        error->message = message;
}

QString timeText(const QTime &time)
{
    return time.isValid() ? time.toString(Qt::ISODate) : QString();
}

QTime timeFrom(const QString &text)
{
    return text.isEmpty() ? QTime() : QTime::fromString(text, Qt::ISODate);
}

QString toJsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray jsonArrayFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QString stringListJson(const QStringList &list)
{
    return toJsonText(QJsonArray::fromStringList(list));
}

QStringList stringListFrom(const QString &text)
{
    QStringList list;
    for (const QJsonValue &v : jsonArrayFrom(text))
        list << v.toString();
    return list;
}

QString furnitureJson(const QList<TextSpan> &spans)
{
    QJsonArray array;
    for (const TextSpan &span : spans)
        array.append(QJsonObject{{QStringLiteral("start"), span.start},
                                 {QStringLiteral("end"), span.end},
                                 {QStringLiteral("kind"), span.kind}});
    return toJsonText(array);
}

QList<TextSpan> furnitureFrom(const QString &text)
{
    QList<TextSpan> spans;
    for (const QJsonValue &v : jsonArrayFrom(text)) {
        const QJsonObject o = v.toObject();
        spans.append({o.value(QStringLiteral("start")).toInt(), o.value(QStringLiteral("end")).toInt(),
                      o.value(QStringLiteral("kind")).toString()});
    }
    return spans;
}

QString kindName(ActorKind kind)
{
    return kind == ActorKind::Organization ? QStringLiteral("organization") : QStringLiteral("person");
}

ActorKind kindFrom(const QString &name)
{
    return name == QLatin1String("organization") ? ActorKind::Organization : ActorKind::Person;
}

/** Binds a FuzzyDate to five consecutive parameters: start, end, granularity, text, time. */
void bindDate(Statement &s, int first, const FuzzyDate &date)
{
    s.bind(first, date.start)
        .bind(first + 1, date.end)
        .bind(first + 2, granularityName(date.granularity))
        .bind(first + 3, date.text.isNull() ? QStringLiteral("") : date.text)
        .bind(first + 4, timeText(date.time));
}

FuzzyDate readDate(const Statement &s, int first)
{
    FuzzyDate date;
    date.start = s.date(first);
    date.end = s.date(first + 1);
    date.granularity = granularityFromName(s.text(first + 2));
    date.text = s.text(first + 3);
    date.time = timeFrom(s.text(first + 4));
    return date;
}

/** The event's identity across re-extraction: its type and the spans it was read from. */
QString eventSignature(const QString &type, QList<std::tuple<qint64, int, int>> spans)
{
    std::sort(spans.begin(), spans.end());
    QString signature = type;
    for (const auto &[article, start, end] : spans)
        signature += QStringLiteral("|%1:%2-%3").arg(article).arg(start).arg(end);
    return signature;
}

// Search -----------------------------------------------------------------------------------------

/** Runs of letters and digits in a matching key: the words FTS5's unicode61 tokenizer indexes. */
QStringList keyWords(const QString &key)
{
    QStringList words;
    QString current;
    for (const QChar c : key) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            words << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        words << current;
    return words;
}

/**
 * An FTS5 query that needs every word, each alone or after a proclitic: the index holds whole
 * tokens, and Arabic writes و ف ب ل ك and the article ال onto the word ("وموسكو", "بالعاصمة").
 */
QString ftsQuery(const QStringList &words)
{
    static const QString kAl = QStringLiteral("\u0627\u0644"); // ال
    static const QStringList kProclitics{QStringLiteral("\u0648"), QStringLiteral("\u0641"), QStringLiteral("\u0628"),
                                         QStringLiteral("\u0644"), QStringLiteral("\u0643")}; // و ف ب ل ك
    QStringList groups;
    for (const QString &word : words) {
        QStringList forms{word};
        const bool arabic = isArabicLetter(word.front().unicode());
        if (arabic && word.size() >= 2) {
            for (const QString &p : kProclitics)
                forms << p + word;
            if (!word.startsWith(kAl)) {
                forms << kAl + word;
                for (const QString &p : kProclitics)
                    forms << (p == QStringLiteral("\u0644") ? p + QStringLiteral("\u0644") + word : p + kAl + word);
            } else {
                // ل + ال writes as لل: "للمدرسة"
                const QString stem = word.mid(2);
                forms << QStringLiteral("\u0644\u0644") + stem << QStringLiteral("\u0648\u0644\u0644") + stem
                      << QStringLiteral("\u0641\u0644\u0644") + stem;
            }
        }
        QStringList quoted;
        for (const QString &f : forms)
            quoted << QLatin1Char('"') + f + QLatin1Char('"');
        groups << QLatin1Char('(') + quoted.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return groups.join(QStringLiteral(" AND "));
}

constexpr char16_t kMarkOpen = 0x0001;
constexpr char16_t kMarkClose = 0x0002;

/**
 * Turns FTS5's snippet of the key (with \x01…\x02 around matches) into a snippet of the original
 * text: the key substring is located in the article's key, then mapped back through the offset map.
 */
void fillSnippet(SearchHit &hit, const QString &keySnippet, const QString &original)
{
    QString plain;
    QList<std::pair<int, int>> marks; // in `plain`
    int open = -1;
    for (const QChar c : keySnippet) {
        if (c.unicode() == kMarkOpen) {
            open = int(plain.size());
        } else if (c.unicode() == kMarkClose) {
            if (open >= 0)
                marks.append({open, int(plain.size())});
            open = -1;
        } else {
            plain += c;
        }
    }
    const NormalizedText normalized = normalizeArabic(original);
    const qsizetype at = plain.isEmpty() ? -1 : normalized.key.indexOf(plain);
    if (at < 0) { // the stored key differs from today's normaliser: show the key itself
        hit.snippet = plain;
        hit.snippetStart = 0;
        for (const auto &[s, e] : marks)
            hit.highlights.append({s, e, QStringLiteral("match")});
        return;
    }
    const int from = normalized.originalStart(int(at));
    const int to = normalized.originalEnd(int(at + plain.size()));
    // Whitespace runs (line breaks, indentation) become one space; `newIndex` follows the change
    // so the highlights still fall on the matched words.
    const QStringView raw = QStringView(original).mid(from, to - from);
    QString text;
    text.reserve(raw.size());
    QList<int> newIndex(raw.size() + 1, 0);
    for (qsizetype i = 0; i < raw.size(); ++i) {
        newIndex[i] = int(text.size());
        if (raw[i].isSpace()) {
            if (!text.isEmpty() && !text.endsWith(QLatin1Char(' ')))
                text += QLatin1Char(' ');
        } else {
            text += raw[i];
        }
    }
    newIndex[raw.size()] = int(text.size());
    const bool cutBefore = from > 0;
    const bool cutAfter = to < original.size();
    const int shift = cutBefore ? 1 : 0;
    hit.snippet = (cutBefore ? QStringLiteral("…") : QString()) + text + (cutAfter ? QStringLiteral("…") : QString());
    hit.snippetStart = from;
    for (const auto &[s, e] : marks) {
        const int os = newIndex.at(normalized.originalStart(int(at) + s) - from) + shift;
        const int oe = newIndex.at(normalized.originalEnd(int(at) + e) - from) + shift;
        hit.highlights.append({os, oe, QStringLiteral("match")});
    }
}

/** PRAGMA user_version and application_id: the first read, where a file of random bytes shows itself. */
int readHeader(sqlite3 *db, int *version, int *applicationId)
{
    Statement v(db, "PRAGMA user_version");
    if (!v.next())
        return v.code();
    *version = v.integer(0);
    Statement a(db, "PRAGMA application_id");
    if (!a.next())
        return a.code();
    *applicationId = a.integer(0);
    return SQLITE_OK;
}

/**
 * A damaged page anywhere (articles, the search index, a table of events), before any work reads half
 * the record. quick_check reads every page but skips integrity_check's index-to-table cross-checks:
 * ~30 ms for 5,000 articles (48 MB, warm cache), linear in the file size. Returns the damage in one line,
 * empty when the file is whole; `failedCode` is set when the check itself failed for another reason.
 */
QString damageOf(sqlite3 *db, const QString &file, int *failedCode)
{
    *failedCode = SQLITE_OK;
    Statement s(db, "PRAGMA quick_check(3)");
    QStringList problems;
    while (s.next())
        problems << s.text(0).simplified();
    if (s.failed()) {
        const int primary = s.code() & 0xff;
        if (primary != SQLITE_CORRUPT && primary != SQLITE_IOERR) {
            *failedCode = s.code(); // locked, not a database: not damage
            return {};
        }
        problems = QStringList{QString::fromUtf8(sqlite3_errmsg(db))};
    }
    if (problems == QStringList{QStringLiteral("ok")})
        return {};
    return file + StoreMessages::tr(": the database file is damaged (PRAGMA quick_check: ") +
           problems.join(QStringLiteral("; ")) + QLatin1Char(')');
}
} // namespace

// Opening --------------------------------------------------------------------------------------------

Store::Store(sqlite3 *db, QString path, QString damage) : m_db(db), m_path(std::move(path)), m_damage(std::move(damage))
{
}

struct Store::ArticleStatements
{
    explicit ArticleStatements(sqlite3 *db)
        : same(db, "SELECT id, version FROM articles WHERE content_hash = ?1 ORDER BY id LIMIT 1"),
          latest(db, "SELECT max(version), max(source_path = ?2) FROM articles WHERE file_name = ?1"), insert(db, R"sql(
        INSERT INTO articles (file_name, source_path, content_hash, version, title, title_key, source, url,
                              published, published_origin, encoding, original_text, normalized_text,
                              furniture, imported_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15))sql")
    {
    }
    bool isPrepared() const
    {
        return same.isPrepared() && latest.isPrepared() && insert.isPrepared();
    }
    void reset()
    {
        same.reset();
        latest.reset();
        insert.reset();
    }

    Statement same;
    Statement latest;
    Statement insert;
};

Store::~Store()
{
    m_articles.reset();          // an unfinished batch of articles is rolled back
    m_articleStatements.reset(); // finalised before the connection closes
    sqlite3_close_v2(m_db);
}

QString Store::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/rasad");
    QDir().mkpath(dir);
    return dir + QStringLiteral("/rasad.sqlite");
}

std::unique_ptr<Store> Store::open(const QString &path, StoreError *error)
{
    const QString file = QDir::toNativeSeparators(path);
    if (path.isEmpty()) {
        setError(error, QStringLiteral("no database file given"));
        return nullptr;
    }
    const QFileInfo info(path);
    if (info.exists() && info.isDir()) {
        setError(error, file + StoreMessages::tr(": is a folder, not a database file"));
        return nullptr;
    }
    // Permission bits as well as access(): a file the user made read-only stays untouched even when
    // Rasad runs with rights that could override them (root). Such a project is opened to be viewed.
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    const QFileInfo folder(info.absolutePath());
    QString readOnly;
    if (info.exists() && (!info.isWritable() || !(info.permissions() & writeBits)))
        readOnly = file + StoreMessages::tr(": the database file is read-only");
    else if (folder.isDir() && (!folder.isWritable() || !(folder.permissions() & writeBits)))
        // SQLite writes FILE-wal and FILE-shm beside the file: a read-only folder cannot take them.
        readOnly = QDir::toNativeSeparators(folder.absoluteFilePath()) +
                   StoreMessages::tr(": the folder is read-only; Rasad needs to write beside ") + info.fileName() +
                   StoreMessages::tr(" (its -wal and -shm files)");
    if (!readOnly.isEmpty() && !info.exists()) {
        setError(error, readOnly + StoreMessages::tr(": a new project cannot be made there"));
        return nullptr;
    }
    if (!readOnly.isEmpty())
        return openReadOnly(path, readOnly, error);
    if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
        setError(error, file + StoreMessages::tr(": cannot create the folder ") + info.absolutePath());
        return nullptr;
    }

    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
    auto fail = [&](int code, const QString &detail = {}) {
        setError(error, describeFailure(path, code, detail));
        sqlite3_close_v2(db);
        return nullptr;
    };
    if (rc != SQLITE_OK)
        return fail(rc, db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString());
    if (sqlite3_db_readonly(db, "main") == 1)
        return fail(SQLITE_READONLY);
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, kDefaultBusyTimeoutMs);

    // The first read is where a file of random bytes shows itself (SQLITE_NOTADB).
    int version = 0;
    int applicationId = 0;
    int tableCount = 0;
    if (const int code = readHeader(db, &version, &applicationId); code != SQLITE_OK)
        return fail(code);
    {
        Statement s(db, "SELECT count(*) FROM sqlite_schema");
        if (!s.next())
            return fail(s.code());
        tableCount = s.integer(0);
    }
    if ((version == 0 && tableCount > 0) || (version > 0 && applicationId != Schema::kApplicationId)) {
        setError(error, file + StoreMessages::tr(": is an SQLite database but not a Rasad project file"));
        sqlite3_close_v2(db);
        return nullptr;
    }
    if (version > Schema::kLatestVersion) {
        setError(error,
                 file + StoreMessages::tr(": was written by a newer Rasad (schema v%1; this build knows up to v%2); "
                                       "update Rasad to open it")
                            .arg(version)
                            .arg(Schema::kLatestVersion));
        sqlite3_close_v2(db);
        return nullptr;
    }

    int checkFailed = SQLITE_OK;
    const QString damage = damageOf(db, file, &checkFailed);
    if (checkFailed != SQLITE_OK)
        return fail(checkFailed);
    if (!damage.isEmpty()) {
        if (version < Schema::kLatestVersion) {
            setError(error, damage + StoreMessages::tr("; it also needs an upgrade from schema v%1, which cannot be "
                                                    "done on a damaged file: recover it into a new file first")
                                         .arg(version));
            sqlite3_close_v2(db);
            return nullptr;
        }
        // Read-only from here: nothing Rasad does may write into a file it cannot fully read.
        sqlite3_exec(db, "PRAGMA query_only = ON", nullptr, nullptr, nullptr);
        return std::unique_ptr<Store>(new Store(db, path, damage));
    }

    // WAL: readers (the GUI) never block the importer's writes, and a killed process leaves every
    // committed transaction whole. synchronous=NORMAL is safe against corruption in WAL mode.
    {
        Statement s(db, "PRAGMA journal_mode = WAL");
        if (!s.next())
            return fail(s.code());
    }
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
        rc = sqlite3_exec(db, pragma, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return fail(rc);
    }
    if (version < Schema::kLatestVersion) {
        QString why;
        int code = SQLITE_OK;
        if (!Schema::migrate(db, version, &why, &code)) {
            const int primary = code & 0xff;
            if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED || primary == SQLITE_READONLY ||
                primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT || primary == SQLITE_FULL)
                return fail(code);
            return fail(SQLITE_ERROR, why);
        }
    }
    return std::unique_ptr<Store>(new Store(db, path, QString()));
}

std::unique_ptr<Store> Store::openAnother(StoreError *error) const
{
    if (refuseWrite(error))
        return nullptr;
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(m_path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX,
                             nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_extended_result_codes(db, 1);
        sqlite3_busy_timeout(db, kDefaultBusyTimeoutMs);
        for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"})
            if (rc == SQLITE_OK)
                rc = sqlite3_exec(db, pragma, nullptr, nullptr, nullptr);
    }
    if (rc != SQLITE_OK) {
        setError(error, describeFailure(m_path, rc, db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString()));
        sqlite3_close_v2(db);
        return nullptr;
    }
    return std::unique_ptr<Store>(new Store(db, m_path, QString()));
}

std::unique_ptr<Store> Store::openReadOnly(const QString &path, const QString &why, StoreError *error)
{
    const QString file = QDir::toNativeSeparators(path);
    // Immutable: SQLite reads the file as it is and creates nothing beside it (no -wal, no -shm, no
    // locks), which is what a read-only folder or medium allows. Committed data still in a -wal file
    // would be missed that way, so such a file is read through the -wal instead.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    uri.setQuery(wal.exists() && wal.size() > 0 ? QStringLiteral("mode=ro") : QStringLiteral("immutable=1"));
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(uri.toEncoded().constData(), &db,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX, nullptr);
    const auto fail = [&](int code, const QString &detail = {}) {
        setError(error, why + QStringLiteral(", and reading it failed too: ") + describeFailure(path, code, detail));
        sqlite3_close_v2(db);
        return nullptr;
    };
    if (rc != SQLITE_OK)
        return fail(rc, db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString());
    sqlite3_extended_result_codes(db, 1);
    int version = 0, applicationId = 0;
    if (const int code = readHeader(db, &version, &applicationId); code != SQLITE_OK)
        return fail(code);
    if (version == 0 || applicationId != Schema::kApplicationId) {
        setError(error, file + StoreMessages::tr(": is not a Rasad project file"));
        sqlite3_close_v2(db);
        return nullptr;
    }
    if (version != Schema::kLatestVersion) {
        setError(error,
                 why + StoreMessages::tr("; its schema v%1 is not this build's v%2 and cannot be upgraded in place: "
                                      "copy the file to a writable folder and open the copy")
                           .arg(version)
                           .arg(Schema::kLatestVersion));
        sqlite3_close_v2(db);
        return nullptr;
    }
    int checkFailed = SQLITE_OK;
    const QString damage = damageOf(db, file, &checkFailed);
    if (checkFailed != SQLITE_OK)
        return fail(checkFailed);
    auto store = std::unique_ptr<Store>(new Store(db, path, damage));
    store->m_readOnly = why;
    return store;
}

QString Store::path() const
{
    return m_path;
}

int Store::schemaVersion() const
{
    Statement s(m_db, "PRAGMA user_version");
    return s.next() ? s.integer(0) : 0;
}

void Store::setBusyTimeout(int milliseconds)
{
    sqlite3_busy_timeout(m_db, milliseconds);
}

sqlite3 *Store::handle() const
{
    return m_db;
}

StoreError Store::readError() const
{
    return StoreError{m_readError};
}

bool Store::refuseWrite(StoreError *error) const
{
    if (!isReadOnly())
        return false;
    setError(error, readOnlyReason() + StoreMessages::tr("; it was opened read-only and nothing was written"));
    return true;
}

void Store::noteRead(int code) const
{
    if (code != SQLITE_OK && code != SQLITE_ROW && code != SQLITE_DONE && m_readError.isEmpty())
        m_readError = describeFailure(m_path, code, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

// Articles -------------------------------------------------------------------------------------------

AddOutcome Store::addArticle(Article &article, StoreError *error)
{
    if (article.fileName.isEmpty()) {
        setError(error, m_path + QStringLiteral(": cannot store an article without a file name"));
        return AddOutcome::Failed;
    }
    if (refuseWrite(error))
        return AddOutcome::Failed;
    if (article.contentHash.isEmpty())
        article.contentHash =
            QCryptographicHash::hash(article.originalText.toUtf8(), QCryptographicHash::Sha256).toHex();
    if (article.normalizedText.isEmpty() && !article.originalText.isEmpty())
        article.normalizedText = matchingKey(article.originalText);
    if (!article.importedAt.isValid())
        article.importedAt = QDateTime::currentDateTimeUtc();

    std::optional<Transaction> own; // none inside beginArticles() … commitArticles()
    if (!m_articles) {
        own.emplace(m_db);
        if (!own->isActive()) {
            setError(error, describeFailure(m_path, own->code()));
            return AddOutcome::Failed;
        }
    }
    auto failed = [&](int code) {
        setError(error, describeFailure(m_path, code, QString::fromUtf8(sqlite3_errmsg(m_db))) +
                            QStringLiteral(" (while storing ") + article.fileName + QLatin1Char(')'));
        return AddOutcome::Failed;
    };
    // A statement that failed to prepare (the file was busy, say) is prepared again next time.
    if (!m_articleStatements || !m_articleStatements->isPrepared())
        m_articleStatements = std::make_unique<ArticleStatements>(m_db);
    ArticleStatements &statements = *m_articleStatements;
    // Rewound on every way out, before the transaction ends, so none keeps a read snapshot open.
    const auto rewind = qScopeGuard([&statements] { statements.reset(); });
    {
        Statement &same = statements.same;
        same.bind(1, QString::fromLatin1(article.contentHash));
        if (same.next()) {
            article.id = same.int64(0);
            article.version = same.integer(1);
            return AddOutcome::Duplicate; // nothing written; the guard rolls back the empty transaction
        }
        if (same.code() != SQLITE_DONE)
            return failed(same.code());
    }
    // An article is its content and where it came from: a file of the same name from another folder
    // is another article, not a new version. Versions are still numbered per file name (the schema's
    // UNIQUE (file_name, version)), so such an article may be stored as version 2 of its name.
    int version = 1;
    bool sameSource = false;
    {
        Statement &latest = statements.latest;
        latest.bind(1, article.fileName).bind(2, article.sourcePath.isNull() ? QStringLiteral("") : article.sourcePath);
        if (!latest.next())
            return failed(latest.code());
        if (!latest.isNull(0))
            version = latest.integer(0) + 1;
        sameSource = latest.boolean(1);
        latest.reset();
    }
    Statement &insert = statements.insert;
    insert.bind(1, article.fileName)
        .bind(2, article.sourcePath.isNull() ? QStringLiteral("") : article.sourcePath)
        .bind(3, QString::fromLatin1(article.contentHash))
        .bind(4, version)
        .bind(5, article.title.isNull() ? QStringLiteral("") : article.title)
        .bind(6, matchingKey(article.title))
        .bind(7, article.source.isNull() ? QStringLiteral("") : article.source)
        .bind(8, article.url.isNull() ? QStringLiteral("") : article.url)
        .bind(9, article.published)
        .bind(10, dateOriginName(article.publishedOrigin))
        .bind(11, article.encoding.isNull() ? QStringLiteral("") : article.encoding)
        .bind(12, article.originalText.isNull() ? QStringLiteral("") : article.originalText)
        .bind(13, article.normalizedText.isNull() ? QStringLiteral("") : article.normalizedText)
        .bind(14, furnitureJson(article.furniture))
        .bind(15, article.importedAt.toUTC().toString(Qt::ISODate));
    if (!insert.exec())
        return failed(insert.code());
    // In a batch, the full-text index is written after it (indexPendingArticles, see schema v9); an
    // article stored alone is indexed in its own transaction.
    const qint64 id = sqlite3_last_insert_rowid(m_db);
    if (own && !indexArticlesUpTo(id))
        return failed(sqlite3_extended_errcode(m_db));
    if (own && !own->commit())
        return failed(own->code());
    article.id = id;
    article.version = version;
    return sameSource ? AddOutcome::NewVersion : AddOutcome::Inserted;
}

bool Store::indexPendingArticles(StoreError *error, const std::atomic_bool *cancel)
{
    if (refuseWrite(error))
        return false;
    // A thousand articles a transaction: the index writes one segment per commit (256 a commit cost
    // bench_ingest ~0.15 s more over 5,000), and a second writer (the extraction storing its record)
    // waits for one batch at most, a fraction of a second.
    constexpr int kArticlesPerCommit = 1024;
    for (;;) {
        if (cancel && cancel->load())
            return true; // what is indexed stays; the rest waits for the next import or search
        Transaction transaction(m_db);
        if (!transaction.isActive()) {
            setError(error, describeFailure(m_path, transaction.code(), QString::fromUtf8(sqlite3_errmsg(m_db))));
            return false;
        }
        Statement range(m_db, R"sql(
            SELECT max(id) FROM (SELECT id FROM articles
                                 WHERE id > coalesce((SELECT value FROM store_state WHERE key = 'indexed_through'), 0)
                                 ORDER BY id LIMIT ?1))sql");
        range.bind(1, kArticlesPerCommit);
        if (!range.next()) {
            setError(error, describeFailure(m_path, range.code(), QString::fromUtf8(sqlite3_errmsg(m_db))));
            return false;
        }
        const bool done = range.isNull(0);
        const qint64 to = range.int64(0);
        range.reset();
        if (done)
            return true; // every article is in the index
        if (!indexArticlesUpTo(to) || !transaction.commit()) {
            setError(error, describeFailure(m_path, sqlite3_extended_errcode(m_db),
                                            QString::fromUtf8(sqlite3_errmsg(m_db))));
            return false;
        }
    }
}

bool Store::indexArticlesUpTo(qint64 lastId)
{
    Statement index(m_db, R"sql(
        INSERT INTO article_search(rowid, title_key, normalized_text, title, original_text)
        SELECT id, title_key, normalized_text, title, original_text FROM articles
        WHERE id > coalesce((SELECT value FROM store_state WHERE key = 'indexed_through'), 0) AND id <= ?1
        ORDER BY id)sql");
    Statement mark(m_db, "INSERT INTO store_state (key, value) VALUES ('indexed_through', ?1) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    index.bind(1, lastId);
    mark.bind(1, lastId);
    return index.exec() && mark.exec();
}

qint64 Store::articlesAwaitingIndex() const
{
    Statement s(m_db, "SELECT count(*) FROM articles WHERE id > "
                      "coalesce((SELECT value FROM store_state WHERE key = 'indexed_through'), 0)");
    if (!s.next()) {
        noteRead(s.code());
        return -1;
    }
    return s.int64(0);
}

qint64 Store::articlesAwaitingExtraction() const
{
    Statement s(m_db, "SELECT count(*) FROM articles WHERE id > "
                      "coalesce((SELECT value FROM store_state WHERE key = 'extracted_through'), 0)");
    if (!s.next()) {
        noteRead(s.code());
        return -1;
    }
    return s.int64(0);
}

qint64 Store::dataVersion() const
{
    Statement s(m_db, "PRAGMA data_version");
    return s.next() ? s.int64(0) : -1;
}

bool Store::beginArticles(StoreError *error)
{
    if (refuseWrite(error))
        return false;
    if (m_articles)
        return true;
    auto transaction = std::make_unique<Transaction>(m_db);
    if (!transaction->isActive()) {
        setError(error, describeFailure(m_path, transaction->code(), QString::fromUtf8(sqlite3_errmsg(m_db))));
        return false;
    }
    m_articles = std::move(transaction);
    return true;
}

bool Store::commitArticles(StoreError *error)
{
    if (!m_articles)
        return true;
    if (m_articleStatements)
        m_articleStatements->reset(); // no statement may hold the transaction open
    const bool committed = m_articles->commit();
    if (!committed)
        setError(error, describeFailure(m_path, m_articles->code(), QString::fromUtf8(sqlite3_errmsg(m_db))));
    m_articles.reset(); // rolls back what a failed commit left
    return committed;
}

void Store::rollbackArticles()
{
    if (m_articleStatements)
        m_articleStatements->reset();
    m_articles.reset();
}

namespace {

const char kArticleColumns[] = "id, file_name, source_path, content_hash, version, title, source, url, published, "
                               "published_origin, encoding, furniture, imported_at";

Article readArticle(const Statement &s, bool withText)
{
    Article a;
    a.id = s.int64(0);
    a.fileName = s.text(1);
    a.sourcePath = s.text(2);
    a.contentHash = s.text(3).toLatin1();
    a.version = s.integer(4);
    a.title = s.text(5);
    a.source = s.text(6);
    a.url = s.text(7);
    a.published = s.date(8);
    a.publishedOrigin = dateOriginFromName(s.text(9));
    a.encoding = s.text(10);
    a.furniture = furnitureFrom(s.text(11));
    a.importedAt = QDateTime::fromString(s.text(12), Qt::ISODate);
    if (withText) {
        a.originalText = s.text(13);
        a.normalizedText = s.text(14);
    }
    return a;
}

} // namespace

std::optional<Article> Store::article(qint64 id) const
{
    const QByteArray sql =
        QByteArray("SELECT ") + kArticleColumns + ", original_text, normalized_text FROM articles WHERE id = ?1";
    Statement s(m_db, sql.constData());
    s.bind(1, id);
    m_readError.clear();
    if (!s.next()) {
        noteRead(s.code());
        return std::nullopt;
    }
    return readArticle(s, true);
}

QList<Article> Store::articles(bool withText) const
{
    const QByteArray sql = QByteArray("SELECT ") + kArticleColumns +
                           (withText ? ", original_text, normalized_text" : "") + " FROM articles ORDER BY id";
    Statement s(m_db, sql.constData());
    QList<Article> list;
    m_readError.clear();
    while (s.next())
        list.append(readArticle(s, withText));
    noteRead(s.code());
    return list;
}

QList<Article> Store::articlesAfter(qint64 afterId, qsizetype limit) const
{
    const QByteArray sql =
        QByteArray("SELECT ") + kArticleColumns + ", original_text FROM articles WHERE id > ?1 ORDER BY id LIMIT ?2";
    Statement s(m_db, sql.constData());
    s.bind(1, afterId).bind(2, qint64(limit));
    QList<Article> list;
    m_readError.clear();
    while (s.next()) {
        list.append(readArticle(s, false));
        list.last().originalText = s.text(13);
    }
    noteRead(s.code());
    return list;
}

QList<SearchHit> Store::search(const QString &query, int limit) const
{
    QList<SearchHit> hits;
    const QStringList words = keyWords(matchingKey(query));
    if (words.isEmpty() || limit <= 0)
        return hits;
    // Articles an import stored but did not get to index (it was stopped): indexed now, so a search
    // finds every article. Writing through a const search is the index catching up, not a change of
    // the record; a read-only store searches what is indexed.
    if (!isReadOnly() && articlesAwaitingIndex() > 0)
        const_cast<Store *>(this)->indexPendingArticles(nullptr);
    // ORDER BY the FTS5 `rank` column lets FTS5 sort inside the index and evaluate snippet() only
    // for the rows returned; ordering by an expression would build every matching row's snippet
    // first. Title matches weigh twice a text match. The article columns are read per hit.
    // Only the key columns are searched: the text as written is indexed for researchers' own
    // queries, and a match there would add nothing to what the keys find.
    Statement s(m_db, R"sql(
        SELECT rowid, rank, snippet(article_search, 1, char(1), char(2), '', 24)
        FROM article_search
        WHERE article_search MATCH ?1 AND rank MATCH 'bm25(2.0, 1.0, 0.0, 0.0)'
        ORDER BY rank
        LIMIT ?2)sql");
    Statement details(m_db, "SELECT file_name, title, original_text FROM articles WHERE id = ?1");
    m_readError.clear();
    s.bind(1, QStringLiteral("{title_key normalized_text} : (") + ftsQuery(words) + QLatin1Char(')')).bind(2, limit);
    while (s.next()) {
        SearchHit hit;
        hit.articleId = s.int64(0);
        hit.rank = s.real(1);
        details.reset();
        details.bind(1, hit.articleId);
        if (!details.next()) {
            noteRead(details.code());
            continue;
        }
        hit.fileName = details.text(0);
        hit.title = details.text(1);
        fillSnippet(hit, s.text(2), details.text(2));
        hits.append(hit);
    }
    noteRead(s.code());
    return hits;
}

// Extraction results --------------------------------------------------------------------------------

bool Store::replaceExtraction(QList<Actor> &actors, QList<Event> &events, StoreError *error, qint64 extractedThrough)
{
    // Check the input before touching the file.
    {
        QSet<QString> keys;
        for (const Actor &actor : actors) {
            if (actor.key.isEmpty()) {
                setError(error, m_path + QStringLiteral(": cannot store actor \"") + actor.name +
                                    QStringLiteral("\" without a key"));
                return false;
            }
            if (keys.contains(actor.key)) {
                setError(error,
                         m_path + QStringLiteral(": two actors share the key \"") + actor.key + QStringLiteral("\""));
                return false;
            }
            keys.insert(actor.key);
        }
        for (qsizetype i = 0; i < events.size(); ++i)
            for (const Participant &p : events.at(i).participants)
                if (p.actorId < 0 || p.actorId >= actors.size()) {
                    setError(error,
                             m_path + QStringLiteral(": event %1 names participant %2, but there are only %3 actors")
                                          .arg(i)
                                          .arg(p.actorId)
                                          .arg(actors.size()));
                    return false;
                }
    }

    if (refuseWrite(error))
        return false;
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        setError(error, describeFailure(m_path, transaction.code()));
        return false;
    }
    auto failed = [&](const Statement &s) {
        const int code = s.isPrepared() ? s.code() : sqlite3_extended_errcode(m_db);
        QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
        if (code == SQLITE_CONSTRAINT_FOREIGNKEY)
            detail = QStringLiteral("an event source refers to an article that is not in the store");
        setError(error, describeFailure(m_path, code, detail));
        return false;
    };

    // 1. Actors, matched by key so ids survive re-extraction.
    QHash<QString, std::pair<qint64, bool>> existing; // key → (id, verified)
    {
        Statement s(m_db, "SELECT id, key, verified FROM actors");
        while (s.next())
            existing.insert(s.text(1), {s.int64(0), s.boolean(2)});
        if (s.code() != SQLITE_DONE)
            return failed(s);
    }
    QList<qint64> actorIds;
    actorIds.reserve(actors.size());
    {
        Statement update(m_db, "UPDATE actors SET kind = ?2, name = ?3, name_en = ?4, country = ?5, discovered = ?6, "
                               "mention_only = ?7, verified = ?8, merge_note = ?9 WHERE id = ?1");
        Statement updateVerified(m_db, "UPDATE actors SET mention_only = ?2 WHERE id = ?1");
        Statement insert(m_db,
                         "INSERT INTO actors (key, kind, name, name_en, country, discovered, mention_only, verified, "
                         "merge_note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        Statement clearNames(m_db, "DELETE FROM actor_names WHERE actor_id = ?1");
        Statement clearRoles(m_db, "DELETE FROM roles WHERE actor_id = ?1");
        Statement addName(m_db, "INSERT INTO actor_names (actor_id, name, name_key, canonical, position) "
                                "VALUES (?1, ?2, ?3, ?4, ?5)");
        Statement addRole(m_db,
                          "INSERT INTO roles (actor_id, title, title_en, organisation, country, date_from, date_to, "
                          "position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
        for (const Actor &actor : actors) {
            qint64 id = 0;
            const auto found = existing.constFind(actor.key);
            if (found != existing.cend() && found->second) {
                // A user verified this actor: keep their curation, only note how it is used now.
                id = found->first;
                updateVerified.reset();
                if (!updateVerified.bind(1, id).bind(2, actor.mentionOnly).exec())
                    return failed(updateVerified);
                actorIds.append(id);
                continue;
            }
            if (found != existing.cend()) {
                id = found->first;
                update.reset();
                update.bind(1, id)
                    .bind(2, kindName(actor.kind))
                    .bind(3, text(actor.name))
                    .bind(4, text(actor.nameEn))
                    .bind(5, text(actor.country))
                    .bind(6, actor.discovered)
                    .bind(7, actor.mentionOnly)
                    .bind(8, actor.verified)
                    .bind(9, text(actor.mergeNote));
                if (!update.exec())
                    return failed(update);
            } else {
                insert.reset();
                insert.bind(1, actor.key)
                    .bind(2, kindName(actor.kind))
                    .bind(3, text(actor.name))
                    .bind(4, text(actor.nameEn))
                    .bind(5, text(actor.country))
                    .bind(6, actor.discovered)
                    .bind(7, actor.mentionOnly)
                    .bind(8, actor.verified)
                    .bind(9, text(actor.mergeNote));
                if (!insert.exec())
                    return failed(insert);
                id = sqlite3_last_insert_rowid(m_db);
            }
            actorIds.append(id);
            clearNames.reset();
            clearRoles.reset();
            if (!clearNames.bind(1, id).exec())
                return failed(clearNames);
            if (!clearRoles.bind(1, id).exec())
                return failed(clearRoles);
            QStringList names{actor.name};
            names += actor.aliases;
            for (qsizetype n = 0; n < names.size(); ++n) {
                addName.reset();
                addName.bind(1, id)
                    .bind(2, text(names.at(n)))
                    .bind(3, matchingKey(names.at(n)))
                    .bind(4, n == 0)
                    .bind(5, int(n));
                if (!addName.exec())
                    return failed(addName);
            }
            for (qsizetype r = 0; r < actor.roles.size(); ++r) {
                const Role &role = actor.roles.at(r);
                addRole.reset();
                addRole.bind(1, id)
                    .bind(2, text(role.title))
                    .bind(3, text(role.titleEn))
                    .bind(4, text(role.organisation))
                    .bind(5, text(role.country))
                    .bind(6, role.from)
                    .bind(7, role.to)
                    .bind(8, int(r));
                if (!addRole.exec())
                    return failed(addRole);
            }
        }
    }

    // 2. Events: the unverified ones are replaced. An event keeps its id when one of the same type
    // was read from exactly the same spans, else from at least one of them (a new article merged in).
    QHash<QString, qint64> previousIds;       // signature → id
    QHash<QString, QList<qint64>> spanOwners; // "type|article:start-end" → ids, lowest first
    {
        QHash<qint64, std::pair<QString, QList<std::tuple<qint64, int, int>>>> previous;
        Statement s(m_db, "SELECT e.id, e.type, s.article_id, s.start_offset, s.end_offset FROM events e "
                          "LEFT JOIN event_sources s ON s.event_id = e.id WHERE e.verified = 0");
        while (s.next()) {
            auto &entry = previous[s.int64(0)];
            entry.first = s.text(1);
            if (!s.isNull(2))
                entry.second.append({s.int64(2), s.integer(3), s.integer(4)});
        }
        if (s.code() != SQLITE_DONE)
            return failed(s);
        QList<qint64> ids = previous.keys();
        std::sort(ids.begin(), ids.end());
        for (qint64 id : std::as_const(ids)) {
            const auto &[type, spans] = previous.value(id);
            const QString signature = eventSignature(type, spans);
            if (!previousIds.contains(signature))
                previousIds.insert(signature, id);
            for (const auto &span : spans)
                spanOwners[eventSignature(type, {span})].append(id);
        }
    }
    {
        Statement clear(m_db, "DELETE FROM events WHERE verified = 0");
        if (!clear.exec())
            return failed(clear);
    }
    QList<qint64> eventIds(events.size(), 0);
    QSet<qint64> usedIds;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const Event &event = events.at(i);
        QList<std::tuple<qint64, int, int>> spans;
        for (const EventSource &source : event.sources)
            spans.append({source.articleId, source.start, source.end});
        const qint64 reuse = previousIds.value(eventSignature(eventTypeName(event.type), spans), 0);
        if (reuse && !usedIds.contains(reuse)) {
            eventIds[i] = reuse;
            usedIds.insert(reuse);
        }
    }
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (eventIds.at(i))
            continue;
        const Event &event = events.at(i);
        for (const EventSource &source : event.sources) {
            const QString key =
                eventSignature(eventTypeName(event.type), {{source.articleId, source.start, source.end}});
            const QList<qint64> owners = spanOwners.value(key);
            const auto free =
                std::find_if(owners.cbegin(), owners.cend(), [&](qint64 id) { return !usedIds.contains(id); });
            if (free != owners.cend()) {
                eventIds[i] = *free;
                usedIds.insert(*free);
                break;
            }
        }
    }
    {
        Statement addPlace(m_db, "INSERT INTO places (name, name_key, country) VALUES (?1, ?2, ?3) "
                                 "ON CONFLICT (name_key, country) DO UPDATE SET name = name RETURNING id");
        Statement addEvent(m_db, R"sql(
            INSERT INTO events (id, type, date_start, date_end, date_granularity, date_text, date_time, date_source,
                                place_id, location, location_country, topics, confidence, planned, cameo, verified,
                                flags, merge_note, factuality, provenance)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20))sql");
        Statement addParticipant(m_db, "INSERT OR IGNORE INTO event_participants (event_id, actor_id, part, position) "
                                       "VALUES (?1, ?2, ?3, ?4)");
        Statement addSource(m_db, R"sql(
            INSERT INTO event_sources (event_id, article_id, start_offset, end_offset, evidence, confidence,
                                       date_start, date_end, date_granularity, date_text, date_time, position)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12))sql");
        auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
        for (qsizetype i = 0; i < events.size(); ++i) {
            const Event &event = events.at(i);
            qint64 placeId = 0;
            if (!event.location.isEmpty()) {
                addPlace.reset();
                addPlace.bind(1, event.location)
                    .bind(2, matchingKey(event.location))
                    .bind(3, text(event.locationCountry));
                if (!addPlace.next())
                    return failed(addPlace);
                placeId = addPlace.int64(0);
                if (!addPlace.exec()) // finish the statement so the next reset starts clean
                    return failed(addPlace);
            }
            addEvent.reset();
            if (eventIds.at(i))
                addEvent.bind(1, eventIds.at(i));
            else
                addEvent.bindNull(1);
            addEvent.bind(2, eventTypeName(event.type));
            bindDate(addEvent, 3, event.date);
            addEvent.bind(8, dateSourceName(event.dateSource));
            if (placeId)
                addEvent.bind(9, placeId);
            else
                addEvent.bindNull(9);
            addEvent.bind(10, text(event.location))
                .bind(11, text(event.locationCountry))
                .bind(12, stringListJson(event.topics))
                .bind(13, event.confidence)
                .bind(14, event.planned)
                .bind(15, text(event.cameo))
                .bind(16, event.verified)
                .bind(17, stringListJson(event.flags))
                .bind(18, text(event.mergeNote))
                .bind(19, factualityName(event.factuality))
                .bind(20, text(event.provenance));
            if (!addEvent.exec())
                return failed(addEvent);
            const qint64 eventId = sqlite3_last_insert_rowid(m_db);
            eventIds[i] = eventId;
            for (qsizetype p = 0; p < event.participants.size(); ++p) {
                const Participant &participant = event.participants.at(p);
                addParticipant.reset();
                addParticipant.bind(1, eventId)
                    .bind(2, actorIds.at(participant.actorId))
                    .bind(3, text(participant.part))
                    .bind(4, int(p));
                if (!addParticipant.exec())
                    return failed(addParticipant);
            }
            for (qsizetype k = 0; k < event.sources.size(); ++k) {
                const EventSource &source = event.sources.at(k);
                addSource.reset();
                addSource.bind(1, eventId)
                    .bind(2, source.articleId)
                    .bind(3, source.start)
                    .bind(4, source.end)
                    .bind(5, text(source.evidence))
                    .bind(6, source.confidence);
                bindDate(addSource, 7, source.date);
                addSource.bind(12, int(k));
                if (!addSource.exec())
                    return failed(addSource);
            }
        }
    }

    // 3. What is no longer extracted goes, unless a user verified it or a kept event still needs it.
    {
        Statement removeActors(m_db, "DELETE FROM actors WHERE verified = 0 AND id NOT IN (SELECT actor_id FROM "
                                     "event_participants) AND id NOT IN (SELECT value FROM json_each(?1))");
        QJsonArray ids;
        for (qint64 id : std::as_const(actorIds))
            ids.append(id);
        removeActors.bind(1, toJsonText(ids));
        if (!removeActors.exec())
            return failed(removeActors);
        Statement removePlaces(m_db, "DELETE FROM places WHERE id NOT IN (SELECT place_id FROM events "
                                     "WHERE place_id IS NOT NULL)");
        if (!removePlaces.exec())
            return failed(removePlaces);
    }
    if (extractedThrough >= 0) {
        Statement mark(m_db, "INSERT INTO store_state (key, value) VALUES ('extracted_through', ?1) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        mark.bind(1, extractedThrough);
        if (!mark.exec())
            return failed(mark);
    }

    if (!transaction.commit()) {
        setError(error, describeFailure(m_path, transaction.code()));
        return false;
    }
    for (qsizetype i = 0; i < actors.size(); ++i)
        actors[i].id = actorIds.at(i);
    for (qsizetype i = 0; i < events.size(); ++i) {
        events[i].id = eventIds.at(i);
        for (Participant &p : events[i].participants)
            p.actorId = actorIds.at(p.actorId);
    }
    return true;
}

// Reading the record ---------------------------------------------------------------------------------

Dataset Store::loadBaseline() const
{
    Dataset data;
    data.articles = articles(false); // clears m_readError first

    QHash<qint64, qsizetype> actorIndex;
    {
        Statement s(m_db, "SELECT id, key, kind, name, name_en, country, discovered, verified, mention_only, "
                          "merge_note FROM actors ORDER BY id");
        while (s.next()) {
            Actor a;
            a.id = s.int64(0);
            a.key = s.text(1);
            a.kind = kindFrom(s.text(2));
            a.name = s.text(3);
            a.nameEn = s.text(4);
            a.country = s.text(5);
            a.discovered = s.boolean(6);
            a.verified = s.boolean(7);
            a.mentionOnly = s.boolean(8);
            a.mergeNote = s.text(9);
            actorIndex.insert(a.id, data.actors.size());
            data.actors.append(a);
        }
        noteRead(s.code());
    }
    {
        Statement s(m_db, "SELECT actor_id, name FROM actor_names WHERE canonical = 0 ORDER BY actor_id, position, id");
        while (s.next())
            if (const auto it = actorIndex.constFind(s.int64(0)); it != actorIndex.cend())
                data.actors[*it].aliases.append(s.text(1));
        noteRead(s.code());
    }
    {
        Statement s(m_db, "SELECT actor_id, title, title_en, organisation, country, date_from, date_to FROM roles "
                          "ORDER BY actor_id, position, id");
        while (s.next()) {
            const auto it = actorIndex.constFind(s.int64(0));
            if (it == actorIndex.cend())
                continue;
            Role role;
            role.title = s.text(1);
            role.titleEn = s.text(2);
            role.organisation = s.text(3);
            role.country = s.text(4);
            role.from = s.date(5);
            role.to = s.date(6);
            data.actors[*it].roles.append(role);
        }
        noteRead(s.code());
    }

    QHash<qint64, qsizetype> eventIndex;
    {
        Statement s(m_db, R"sql(
            SELECT id, type, date_start, date_end, date_granularity, date_text, date_time, date_source, location,
                   location_country, topics, confidence, planned, cameo, verified, flags, merge_note, factuality,
                   provenance
            FROM events ORDER BY id)sql");
        while (s.next()) {
            Event e;
            e.id = s.int64(0);
            e.type = eventTypeFromName(s.text(1));
            e.date = readDate(s, 2);
            e.dateSource = dateSourceFromName(s.text(7));
            e.location = s.text(8);
            e.locationCountry = s.text(9);
            e.topics = stringListFrom(s.text(10));
            e.confidence = s.real(11);
            e.planned = s.boolean(12);
            e.cameo = s.text(13);
            e.verified = s.boolean(14);
            e.flags = stringListFrom(s.text(15));
            e.mergeNote = s.text(16);
            e.factuality = factualityFromName(s.text(17));
            if (e.planned && e.factuality == Factuality::Happened)
                e.factuality = Factuality::Planned;
            e.planned = e.factuality == Factuality::Planned;
            e.provenance = s.text(18);
            eventIndex.insert(e.id, data.events.size());
            data.events.append(e);
        }
        noteRead(s.code());
    }
    {
        Statement s(m_db, "SELECT event_id, actor_id, part FROM event_participants ORDER BY event_id, position");
        while (s.next())
            if (const auto it = eventIndex.constFind(s.int64(0)); it != eventIndex.cend())
                data.events[*it].participants.append({s.int64(1), s.text(2)});
        noteRead(s.code());
    }
    {
        Statement s(m_db, R"sql(
            SELECT s.event_id, s.article_id, a.file_name, s.start_offset, s.end_offset, s.evidence, s.confidence,
                   s.date_start, s.date_end, s.date_granularity, s.date_text, s.date_time
            FROM event_sources s JOIN articles a ON a.id = s.article_id
            ORDER BY s.event_id, s.position, s.id)sql");
        while (s.next()) {
            const auto it = eventIndex.constFind(s.int64(0));
            if (it == eventIndex.cend())
                continue;
            EventSource source;
            source.articleId = s.int64(1);
            source.fileName = s.text(2);
            source.start = s.integer(3);
            source.end = s.integer(4);
            source.evidence = s.text(5);
            source.confidence = s.real(6);
            source.date = readDate(s, 7);
            data.events[*it].sources.append(source);
        }
        noteRead(s.code());
    }
    return data;
}

} // namespace rasad
