#include "common/DisplayFormat.h"

#include "export/Labels.h"
#include "gazetteer/Gazetteer.h"
#include "text/ArabicNormalizer.h"
#include "text/ShortName.h"

#include <QCoreApplication>
#include <QHash>

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace rasad {

QString DisplayFormat::eventTypeName(EventType type) const
{
    switch (type) {
    case EventType::Meeting:
        return QCoreApplication::translate("DisplayFormat", "Meeting");
    case EventType::Visit:
        return QCoreApplication::translate("DisplayFormat", "Visit");
    case EventType::Call:
        return QCoreApplication::translate("DisplayFormat", "Phone call");
    case EventType::Delegation:
        return QCoreApplication::translate("DisplayFormat", "Delegation");
    case EventType::Message:
        return QCoreApplication::translate("DisplayFormat", "Message");
    case EventType::Other:
        break;
    }
    return QCoreApplication::translate("DisplayFormat", "Other contact");
}

QString DisplayFormat::placeName(const QString &place) const
{
    if (isArabic() || place.isEmpty())
        return place;
    const Place *known = Gazetteer::builtIn().placeByName(matchingKey(place));
    return known && !known->nameEn.isEmpty() ? known->nameEn : place; // unknown: as written, not a guess
}

QString DisplayFormat::countryName(const QString &iso2) const
{
    if (iso2.isEmpty())
        return QCoreApplication::translate("DisplayFormat", "Unknown country");
    static QHash<QString, QString> cache;
    const QString key = language() % QLatin1Char('/') % iso2;
    if (auto it = cache.constFind(key); it != cache.cend())
        return *it;
    const icu::Locale region("", iso2.toLatin1().constData());
    icu::UnicodeString name;
    region.getDisplayCountry(icu::Locale(language().toLatin1().constData()), name);
    QString result = QString(reinterpret_cast<const QChar *>(name.getBuffer()), name.length());
    if (result.isEmpty() || result == iso2)
        result = iso2;
    cache.insert(key, result);
    return result;
}

QStringList DisplayFormat::topicIds()
{
    return Labels::topicIds();
}

QString DisplayFormat::topicName(const QString &topicId) const
{
    return Labels::topic(topicId, language());
}

QString DisplayFormat::shortName(const QString &name)
{
    return shortPersonName(name);
}

} // namespace rasad
