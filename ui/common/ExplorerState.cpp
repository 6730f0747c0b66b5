#include "common/ExplorerState.h"

#include "project/Project.h"
#include "text/ArabicNormalizer.h"

#include <algorithm>

namespace rasad {

ExplorerState::ExplorerState(QObject *parent)
    : QObject(parent)
{
}

void ExplorerState::setDataset(Dataset dataset)
{
    followProject(nullptr);
    m_dataset = std::move(dataset);
    m_selectedActor = 0;
    m_selectedEvent = 0;
    m_eventIndex.clear();
    m_eventIndex.reserve(m_dataset.events.size());
    for (qsizetype i = 0; i < m_dataset.events.size(); ++i)
        m_eventIndex.insert(m_dataset.events.at(i).id, i);
    m_actorIndex.clear();
    for (qsizetype i = 0; i < m_dataset.actors.size(); ++i)
        m_actorIndex.insert(m_dataset.actors.at(i).id, i);
    recompute();
    Q_EMIT datasetChanged();
}

void ExplorerState::followProject(const Project *project)
{
    for (const QMetaObject::Connection &c : std::as_const(m_projectConnections))
        disconnect(c);
    m_projectConnections.clear();
    m_project = project;
    m_source = project ? &project->record() : &m_dataset;
    if (project) {
        m_dataset = {};
        m_eventIndex.clear();
        m_actorIndex.clear();
        m_projectConnections = {
            connect(project, &Project::reset, this, &ExplorerState::projectReset),
            connect(project, &Project::changed, this, &ExplorerState::projectChanged),
            // The session that owns it may go first (another project opened): never read a dead record.
            connect(project, &QObject::destroyed, this, [this] { followProject(nullptr); }),
        };
    }
    recompute();
}

void ExplorerState::projectReset()
{
    // Everything was read again: keep what the researcher was looking at when it still exists.
    if (m_selectedActor && !actorById(m_selectedActor))
        m_selectedActor = 0;
    if (m_selectedEvent && !eventById(m_selectedEvent))
        m_selectedEvent = 0;
    recompute();
    Q_EMIT datasetChanged();
}

void ExplorerState::projectChanged(const ChangeSet &changes)
{
    recompute(); // the record's lists changed in place: the pointers into them are read again
    const bool actorGone = m_selectedActor && !actorById(m_selectedActor);
    const bool eventGone = m_selectedEvent && !eventById(m_selectedEvent);
    if (actorGone)
        m_selectedActor = 0;
    if (eventGone)
        m_selectedEvent = 0;
    if (actorGone || eventGone)
        Q_EMIT selectionChanged();
    Q_EMIT recordsChanged(changes.events, changes.actors);
}

void ExplorerState::setFilter(const EventFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    recompute();
    Q_EMIT filterChanged();
}

void ExplorerState::selectActor(qint64 actorId)
{
    if (actorId == m_selectedActor)
        return;
    m_selectedActor = actorId;
    Q_EMIT selectionChanged();
}

void ExplorerState::selectEvent(qint64 eventId)
{
    if (eventId == m_selectedEvent)
        return;
    m_selectedEvent = eventId;
    Q_EMIT selectionChanged();
}

void ExplorerState::setDateWindow(const QDate &start, const QDate &end)
{
    if (start == m_windowStart && end == m_windowEnd)
        return;
    m_windowStart = start;
    m_windowEnd = end;
    Q_EMIT dateWindowChanged();
}

bool ExplorerState::isVisible(const Event &event) const
{
    return m_filter.accepts(event, [this](qint64 id) { return actorById(id); });
}

QDate ExplorerState::filteredFrom() const
{
    if (m_filter.from.isValid())
        return m_filter.from;
    QDate first;
    for (const Event *e : m_visible)
        if (e->date.isValid() && (!first.isValid() || e->date.start < first))
            first = e->date.start;
    return first;
}

QDate ExplorerState::filteredTo() const
{
    if (m_filter.to.isValid())
        return m_filter.to;
    QDate last;
    for (const Event *e : m_visible)
        if (e->date.isValid() && (!last.isValid() || e->date.end > last))
            last = e->date.end;
    return last;
}

const Event *ExplorerState::eventById(qint64 id) const
{
    if (m_project)
        return m_project->event(id);
    const qsizetype index = m_eventIndex.value(id, -1);
    return index < 0 ? nullptr : &m_dataset.events.at(index);
}

const Actor *ExplorerState::actorById(qint64 id) const
{
    if (m_project)
        return m_project->actor(id);
    const qsizetype index = m_actorIndex.value(id, -1);
    return index < 0 ? nullptr : &m_dataset.actors.at(index);
}

QSet<qint64> ExplorerState::actorsMatching(const QString &text) const
{
    QSet<qint64> ids;
    const QString key = matchingKey(text.trimmed());
    if (key.isEmpty())
        return ids;
    for (const Actor &a : dataset().actors) {
        bool hit = matchingKey(a.name).contains(key) || a.nameEn.contains(text.trimmed(), Qt::CaseInsensitive);
        for (qsizetype i = 0; !hit && i < a.aliases.size(); ++i)
            hit = matchingKey(a.aliases.at(i)).contains(key);
        if (hit)
            ids.insert(a.id);
    }
    return ids;
}

void ExplorerState::setFormat(const DisplayFormat &format)
{
    if (format == m_format)
        return;
    m_format = format;
    Q_EMIT formatChanged();
}

void ExplorerState::recompute()
{
    m_visible.clear();
    for (const Event &e : dataset().events)
        if (isVisible(e))
            m_visible.append(&e);
    // Date order; undated events last, where a reader stepping through expects the loose ends.
    std::stable_sort(m_visible.begin(), m_visible.end(), [](const Event *a, const Event *b) {
        if (a->date.start.isValid() != b->date.start.isValid())
            return a->date.start.isValid();
        return a->date.start < b->date.start;
    });
}

} // namespace rasad
