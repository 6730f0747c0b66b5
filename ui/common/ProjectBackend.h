#pragma once

#include "model/Article.h"
#include "model/Dataset.h"
#include "pipeline/Ingestor.h"
#include "store/StoreRecovery.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace rasad {

class CorrectionLog;

/**
 * Where the explorer gets its data from. The application backs it with the project's Store and
 * Ingestor; tests back it with a hand-built Dataset. Keeping the window off Store's symbols lets
 * the views be built and tested while the store is still being written.
 */
class ProjectBackend
{
public:
    virtual ~ProjectBackend() = default;

    /** The project file (or a description of where the data lives), shown in the title bar. */
    virtual QString location() const = 0;
    /** Switches to another project file; false with `error` naming the file and the problem. */
    virtual bool openProject(const QString &path, QString *error)
    {
        Q_UNUSED(path);
        if (error)
            *error = QStringLiteral("This data source cannot open project files.");
        return false;
    }
    virtual Dataset loadDataset() = 0;
    /**
     * Why the project cannot be written: its file failed the integrity check when opened (a damaged
     * page) and is open read-only. Empty when it can be written.
     */
    virtual QString damage() const { return {}; }
    /** Why nothing may be written: the damage, or a read-only file or folder. Empty when writable. */
    virtual QString readOnlyReason() const { return damage(); }
    /** Remembers the project as it is now, for changedElsewhere(); called whenever the views are reloaded. */
    virtual void markSeen() {}
    /** True when another program changed the project since markSeen() (rasad-cli importing into it). */
    virtual bool changedElsewhere() const { return false; }
    /** Articles an import stored but never extracted (it stopped before its end); extracted on opening. */
    virtual qint64 articlesAwaitingExtraction() const { return 0; }
    /** What went wrong in the last loadDataset() (a damaged page met half-way); empty when it read everything. */
    virtual QString lastReadError() const { return {}; }
    /** Copies what is readable of the project into the new file `newPath`; nothing and `error` on failure. */
    virtual std::optional<RecoveryReport> recoverInto(const QString &newPath, QString *error)
    {
        Q_UNUSED(newPath);
        if (error)
            *error = QStringLiteral("This data source cannot be recovered.");
        return std::nullopt;
    }
    /** One article with its original text, or nothing when it is gone. */
    virtual std::optional<Article> article(qint64 id) = 0;
    /** Full-text search over article text; the ids of the matching articles. */
    virtual QSet<qint64> searchArticles(const QString &query) = 0;
    /**
     * Imports files and folders. Called from a worker thread: an implementation opens its own
     * connection there and never touches the GUI.
     */
    virtual ImportReport importPaths(const QStringList &paths, const ImportProgress &progress,
                                     const std::atomic_bool *cancel) = 0;
    /**
     * Where researchers' corrections are kept; null when this data source cannot be corrected. The
     * pointer changes when another project is opened.
     */
    virtual CorrectionLog *correctionLog() { return nullptr; }
    /**
     * Re-runs extraction over every stored article (after a gazetteer change); corrections survive.
     * Called from a worker thread, like importPaths(). False with `error` set when it failed.
     */
    virtual bool reextract(QString *error)
    {
        if (error)
            *error = QStringLiteral("This data source cannot re-extract.");
        return false;
    }
};

} // namespace rasad
