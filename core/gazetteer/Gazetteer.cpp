#include "gazetteer/Gazetteer.h"

#include "text/ArabicNormalizer.h"

#include <QDir>
#include <QSet>
#include <QStandardPaths>
#include <QtDebug>

#include <algorithm>
#include <tuple>

namespace rasad {

namespace {

/** Entries and what is kept beside them live in parallel lists: both change at `at`, or both grow. */
template <typename Entry, typename Beside>
void replaceOrAppend(QList<Entry> &entries, QList<Beside> &besides, int at, const Entry &entry, const Beside &beside)
{
    if (at >= 0) {
        entries[at] = entry;
        besides[at] = beside;
    } else {
        entries.append(entry);
        besides.append(beside);
    }
}

/** The bundled files, compiled in by core/gazetteer/CMakeLists.txt; later files may refer to earlier ones. */
const char *const kBundledFiles[] = {"titles.json", "people.json", "places.json", "organisations.json"};

/** The key a name is indexed under: the matching key with runs of white space made one space. */
QString indexKey(const QString &text)
{
    return matchingKey(text).simplified();
}

/** True when simplified() would return `text` as it is: the usual case, checked without building a copy. */
bool isSimplified(QStringView text)
{
    bool previousSpace = true; // so that leading white space counts
    for (const QChar c : text) {
        const bool space = c.isSpace();
        if (space && (previousSpace || c != u' '))
            return false;
        previousSpace = space;
    }
    return text.isEmpty() || !previousSpace;
}

int wordCount(const QString &key)
{
    return key.isEmpty() ? 0 : int(key.count(u' ')) + 1;
}

/** Joins "prefix word" into "prefixword" (joined = true) or splits "prefixword" (joined = false). */
QString rewriteCompounds(const QString &key, const QStringList &prefixes, bool joined)
{
    QStringList words = key.split(u' ', Qt::SkipEmptyParts);
    QStringList out;
    for (int i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        bool done = false;
        for (const QString &p : prefixes) {
            if (joined && w == p && i + 1 < words.size()) {
                out.append(w + words.at(i + 1));
                ++i;
                done = true;
                break;
            }
            // Split only when what follows the prefix is a word of its own (three letters or more).
            if (!joined && w.startsWith(p) && w.size() >= p.size() + 3) {
                out.append(p);
                out.append(w.mid(p.size()));
                done = true;
                break;
            }
        }
        if (!done)
            out.append(w);
    }
    return out.join(u' ');
}

} // namespace

const Gazetteer &Gazetteer::builtIn()
{
    static const Gazetteer instance = [] {
        QStringList warnings;
        Gazetteer g = load(userDirectories(), &warnings);
        for (const QString &w : std::as_const(warnings))
            qWarning().noquote() << w;
        return g;
    }();
    return instance;
}

QStringList Gazetteer::userDirectories()
{
    QStringList dirs;
    const QStringList locations = QStandardPaths::standardLocations(QStandardPaths::AppDataLocation);
    for (auto it = locations.crbegin(); it != locations.crend(); ++it) // the writable one last: it wins
        dirs.append(*it + QStringLiteral("/gazetteer"));
    return dirs;
}

Gazetteer Gazetteer::load(const QStringList &userDirs, QStringList *warnings)
{
    Gazetteer g;
    auto add = [&](const QString &path) {
        QString error;
        if (const std::optional<Gazetteer> part = fromFile(path, &error))
            g.merge(*part);
        else if (warnings)
            warnings->append(error + QStringLiteral(" (file skipped)"));
    };
    for (const char *file : kBundledFiles)
        add(QStringLiteral(":/rasad/gazetteer/") + QLatin1String(file));
    for (const QString &dirPath : userDirs) {
        const QDir dir(dirPath);
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &file : files)
            add(dir.filePath(file));
    }
    return g;
}

