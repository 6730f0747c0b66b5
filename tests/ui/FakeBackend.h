#pragma once

#include "common/ProjectBackend.h"

#include <QCoreApplication>
#include <QThread>

namespace rasad::test {

/** A hand-built project: the views are tested on data whose answers we know. */
class FakeBackend : public ProjectBackend
{
public:
    Dataset data;
    QHash<qint64, QString> texts; // article id → original text
    QStringList importedPaths;
    bool importOffGuiThread = false;
    QString damageText;    // as a Store says of a file that failed its integrity check
    QString readOnlyText;  // as a Store says of a read-only file or folder
    QString readErrorText; // as a Store says of a read that met a damaged page

    QString location() const override { return QStringLiteral("test data"); }
    Dataset loadDataset() override { return data; }
    QString damage() const override { return damageText; }
    QString readOnlyReason() const override { return damageText.isEmpty() ? readOnlyText : damageText; }
    QString lastReadError() const override { return readErrorText; }
    std::optional<Article> article(qint64 id) override
    {
        for (const Article &a : data.articles)
            if (a.id == id) {
                Article full = a;
                full.originalText = texts.value(id);
                return full;
            }
        return std::nullopt;
    }
    QSet<qint64> searchArticles(const QString &query) override
    {
        QSet<qint64> ids;
        for (auto it = texts.cbegin(); it != texts.cend(); ++it)
            if (it.value().contains(query))
                ids.insert(it.key());
        return ids;
    }
    ImportReport importPaths(const QStringList &paths, const ImportProgress &progress,
                             const std::atomic_bool *cancel) override
    {
        importOffGuiThread = QThread::currentThread() != QCoreApplication::instance()->thread();
        ImportReport report;
        for (int i = 0; i < paths.size(); ++i) {
            if (cancel && *cancel) {
                report.cancelled = true;
                break;
            }
            if (progress)
                progress(i, int(paths.size()), paths.at(i));
            const bool bad = paths.at(i).endsWith(QLatin1String(".bin"));
            report.items.append({paths.at(i), bad ? ImportItem::Status::Failed : ImportItem::Status::Imported, bad ? 0 : 100 + i,
                                 bad ? paths.at(i) + QStringLiteral(": not a text file") : QString()});
            importedPaths.append(paths.at(i));
        }
        return report;
    }
};

} // namespace rasad::test
