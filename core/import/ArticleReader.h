#pragma once

#include "import/DatelineFinder.h"
#include "import/FurnitureDetector.h"
#include "import/FurnitureLexicon.h"
#include "import/Manifest.h"
#include "model/Article.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace rasad {

/** One file read: the article, or the one line saying why not; notes on what was assumed. */
struct ReadResult
{
    std::optional<Article> article;
    QString error; // "<path>: <problem>"
    QStringList
        notes; // "<path>: <assumption>", e.g. the encoding guessed (an unknown date shows as DateOrigin::Unknown)
};

/**
 * Turns one file into an Article ready for the store: checks it is a readable regular file of
 * reasonable size, decodes it (TextDecoder) or extracts a web page's text (HtmlExtractor), records
 * the page furniture (FurnitureDetector), takes title, date, source and URL from the manifest entry or
 * finds them in the text (DatelineFinder), and hashes the decoded text. Never throws, never crashes on
 * bad bytes: every problem becomes ReadResult::error.
 */
class ArticleReader
{
public:
    /** Files above this are refused: no news article comes near it, and reading one must not exhaust memory. */
    static constexpr qint64 kMaxFileBytes = 20 * 1024 * 1024;

    explicit ArticleReader(std::shared_ptr<const FurnitureLexicon> lexicon = FurnitureLexicon::builtIn());

    ReadResult read(const QString &path, const ManifestEntry *entry = nullptr) const;
    /** Reads bytes already in memory as if they were the file `path` (its name decides .txt or .html). */
    ReadResult readBytes(const QByteArray &bytes, const QString &path, const ManifestEntry *entry = nullptr) const;

private:
    std::shared_ptr<const FurnitureLexicon> m_lexicon;
    FurnitureDetector m_furniture;
    DatelineFinder m_dateline;
};

} // namespace rasad