void Gazetteer::merge(const Gazetteer &other)
{
    for (auto it = other.m_sources.begin(); it != other.m_sources.end(); ++it)
        m_sources.insert(it.key(), it.value());

    for (int i = 0; i < other.m_people.size(); ++i) {
        const Actor &a = other.m_people.at(i);
        const int at = m_personByKey.value(a.key, -1);
        if (at >= 0) {
            m_people[at] = a;
            m_personDetails[at] = other.m_personDetails.at(i);
        } else {
            m_personByKey.insert(a.key, int(m_people.size()));
            m_people.append(a);
            m_personDetails.append(other.m_personDetails.at(i));
        }
    }
    for (int i = 0; i < other.m_places.size(); ++i) {
        const Place &p = other.m_places.at(i);
        const int at = m_placeByKey.value(p.key, -1);
        if (at >= 0) {
            m_places[at] = p;
            m_placeProvenance[at] = other.m_placeProvenance.at(i);
        } else {
            m_placeByKey.insert(p.key, int(m_places.size()));
            m_places.append(p);
            m_placeProvenance.append(other.m_placeProvenance.at(i));
        }
    }
    for (int i = 0; i < other.m_organisations.size(); ++i) {
        const Organisation &o = other.m_organisations.at(i);
        const int at = m_organisationByKey.value(o.key, -1);
        if (at >= 0) {
            m_organisations[at] = o;
            m_organisationProvenance[at] = other.m_organisationProvenance.at(i);
        } else {
            m_organisationByKey.insert(o.key, int(m_organisations.size()));
            m_organisations.append(o);
            m_organisationProvenance.append(other.m_organisationProvenance.at(i));
        }
    }
    for (const OfficeTitle &t : other.m_titles) {
        const QString key = indexKey(t.title);
        const auto same = std::find_if(m_titles.begin(), m_titles.end(),
                                       [&](const OfficeTitle &mine) { return indexKey(mine.title) == key; });
        if (same != m_titles.end())
            *same = t;
        else
            m_titles.append(t);
    }
    for (const QString &p : other.m_spelling.joinablePrefixes)
        if (!m_spelling.joinablePrefixes.contains(p))
            m_spelling.joinablePrefixes.append(p);
    for (const SpellingRules::LetterGroup &g : other.m_spelling.letterGroups)
        if (!m_spelling.letterGroups.contains(g))
            m_spelling.letterGroups.append(g);
    for (const QStringList &g : other.m_spelling.wordGroups)
        if (!m_spelling.wordGroups.contains(g))
            m_spelling.wordGroups.append(g);
    reindex();
}

void Gazetteer::setPerson(const Actor &person, const PersonDetail &detail)
{
    PersonDetail padded = detail;
    while (padded.roles.size() < person.roles.size()) // toJson reads one detail per role
        padded.roles.append(RoleDetail{});
    replaceOrAppend(m_people, m_personDetails, m_personByKey.value(person.key, -1), person, padded);
    reindex();
}

void Gazetteer::setPlace(const Place &place, const Provenance &provenance)
{
    replaceOrAppend(m_places, m_placeProvenance, m_placeByKey.value(place.key, -1), place, provenance);
    reindex();
}

void Gazetteer::setSource(const QString &key, const QString &citation)
{
    m_sources.insert(key, citation);
}

bool Gazetteer::removePerson(const QString &key)
{
    const int at = m_personByKey.value(key, -1);
    if (at < 0)
        return false;
    m_people.removeAt(at);
    m_personDetails.removeAt(at);
    reindex();
    return true;
}

bool Gazetteer::removePlace(const QString &key)
{
    const int at = m_placeByKey.value(key, -1);
    if (at < 0)
        return false;
    m_places.removeAt(at);
    m_placeProvenance.removeAt(at);
    reindex();
    return true;
}

