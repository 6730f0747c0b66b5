#include "extract/ExtractionRun.h"

#include "text/Segmenter.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentMap>

#include <memory>

namespace rasad {

namespace {

// Bounds the readings kept on huge, varied corpora.
constexpr qsizetype kMaxReadings = 500000;

} // namespace

ExtractionRun::ExtractionRun(const Extractor &extractor) : m_extractor(extractor) {}

void ExtractionRun::noteOfficesNamed(qint64 articleId, const QHash<QString, int> &offices)
{
    if (offices.isEmpty())
        m_officesNamed.remove(articleId);
    else
        m_officesNamed.insert(articleId, offices);
}

const QStringList &ExtractionRun::readingsOf(const QString &wordKey)
{
    auto it = m_readings.find(wordKey);
    if (it == m_readings.end()) {
        if (m_readings.size() > kMaxReadings)
            m_readings.clear();
        it = m_readings.insert(wordKey, Segmenter::cliticReadings(wordKey));
    }
    return *it;
}

namespace {

ExtractionRun::ArticlePages pagesOf(const QList<Article> &articles)
{
    return [&articles, next = qsizetype(0)](qsizetype count) mutable {
        const QList<Article> page = articles.mid(next, count);
        next += page.size();
        return page;
    };
}

} // namespace

/**
 * Calls use(article, prepared) for each article in order, on this thread, while the next batch is read
 * and prepared on the thread pool.
 */
template <typename Use>
bool ExtractionRun::eachPrepared(const ArticlePages &pages, const std::atomic_bool *cancel, Use use)
{
    const auto prepareOne = [this](const Article &article) { return m_extractor.prepare(article); };
    struct Batch
    {
        QList<Article> articles;
        QFuture<PreparedText> prepared; // reads `articles`: a batch is never moved while it runs
    };
    const bool threaded = m_batchSize > 1;
    const auto fetch = [&] {
        auto batch = std::make_unique<Batch>();
        batch->articles = pages(m_batchSize);
        if (threaded && !batch->articles.isEmpty())
            batch->prepared = QtConcurrent::mapped(batch->articles.cbegin(), batch->articles.cend(), prepareOne);
        return batch;
    };
    std::unique_ptr<Batch> current = fetch();
    while (!current->articles.isEmpty()) {
        std::unique_ptr<Batch> next = fetch();
        QList<PreparedText> prepared = threaded ? current->prepared.results() : QList<PreparedText>();
        for (qsizetype i = 0; i < current->articles.size(); ++i) {
            if (cancel && cancel->load()) {
                next->prepared.waitForFinished();
                return false;
            }
            const Article &article = current->articles.at(i);
            use(article, threaded ? prepared.at(i) : prepareOne(article));
        }
        current = std::move(next);
    }
    return true;
}

bool ExtractionRun::discover(const ArticlePages &pages, const std::atomic_bool *cancel)
{
    return eachPrepared(pages, cancel, [&](const Article &article, const PreparedText &prepared) {
        m_extractor.discover(article, prepared, *this);
    });
}

bool ExtractionRun::discover(const QList<Article> &articles, const std::atomic_bool *cancel)
{
    return discover(pagesOf(articles), cancel);
}

bool ExtractionRun::extract(const ArticlePages &pages, const std::atomic_bool *cancel)
{
    return eachPrepared(pages, cancel, [&](const Article &article, const PreparedText &prepared) {
        m_reports << m_extractor.extract(article, prepared, *this);
    });
}

bool ExtractionRun::extract(const QList<Article> &articles, const std::atomic_bool *cancel)
{
    return extract(pagesOf(articles), cancel);
}

void ExtractionRun::settle()
{
    m_extractor.settle(m_reports, m_registry);
}

QList<Event> ExtractionRun::reportsOf(qint64 articleId) const
{
    QList<Event> found;
    for (const Event &e : m_reports)
        for (const EventSource &source : e.sources)
            if (source.articleId == articleId) {
                found << e;
                break;
            }
    return found;
}

} // namespace rasad
