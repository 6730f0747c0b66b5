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

    const Actor *actor(qint64 id) const
    {
        for (const Actor &a : actors)
            if (a.id == id)
                return &a;
        return nullptr;
    }
};

} // namespace rasad
