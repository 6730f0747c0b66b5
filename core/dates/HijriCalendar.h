#pragma once

#include <QDate>

namespace rasad {

/** A day of the Islamic (Umm al-Qura) calendar; month 1 = Muharram. */
struct HijriDate
{
    int year = 0;
    int month = 0;
    int day = 0;
    bool isValid() const { return year > 0 && month >= 1 && month <= 12 && day >= 1; }
};

/**
 * Conversions between the Gregorian and the Umm al-Qura calendar, done by ICU
 * (ar@calendar=islamic-umalqura) so the tables stay ICU's, not ours.
 */
class HijriCalendar
{
public:
    /** The Gregorian day of a Hijri date; invalid when the date does not exist. */
    static QDate toGregorian(int year, int month, int day);
    static HijriDate fromGregorian(const QDate &date);
    /** Days in a Hijri month (29 or 30); 0 when out of range. */
    static int daysInMonth(int year, int month);
};

} // namespace rasad
