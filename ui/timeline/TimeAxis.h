#pragma once

#include "common/DisplayFormat.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rasad {

/**
 * The ticks of the time axis for a scale and a visible range. The unit adapts to the zoom
 * (years → months → weeks → days) so labels never crowd; a second "context" row names the
 * enclosing month or year. Months shorten their labels (name, short name, number, bare tick) before
 * giving way to years, so an axis fitted to a long record still shows its months.
 */
class TimeAxis
{
public:
    enum class Unit { Day, Week, Month, Year };
    struct Tick
    {
        QDate date;    // the tick sits at the start of this day
        QDate next;    // start of the following tick's period: labels centre between the two
        QString label;
    };

    /** The finest unit whose labels still have room at `pixelsPerDay`. */
    static Unit unitFor(double pixelsPerDay);
    /** For years: label every n-th year so labels keep their distance. */
    static int yearStep(double pixelsPerDay);

    /** Minor ticks (the unit) covering [from, to]. */
    static QList<Tick> ticks(Unit unit, const QDate &from, const QDate &to, double pixelsPerDay,
                             const DisplayFormat &format);
    /** Context ticks: months for days and weeks, years for months, none for years. */
    static QList<Tick> contextTicks(Unit unit, const QDate &from, const QDate &to, const DisplayFormat &format);
};

} // namespace rasad
