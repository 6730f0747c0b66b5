#pragma once

#include "model/FuzzyDate.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace rasad {

class DateLexicon;

/** One temporal expression found in a text. */
struct TemporalExpression
{
    int start = 0;             // [start, end) in the original text, UTF-16 units
    int end = 0;
    QString text;              // the original text of the span
    FuzzyDate value;           // interval, granularity, time of day when given; value.text == text
    bool anchored = false;     // resolved against the publication date
    double confidence = 0.0;   // 0..1
    QStringList flags;         // e.g. "month-pair-mismatch", "weekday-mismatch", "hijri-mismatch", "no-anchor"
    bool planned = false;      // points after the publication date (غداً, المقبل)
};

/**
 * Finds every date, time and relative temporal expression in Arabic text and resolves it to an
 * interval. Month names, weekdays and trigger words come from resources/lexicon/*.json. A single
 * linear scan over the normalised key; no backtracking regular expression over whole articles.
 */
class DateEngine
{
public:
    DateEngine();                                  // the lexicon bundled in resources
    explicit DateEngine(std::shared_ptr<const DateLexicon> lexicon);
    ~DateEngine();

    /**
     * Every expression in `text`, in text order. Relative expressions need `published`; without it
     * they are returned unresolved (invalid value, flag "no-anchor") so callers can still see them.
     */
    QList<TemporalExpression> find(QStringView text, const QDate &published = {}) const;

private:
    std::shared_ptr<const DateLexicon> m_lexicon;
};

} // namespace rasad
