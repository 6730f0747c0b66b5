#pragma once

#include "model/Actor.h"
#include "model/Article.h"
#include "model/Event.h"

#include <QHash>
#include <QList>

namespace rasad {

/** Everything a view needs, read from the store in one go (article texts left out; fetch them on demand). */
struct Dataset
{
    QList<Article> articles;
    QList<Actor> actors;
    QList<Event> events;

    /** The actor or event with this id, or null. Linear scans: fine for one look-up, not in a loop over many. */
    const Actor *actor(qint64 id) const
    {
        for (const Actor &a : actors)
            if (a.id == id)
                return &a;
        return nullptr;
    }
    const Event *findEvent(qint64 id) const
    {
        for (const Event &e : events)
            if (e.id == id)
                return &e;
        return nullptr;
    }
};

} // namespace rasad