Gazetteer Gazetteer::changesFrom(const Gazetteer &base) const
{
    Gazetteer out;
    QSet<QString> cited;
    const auto cite = [&cited](const Provenance &p) {
        for (const QString &key : p.sources)
            cited.insert(key);
    };
    const auto samePerson = [](const Actor &a, const Actor &b) {
        return std::tie(a.key, a.kind, a.name, a.nameEn, a.country, a.aliases, a.roles, a.mentionOnly) ==
               std::tie(b.key, b.kind, b.name, b.nameEn, b.country, b.aliases, b.roles, b.mentionOnly);
    };
    for (int i = 0; i < m_people.size(); ++i) {
        const Actor &mine = m_people.at(i);
        const PersonDetail &detail = m_personDetails.at(i);
        const Actor *theirs = base.personByKey(mine.key);
        if (theirs && samePerson(*theirs, mine) && *base.personDetail(mine.key) == detail)
            continue;
        out.m_people.append(mine);
        out.m_personDetails.append(detail);
        cite(detail.provenance);
        for (const RoleDetail &role : detail.roles)
            cite(role.provenance);
    }
    for (int i = 0; i < m_places.size(); ++i) {
        const Place &mine = m_places.at(i);
        const Place *theirs = base.placeByKey(mine.key);
        if (theirs && *theirs == mine && *base.placeProvenance(mine.key) == m_placeProvenance.at(i))
            continue;
        out.m_places.append(mine);
        out.m_placeProvenance.append(m_placeProvenance.at(i));
        cite(m_placeProvenance.at(i));
    }
    for (int i = 0; i < m_organisations.size(); ++i) {
        const Organisation &mine = m_organisations.at(i);
        const Organisation *theirs = base.organisationByKey(mine.key);
        if (theirs && *theirs == mine && *base.organisationProvenance(mine.key) == m_organisationProvenance.at(i))
            continue;
        out.m_organisations.append(mine);
        out.m_organisationProvenance.append(m_organisationProvenance.at(i));
        cite(m_organisationProvenance.at(i));
    }
    for (const OfficeTitle &t : m_titles)
        if (!base.m_titles.contains(t))
            out.m_titles.append(t);
    for (const QString &p : m_spelling.joinablePrefixes)
        if (!base.m_spelling.joinablePrefixes.contains(p))
            out.m_spelling.joinablePrefixes.append(p);
    for (const SpellingRules::LetterGroup &g : m_spelling.letterGroups)
        if (!base.m_spelling.letterGroups.contains(g))
            out.m_spelling.letterGroups.append(g);
    for (const QStringList &g : m_spelling.wordGroups)
        if (!base.m_spelling.wordGroups.contains(g))
            out.m_spelling.wordGroups.append(g);
    for (auto it = m_sources.begin(); it != m_sources.end(); ++it)
        if (cited.contains(it.key()) || base.m_sources.value(it.key()) != it.value())
            out.m_sources.insert(it.key(), it.value());
    out.reindex();
    return out;
}

QStringList Gazetteer::variantsOf(const QString &key, const QString &country) const
{
    QStringList prefixes;
    for (const QString &p : m_spelling.joinablePrefixes)
        prefixes.append(indexKey(p));
    QStringList forms{key};
    if (!prefixes.isEmpty()) {
        forms.append(rewriteCompounds(key, prefixes, true));
        forms.append(rewriteCompounds(key, prefixes, false));
    }
    // Given names with several spellings: every listed alternative of every word that has one.
    for (const QString &word : key.split(u' ', Qt::SkipEmptyParts)) {
        const int groupIndex = m_wordGroupOf.value(word, -1);
        if (groupIndex < 0)
            continue;
        const QStringList &group = m_wordGroupKeys.at(groupIndex);
        const QStringList base = forms;
        for (const QString &form : base) {
            QStringList words = form.split(u' ');
            const qsizetype at = words.indexOf(word);
            if (at < 0)
                continue;
            for (const QString &alternative : group) {
                words[at] = alternative;
                forms.append(words.join(u' '));
            }
        }
    }
    forms.removeDuplicates();
    for (const SpellingRules::LetterGroup &group : m_spelling.letterGroups) {
        if (!group.countries.contains(country))
            continue;
        const QStringList base = forms;
        for (const QString &form : base) {
            for (const QString &target : group.letters) {
                QString v = form;
                for (const QString &letter : group.letters)
                    v.replace(letter, target);
                forms.append(v);
            }
        }
    }
    forms.removeDuplicates();
    forms.removeAll(key);
    return forms;
}

