#pragma once

#include "model/FuzzyDate.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rasad {

enum class EventType { Meeting, Visit, Call, Delegation, Message, Other };
QString eventTypeName(EventType type);              // "meeting", "visit", "call", "delegation", "message", "other"
EventType eventTypeFromName(const QString &name);

/** How an event's date was obtained; never silently the publication date. */
enum class DateSource { None, Sentence, GoverningExpression, MainEvent, User, Publication, Terms };
// "none", "sentence", "governing", "main-event", "user", "publication" (a news lead told without a date),
// "terms" (a day and month without a year, the year from the weekday and the participants' terms of office)
QString dateSourceName(DateSource source);
DateSource dateSourceFromName(const QString &name);

/**
 * Whether the text says the contact took place: planned (من المقرر, سيلتقي, an invitation), denied (لم يلتق,
 * نفى أن), hypothetical (هل التقى, إذا). Only contacts that happened count as contacts in views and exports.
 */
enum class Factuality { Happened, Planned, Denied, Hypothetical };
QString factualityName(Factuality factuality); // "happened", "planned", "denied", "hypothetical"
Factuality factualityFromName(const QString &name);

/** One article reporting an event, with the sentence it was read from. */
struct EventSource
{
    qint64 articleId = 0;
    QString fileName;
    int start = 0;        // [start, end) of the evidence in the article's original text
    int end = 0;
    QString evidence;     // the sentence
    double confidence = 0.0;
    FuzzyDate date;       // the date this source gives, before merging
    /** What merging needs to know of the article (not stored). */
    struct ForMerging
    {
        QDate published; // the article's publication day
        // The date was counted from a publication day read off the page's address: such a day may be the
        // day after, when the address carries the posting day.
        bool dateFromAddress = false;
        // The page has no date; `published` is the day of a contact it reports that dated pages give.
        bool publishedByContact = false;
        // The day is the publication day told as "اليوم": no surer than the publication date itself.
        bool toldAsToday = false;
        friend bool operator==(const ForMerging &, const ForMerging &) = default;
    } merging{};
    friend bool operator==(const EventSource &, const EventSource &) = default;
};

/** A participant and the part they played ("host", "guest", "member", "counterpart", ...). */
struct Participant
{
    qint64 actorId = 0;
    QString part;
    friend bool operator==(const Participant &, const Participant &) = default;
};

/** A contact between officials: one meeting reported by several outlets is one Event with several sources. */
struct Event
{
    qint64 id = 0;
    EventType type = EventType::Other;
    FuzzyDate date;
    DateSource dateSource = DateSource::None;
    DateClues dateClues;     // a report's unresolved date phrase (اليوم الاثنين on an undated page), for merging
    QString location;        // place name as the gazetteer spells it, empty when unknown
    QString locationCountry; // ISO alpha-2
    QList<Participant> participants;
    QStringList topics;      // "military", "economy", ...
    double confidence = 0.0;
    bool planned = false;    // announced, not yet happened (سيلتقي, غداً); the same as factuality == Planned
    Factuality factuality = Factuality::Happened;
    /**
     * Why the event exists, as JSON the views word in their language: the rule, the clause's offsets,
     * the contact word, the factuality cue (see Extractor::extract), and for a merge the score and reasons.
     */
    QString provenance;
    QString cameo;           // CAMEO code: "040", "036", "042", "043", "044", ...
    QStringList flags;       // disagreements between sources, each readable: "date: 2025-12-28 vs 2025-12-29"
    QString mergeNote;       // why sources were merged into this event
    QList<EventSource> sources;
    bool verified = false;
    QString note;            // a researcher's note (curation)
    friend bool operator==(const Event &, const Event &) = default;
};

} // namespace rasad
