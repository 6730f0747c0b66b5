#include "dates/HijriCalendar.h"

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <cmath>
#include <memory>
#include <unordered_map>
#include <utility>

namespace rasad {

namespace {

constexpr qint64 kUnixEpochJulianDay = 2440588;
constexpr double kMsPerDay = 86400000.0;

/** A fresh Umm al-Qura calendar on GMT (ICU calendars are not thread-safe, so one per call). */
std::unique_ptr<icu::Calendar> umalqura()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Calendar> cal(icu::Calendar::createInstance(
        icu::TimeZone::getGMT()->clone(), icu::Locale("ar@calendar=islamic-umalqura"), status));
    if (U_FAILURE(status))
        return nullptr;
    cal->setLenient(false);
    return cal;
}

} // namespace

/** The first day (Julian day) and length of a Hijri month, or {0, 0}; ICU is slow here, so cached. */
static std::pair<qint64, int> monthInfo(int year, int month)
{
    thread_local std::unordered_map<int, std::pair<qint64, int>> cache;
    const int key = year * 16 + month;
    if (const auto it = cache.find(key); it != cache.end())
        return it->second;
    std::pair<qint64, int> info{0, 0};
    if (auto cal = umalqura()) {
        UErrorCode status = U_ZERO_ERROR;
        cal->clear();
        cal->set(UCAL_ERA, 0);
        cal->set(year, month - 1, 1);
        const UDate ms = cal->getTime(status);
        const int days = cal->getActualMaximum(UCAL_DATE, status);
        if (U_SUCCESS(status))
            info = {qint64(std::floor(ms / kMsPerDay)) + kUnixEpochJulianDay, days};
    }
    if (cache.size() > 4096)
        cache.clear();
    cache.emplace(key, info);
    return info;
}

QDate HijriCalendar::toGregorian(int year, int month, int day)
{
    if (year < 1 || year > 3000 || month < 1 || month > 12 || day < 1 || day > 30)
        return {};
    const auto [first, days] = monthInfo(year, month);
    if (days == 0 || day > days)
        return {};
    return QDate::fromJulianDay(first + day - 1);
}

HijriDate HijriCalendar::fromGregorian(const QDate &date)
{
    if (!date.isValid())
        return {};
    thread_local std::unordered_map<qint64, HijriDate> cache;
    if (const auto it = cache.find(date.toJulianDay()); it != cache.end())
        return it->second;
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
    if (cache.size() > 4096)
        cache.clear();
    cache.emplace(date.toJulianDay(), h);
    return h;
}

int HijriCalendar::daysInMonth(int year, int month)
{
    if (year < 1 || year > 3000 || month < 1 || month > 12)
        return 0;
    return monthInfo(year, month).second;
}

} // namespace rasad