void Gazetteer::reindex()
{
    m_peopleByKey.clear();
    m_personByKey.clear();
    m_placeByKey.clear();
    m_placeByName.clear();
    m_organisationByKey.clear();
    m_organisationByName.clear();
    m_canonicalTitle.clear();
    m_rolesByTitle.clear();
    m_longestNameWords = 1;
    m_wordGroupKeys.clear();
    m_wordGroupOf.clear();
    for (const QStringList &group : std::as_const(m_spelling.wordGroups)) {
        QStringList keys;
        for (const QString &w : group)
            keys.append(indexKey(w));
        m_wordGroupKeys.append(keys);
    }
    for (int g = 0; g < m_wordGroupKeys.size(); ++g)
        for (const QString &k : m_wordGroupKeys.at(g))
            m_wordGroupOf.insert(k, g);

    auto noteWords = [this](const QString &key) { m_longestNameWords = std::max(m_longestNameWords, wordCount(key)); };

    for (const OfficeTitle &t : std::as_const(m_titles)) {
        const QString canonical = indexKey(t.title);
        m_canonicalTitle.insert(canonical, canonical);
        for (const QString &v : t.variants)
            m_canonicalTitle.insert(indexKey(v), canonical);
    }

    for (int i = 0; i < m_people.size(); ++i) {
        const Actor &a = m_people.at(i);
        m_personByKey.insert(a.key, i);
        auto addHit = [&](const QString &key, bool derived) {
            if (key.isEmpty())
                return;
            QList<NameHit> &hits = m_peopleByKey[key];
            const auto mine = std::find_if(hits.begin(), hits.end(), [i](const NameHit &h) { return h.person == i; });
            if (mine == hits.end())
                hits.append(NameHit{i, derived});
            else
                mine->derived = mine->derived && derived;
            noteWords(key);
        };
        QStringList names{a.name};
        names += a.aliases;
        if (!a.nameEn.isEmpty())
            names.append(a.nameEn);
        for (const QString &name : std::as_const(names)) {
            const QString key = indexKey(name);
            addHit(key, false);
            for (const QString &variant : variantsOf(key, a.country))
                addHit(variant, true);
        }
        for (int r = 0; r < a.roles.size(); ++r)
            m_rolesByTitle[canonicalTitleKey(indexKey(a.roles.at(r).title))].append({i, r});
    }

    for (QList<NameHit> &hits : m_peopleByKey) {
        if (hits.size() > 1)
            std::stable_sort(hits.begin(), hits.end(), [this](const NameHit &x, const NameHit &y) {
                return std::make_tuple(rankOf(x), x.person) < std::make_tuple(rankOf(y), y.person);
            });
    }

    for (int i = 0; i < m_places.size(); ++i) {
        const Place &p = m_places.at(i);
        m_placeByKey.insert(p.key, i);
        QStringList names{p.name};
        names += p.aliases;
        if (!p.nameEn.isEmpty())
            names.append(p.nameEn);
        for (const QString &name : std::as_const(names)) {
            const QString key = indexKey(name);
            for (const QString &form : QStringList{key} + variantsOf(key, p.country)) {
                if (!m_placeByName.contains(form))
                    m_placeByName.insert(form, i);
                noteWords(form);
            }
        }
    }

    for (int i = 0; i < m_organisations.size(); ++i) {
        const Organisation &o = m_organisations.at(i);
        m_organisationByKey.insert(o.key, i);
        QStringList names{o.name};
        names += o.aliases;
        if (!o.nameEn.isEmpty())
            names.append(o.nameEn);
        for (const QString &name : std::as_const(names)) {
            const QString key = indexKey(name);
            if (!m_organisationByName.contains(key))
                m_organisationByName.insert(key, i);
            noteWords(key);
        }
    }
}

