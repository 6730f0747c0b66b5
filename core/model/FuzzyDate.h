#pragma once

#include <QDate>
#include <QString>
#include <QTime>

namespace rasad {

/** How precisely a date is known; an interval [start, end] always carries one. */
enum class Granularity { Unknown, Day, Week, PartOfMonth, Month, Year, Range };

QString granularityName(Granularity g);               // "day", "part-of-month", ... as in the export
Granularity granularityFromName(const QString &name); // inverse; Unknown for anything else

/** A date as news states it: an interval on the Gregorian calendar, with the phrase it came from. */
struct FuzzyDate
{
    QDate start;
    QDate end;
    Granularity granularity = Granularity::Unknown;
    QTime time;   // time of day when the text gives one
    QString text; // the phrase as written

    bool isValid() const { return start.isValid() && end.isValid() && start <= end; }
    bool isExactDay() const { return isValid() && start == end; }
    /** True when the two intervals share at least one day. */
    bool overlaps(const FuzzyDate &other) const;
    /** Length in days (1 for a single day, 0 when invalid). */
    qint64 lengthDays() const;

    friend bool operator==(const FuzzyDate &, const FuzzyDate &) = default;
};

/**
 * What a date phrase still tells when it cannot be resolved (a page with no publication date): the
 * weekday it names, the day and month it gives without a year, and for اليوم/أمس/غداً its distance
 * from the publication day. "اليوم الاثنين" can then only be a Monday, "31 تموز" only a 31 July.
 */
struct DateClues
{
    int weekday = 0;              // 1 = Monday … 7 = Sunday (Qt's numbering); 0 when none is named
    int month = 0;                // Gregorian month, 0 when none is given
    int day = 0;                  // day of the month, 0 when none is given
    bool fromPublication = false; // اليوم/أمس/غداً: the day lies dayOffset days from publication
    int dayOffset = 0;

    bool any() const { return weekday || month || fromPublication; }
    /** False when the day contradicts a clue (another weekday, another day or month). */
    bool fit(const QDate &day) const;
    /** For a vaguer date: false only when no day of [start, end] fits. */
    bool fitAny(const FuzzyDate &date) const;
    /**
     * Both phrases' clues, for two phrases in apposition ("اليوم، الأربعاء 14 آذار"): true with `out`
     * set when they agree (no two weekdays, days or months), false when they contradict each other.
     */
    bool combine(const DateClues &other, DateClues *out) const;
    /** "Monday", "31/7", "Monday 3/7": the clues in words, for merge reasons. */
    QString describe() const;

    friend bool operator==(const DateClues &, const DateClues &) = default;
};

} // namespace rasad
