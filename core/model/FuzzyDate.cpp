#include "model/FuzzyDate.h"

#include <QStringList>

#include <array>
#include <utility>

namespace rasad {

namespace {
constexpr std::array<std::pair<Granularity, const char *>, 7> kGranularityNames{{
    {Granularity::Unknown, "unknown"},
    {Granularity::Day, "day"},
    {Granularity::Week, "week"},
    {Granularity::PartOfMonth, "part-of-month"},
    {Granularity::Month, "month"},
    {Granularity::Year, "year"},
    {Granularity::Range, "range"},
}};
} // namespace

QString granularityName(Granularity g)
{
    for (const auto &[value, name] : kGranularityNames)
        if (value == g)
            return QString::fromLatin1(name);
    return QStringLiteral("unknown");
}

Granularity granularityFromName(const QString &name)
{
    for (const auto &[value, text] : kGranularityNames)
        if (name == QLatin1String(text))
            return value;
    return Granularity::Unknown;
}

bool FuzzyDate::overlaps(const FuzzyDate &other) const
{
    return isValid() && other.isValid() && start <= other.end && other.start <= end;
}

qint64 FuzzyDate::lengthDays() const
{
    return isValid() ? start.daysTo(end) + 1 : 0;
}

bool DateClues::fit(const QDate &d) const
{
    if (!d.isValid())
        return true;
    return (!weekday || d.dayOfWeek() == weekday) && (!month || d.month() == month) && (!day || d.day() == day);
}

bool DateClues::fitAny(const FuzzyDate &date) const
{
    if (!date.isValid() || (!weekday && !month))
        return true;
    if (date.lengthDays() > 366)
        return true; // every weekday and month occurs
    for (QDate d = date.start; d <= date.end; d = d.addDays(1))
        if (fit(d))
            return true;
    return false;
}

bool DateClues::combine(const DateClues &other, DateClues *out) const
{
    const auto agree = [](int a, int b) { return !a || !b || a == b; };
    if (!agree(weekday, other.weekday) || !agree(month, other.month) || !agree(day, other.day) ||
        (fromPublication && other.fromPublication && dayOffset != other.dayOffset))
        return false;
    DateClues both = *this;
    both.weekday = weekday ? weekday : other.weekday;
    both.month = month ? month : other.month;
    both.day = day ? day : other.day;
    if (!fromPublication && other.fromPublication) {
        both.fromPublication = true;
        both.dayOffset = other.dayOffset;
    }
    *out = both;
    return true;
}

QString DateClues::describe() const
{
    static const char *const names[] = {"",         "Monday", "Tuesday",  "Wednesday",
                                        "Thursday", "Friday", "Saturday", "Sunday"};
    QStringList parts;
    if (weekday >= 1 && weekday <= 7)
        parts << QString::fromLatin1(names[weekday]);
    if (month)
        parts << (day ? QStringLiteral("%1/%2").arg(day).arg(month) : QStringLiteral("month %1").arg(month));
    return parts.join(QLatin1Char(' '));
}

} // namespace rasad
