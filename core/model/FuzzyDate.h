#pragma once

#include <QDate>
#include <QString>
#include <QTime>

namespace rasad {

/** How precisely a date is known; an interval [start, end] always carries one. */
enum class Granularity { Unknown, Day, Week, PartOfMonth, Month, Year, Range };

QString granularityName(Granularity g);             // "day", "part-of-month", ... as in the export
Granularity granularityFromName(const QString &name); // inverse; Unknown for anything else

/** A date as news states it: an interval on the Gregorian calendar, with the phrase it came from. */
struct FuzzyDate
{
    QDate start;
    QDate end;
    Granularity granularity = Granularity::Unknown;
    QTime time;        // time of day when the text gives one
    QString text;      // the phrase as written

    bool isValid() const { return start.isValid() && end.isValid() && start <= end; }
    bool isExactDay() const { return isValid() && start == end; }
    /** True when the two intervals share at least one day. */
    bool overlaps(const FuzzyDate &other) const;
    /** Length in days (1 for a single day, 0 when invalid). */
    qint64 lengthDays() const;

    friend bool operator==(const FuzzyDate &, const FuzzyDate &) = default;
};

} // namespace rasad
