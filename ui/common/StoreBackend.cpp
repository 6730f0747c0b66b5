#include "common/StoreBackend.h"

#include "gazetteer/Gazetteer.h"
#include "pipeline/Extraction.h"
#include "pipeline/Ingestor.h"
#include "store/Store.h"
#include "store/StoreCorrectionLog.h"

#include <QDir>
#include <QFileInfo>
#include <QtDebug>

namespace rasad {

namespace {

/** The bundled gazetteer and the user's files, read afresh: the gazetteer editor may have changed them. */
Gazetteer currentGazetteer()
{
    QStringList warnings;
    Gazetteer gazetteer = Gazetteer::load(Gazetteer::userDirectories(), &warnings);
    for (const QString &warning : std::as_const(warnings))
        qWarning().noquote() << warning;
    return gazetteer;
}

} // namespace

StoreBackend::StoreBackend(QString path) : m_path(std::move(path)) {}

StoreBackend::~StoreBackend() = default;

bool StoreBackend::open(QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    StoreError storeError;
    m_store = Store::open(m_path, &storeError);
    if (!m_store && error)
        *error = storeError.message;
    m_log = m_store ? std::make_unique<StoreCorrectionLog>(*m_store) : nullptr;
    return m_store != nullptr;
}

bool StoreBackend::openProject(const QString &path, QString *error)
{
    StoreError storeError;
    std::unique_ptr<Store> store = Store::open(path, &storeError);
    if (!store) {
        if (error)
            *error = storeError.message;
        return false;
    }
    m_log.reset();
    m_store = std::move(store);
    m_log = std::make_unique<StoreCorrectionLog>(*m_store);
    m_path = path;
    return true;
}

Dataset StoreBackend::loadDataset()
{
    return m_store ? m_store->loadDataset() : Dataset();
}

QString StoreBackend::damage() const
{
    return m_store ? m_store->damage() : QString();
}

QString StoreBackend::readOnlyReason() const
{
    return m_store ? m_store->readOnlyReason() : QString();
}

void StoreBackend::markSeen()
{
    m_seenVersion = m_store ? m_store->dataVersion() : -1;
}

bool StoreBackend::changedElsewhere() const
{
    if (!m_store || m_seenVersion < 0)
        return false;
    const qint64 now = m_store->dataVersion();
    return now >= 0 && now != m_seenVersion;
}

qint64 StoreBackend::articlesAwaitingExtraction() const
{
    return m_store && !m_store->isReadOnly() ? std::max<qint64>(0, m_store->articlesAwaitingExtraction()) : 0;
}

QString StoreBackend::lastReadError() const
{
    return m_store ? m_store->readError().message : QString();
}

std::optional<RecoveryReport> StoreBackend::recoverInto(const QString &newPath, QString *error)
{
    StoreError storeError;
    std::optional<RecoveryReport> report = recoverStore(m_path, newPath, &storeError);
    if (!report && error)
        *error = storeError.message;
    return report;
}

std::optional<Article> StoreBackend::article(qint64 id)
{
    return m_store ? m_store->article(id) : std::nullopt;
}

QSet<qint64> StoreBackend::searchArticles(const QString &query)
{
    QSet<qint64> ids;
    if (!m_store)
        return ids;
    for (const SearchHit &hit : m_store->search(query, 1000))
        ids.insert(hit.articleId);
    return ids;
}

ImportReport StoreBackend::importPaths(const QStringList &paths, const ImportProgress &progress,
                                       const std::atomic_bool *cancel)
{
    // Runs on the import worker: SQLite connections stay on the thread that opened them.
    StoreError error;
    std::unique_ptr<Store> store = Store::open(m_path, &error);
    if (!store) {
        ImportReport report;
        for (const QString &path : paths)
            report.items.append({path, ImportItem::Status::Failed, 0, error.message});
        return report;
    }
    const Gazetteer gazetteer = currentGazetteer();
    Ingestor ingestor(*store, gazetteer);
    return ingestor.importPaths(paths, ImportOptions(), progress, cancel);
}

CorrectionLog *StoreBackend::correctionLog()
{
    return m_log.get();
}

bool StoreBackend::reextract(QString *error)
{
    // Runs on a worker: its own connection, like importPaths(). WAL lets the GUI keep reading meanwhile.
    StoreError storeError;
    std::unique_ptr<Store> store = Store::open(m_path, &storeError);
    if (!store || !extractAll(*store, currentGazetteer(), &storeError)) {
        if (error)
            *error = storeError.message;
        return false;
    }
    return true;
}

} // namespace rasad
