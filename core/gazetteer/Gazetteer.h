#pragma once

#include "gazetteer/OfficeTitle.h"
#include "gazetteer/Provenance.h"
#include "gazetteer/SpellingRules.h"
#include "model/Actor.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace rasad {

/** A place news names: a city, a base, a palace. */
struct Place
{
    QString key;  // "moscow"
    QString name; // canonical Arabic: "موسكو"
    QString nameEn;
    QString country;     // ISO alpha-2
    QString kind;        // "city", "capital", "base", "building", "region", "country"
    QString within;      // key of the enclosing place ("kremlin" → "moscow"), empty if none
    QStringList aliases; // "العاصمة الروسية", "الكرملين" is its own place within moscow

    friend bool operator==(const Place &, const Place &) = default;
};

/** A ministry, staff, agency or embassy. */
struct Organisation
{
    QString key;
    QString name;
    QString nameEn;
    QString country;
    QStringList aliases;

    friend bool operator==(const Organisation &, const Organisation &) = default;
};

/**
 * Domain knowledge Rasad matches text against: people (with every spelling and their roles with dates
 * in office), places and organisations. Loaded from the JSON files in resources/gazetteer/ (the bundled defaults,
 * compiled in) and from files users add; every lookup works on matching keys (text/ArabicNormalizer.h).
 *
 * Names are indexed under the matching key of the canonical name, every alias, the English name, and
 * the variants SpellingRules derive from them. A leading ال is never stripped automatically: الصباح,
 * الأسد, البشير without it are ordinary words or other first names, so a surname written both ways
 * must list both forms as aliases.
 */
class Gazetteer
{
public:
    /** The bundled gazetteer (resources/gazetteer/) extended by the user's files (userDirectories()). */
    static const Gazetteer &builtIn();
    /** The bundled files merged with every *.json in `userDirs` (in order, later wins); problems in `warnings`. */
    static Gazetteer load(const QStringList &userDirs, QStringList *warnings);
    /** Where users put their own gazetteer files: <AppDataLocation>/gazetteer, lowest priority first. */
    static QStringList userDirectories();
    /** Parses one gazetteer JSON document; nullopt and `error` (naming `origin`) when malformed. */
    static std::optional<Gazetteer> fromJson(const QByteArray &json, const QString &origin, QString *error);
    /** Reads and parses one file; nullopt and `error` (naming the file) when unreadable or malformed. */
    static std::optional<Gazetteer> fromFile(const QString &path, QString *error);
    /** Adds or replaces (by key) everything in `other`: user files extend the bundled defaults. */
    void merge(const Gazetteer &other);
    QByteArray toJson() const;

    /** Adds or replaces (by key) one person; `detail` holds its sources (keys of sources()) and role dates as written.
     */
    void setPerson(const Actor &person, const PersonDetail &detail);
    /** Adds or replaces (by key) one place. */
    void setPlace(const Place &place, const Provenance &provenance);
    /** Adds or replaces one source citation, so entries that cite `key` can be written to a file of their own. */
    void setSource(const QString &key, const QString &citation);
    bool removePerson(const QString &key);
    bool removePlace(const QString &key);
    /**
     * What this gazetteer adds to or changes in `base`: entries missing there or different, titles and spelling
     * rules it lacks, and the sources they cite. Merging the result into `base` gives the same entries as this.
     */
    Gazetteer changesFrom(const Gazetteer &base) const;

    /** The days a date as the files write it ("YYYY", "YYYY-MM", "YYYY-MM-DD") may stand for. */
    struct DateSpan
    {
        QDate earliest;
        QDate latest;
    };
    /** nullopt when `text` is not a date the files accept. */
    static std::optional<DateSpan> dateSpan(const QString &text);
    /**
     * Sets a role's dates from text as the files write it (empty: unknown, or still in office for `to`): the
     * widest interval in `role`, the texts and the sure part in `detail`. False, changing nothing, when a date is
     * malformed or `to` ends before `from` begins.
     */
    static bool setRoleDates(Role &role, RoleDetail &detail, const QString &fromText, const QString &toText);
    /** An ISO 3166-1 alpha-2 code of a real territory ("SY", "RU"), as every country field must be. */
    static bool isCountryCode(const QString &code);
    /** The kinds a place may be: "capital", "city", "base", … */
    static const QStringList &placeKinds();
    /** An entry id: lower-case ASCII letters, digits, '_' or '-', starting with a letter or digit. */
    static bool isValidId(const QString &id);

