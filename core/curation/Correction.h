#pragma once

#include "model/Event.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace rasad {

/**
 * One researcher's correction of the extracted record, kept as such (what, when, old and new value)
 * so it outlives re-extraction: the store keeps the extracted baseline and the corrections apart,
 * and every read applies the active corrections in order (see applyCorrections()).
 *
 * Targets are stable identities, never row ids that re-extraction renews: an actor by its key, an
 * event by the anchor of one of its sources (eventAnchor()).
 */
struct Correction
{
    enum class Kind {
        ActorMerge,      // target: actor kept; value {"from": key merged into it}
        ActorSplit,      // target: actor; value {"alias": name split off, "key": new actor's key}
        ActorEdit,       // target: actor; field name|name_en|country|aliases|roles; value the new one
        ActorDelete,     // target: actor
        ActorAdd,        // target: new actor's key; value the actor as JSON
        EventEdit,       // target: event anchor; field date|location|type|topics|participants
        EventMerge,      // target: event kept; value {"other": anchor of the event merged into it}
        EventSplit,      // target: event; value {"source": anchor of the source split off}
        EventDelete,     // target: event
        EventAdd,        // target: "user:<id>"; value the event as JSON
        Verify,          // target: "actor:<key>" or "event:<anchor>"; value true/false
        Note,            // target as for Verify; value the note text
    };

    qint64 id = 0;           // order of application; assigned by the store
    QDateTime at;            // when it was made (UTC)
    Kind kind = Kind::Note;
    QString target;
    QString field;
    QJsonValue oldValue;     // for history and the audit log; not needed to apply
    QJsonValue newValue;
    bool undone = false;     // undone corrections stay in the log and are skipped

    QString describe() const; // one readable line for the history view
};

QString correctionKindName(Correction::Kind kind);       // "actor.merge", "event.edit", ...
bool correctionKindFromName(const QString &name, Correction::Kind *kind);

/** The stable identity of an event's source: article id and where its evidence starts. */
QString eventAnchor(const EventSource &source);
/** The anchor of an event: that of its earliest source (lowest article id, then offset). */
QString eventAnchor(const Event &event);

QJsonObject fuzzyDateToJson(const FuzzyDate &date);
FuzzyDate fuzzyDateFromJson(const QJsonObject &json);

} // namespace rasad
