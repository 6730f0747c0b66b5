#pragma once

#include "curation/Correction.h"
#include "model/Dataset.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace rasad {

/** One entry of the review queue: an actor or an event that deserves a researcher's look, and why. */
struct ReviewItem
{
    enum class Kind { Actor, Event };
    Kind kind = Kind::Actor;
    qint64 id = 0;
    double priority = 0.0; // higher first
    QString reason;        // "discovered", "confidence 0.42, sources disagree, no date": for logs and the CLI
    // The same, for a view that words it in its own language.
    bool discovered = false;
    double confidence = 0.0;
    bool sourcesDisagree = false;
    bool undated = false;
    bool unpublished = false;                     // undated because no source's publication date is known
    Factuality factuality = Factuality::Happened; // planned, denied, hypothetical contacts are reviewed too
    QStringList joinedSpellings = {};             // a discovered actor: the spellings extraction took as one
};

/**
 * The review queue: unverified discovered actors first, then unverified events from the least to
 * the most confident, events whose sources disagree or whose date is unknown ranking higher.
 */
QList<ReviewItem> reviewQueue(const Dataset &dataset);

/** The corrections that touched one actor or event (by actor key or event anchor), oldest first. */
QList<Correction> historyOf(const QList<Correction> &log, const Actor &actor);
QList<Correction> historyOf(const QList<Correction> &log, const Event &event);

/** The project's audit log as CSV (UTF-8 with BOM): id, time, kind, target, field, old, new, undone. */
QByteArray auditLogCsv(const QList<Correction> &log);

} // namespace rasad
