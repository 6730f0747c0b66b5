#include "model/EventFilter.h"

#include <QHash>

#include <algorithm>

namespace rasad {

bool EventFilter::accepts(const Event &event, const std::function<const Actor *(qint64)> &actorById) const
{
    // A denied or supposed contact is no contact: shown only when asked for (the review queue lists them).
    if (!withUnconfirmed && (event.factuality == Factuality::Denied || event.factuality == Factuality::Hypothetical))
        return false;
    if (from.isValid() && event.date.isValid() && event.date.end < from)
        return false;
    if (to.isValid() && event.date.isValid() && event.date.start > to)
        return false;
    if (!types.isEmpty() && !types.contains(eventTypeName(event.type)))
        return false;
    if (!topics.isEmpty() &&
        std::none_of(event.topics.cbegin(), event.topics.cend(), [&](const QString &t) { return topics.contains(t); }))
        return false;
    if (!actorIds.isEmpty() && std::none_of(event.participants.cbegin(), event.participants.cend(),
                                            [&](const Participant &p) { return actorIds.contains(p.actorId); }))
        return false;
    if (!countries.isEmpty() &&
        std::none_of(event.participants.cbegin(), event.participants.cend(), [&](const Participant &p) {
            const Actor *a = actorById(p.actorId);
            return a && countries.contains(a->country);
        }))
        return false;
    if (!text.isEmpty() &&
        std::none_of(event.sources.cbegin(), event.sources.cend(),
                     [&](const EventSource &s) { return textArticleIds.contains(s.articleId); }) &&
        std::none_of(event.participants.cbegin(), event.participants.cend(),
                     [&](const Participant &p) { return textActorIds.contains(p.actorId); }))
        return false;
    return true;
}

Dataset datasetOfEvents(const Dataset &all, const QList<const Event *> &events)
{
    Dataset subset;
    QSet<qint64> actorIds;
    QSet<qint64> articleIds;
    subset.events.reserve(events.size());
    for (const Event *e : events) {
        subset.events.append(*e);
        for (const Participant &p : e->participants)
            actorIds.insert(p.actorId);
        for (const EventSource &s : e->sources)
            articleIds.insert(s.articleId);
    }
    for (const Actor &a : all.actors)
        if (actorIds.contains(a.id))
            subset.actors.append(a);
    for (const Article &a : all.articles)
        if (articleIds.contains(a.id))
            subset.articles.append(a);
    return subset;
}

Dataset filteredDataset(const Dataset &data, const EventFilter &filter)
{
    // Dataset::actor() is a linear scan; the country test asks for every participant of every event.
    QHash<qint64, const Actor *> actors;
    actors.reserve(data.actors.size());
    for (const Actor &a : data.actors)
        actors.insert(a.id, &a);
    const auto actorById = [&actors](qint64 id) { return actors.value(id, nullptr); };
    QList<const Event *> passing;
    for (const Event &e : data.events)
        if (filter.accepts(e, actorById))
            passing.append(&e);
    return datasetOfEvents(data, passing);
}

} // namespace rasad
