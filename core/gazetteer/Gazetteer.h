#pragma once

#include "model/Actor.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rasad {

/** A place news names: a city, a base, a palace. */
struct Place
{
    QString key;            // "moscow"
    QString name;           // canonical Arabic: "موسكو"
    QString nameEn;
    QString country;        // ISO alpha-2
    QString kind;           // "city", "capital", "base", "building", "region", "country"
    QString within;         // key of the enclosing place ("kremlin" → "moscow"), empty if none
    QStringList aliases;    // "العاصمة الروسية", "الكرملين" is its own place within moscow
};

/** A ministry, staff, agency or embassy. */
struct Organisation
{
    QString key;
    QString name;
    QString nameEn;
    QString country;
    QStringList aliases;
};

/**
 * Domain knowledge Rasad matches text against: people (with every spelling and their roles with dates
 * in office), places and organisations. Loaded from resources/gazetteer/*.json (the bundled defaults,
 * compiled in) and from files users add; every lookup works on matching keys (text/ArabicNormalizer.h).
 */
class Gazetteer
{
public:
    /** The bundled gazetteer (resources/gazetteer/). */
    static const Gazetteer &builtIn();
    /** Parses one gazetteer JSON document; nullopt and `error` (naming `origin`) when malformed. */
    static std::optional<Gazetteer> fromJson(const QByteArray &json, const QString &origin, QString *error);
    /** Adds or replaces (by key) everything in `other`: user files extend the bundled defaults. */
    void merge(const Gazetteer &other);
    QByteArray toJson() const;

    const QList<Actor> &people() const { return m_people; }
    const QList<Place> &places() const { return m_places; }
    const QList<Organisation> &organisations() const { return m_organisations; }

    /** People whose name or an alias has this matching key (a full name or a surname); most specific first. */
    QList<const Actor *> peopleByName(const QString &key) const;
    /** The person who held `title` (matching key, e.g. matchingKey("وزير الدفاع")) for `country` on `day`. */
    const Actor *holderOn(const QString &titleKey, const QString &country, const QDate &day) const;
    const Place *placeByName(const QString &key) const;
    const Organisation *organisationByName(const QString &key) const;
    const Actor *personByKey(const QString &key) const;

    /** The longest number of words any name or alias has: how far a matcher needs to look ahead. */
    int longestNameWords() const { return m_longestNameWords; }

private:
    void reindex();
    QList<Actor> m_people;
    QList<Place> m_places;
    QList<Organisation> m_organisations;
    QHash<QString, QList<int>> m_peopleByKey;
    QHash<QString, int> m_placeByKey;
    QHash<QString, int> m_organisationByKey;
    int m_longestNameWords = 1;
};

} // namespace rasad
