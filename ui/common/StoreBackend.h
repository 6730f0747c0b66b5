#pragma once

#include "common/ProjectBackend.h"

#include <memory>

namespace rasad {

class Store;
class StoreCorrectionLog;

/** The explorer's data from a project file: a Store on the GUI thread, another per import worker. */
class StoreBackend : public ProjectBackend
{
public:
    explicit StoreBackend(QString path);
    ~StoreBackend() override;

    /** Opens the file now; false with `error` when it cannot be opened or migrated. */
    bool open(QString *error);

    QString location() const override { return m_path; }
    bool openProject(const QString &path, QString *error) override;
    Dataset loadDataset() override;
    QString damage() const override;
    QString readOnlyReason() const override;
    qint64 articlesAwaitingExtraction() const override;
    void markSeen() override;
    bool changedElsewhere() const override;
    QString lastReadError() const override;
    std::optional<RecoveryReport> recoverInto(const QString &newPath, QString *error) override;
    std::optional<Article> article(qint64 id) override;
    QSet<qint64> searchArticles(const QString &query) override;
    ImportReport importPaths(const QStringList &paths, const ImportProgress &progress,
                             const std::atomic_bool *cancel) override;
    CorrectionLog *correctionLog() override;
    bool reextract(QString *error) override;

private:
    QString m_path;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<StoreCorrectionLog> m_log; // on m_store; replaced with it
    qint64 m_seenVersion = -1;                 // PRAGMA data_version at the last markSeen()
};

} // namespace rasad
