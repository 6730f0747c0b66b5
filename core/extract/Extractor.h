#pragma once

#include "dates/DateEngine.h"
#include "model/Actor.h"
#include "model/Article.h"
#include "model/Event.h"
#include "text/KeySet.h"
#include "text/Segmenter.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <utility>

namespace rasad {

class ActorRegistry;
class ExtractionLexicon;
class ExtractionRun;
class Gazetteer;
struct Organisation;
class PhraseTable;
struct PhraseMatch;

/**
 * What extraction reads from an article's text alone, before anyone in it is known: its words, sentences
 * and dates. Preparing is the part of extraction that needs no other article, so it runs on any thread.
 */
struct PreparedText
{
    QList<Word> words;
    QList<TextSpan> sentences;
    QList<TemporalExpression> dates;
};

/**
 * Reads the contacts an article reports: people (gazetteer spellings, people introduced by title, rank
 * and nationality, later mentions by surname, by office or as نظيره), then one Event per sentence that
 * reports a contact, with type, participants, place, date (and how it was found), topics, planned flag
 * and evidence. Page furniture is skipped. Rules read ExtractionLexicon; nothing is specific to a text.
 *
 * Run discover() over every article first, so a person introduced in one article is known by surname in
 * all of them, then extract() over every article, then settle() once over all reports. ExtractionRun does
 * that and holds what a run learns; the Extractor itself holds only rules, so one serves many threads.
 */
class Extractor
{
public:
    Extractor(const Gazetteer &gazetteer, const DateEngine &dates, const ExtractionLexicon &lexicon);

    /** Words, sentences and dates of `article`; safe to call from several threads at once. */
    PreparedText prepare(const Article &article) const;
    /** Registers the people `article` introduces (name, office, country) in `run`'s registry. */
    void discover(const Article &article, const PreparedText &prepared, ExtractionRun &run) const;
    /** One Event per report of a contact, each with one source; Participant::actorId indexes the run's registry. */
    QList<Event> extract(const Article &article, const PreparedText &prepared, ExtractionRun &run) const;
    /**
     * After all articles: gives people whose nationality the text never stated the most likely one (from
     * the people they are named with), drops reports that are not contacts between countries, sets
     * CAMEO codes and marks people who never took part in a contact as mention-only.
     */
    void settle(QList<Event> &reports, ActorRegistry &registry) const;

private:
    struct Scan;
    struct Mention;
    struct TitlePhrase;
    Scan scan(const Article &article, const PreparedText &prepared, ExtractionRun &run) const;
    QList<Mention> findMentions(Scan &s, int sentence, ActorRegistry &registry) const;
    bool parseTitle(const Scan &s, int index, int end, const ActorRegistry &registry, TitlePhrase &out) const;
    /** The words of "و + second country" after a dual office's first country, noted in `out`; 0 if none. */
    int secondCountryOfDual(const Scan &s, int index, int end, const PhraseTable &countries, TitlePhrase &out) const;
    /** Whether `word` is أن, إن, بأن (the complementizer after a reporting verb). */
    bool isComplementizer(const Scan &s, int word) const;
    /** The contact verb read under a future prefix at `word` (سيلتقي, ستجري), or no match. */
    PhraseMatch futureContactVerb(const Scan &s, int word) const;
    /** Whether `word` is one of the words of a name (not a title) among `mentions`. */
    static bool inPersonName(const QList<Mention> &mentions, int word);
    /** Whether words [begin, end) name a body or occupation of no public office (مجلس الأعمال, الباحث). */
    bool nonPublicOffice(const Scan &s, int begin, int end) const;
    /** Whether a comma and such an office follow at `index` (NAME، رئيس غرفة التجارة). */
    bool nonPublicAppositive(const Scan &s, int index, int end, const ActorRegistry &registry) const;
    int parseName(const Scan &s, int index, int end, const ActorRegistry &registry) const;
    int matchKnown(const Scan &s, int index, int end, ActorRegistry &registry, int *length) const;
    int matchPlace(const Scan &s, int index, int end, int *length) const;
    /** The gazetteer organisation named at `index` (الكرملين, الخارجية الروسية), its words in `length`. */
    const Organisation *matchOrganisation(const Scan &s, int index, int end, int *length) const;
    /** Dates each report the text left undated from the article's other reports or its publication day. */
    void dateUndatedReports(QList<Event> &reports, const QList<bool> &recalled, const QList<int> &sentenceOf,
                            int bodyLead, const QDate &published, bool publishedFromAddress) const;
    /** The clauses of `sentence` as [first word, end word): each reports at most one contact. */
    QList<std::pair<int, int>> clausesOf(const Scan &s, int sentence, const QList<Mention> &mentions) const;
    /** The one gazetteer person `nameKeys` may be another spelling of (same country), or -1. */
    int knownBySpelling(const QStringList &nameKeys, const QString &country, ActorRegistry &registry) const;
    /** The gazetteer person a name cut off by the end of the page begins (سيرغي لافر…), when only one fits. */
    int knownByCutOffName(const QStringList &nameKeys, const QString &country, ActorRegistry &registry) const;
    /** Whether the page ends inside `word` (nothing but space after it, or an ellipsis). */
    bool endsCutOff(const Scan &s, int word) const;
    /** True when the office ending before word `k` is posted (لدى/في …) in a country outside the focus pair. */
    bool postedOutsideTheFocus(const Scan &s, int k, int end, const QString &country) const;
    /** The city a dateline in the first lines names, as an index into the gazetteer's places, or -1. */
    int findDatelinePlace(const Scan &s) const;
    /** A line that stands alone, short and without a full stop: a title or a section heading. */
    static bool isHeading(const Scan &s, int sentence);
    /** True when a word right before `date` ties it to something other than a contact (المبرمة في …). */
    bool ownedByAnotherEvent(const Scan &s, const TemporalExpression &date, int clauseBegin) const;
    /** True when the phrase at `phraseBegin` is governed by a background word (سقوط نظام, عقيلة). */
    bool governedByBackground(const Scan &s, int phraseBegin, int sentenceBegin) const;
    int resolveRole(const Scan &s, const QString &titleKey, const QString &country, const QDate &day,
                    ActorRegistry &registry) const;
    static QString officeKey(const QString &titleKey, const QString &country);

    const Gazetteer &m_gazetteer;
    const DateEngine &m_dates;
    const ExtractionLexicon &m_lexicon;
    KeySet m_personFirstWords; // first words of every gazetteer name and alias: a cheap pre-check
    QHash<int, QList<std::pair<const Actor *, QStringList>>> m_spellingsByWords; // gazetteer names by word count
    KeySet m_placeFirstWords;
    int m_longestPlace = 1;
    KeySet m_organisationFirstWords;
    int m_longestOrganisation = 1;
};

} // namespace rasad
