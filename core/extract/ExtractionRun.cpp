#include "extract/ExtractionRun.h"

#include "text/Segmenter.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentMap>

#include <optional>

namespace rasad {

namespace {

// Bounds the readings kept on huge, varied corpora.
constexpr qsizetype kMaxReadings = 500000;

} // namespace

ExtractionRun::ExtractionRun(const Extractor &extractor) : m_extractor(extractor) {}

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

/**
 * Calls use(article, prepared) for each article in order, on this thread, while the next batch is
 * prepared on the thread pool. With `reuseKept`, what discover() kept of an article is completed
 * (its word keys) instead of prepared again.
 */
template <typename Use>
bool ExtractionRun::eachPrepared(const QList<Article> &articles, const std::atomic_bool *cancel, bool reuseKept,
                                 Use use)
{
    const auto prepareOne = [this, reuseKept](const Article &article) {
        if (reuseKept && article.id != 0) {
            const auto kept = m_kept.constFind(article.id); // read only while batches are prepared
            if (kept != m_kept.cend() && kept->textLength == article.originalText.size()) {
                PreparedText p = *kept;
                p.restoreKeys(article);
                return p;
            }
        }
        return m_extractor.prepare(article);
    };
    const auto batchAt = [&](qsizetype from) {
        return QtConcurrent::mapped(articles.begin() + from,
                                    articles.begin() + std::min(articles.size(), from + m_batchSize), prepareOne);
    };
    const bool threaded = m_batchSize > 1;
    std::optional<QFuture<PreparedText>> next;
    if (threaded && !articles.isEmpty())
        next = batchAt(0);
    for (qsizetype from = 0; from < articles.size(); from += m_batchSize) {
        QList<PreparedText> batch;
        if (threaded) {
            batch = next->results();
            next.reset();
            if (from + m_batchSize < articles.size())
                next = batchAt(from + m_batchSize);
        }
        const qsizetype end = std::min(articles.size(), from + m_batchSize);
        for (qsizetype i = from; i < end; ++i) {
            if (cancel && cancel->load()) {
                if (next)
                    next->waitForFinished(); // its workers read `articles` and m_kept
                return false;
            }
            use(articles.at(i), threaded ? std::move(batch[i - from]) : prepareOne(articles.at(i)));
        }
    }
    return true;
}

bool ExtractionRun::discover(const QList<Article> &articles, const std::atomic_bool *cancel)
{
    QHash<qint64, PreparedText> kept;
    const bool done = eachPrepared(articles, cancel, false, [&](const Article &article, PreparedText prepared) {
        m_extractor.discover(article, prepared, *this);
        if (article.id != 0) {
            prepared.dropKeys();
            kept.insert(article.id, std::move(prepared));
        }
    });
    m_kept.insert(kept); // after the pass: workers read m_kept only in extract()
    return done;
}

bool ExtractionRun::extract(const QList<Article> &articles, const std::atomic_bool *cancel)
{
    const bool done = eachPrepared(articles, cancel, true, [&](const Article &article, const PreparedText &prepared) {
        m_reports << m_extractor.extract(article, prepared, *this);
    });
    m_kept.clear();
    return done;
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
