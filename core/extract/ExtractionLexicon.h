#pragma once

#include "extract/PhraseTable.h"
#include "model/Event.h"
#include "text/KeySet.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace rasad {

/** A contact word and what it says (see resources/lexicon/extraction-triggers.json). */
struct TriggerInfo
{
    EventType type = EventType::Other;
    bool verb = false;       // reports a contact on its own; nouns need people named with them
    bool planned = false;    // سيلتقي
    bool host = false;       // the subject received the others (استقبل)
    bool placeFrame = false; // the destination follows (زار موسكو)
    bool needsPlace = false; // only a contact with a place (وصل إلى)
    QString frame;           // key of a word that must follow in the sentence (بحث … مع), empty if none
};

/** An office as news writes it, and the canonical title Gazetteer::holderOn is asked with. */
struct TitleInfo
{
    QString canonical;
    QString english;
};

/**
 * Everything the extraction rules know about the language of news, loaded from
 * resources/lexicon/extraction-*.json (titles, ranks, nationalities, name particles, triggers, markers,
 * topics, CAMEO codes). Rules consult it; none of this knowledge is written in code.
 */
class ExtractionLexicon
{
public:
    /** The lexicon compiled into the extraction stage (":/rasad/lexicon/extraction-*.json"). */
    static const ExtractionLexicon &builtIn();
    /** Reads the extraction-*.json files from `directory`; nullopt and `error` naming the file when one is bad. */
    static std::optional<ExtractionLexicon> load(const QString &directory, QString *error);

    // Titles ------------------------------------------------------------------------------------
    PhraseTable titleForms; // payload: index into titles
    QList<TitleInfo> titles;
    KeySet titleHeads;                 // keys of words that start a title phrase
    QHash<QString, QString> dualHeads; // وزيري → وزير (keys)
    KeySet counterpartHeads;           // نظيره
    KeySet unitNouns;                  // إدارة, هيئة: a title phrase runs through them
    QSet<QString> residentOffices;  // السفير, القائم بالأعمال: held in the other country, no traveller there
    PhraseTable nonPublicOffices; // مجلس الأعمال, الباحث: an office or occupation that is no public office
    KeySet regionNouns;           // جمهورية, مقاطعة: the office of a region, whose name follows
    KeySet portfolioNouns;        // للشؤون: a portfolio after the office's nationality, running to the name

    // Ranks and names ---------------------------------------------------------------------------
    PhraseTable ranks; // payload: 1 military, 0 honorific
    KeySet forwardParticles;
    KeySet backwardParticles;
    KeySet stopWords;
    KeySet titleAdjectives;     // الجديد, السابق: between an office and its posting or holder
    KeySet formerAdjectives;    // السابق, الأسبق: the office's holder is not today's
    KeySet givenNames;          // a name the gazetteer does not know starts with one of these
    KeySet notNameWords;        // common words of news prose that are never part of a name
    KeySet backgroundGovernors; // سقوط, نظام, عقيلة: the person after them is not a party
    int maxNameWords = 5;
    int minUnknownNameWords = 2;

    // Nationality -------------------------------------------------------------------------------
    PhraseTable nationalities; // payload: index into countryCodes
    PhraseTable countryNames;  // payload: index into countryCodes
    QStringList countryCodes;
    QStringList focusCountries;                    // the pair Rasad follows (SY, RU)
    QHash<QString, QStringList> patronymicEndings; // country → endings (keys)
    QHash<QString, QStringList> surnameEndings;

    // Events ------------------------------------------------------------------------------------
    PhraseTable triggers; // payload: index into triggerInfo
    QList<TriggerInfo> triggerInfo;
    QList<EventType> typePriority; // most telling first
    PhraseTable anaphoric;
    PhraseTable continuation;
    PhraseTable delegationLeader;
    PhraseTable delegationMember;
    PhraseTable plannedMarkers;
    PhraseTable negations;
    PhraseTable nonContact;
    KeySet otherContactPrepositions; // بعد, قبل: بعد زيارة في أيلول dates another contact
    KeySet earlierContactPrepositions; // بعد, عقب: the other contact came first
    KeySet placeTopicNouns;            // الوضع, إعمار: a place after them and a preposition is a topic
    PhraseTable pluralSubjectForms; // وكانا قد, التقيا: a clause naming no one whose subject is the people before
    KeySet dateOwners;               // المبرمة, توقيع: a date right after them is not the contact's
    PhraseTable reportingVerbs;      // أعلن, قال: with a complementizer after it, its subject is the speaker
    KeySet complementizers;          // أن, إن, بأن
    KeySet firstPersonContactVerbs;  // عقدنا, التقيت: in a quoted saying, the speaker took part
    KeySet speakersOwnContacts;      // لقاءه, زيارته: after قال X إن, X's own contact
    KeySet complementizersWithPronoun; // أنه, إنها: the saying may be about its speaker (قال X إنه التقى …)
    KeySet delegationNouns;          // الوفد: stands for the delegation's head once the article named one
    KeySet sideNouns;                // الجانب (+ nationality): the same, for that country's side
    PhraseTable repetitionMarkers;   // ثلاث مرات, مراراً: several contacts summed up, no one contact
    PhraseTable purposeMarkers;      // لكي, بهدف: the contact word after it names a purpose, not a fact
    PhraseTable denialMarkers;       // نفى أن: the contact after it is denied
    KeySet plannedAdjectives;        // لقاء X وY المقبل: the contact noun's adjective, after its parties' names
    PhraseTable visitLengths;        // تستمر يومين: payload = the days a visit lasts
    PhraseTable hypotheticalMarkers; // هل, إذا, ربما: the contact after it is a question or a supposition
    PhraseTable clauseOpeners; // فيما, بينما, مؤكداً: a new clause (and maybe a new contact) starts
    PhraseTable recallMarkers; // سبق أن: the sentence recalls an earlier contact
    PhraseTable recallOpeners; // كان … قد: payload indexes recallClosers, the word that must follow
    QStringList recallClosers;
    KeySet locatives;

    // Topics and codes ----------------------------------------------------------------------------
    QList<QPair<QString, QStringList>> topics; // topic → stems (keys), in file order
    QHash<QString, QString> cameoByType;       // "meeting" → "040"
    QString cameoHost, cameoThirdLocation, cameoPlanned;

    QString countryOfNationality(int payload) const { return countryCodes.value(payload); }
    int typeRank(EventType type) const;
    /** The CAMEO code for a contact of `type` given how it happened. */
    QString cameoFor(EventType type, bool planned, bool hosted, bool thirdLocation) const;
    /** A country suggested by the shape of a name (a Russian patronymic or surname ending), or empty. */
    QString countryFromNameShape(const QStringList &nameKeys) const;
    /** True when the last word of `nameKeys` is a patronymic (Surname Given Patronymic order). */
    bool endsWithPatronymic(const QStringList &nameKeys) const;

private:
    int countryIndex(const QString &code);
};

} // namespace rasad
