#pragma once

#include "extract/ActorRegistry.h"
#include "extract/Extractor.h"
#include "model/Article.h"
#include "model/Event.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace rasad {

/**
 * One extraction over a set of articles, and everything it learns on the way: the people met (the
 * registry), each article's reports, the clitic readings of the words seen. The Extractor holds only
 * rules; a run is the state, so what one article produced can be read back, and runs are independent.
 *
 * Articles are independent until people are registered: a run prepares their texts (words, sentences,
 * dates) on other threads, a batch ahead of the articles it is registering, and registers in article
 * order, so a run gives the same record whatever the number of cores. Articles come a batch at a time
 * (ArticlePages), so a run holds two batches of text, never the corpus; each pass prepares its texts
 * afresh rather than keeping every article's words between the passes.
 */
class ExtractionRun
{
public:
    /** The next `count` articles at most, in the order of the run; an empty list ends them. */
    using ArticlePages = std::function<QList<Article>(qsizetype count)>;

    explicit ExtractionRun(const Extractor &extractor);

    /**
     * First pass: registers everyone the articles introduce. Run it over every article before
     * extract(), so a person introduced in one article is known by surname in all. False when `cancel`
     * stopped it.
     */
    bool discover(const ArticlePages &pages, const std::atomic_bool *cancel = nullptr);
    bool discover(const QList<Article> &articles, const std::atomic_bool *cancel = nullptr);
    /** Second pass, over the same articles in the same order: one report per contact each tells. */
    bool extract(const ArticlePages &pages, const std::atomic_bool *cancel = nullptr);
    bool extract(const QList<Article> &articles, const std::atomic_bool *cancel = nullptr);
    /** After both passes: Extractor::settle over every report. */
    void settle();

    ActorRegistry &registry() { return m_registry; }
    const ActorRegistry &registry() const { return m_registry; }
    QList<Event> &reports() { return m_reports; }
    /** The reports one article produced (Event::sources name it), in the order extract() made them. */
    QList<Event> reportsOf(qint64 articleId) const;

    /** The clitic readings of a word key, analysed once per run: news reuses a small vocabulary. */
    const QStringList &readingsOf(const QString &wordKey);

    /** The offices an article names people in (office|country → actor, -1 when two), kept from discover() for extract(). */
    void noteOfficesNamed(qint64 articleId, const QHash<QString, int> &offices);
    QHash<QString, int> officesNamedIn(qint64 articleId) const { return m_officesNamed.value(articleId); }

    /** Articles prepared ahead of the one being registered; 1 prepares each on the calling thread. */
    void setBatchSize(int articles) { m_batchSize = articles < 1 ? 1 : articles; }

private:
    template <typename Use> bool eachPrepared(const ArticlePages &pages, const std::atomic_bool *cancel, Use use);

    const Extractor &m_extractor;
    ActorRegistry m_registry;
    QList<Event> m_reports;
    QHash<QString, QStringList> m_readings;
    QHash<qint64, QHash<QString, int>> m_officesNamed; // only articles that name someone in an office
    int m_batchSize = 64;
};

} // namespace rasad
