#include "pipeline/Ingestor.h"

#include "import/ArticleReader.h"
#include "import/ImportMessages.h"
#include "import/InputCollector.h"
#include "import/Manifest.h"
#include "pipeline/Extraction.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace rasad {

namespace {

constexpr qsizetype kUndatedListedOneByOne = 5;
// Articles stored per commit: the full-text index writes one segment per commit. Large enough that
// commits stop mattering, small enough that a batch stored again after a failure is quick.
constexpr qsizetype kArticlesPerCommit = 200;

/** Manifests found beside the files, read once per folder; a broken one is reported once. */
class ManifestCache
{
public:
    struct Lookup
    {
        const Manifest *manifest = nullptr; // null when there is none
        QString path;                       // the manifest file
        QString error;                      // set when the manifest that governs the file is malformed
        bool firstError = false;            // true the first time that error is returned
    };

    Lookup forFolder(const QString &folder)
    {
        auto it = m_byFolder.find(folder);
        if (it == m_byFolder.end()) {
            Slot slot;
            const QString path = QDir(folder).filePath(QStringLiteral("manifest.json"));
            slot.path = path;
            if (QFileInfo::exists(path)) {
                QString error;
                if (std::optional<Manifest> m = Manifest::load(path, &error))
                    slot.manifest = std::make_shared<Manifest>(std::move(*m));
                else
                    slot.error = error;
            }
            it = m_byFolder.insert(folder, slot);
        }
        Lookup lookup;
        lookup.manifest = it->manifest.get();
        lookup.path = it->path;
        lookup.error = it->error;
        lookup.firstError = !it->error.isEmpty() && !it->reported;
        it->reported = it->reported || lookup.firstError;
        return lookup;
    }

private:
    struct Slot
    {
        std::shared_ptr<Manifest> manifest;
        QString path;
        QString error;
        bool reported = false;
    };
    QHash<QString, Slot> m_byFolder;
};

/**
 * Reads the files on a thread of its own, a few ahead of the one being stored, so that reading and
 * decoding one article overlaps storing the one before (two cores: 2× less waiting on the slower).
 * take() hands them out in order. At most kAheadFiles files or kAheadBytes of text wait at any time.
 * A cancel is the caller's: it stops taking, and destroying the ReadAhead stops the reading after the
 * file being read (a file already asked for is always read, so a cancel keeps its place in the order).
 */
class ReadAhead
{
public:
    struct Job
    {
        QString path;
        const ManifestEntry *entry = nullptr;
        bool skip = false; // nothing to read (its manifest is broken)
    };

    ReadAhead(const ArticleReader &reader, QList<Job> jobs) : m_reader(reader), m_jobs(std::move(jobs))
    {
        m_results.resize(m_jobs.size());
        m_worker = std::thread([this] { run(); });
    }
    ~ReadAhead()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_worker.join();
    }
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    /** The result of file `index`, waiting for it; call with 0, 1, 2, … */
    ReadResult take(int index)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_read > index || m_stop; });
        ReadResult out = std::move(m_results[index]);
        m_results[index] = ReadResult{};
        m_waitingBytes -= bytesOf(out);
        m_taken = index + 1;
        lock.unlock();
        m_changed.notify_all();
        return out;
    }

private:
    static constexpr int kAheadFiles = 32;
    static constexpr qint64 kAheadBytes = 8 * 1024 * 1024;

    static qint64 bytesOf(const ReadResult &r) { return r.article ? r.article->originalText.size() * 2 : 0; }

    void run()
    {
        for (int i = 0; i < m_jobs.size(); ++i) {
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] {
                    return m_stop || (i - m_taken < kAheadFiles && (m_waitingBytes < kAheadBytes || i == m_taken));
                });
                if (m_stop)
                    return;
            }
            const Job &job = m_jobs.at(i);
            ReadResult result = job.skip ? ReadResult{} : m_reader.read(job.path, job.entry);
            const qint64 bytes = bytesOf(result);
            {
                std::lock_guard lock(m_mutex);
                m_results[i] = std::move(result);
                m_waitingBytes += bytes;
                m_read = i + 1;
            }
            m_changed.notify_all();
        }
    }

    const ArticleReader &m_reader;
    const QList<Job> m_jobs;
    std::thread m_worker;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<ReadResult> m_results;
    qint64 m_waitingBytes = 0;
    int m_read = 0;  // files read so far (results [0, m_read) are ready)
    int m_taken = 0; // files handed out
    bool m_stop = false;
};

ImportItem::Status statusOf(AddOutcome outcome)
{
    switch (outcome) {
    case AddOutcome::Inserted:
        return ImportItem::Status::Imported;
    case AddOutcome::NewVersion:
        return ImportItem::Status::NewVersion;
    case AddOutcome::Duplicate:
        return ImportItem::Status::Duplicate;
    case AddOutcome::Failed:
        break;
    }
    return ImportItem::Status::Failed;
}

} // namespace

Ingestor::Ingestor(Store &store, const Gazetteer &gazetteer) : m_store(store), m_gazetteer(gazetteer) {}

