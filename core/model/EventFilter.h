#pragma once

#include "model/Dataset.h"

#include <QDate>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace rasad {

/**
 * Which events to show or export: what the explorer's filter bar asks for, and rasad-cli export's
 * --from/--to/--actor/--country/--type/--topic. An empty field does not filter; several values in
 * one field are alternatives (any of these countries), the fields together must all hold.
 */
struct EventFilter
{
    QString text;                 // names and article text (full-text index)
    QSet<qint64> textArticleIds;  // articles the full-text search matched (filled by whoever runs it)
    QSet<qint64> textActorIds;    // actors whose name or alias contains the text (an event with one passes too)
    QStringList countries;        // ISO alpha-2 of participants
    QSet<qint64> actorIds;
    QStringList types;            // eventTypeName()
    QStringList topics;
    QDate from;                   // an event whose dates reach into [from, to] passes, and so does an undated one
    QDate to;
    bool withUnconfirmed = false; // also denied and hypothetical contacts (planned ones always pass)

    bool isEmpty() const
    {
        return text.isEmpty() && countries.isEmpty() && actorIds.isEmpty() && types.isEmpty() && topics.isEmpty()
            && !from.isValid() && !to.isValid();
    }
    friend bool operator==(const EventFilter &, const EventFilter &) = default;

    /** True when `event` passes; `actorById` finds a participant (for the country test), null when unknown. */
    bool accepts(const Event &event, const std::function<const Actor *(qint64)> &actorById) const;
};

/** `events` with the actors and the articles of `all` that they name: what exporting those events needs. */
Dataset datasetOfEvents(const Dataset &all, const QList<const Event *> &events);

/** The events of `data` that pass `filter`, in their order, with the actors and articles they name. */
Dataset filteredDataset(const Dataset &data, const EventFilter &filter);

} // namespace rasad