int Gazetteer::rankOf(const NameHit &hit) const
{
    // Smaller is more specific: a name the file lists beats a derived spelling; a party to contacts beats
    // someone only mentioned; a person in office beats one whose offices have all ended.
    const Actor &a = m_people.at(hit.person);
    const bool inOffice = std::any_of(a.roles.cbegin(), a.roles.cend(), [](const Role &r) { return !r.to.isValid(); });
    return (hit.derived ? 4 : 0) + (a.mentionOnly ? 2 : 0) + (inOffice ? 0 : 1);
}

QList<const Actor *> Gazetteer::peopleByName(const QString &key) const
{
    // Hits are kept most specific first (reindex sorts them), so a lookup is a hash find and a copy.
    auto it = m_peopleByKey.constFind(key);
    if (it == m_peopleByKey.constEnd()) {
        if (isSimplified(key))
            return {};
        const QString simplified = key.simplified();
        if (simplified.size() == key.size())
            return {};
        it = m_peopleByKey.constFind(simplified);
        if (it == m_peopleByKey.constEnd())
            return {};
    }
    QList<const Actor *> out;
    out.reserve(it->size());
    for (const NameHit &h : *it)
        out.append(&m_people.at(h.person));
    return out;
}

QString Gazetteer::canonicalTitleKey(const QString &titleKey) const
{
    const QString key = titleKey.simplified();
    return m_canonicalTitle.value(key, key);
}

const Actor *Gazetteer::holderOn(const QString &titleKey, const QString &country, const QDate &day) const
{
    const auto it = m_rolesByTitle.constFind(canonicalTitleKey(titleKey));
    if (it == m_rolesByTitle.constEnd() || !day.isValid())
        return nullptr;
    const Actor *best = nullptr;
    bool bestCertain = false;
    QDate bestFrom;
    int surelyInOffice = 0; // holders surely in office that day, not on a day of handover
    for (const auto &[person, roleIndex] : it.value()) {
        const Role &role = m_people.at(person).roles.at(roleIndex);
        if (role.country != country || !role.heldOn(day))
            continue;
        // A holder whose dates surely cover the day beats one who only may have held it (dates known to
        // the year or month); among equals, the most recent appointment.
        const RoleDetail &detail = m_personDetails.at(person).roles.at(roleIndex);
        const bool certain = (!detail.certainFrom.isValid() || detail.certainFrom <= day) &&
                             (!detail.certainTo.isValid() || day <= detail.certainTo);
        if (certain && role.from != day && role.to != day)
            ++surelyInOffice;
        const QDate from = role.from.isValid() ? role.from : QDate(1, 1, 1);
        if (!best || std::make_tuple(certain, from) > std::make_tuple(bestCertain, bestFrom)) {
            best = &m_people.at(person);
            bestCertain = certain;
            bestFrom = from;
        }
    }
    // An office several hold at once (a deputy prime minister, a deputy minister) names none of them.
    return surelyInOffice > 1 ? nullptr : best;
}

const Place *Gazetteer::placeByName(const QString &key) const
{
    const int i = m_placeByName.value(isSimplified(key) ? key : key.simplified(), -1);
    return i >= 0 ? &m_places.at(i) : nullptr;
}

const Organisation *Gazetteer::organisationByName(const QString &key) const
{
    const int i = m_organisationByName.value(key.simplified(), -1);
    return i >= 0 ? &m_organisations.at(i) : nullptr;
}

