#include "model/Event.h"
#include "model/Article.h"

#include <array>
#include <utility>

namespace rasad {

namespace {

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[v, name] : table)
        if (v == value)
            return QString::fromLatin1(name);
    return QString::fromLatin1(table.front().second);
}

template <typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &name, Enum fallback)
{
    for (const auto &[v, text] : table)
        if (name == QLatin1String(text))
            return v;
    return fallback;
}

constexpr std::array<std::pair<EventType, const char *>, 6> kEventTypes{{
    {EventType::Other, "other"},
    {EventType::Meeting, "meeting"},
    {EventType::Visit, "visit"},
    {EventType::Call, "call"},
    {EventType::Delegation, "delegation"},
    {EventType::Message, "message"},
}};

constexpr std::array<std::pair<DateSource, const char *>, 7> kDateSources{{
    {DateSource::None, "none"},
    {DateSource::Sentence, "sentence"},
    {DateSource::GoverningExpression, "governing"},
    {DateSource::MainEvent, "main-event"},
    {DateSource::User, "user"},
    {DateSource::Publication, "publication"},
    {DateSource::Terms, "terms"},
}};

constexpr std::array<std::pair<Factuality, const char *>, 4> kFactualities{{
    {Factuality::Happened, "happened"},
    {Factuality::Planned, "planned"},
    {Factuality::Denied, "denied"},
    {Factuality::Hypothetical, "hypothetical"},
}};

constexpr std::array<std::pair<DateOrigin, const char *>, 6> kDateOrigins{{
    {DateOrigin::Unknown, "unknown"},
    {DateOrigin::Manifest, "manifest"},
    {DateOrigin::Text, "text"},
    {DateOrigin::User, "user"},
    {DateOrigin::Url, "url"},
    {DateOrigin::Metadata, "metadata"},
}};

} // namespace

QString eventTypeName(EventType type)
{
    return nameOf(kEventTypes, type);
}
EventType eventTypeFromName(const QString &name)
{
    return valueOf(kEventTypes, name, EventType::Other);
}
QString dateSourceName(DateSource source)
{
    return nameOf(kDateSources, source);
}
DateSource dateSourceFromName(const QString &name)
{
    return valueOf(kDateSources, name, DateSource::None);
}
QString factualityName(Factuality f)
{
    return nameOf(kFactualities, f);
}
Factuality factualityFromName(const QString &name)
{
    return valueOf(kFactualities, name, Factuality::Happened);
}
QString dateOriginName(DateOrigin origin)
{
    return nameOf(kDateOrigins, origin);
}
DateOrigin dateOriginFromName(const QString &name)
{
    return valueOf(kDateOrigins, name, DateOrigin::Unknown);
}

} // namespace rasad
