#pragma once

#include "model/Article.h"
#include "model/Dataset.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rasad {

/** A span of an article's original text the reader colours, and why. */
struct HighlightSpan
{
    enum class Kind { Evidence, Actor, Date, Trigger };
    int start = 0; // [start, end) in the original text
    int end = 0;
    Kind kind = Kind::Actor;
    QString note;  // tooltip: the actor's canonical name, the date's value, the trigger's type
};

/**
 * Finds what the reader highlights in an article: every spelling of every known actor, the date
 * expressions (DateEngine) and the contact trigger words (resources/lexicon/extraction-triggers.json).
 * Matching runs on the normalised key (text/ArabicNormalizer.h) and maps back to the original
 * offsets, so diacritics and alef forms in the article do not hide a name.
 */
class ArticleHighlights
{
public:
    ArticleHighlights();

    /** Trigger words, as written in the lexicon. Empty when the lexicon is not bundled. */
    const QStringList &triggerWords() const { return m_triggers; }
    void setTriggerWords(const QStringList &words) { m_triggers = words; }

    QList<HighlightSpan> find(const Article &article, const Dataset &dataset) const;

    /** Every whole-word occurrence of `needle`'s key in `text` (a proclitic و ف ب ل may precede it). */
    static QList<std::pair<int, int>> occurrences(const QString &text, const QString &needle);

private:
    QStringList m_triggers;
};

} // namespace rasad
