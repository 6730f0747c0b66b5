#include "extract/ActorRegistry.h"

#include "extract/ExtractionLexicon.h"
#include "text/ArabicNormalizer.h"
#include "text/Transliteration.h"

#include <algorithm>

namespace rasad {

int ActorRegistry::addKnown(const Actor &person)
{
    const auto it = m_byKey.constFind(person.key);
    if (it != m_byKey.cend())
        return *it;
    Actor copy = person;
    copy.id = 0;
    copy.discovered = false;
    m_actors << copy;
    m_nameKeys << QStringList{};
    const int index = int(m_actors.size()) - 1;
    m_byKey.insert(copy.key, index);
    return index;
}

int ActorRegistry::findDiscovered(const QString &key) const
{
    const auto full = m_byName.constFind(key);
    if (full != m_byName.cend())
        return *full;
    const auto sur = m_bySurname.constFind(key);
    if (sur != m_bySurname.cend() && sur->size() == 1)
        return sur->constFirst();
    return -1;
}

int ActorRegistry::roleHolder(const QString &canonicalTitleKey, const QString &country) const
{
    int found = -1;
    for (int index : m_byRole.value(canonicalTitleKey)) {
        if (m_actors.at(index).country != country)
            continue;
        if (found >= 0)
            return -1; // two people held it: the title alone does not say which
        found = index;
    }
    return found;
}

void ActorRegistry::rememberRoleHolder(const QString &canonicalTitleKey, int index)
{
    if (canonicalTitleKey.isEmpty())
        return;
    QList<int> &holders = m_byRole[canonicalTitleKey];
    if (!holders.contains(index))
        holders << index;
}

static bool containsAllWords(const QStringList &longer, const QStringList &shorter)
{
    for (const QString &w : shorter)
        if (!longer.contains(w))
            return false;
    return true;
}

int ActorRegistry::addDiscovered(const QString &name, const QStringList &nameKeys, const ExtractionLexicon &lexicon)
{
    const QString fullKey = nameKeys.join(QLatin1Char(' '));
    const auto it = m_byName.constFind(fullKey);
    if (it != m_byName.cend())
        return *it;
    // The same person written longer or shorter (ألكسندر لافرنتييف / لافرنتييف ألكسندر لازاريفيتش).
    QList<int> candidates;
    for (const QString &word : nameKeys)
        candidates += m_byWord.value(word);
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    for (int i : std::as_const(candidates)) {
        const QStringList &other = m_nameKeys.at(i);
        if (other.size() < 2 || !m_actors.at(i).discovered)
            continue;
        if (containsAllWords(other, nameKeys) || containsAllWords(nameKeys, other)) {
            if (nameKeys.size() > other.size()) {
                m_actors[i].aliases << m_actors.at(i).name;
                m_actors[i].name = name;
                m_nameKeys[i] = nameKeys;
            }
            indexNames(i, nameKeys, lexicon);
            return i;
        }
    }
    // Another spelling of someone already discovered (غروزديف / جروزديف): the same person, and the
    // record says why. Only long foreign surnames are matched this way (see maySpellTheSameName).
    const QString skeleton = transliterationSkeleton(nameKeys.constLast());
    for (int i : m_bySkeleton.value(skeleton)) {
        if (!m_actors.at(i).discovered || !maySpellTheSameName(m_nameKeys.at(i), nameKeys))
            continue;
        m_actors[i].aliases << name;
        const QString why =
            QStringLiteral("spellings joined: %1 = %2 (transliteration)").arg(m_actors.at(i).name, name);
        m_actors[i].mergeNote =
            m_actors.at(i).mergeNote.isEmpty() ? why : m_actors.at(i).mergeNote + QStringLiteral("; ") + why;
        m_byName.insert(fullKey, i);
        return i;
    }
    Actor actor;
    actor.kind = ActorKind::Person;
    actor.key = QStringLiteral("discovered:") + fullKey;
    actor.name = name;
    actor.discovered = true;
    m_actors << actor;
    m_nameKeys << nameKeys;
    const int index = int(m_actors.size()) - 1;
    m_byKey.insert(actor.key, index);
    indexNames(index, nameKeys, lexicon);
    if (transliterationSkeleton(nameKeys.constLast()).size() >= 4)
        m_bySkeleton[skeleton] << index;
    return index;
}

void ActorRegistry::indexNames(int index, const QStringList &nameKeys, const ExtractionLexicon &lexicon)
{
    m_byName.insert(nameKeys.join(QLatin1Char(' ')), index);
    for (const QString &word : nameKeys)
        if (!m_byWord.value(word).contains(index))
            m_byWord[word] << index;
    m_firstWords.insert(nameKeys.constFirst());
    m_longestName = std::max(m_longestName, int(nameKeys.size()));
    // Surname: the first word in Surname-Given-Patronymic order, else the last word with a particle before it.
    QString surname;
    if (lexicon.endsWithPatronymic(nameKeys) && nameKeys.size() >= 3) {
        surname = nameKeys.constFirst();
    } else {
        int last = int(nameKeys.size()) - 1;
        while (last > 0 && lexicon.backwardParticles.contains(nameKeys.at(last)))
            --last;
        surname = nameKeys.at(last);
        if (last > 0 && lexicon.forwardParticles.contains(nameKeys.at(last - 1)))
            surname = nameKeys.at(last - 1) + QLatin1Char(' ') + surname;
    }
    if (surname.size() < 3 || lexicon.stopWords.contains(surname))
        return;
    m_firstWords.insert(surname.section(QLatin1Char(' '), 0, 0));
    QList<int> &owners = m_bySurname[surname];
    if (!owners.contains(index))
        owners << index;
}

void ActorRegistry::addAlias(int index, const QString &surface)
{
    Actor &a = m_actors[index];
    const QString s = surface.simplified();
    if (s.isEmpty() || s == a.name || a.aliases.contains(s))
        return;
    a.aliases << s;
}

void ActorRegistry::noteRole(int index, const QString &title, const QString &titleEn, const QString &country)
{
    Actor &a = m_actors[index];
    if (!a.discovered)
        return; // the gazetteer's roles are authoritative
    if (a.country.isEmpty() && !country.isEmpty())
        a.country = country;
    if (title.isEmpty())
        return;
    for (const Role &r : std::as_const(a.roles))
        if (r.title == title)
            return;
    Role role;
    role.title = title;
    role.titleEn = titleEn;
    role.country = country.isEmpty() ? a.country : country;
    a.roles << role;
}

void ActorRegistry::noteCountry(int index, const QString &country)
{
    Actor &a = m_actors[index];
    if (a.country.isEmpty() && !country.isEmpty()) {
        a.country = country;
        for (Role &r : a.roles)
            if (r.country.isEmpty())
                r.country = country;
    }
}

} // namespace rasad
