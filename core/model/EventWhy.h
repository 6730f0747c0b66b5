#pragma once

#include "model/Event.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rasad {

/**
 * Why an event exists, read back from Event::provenance: the rule and the clause it came from, the
 * contact word, the factuality and its cue, and for a merge the score and the reasons of each join.
 * Views word it in their language; `rasad-cli why` prints it.
 */
struct EventWhy
{
    QString rule;    // "contact-verb", "contact-noun", "single-visit"; empty for a hand-made event
    QString trigger; // the contact word as written
    int clauseStart = -1;
    int clauseEnd = -1; // offsets into the first source's article
    Factuality factuality = Factuality::Happened;
    QString cue; // the word that gave the factuality, when one did
    int people = 0;
    bool merged = false;
    double mergeScore = 0.0;
    int reports = 1;
    QList<QStringList> joins; // the reasons each later report joined for
    QStringList yearFrom;     // people whose terms of office gave the year (DateSource::Terms)

    bool isEmpty() const { return rule.isEmpty() && !merged; }
};

EventWhy whyOf(const Event &event);

/** One line per fact, in English (the command line's language). */
QStringList describeInEnglish(const EventWhy &why);

} // namespace rasad
