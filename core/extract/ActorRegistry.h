#pragma once

#include "model/Actor.h"
#include "text/KeySet.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace rasad {

class ExtractionLexicon;

/**
 * The people extraction has met across the whole store, gazetteer people and discovered ones alike, in
 * the order first met (so ids are stable from run to run). Participant::actorId refers to an index here.
 * Discovered people are findable by full name and, when no one else shares it, by surname, so later
 * articles that use the surname alone still resolve.
 */
class ActorRegistry
{
public:
    /** Index of the gazetteer person (copied in on first use). */
    int addKnown(const Actor &person);
    /**
     * Index of a discovered person named `nameKeys`/`name`; an existing discovered person whose name
     * contains these words (or is contained in them) is reused and the longer name kept.
     */
    int addDiscovered(const QString &name, const QStringList &nameKeys, const ExtractionLexicon &lexicon);
    /** Records a spelling seen in the text. */
    void addAlias(int index, const QString &surface);
    /** Sets role and country when the person has none yet (the first introduction wins). */
    void noteRole(int index, const QString &title, const QString &titleEn, const QString &country);
    void noteCountry(int index, const QString &country);
    void rememberRoleHolder(const QString &canonicalTitleKey, int index);
    /** True when some name or surname of a discovered person starts with this word key. */
    bool mayStartName(const QString &wordKey) const { return m_firstWords.contains(wordKey); }

    /** A discovered person by full-name or unambiguous surname key, or -1. */
    int findDiscovered(const QString &key) const;
    /** The only person met holding (canonical title key) whose country is `country`, or -1. */
    int roleHolder(const QString &canonicalTitleKey, const QString &country) const;
    /** The index of a gazetteer person already added, or -1. */
    int findKnown(const QString &gazetteerKey) const { return m_byKey.value(gazetteerKey, -1); }

    /** Words of names longest first, for the matcher's look-ahead. */
    int longestNameWords() const { return m_longestName; }

    QList<Actor> &actors() { return m_actors; }
    const QList<Actor> &actors() const { return m_actors; }

private:
    void indexNames(int index, const QStringList &nameKeys, const ExtractionLexicon &lexicon);
    QList<Actor> m_actors;
    QList<QStringList> m_nameKeys;          // discovered people: the words of the name
    QHash<QString, int> m_byKey;            // Actor::key → index
    QHash<QString, int> m_byName;           // full name key → index
    QHash<QString, QList<int>> m_bySurname; // surname key → indices
    QHash<QString, QList<int>> m_byRole;    // canonical title key → indices
    KeySet m_firstWords;
    QHash<QString, QList<int>> m_byWord;     // every word of a discovered name → people
    QHash<QString, QList<int>> m_bySkeleton; // transliteration skeleton of a discovered surname → people
    int m_longestName = 1;
};

} // namespace rasad
