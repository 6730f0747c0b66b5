#include "model/FuzzyDate.h"

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

} // namespace rasad
