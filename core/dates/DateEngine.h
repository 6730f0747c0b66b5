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
    int start = 0; // [start, end) in the original text, UTF-16 units
    int end = 0;
    QString text;            // the original text of the span
    FuzzyDate value;         // interval, granularity, time of day when given; value.text == text
    bool anchored = false;   // resolved against the publication date
    double confidence = 0.0; // 0..1
    // Contradictions: "month-pair-mismatch", "weekday-mismatch", "hijri-mismatch", "month-day-swapped";
    // "no-anchor" (relative, no publication date: value invalid); "part-of-year" (a third of a year).
    QStringList flags;
    bool planned = false;    // points after the publication date (غداً, المقبل)
    DateClues clues;         // weekday, day and month named, distance from publication (kept unresolved)
};

/**
 * Finds every date, time and relative temporal expression in Arabic text and resolves it to an
 * interval. Month names, weekdays and trigger words come from resources/lexicon/dates.json. A single
 * linear scan over the normalised key; no backtracking regular expression over whole articles.
 *
 * Conventions (documented here because callers rely on them):
 * - A month without a year is the nearest such month not after the publication month; with
 *   المقبل/القادم the next one after it, with الماضي the last one before it. A year in the phrase wins.
 * - A bare weekday (الثلاثاء) is the latest such day on or before publication; الماضي: strictly before;
 *   المقبل: strictly after. With أمس/اليوم/غداً the weekday is checked: one day off → the weekday wins
 *   (late-night reports), lower confidence, flag "weekday-mismatch"; further off → the relative day
 *   stays, flagged.
 * - Parts of a month: early 1–10, mid 11–20, late 21–end (granularity part-of-month). Parts of a year
 *   are thirds: early 1 Jan–30 Apr, mid 1 May–31 Aug, late 1 Sep–31 Dec (granularity year, flag
 *   "part-of-year").
 * - Weeks (الأسبوع الماضي) run Saturday–Friday, the Levantine working calendar (granularity week).
 * - Ranges (من 7 إلى 10 مايو) have granularity range. Clitics (و ف ب ل ك) are left out of the span.
 * - Hijri dates are converted with ICU's Umm al-Qura calendar; when both calendars are given the
 *   Gregorian wins and a disagreement of more than one day is flagged "hijri-mismatch".
 */
class DateEngine
{
public:
    DateEngine(); // the lexicon bundled in resources
    explicit DateEngine(std::shared_ptr<const DateLexicon> lexicon);
    ~DateEngine();

    /**
     * Every expression in `text`, in text order. Relative expressions need `published`; without it
     * they are returned unresolved (invalid value, flag "no-anchor") so callers can still see them.
     */
    QList<TemporalExpression> find(QStringView text, const QDate &published = {}) const;

    const DateLexicon &lexicon() const { return *m_lexicon; }

private:
    std::shared_ptr<const DateLexicon> m_lexicon;
};

} // namespace rasad
