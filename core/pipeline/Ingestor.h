#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace rasad {

class Gazetteer;
class Store;

struct ImportOptions
{
    QString manifestPath;    // explicit --manifest; otherwise manifest.json beside the files is used
    bool extract = true;     // run extraction over the store once the batch is in
};

/** What happened to one input file. */
struct ImportItem
{
    enum class Status { Imported, NewVersion, Duplicate, Failed };
    QString path;
    Status status = Status::Failed;
    qint64 articleId = 0;
    QString message;         // one line naming the file and the problem, or what was assumed
};

struct ImportReport
{
    QList<ImportItem> items;
    QStringList notes;       // assumptions worth telling the user: encodings guessed, dates unknown, ...
    bool cancelled = false;
    /**
     * Articles were stored but extraction was not run (the import was cancelled or stopped): the
     * record does not show them until it is re-extracted. Each front end says how, in its own terms.
     */
    bool extractionPending = false;
    /** Extraction ran and failed (a damaged page, a locked file); the record is as it was before. */
    QString extractionError;
    int count(ImportItem::Status status) const
    {
        int n = 0;
        for (const ImportItem &item : items)
            n += item.status == status ? 1 : 0;
        return n;
    }
};

/** progress(done, total, currentPath); called from the thread that runs importPaths. */
using ImportProgress = std::function<void(int, int, const QString &)>;

/**
 * Drives the pipeline for a batch: import (read, decode, strip furniture, find the dateline) →
 * store each article in its own transaction → extract and merge over the store.
 */
class Ingestor
{
public:
    /** `gazetteer` is what extraction after the batch recognises people and places by; it must outlive the Ingestor. */
    Ingestor(Store &store, const Gazetteer &gazetteer);
    /** Files and folders (recursive). Safe to call off the GUI thread with a Store opened there. */
    ImportReport importPaths(const QStringList &paths, const ImportOptions &options = {},
                             const ImportProgress &progress = {}, const std::atomic_bool *cancel = nullptr);

private:
    Store &m_store;
    const Gazetteer &m_gazetteer;
};

} // namespace rasad
