#include "timeline/TimeAxis.h"

#include <QLocale>

namespace rasad {

namespace {
// Room a label needs, in pixels, at the default font size. Arabic month names are the widest.
constexpr double kDayRoom = 26.0;
constexpr double kWeekRoom = 34.0;
constexpr double kMonthRoom = 96.0;
constexpr double kYearRoom = 56.0;
// Narrower months: a short name, then the month's number, then a bare tick. Months stay on the axis
// down to a few pixels each, so a picture fitted to years of record still says which months.
constexpr double kShortMonthRoom = 46.0;
constexpr double kNumberMonthRoom = 16.0;
constexpr double kBareMonthRoom = 4.0;
constexpr double kDaysPerMonth = 30.44;
} // namespace

TimeAxis::Unit TimeAxis::unitFor(double pixelsPerDay)
{
    if (pixelsPerDay >= kDayRoom)
        return Unit::Day;
    if (pixelsPerDay * 7 >= kWeekRoom)
        return Unit::Week;
    if (pixelsPerDay * kDaysPerMonth >= kBareMonthRoom)
        return Unit::Month;
    return Unit::Year;
}

int TimeAxis::yearStep(double pixelsPerDay)
{
    for (int step : {1, 2, 5, 10, 20, 50, 100})
        if (pixelsPerDay * 365.25 * step >= kYearRoom)
            return step;
    return 100;
}

QList<TimeAxis::Tick> TimeAxis::ticks(Unit unit, const QDate &from, const QDate &to, double pixelsPerDay,
                                      const DisplayFormat &format)
{
    QList<Tick> result;
    if (!from.isValid() || !to.isValid() || to < from)
        return result;
    switch (unit) {
    case Unit::Day:
        for (QDate d = from; d <= to; d = d.addDays(1))
            result.append({d, d.addDays(1), format.number(d.day())});
        break;
    case Unit::Week: {
        const Qt::DayOfWeek first = QLocale(format.language()).firstDayOfWeek();
        QDate d = from.addDays(-((from.dayOfWeek() - int(first) + 7) % 7));
        for (; d <= to; d = d.addDays(7))
            result.append({d, d.addDays(7), format.number(d.day())});
        break;
    }
    case Unit::Month: {
        const double room = pixelsPerDay * 28; // the shortest month decides
        for (QDate d(from.year(), from.month(), 1); d <= to; d = d.addMonths(1)) {
            const QString name = format.monthName(d.month());
            const QString shortName = format.monthName(d.month(), true);
            // Arabic month names have no short form (the locale repeats the long one): a number then.
            QString label;
            if (room >= kMonthRoom)
                label = name;
            else if (room >= kShortMonthRoom && shortName != name)
                label = shortName;
            else if (room >= kNumberMonthRoom)
                label = format.number(d.month());
            result.append({d, d.addMonths(1), label});
        }
        break;
    }
    case Unit::Year: {
        const int step = yearStep(pixelsPerDay);
        const int firstYear = from.year() - (((from.year() % step) + step) % step);
        for (QDate d(firstYear, 1, 1); d <= to; d = d.addYears(step))
            result.append({d, d.addYears(step), format.year(d.year())});
        break;
    }
    }
    return result;
}

QList<TimeAxis::Tick> TimeAxis::contextTicks(Unit unit, const QDate &from, const QDate &to,
                                             const DisplayFormat &format)
{
    QList<Tick> result;
    if (!from.isValid() || !to.isValid() || to < from)
        return result;
    switch (unit) {
    case Unit::Day:
    case Unit::Week:
        for (QDate d(from.year(), from.month(), 1); d <= to; d = d.addMonths(1))
            result.append({d, d.addMonths(1), format.monthName(d.month()) % QLatin1Char(' ') % format.year(d.year())});
        break;
    case Unit::Month:
        for (QDate d(from.year(), 1, 1); d <= to; d = d.addYears(1))
            result.append({d, d.addYears(1), format.year(d.year())});
        break;
    case Unit::Year:
        break;
    }
    return result;
}

} // namespace rasad