const Actor *Gazetteer::personByKey(const QString &key) const
{
    const int i = m_personByKey.value(key, -1);
    return i >= 0 ? &m_people.at(i) : nullptr;
}

const Place *Gazetteer::placeByKey(const QString &key) const
{
    const int i = m_placeByKey.value(key, -1);
    return i >= 0 ? &m_places.at(i) : nullptr;
}

const Organisation *Gazetteer::organisationByKey(const QString &key) const
{
    const int i = m_organisationByKey.value(key, -1);
    return i >= 0 ? &m_organisations.at(i) : nullptr;
}

const PersonDetail *Gazetteer::personDetail(const QString &personKey) const
{
    const int i = m_personByKey.value(personKey, -1);
    return i >= 0 ? &m_personDetails.at(i) : nullptr;
}

const Provenance *Gazetteer::placeProvenance(const QString &placeKey) const
{
    const int i = m_placeByKey.value(placeKey, -1);
    return i >= 0 ? &m_placeProvenance.at(i) : nullptr;
}

const Provenance *Gazetteer::organisationProvenance(const QString &organisationKey) const
{
    const int i = m_organisationByKey.value(organisationKey, -1);
    return i >= 0 ? &m_organisationProvenance.at(i) : nullptr;
}

QStringList Gazetteer::nameKeysOf(const QString &personKey) const
{
    const int i = m_personByKey.value(personKey, -1);
    QStringList keys;
    if (i < 0)
        return keys;
    for (auto it = m_peopleByKey.cbegin(); it != m_peopleByKey.cend(); ++it)
        if (std::any_of(it.value().cbegin(), it.value().cend(), [i](const NameHit &h) { return h.person == i; }))
            keys.append(it.key());
    keys.sort();
    return keys;
}

QStringList Gazetteer::ambiguousNameKeys() const
{
    QStringList keys;
    for (auto it = m_peopleByKey.cbegin(); it != m_peopleByKey.cend(); ++it)
        if (it.value().size() > 1)
            keys.append(it.key());
    keys.sort();
    return keys;
}

QStringList Gazetteer::problems() const
{
    QStringList out;
    for (const Place &p : m_places)
        if (!p.within.isEmpty() && !m_placeByKey.contains(p.within))
            out.append(QStringLiteral("place \"%1\" is within unknown place \"%2\"").arg(p.key, p.within));
    QHash<QString, QString> titleOf;
    for (const OfficeTitle &t : m_titles) {
        for (const QString &v : QStringList{t.title} + t.variants) {
            const QString key = indexKey(v);
            const QString owner = titleOf.value(key);
            if (!owner.isEmpty() && owner != t.title)
                out.append(
                    QStringLiteral("title variant \"%1\" belongs to both \"%2\" and \"%3\"").arg(v, owner, t.title));
            titleOf.insert(key, t.title);
        }
    }
    QHash<QString, QString> placeOf;
    for (const Place &p : m_places) {
        for (const QString &name : QStringList{p.name} + p.aliases) {
            const QString key = indexKey(name);
            const QString owner = placeOf.value(key);
            if (!owner.isEmpty() && owner != p.key)
                out.append(
                    QStringLiteral("place name \"%1\" belongs to both \"%2\" and \"%3\"").arg(name, owner, p.key));
            placeOf.insert(key, p.key);
        }
    }
    QHash<QString, QString> organisationOf;
    for (const Organisation &o : m_organisations) {
        for (const QString &name : QStringList{o.name} + o.aliases) {
            const QString key = indexKey(name);
            const QString owner = organisationOf.value(key);
            if (!owner.isEmpty() && owner != o.key)
                out.append(QStringLiteral("organisation name \"%1\" belongs to both \"%2\" and \"%3\"")
                               .arg(name, owner, o.key));
            organisationOf.insert(key, o.key);
        }
    }
    return out;
}

} // namespace rasad
