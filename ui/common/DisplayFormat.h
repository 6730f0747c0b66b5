#pragma once

#include "export/LocaleFormat.h"
#include "model/Event.h"
#include "model/FuzzyDate.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace rasad {

/**
 * How dates, numbers and names are written on screen: LocaleFormat's language, month names and digits
 * (shared with the exports core writes), and the interface's words for types, countries and topics.
 */
class DisplayFormat : public LocaleFormat
{
public:
    QString eventTypeName(EventType type) const;
    /** Country name in the interface language, from ICU's locale data; the code itself when unknown. */
    QString countryName(const QString &iso2) const;
    /** A place as the record writes it (in Arabic), in the display's language: the gazetteer's English name in English. */
    QString placeName(const QString &place) const;
    /** A topic id ("military") in the interface language, from resources/lexicon/labels.json. */
    QString topicName(const QString &topicId) const;
    /** The topic ids the explorer knows names for (resources/lexicon/labels.json), sorted. */
    static QStringList topicIds();
    /** The part of a name a crowded label shows: the short name people use (text/ShortName.h). */
    static QString shortName(const QString &name);

    bool operator==(const DisplayFormat &) const = default;
};

} // namespace rasad