ImportReport Ingestor::importPaths(const QStringList &paths, const ImportOptions &options,
                                   const ImportProgress &progress, const std::atomic_bool *cancel)
{
    ImportReport report;
    if (m_store.isReadOnly()) {
        // Checked before any file is read: a damaged project file is never written to.
        const QString why =
            m_store.readOnlyReason() + ImportMessages::tr("; it was opened read-only and nothing was imported");
        for (const QString &path : paths)
            report.items.append(ImportItem{path, ImportItem::Status::Failed, 0, why});
        return report;
    }

    // An explicit manifest that cannot be read stops the batch: importing without it would store
    // articles without the dates and sources the user meant to give, and re-importing them later
    // would be a no-op (same content), so the mistake would stick.
    std::optional<Manifest> explicitManifest;
    if (!options.manifestPath.isEmpty()) {
        QString error;
        explicitManifest = Manifest::load(options.manifestPath, &error);
        if (!explicitManifest) {
            report.items.append(ImportItem{options.manifestPath, ImportItem::Status::Failed, 0,
                                           error + ImportMessages::tr("; nothing was imported")});
            return report;
        }
    }

    const CollectedInputs inputs = InputCollector::collect(paths);
    for (const InputProblem &problem : inputs.problems)
        report.items.append(ImportItem{problem.path, ImportItem::Status::Failed, 0, problem.message});
    report.notes += inputs.notes;

    const ArticleReader reader;
    ManifestCache manifests;
    const int total = int(inputs.files.size());
    bool added = false;
    bool stopped = false;
    QStringList undated; // said once for the batch, not once per file

    // Articles go to the store in batches of one transaction each. The articles of the open batch are
    // kept, so that when the batch fails (a full disk, a lock) each is stored again alone and the
    // report says exactly which were stored.
    struct Batched
    {
        qsizetype item; // index into report.items
        Article article;
    };
    QList<Batched> batch;
    const auto storeAlone = [&](Batched &b) {
        StoreError error;
        b.article.id = 0;
        const AddOutcome outcome = m_store.addArticle(b.article, &error);
        ImportItem &item = report.items[b.item];
        if (outcome == AddOutcome::Failed) {
            item.status = ImportItem::Status::Failed;
            item.articleId = 0;
            item.message =
                error.message.isEmpty() ? item.path + ImportMessages::tr(": could not be stored") : error.message;
            return false;
        }
        item.articleId = b.article.id;
        return true;
    };
    // Ends the open batch; on failure stores its articles one by one. False when the store refused one.
    const auto closeBatch = [&](bool commit) {
        if (!m_store.inArticles()) {
            batch.clear();
            return true;
        }
        StoreError error;
        if (commit && m_store.commitArticles(&error)) {
            batch.clear();
            return true;
        }
        m_store.rollbackArticles();
        bool ok = true;
        for (Batched &b : batch) {
            if (ok) {
                ok = storeAlone(b);
            } else {
                ImportItem &item = report.items[b.item];
                item.status = ImportItem::Status::Failed;
                item.articleId = 0;
                item.message = item.path + ImportMessages::tr(": not stored, the store refused an earlier file");
            }
        }
        batch.clear();
        return ok;
    };

    // Each file's manifest entry first (manifests are read once per folder, here on this thread); a
    // broken manifest is said once, where its first file comes.
    QList<ReadAhead::Job> jobs;
    QList<std::optional<ImportItem>> manifestProblems;
    jobs.reserve(total);
    manifestProblems.resize(total);
    for (int i = 0; i < total; ++i) {
        const InputFile &input = inputs.files.at(i);
        ReadAhead::Job job{input.path, nullptr, false};
        if (explicitManifest) {
            job.entry = explicitManifest->entry(input.path);
        } else {
            // The file's own folder first, then the folder the user named.
            const QString folder = QFileInfo(input.path).absolutePath();
            ManifestCache::Lookup lookup = manifests.forFolder(folder);
            if (!lookup.manifest && lookup.error.isEmpty() && !input.root.isEmpty() && input.root != folder)
                lookup = manifests.forFolder(input.root);
            if (!lookup.error.isEmpty()) {
                job.skip = true;
                if (lookup.firstError)
                    manifestProblems[i] =
                        ImportItem{lookup.path, ImportItem::Status::Failed, 0,
                                   lookup.error + ImportMessages::tr("; the files it describes were not imported")};
            } else if (lookup.manifest) {
                job.entry = lookup.manifest->entry(input.path);
            }
        }
        jobs.append(job);
    }
    ReadAhead readAhead(reader, jobs);

    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        const InputFile &input = inputs.files.at(i);
        if (progress)
            progress(i, total, input.path);
        ReadResult read = readAhead.take(i);
        if (jobs.at(i).skip) {
            if (manifestProblems.at(i))
                report.items.append(*manifestProblems.at(i));
            continue;
        }
        if (!read.article) {
            report.items.append(ImportItem{input.path, ImportItem::Status::Failed, 0, read.error});
            continue;
        }
        StoreError error;
        if (!m_store.inArticles())
            m_store.beginArticles(nullptr); // when it cannot, each article takes its own transaction
        AddOutcome outcome = m_store.addArticle(*read.article, &error);
        if (outcome == AddOutcome::Failed && m_store.inArticles()) {
            // The batch is lost with it: store the batch again alone, then try this file alone.
            if (closeBatch(false)) {
                read.article->id = 0;
                outcome = m_store.addArticle(*read.article, &error);
            } else {
                error.message = input.path + ImportMessages::tr(": not stored, the store refused an earlier file");
            }
        }
        ImportItem item{input.path, statusOf(outcome), read.article->id, {}};
        switch (outcome) {
        case AddOutcome::Failed:
            item.message =
                error.message.isEmpty() ? input.path + ImportMessages::tr(": could not be stored") : error.message;
            if (!item.message.contains(input.path) && !item.message.contains(read.article->fileName))
                item.message = input.path + QStringLiteral(": ") + item.message;
            // The file was read; the database refused it (locked, read-only, full). Every further file
            // would wait and fail the same way, so the batch stops here.
            if (i + 1 < total)
                item.message += ImportMessages::tr("; import stopped, %1 more files not imported").arg(total - i - 1);
            stopped = true;
            break;
        case AddOutcome::Duplicate:
            item.message =
                ImportMessages::tr("%1: already imported (same text as article %2)").arg(input.path).arg(read.article->id);
            break;
        case AddOutcome::NewVersion:
            item.message = ImportMessages::tr("%1: changed since it was imported; stored as version %2")
                               .arg(input.path)
                               .arg(read.article->version);
            added = true;
            break;
        case AddOutcome::Inserted:
            added = true;
            break;
        }
        report.items.append(item);
        if (m_store.inArticles() && (outcome == AddOutcome::Inserted || outcome == AddOutcome::NewVersion)) {
            batch.append(Batched{report.items.size() - 1, *read.article});
            if (batch.size() >= kArticlesPerCommit && !closeBatch(true))
                stopped = true;
        }
        // What was assumed matters only for what was stored: a duplicate changed nothing.
        if (outcome == AddOutcome::Inserted || outcome == AddOutcome::NewVersion) {
            report.notes += read.notes;
            if (read.article->publishedOrigin == DateOrigin::Unknown)
                undated << input.path;
        }
        if (stopped)
            break;
    }
    if (!closeBatch(true)) // what was read before a cancel or a refusal stays stored
        stopped = true;
    const QString undatedWhy = ImportMessages::tr("publication date unknown (no manifest date, none stated in the text)");
    if (undated.size() <= kUndatedListedOneByOne) {
        for (const QString &path : std::as_const(undated))
            report.notes.append(path + QStringLiteral(": ") + undatedWhy);
    } else {
        QStringList names;
        for (qsizetype k = 0; k < kUndatedListedOneByOne; ++k)
            names << QFileInfo(undated.at(k)).fileName();
        report.notes.append(ImportMessages::tr("%1 for %2 articles: %3 and %4 more")
                                .arg(undatedWhy)
                                .arg(undated.size())
                                .arg(names.join(QStringLiteral(", ")))
                                .arg(undated.size() - kUndatedListedOneByOne));
    }
    if (progress)
        progress(report.cancelled || stopped ? int(report.items.size()) : total, total, QString());

    // The full-text index of what was stored is written on a second connection while extraction runs on
    // this one: the two largest costs of an import, on two cores. Stopped or failed, the rest of the
    // index waits for the next import or search (Store::search writes it first).
    std::thread indexer;
    StoreError indexError;
    if (!m_store.isReadOnly() && m_store.articlesAwaitingIndex() > 0) {
        if (std::unique_ptr<Store> second = m_store.openAnother(&indexError))
            indexer = std::thread([store = std::move(second), &indexError, cancel] {
                store->setBusyTimeout(120000); // waits out the extraction storing a large record
                store->indexPendingArticles(&indexError, cancel);
            });
    }

    // Articles an earlier import stored but never extracted (it was killed in between) are extracted now.
    const bool awaiting =
        options.extract && !added && !report.cancelled && !stopped && m_store.articlesAwaitingExtraction() > 0;
    if (awaiting)
        report.notes.append(m_store.path() + ImportMessages::tr(": articles stored earlier but never extracted "
                                                            "(an import stopped before its end) are extracted now"));
    if ((added || awaiting) && options.extract) {
        if (report.cancelled || stopped) {
            report.extractionPending = true;
        } else {
            StoreError error;
            if (!extractAll(m_store, m_gazetteer, &error, cancel)) {
                if (cancel && cancel->load())
                    report.cancelled = report.extractionPending = true; // stopped: the articles stay stored
                else
                    report.extractionError = error.message.isEmpty()
                                                 ? m_store.path() + ImportMessages::tr(": extraction failed")
                                                 : error.message;
            }
        }
    }
    if (indexer.joinable())
        indexer.join();
    if (!indexError.message.isEmpty())
        report.notes.append(indexError.message +
                            ImportMessages::tr(" (the search index of these articles is written at the next search)"));
    return report;
}

} // namespace rasad
