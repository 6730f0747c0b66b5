#pragma once

#include "import/FurnitureLexicon.h"
#include "model/Article.h"

#include <QList>
#include <QStringView>

#include <memory>

namespace rasad {

/**
 * Finds the page furniture in an article's text — related-article blocks with their teasers and view
 * counters, share prompts, section labels at the start or end, aggregator disclaimers, ad markers,
 * repeated title lines — line by line, from the markers in FurnitureLexicon. The text is not changed:
 * the result is a list of spans (kinds: "teaser", "view-counter", "share", "section-label",
 * "navigation", "ad", "disclaimer", "duplicate") that extraction skips.
 */
class FurnitureDetector
{
public:
    explicit FurnitureDetector(std::shared_ptr<const FurnitureLexicon> lexicon = FurnitureLexicon::builtIn());

    /** Spans in text order, not overlapping; neighbouring lines of one kind form one span. */
    QList<TextSpan> detect(QStringView text) const;

    /** True when `offset` falls inside one of `spans`. */
    static bool covers(const QList<TextSpan> &spans, int offset);

private:
    std::shared_ptr<const FurnitureLexicon> m_lexicon;
};

} // namespace rasad
