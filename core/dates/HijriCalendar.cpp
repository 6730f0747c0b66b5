#include "dates/HijriCalendar.h"

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <cmath>
#include <memory>

namespace rasad {

namespace {

constexpr qint64 kUnixEpochJulianDay = 2440588;
constexpr double kMsPerDay = 86400000.0;

/** A fresh Umm al-Qura calendar on GMT (ICU calendars are not thread-safe, so one per call). */
std::unique_ptr<icu::Calendar> umalqura()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Calendar> cal(
        icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), icu::Locale("ar@calendar=islamic-umalqura"),
                                      status));
    if (U_FAILURE(status))
        return nullptr;
    cal->setLenient(false);
    return cal;
}

} // namespace

QDate HijriCalendar::toGregorian(int year, int month, int day)
{
    if (year < 1 || year > 3000 || month < 1 || month > 12 || day < 1 || day > 30)
        return {};
    if (day > daysInMonth(year, month))
        return {};
    auto cal = umalqura();
    if (!cal)
        return {};
    UErrorCode status = U_ZERO_ERROR;
    cal->clear();
    cal->set(UCAL_ERA, 0);
    cal->set(year, month - 1, day);
    const UDate ms = cal->getTime(status);
    if (U_FAILURE(status))
        return {};
    return QDate::fromJulianDay(qint64(std::floor(ms / kMsPerDay)) + kUnixEpochJulianDay);
}

HijriDate HijriCalendar::fromGregorian(const QDate &date)
{
    if (!date.isValid())
        return {};
    auto cal = umalqura();
    if (!cal)
        return {};
    UErrorCode status = U_ZERO_ERROR;
    cal->setTime(double(date.toJulianDay() - kUnixEpochJulianDay) * kMsPerDay, status);
    HijriDate h;
    h.year = cal->get(UCAL_YEAR, status);
    h.month = cal->get(UCAL_MONTH, status) + 1;
    h.day = cal->get(UCAL_DATE, status);
    if (U_FAILURE(status))
        return {};
    return h;
}

int HijriCalendar::daysInMonth(int year, int month)
{
    if (year < 1 || year > 3000 || month < 1 || month > 12)
        return 0;
    auto cal = umalqura();
    if (!cal)
        return 0;
    UErrorCode status = U_ZERO_ERROR;
    cal->clear();
    cal->set(UCAL_ERA, 0);
    cal->set(year, month - 1, 1);
    const int days = cal->getActualMaximum(UCAL_DATE, status);
    return U_FAILURE(status) ? 0 : days;
}

} // namespace rasad