    const QList<Actor> &people() const { return m_people; }
    const QList<Place> &places() const { return m_places; }
    const QList<Organisation> &organisations() const { return m_organisations; }
    /** Source key → citation ("wiki-lavrov" → "English Wikipedia, 'Sergey Lavrov', retrieved 2026"). */
    const QMap<QString, QString> &sources() const { return m_sources; }
    const QList<OfficeTitle> &titles() const { return m_titles; }
    const SpellingRules &spelling() const { return m_spelling; }

    /** People whose name or an alias has this matching key (a full name or a surname); most specific first. */
    QList<const Actor *> peopleByName(const QString &key) const;
    /** The person who held `title` (matching key, e.g. matchingKey("وزير الدفاع")) for `country` on `day`;
        none when several surely held it that day (a deputy prime minister). */
    const Actor *holderOn(const QString &titleKey, const QString &country, const QDate &day) const;
    const Place *placeByName(const QString &key) const;
    const Organisation *organisationByName(const QString &key) const;
    const Actor *personByKey(const QString &key) const;
    const Place *placeByKey(const QString &key) const;
    const Organisation *organisationByKey(const QString &key) const;

    /** Sources, note and date precision of a person's entry; nullptr for an unknown key. */
    const PersonDetail *personDetail(const QString &personKey) const;
    const Provenance *placeProvenance(const QString &placeKey) const;
    const Provenance *organisationProvenance(const QString &organisationKey) const;

    /** The generic title (its matching key) that a title as written stands for: "وزير خارجية" → "وزير الخارجيه". */
    QString canonicalTitleKey(const QString &titleKey) const;
    /** Every matching key a person is found under (names, aliases and their spelling variants). */
    QStringList nameKeysOf(const QString &personKey) const;
    /** Matching keys that find more than one person, sorted. */
    QStringList ambiguousNameKeys() const;
    /** Cross-reference problems: places `within` an unknown place, titles sharing a variant. Empty when sound. */
    QStringList problems() const;

    /** The longest number of words any name or alias has: how far a matcher needs to look ahead. */
    int longestNameWords() const { return m_longestNameWords; }

private:
    struct NameHit
    {
        int person = 0;
        bool derived = false; // found through a spelling variant, not a name the file lists
    };

    void reindex();
    QStringList variantsOf(const QString &key, const QString &country) const;
    int rankOf(const NameHit &hit) const;

    QList<Actor> m_people;
    QList<PersonDetail> m_personDetails; // parallel to m_people
    QList<Place> m_places;
    QList<Provenance> m_placeProvenance; // parallel to m_places
    QList<Organisation> m_organisations;
    QList<Provenance> m_organisationProvenance; // parallel to m_organisations
    QMap<QString, QString> m_sources;
    QList<OfficeTitle> m_titles;
    SpellingRules m_spelling;

    QHash<QString, QList<NameHit>> m_peopleByKey;
    QHash<QString, int> m_personByKey;
    QHash<QString, int> m_placeByKey;
    QHash<QString, int> m_placeByName;
    QHash<QString, int> m_organisationByKey;
    QHash<QString, int> m_organisationByName;
    QHash<QString, QString> m_canonicalTitle; // matching key of a title or variant → key of its generic title
    QHash<QString, QList<std::pair<int, int>>> m_rolesByTitle; // generic title key → (person, role) indexes
    QList<QStringList> m_wordGroupKeys;                        // SpellingRules::wordGroups as matching keys
    QHash<QString, int> m_wordGroupOf;                         // word key → index of its group in m_wordGroupKeys
    int m_longestNameWords = 1;
};

} // namespace rasad
