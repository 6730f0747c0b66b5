#pragma once

#include "common/DisplayFormat.h"
#include "model/Dataset.h"
#include "model/EventFilter.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace rasad {

class Project;
struct ChangeSet;

/**
 * The explorer's shared state: the dataset, the filter, the selection and the visible date window.
 * Views read it and listen to its signals; they never call each other (the Okular observer idea).
 *
 * The dataset is either its own (setDataset(): a data source that cannot be edited, tests) or the
 * Project document's record, which it follows (followProject()): an edit there arrives as
 * recordsChanged() with the ids concerned, and filter, selection and window stay.
 */
class ExplorerState : public QObject
{
    Q_OBJECT
public:
    explicit ExplorerState(QObject *parent = nullptr);

    const Dataset &dataset() const { return *m_source; }
    /** Shows `dataset`, a copy of its own (and stops following a project); emits datasetChanged(). */
    void setDataset(Dataset dataset);
    /**
     * Shows the project's record from now on, without a copy; null to stop. Emits nothing: the caller
     * reloads the project next, whose reset() becomes datasetChanged() here.
     */
    void followProject(const Project *project);

    const EventFilter &filter() const { return m_filter; }
    void setFilter(const EventFilter &filter);
    /** Events passing the filter (and the date window), in date order. */
    const QList<const Event *> &visibleEvents() const { return m_visible; }
    bool isVisible(const Event &event) const;
    /**
     * The first (last) day the filter covers: its own date where it sets one, else the filtered contacts'
     * earliest start (latest end). Invalid when neither is known. What "fit" and zoom-to-filter show.
     */
    QDate filteredFrom() const;
    QDate filteredTo() const;

    qint64 selectedActor() const { return m_selectedActor; } // 0 = none
    qint64 selectedEvent() const { return m_selectedEvent; } // 0 = none
    void selectActor(qint64 actorId);
    void selectEvent(qint64 eventId);

    /** The date range the timeline shows or the user dragged; limits the graph. Invalid = everything. */
    QDate windowStart() const { return m_windowStart; }
    QDate windowEnd() const { return m_windowEnd; }
    void setDateWindow(const QDate &start, const QDate &end);

    /** The event or actor with this id, or null. Not event(): that name would hide QObject::event(QEvent *). */
    const Event *eventById(qint64 id) const;
    const Actor *actorById(qint64 id) const;
    /** Actors whose canonical name, English name or an alias contains `text` (case- and diacritic-blind). */
    QSet<qint64> actorsMatching(const QString &text) const;

    /** Language, month names and digits every view writes with. */
    const DisplayFormat &format() const { return m_format; }
    void setFormat(const DisplayFormat &format);

Q_SIGNALS:
    /** Everything may have changed: views start afresh. */
    void datasetChanged();
    /**
     * An edit (or its undo) changed, added or removed these events and actors; the rest is as it was,
     * and so are the filter and the window. A selected record that is gone is unselected first.
     */
    void recordsChanged(const QSet<qint64> &events, const QSet<qint64> &actors);
    void filterChanged();
    void selectionChanged();
    void dateWindowChanged();
    void formatChanged();

private:
    void recompute();
    void projectReset();
    void projectChanged(const ChangeSet &changes);
    Dataset m_dataset;                 // its own, when it follows no project
    const Dataset *m_source = &m_dataset;
    const Project *m_project = nullptr;
    QList<QMetaObject::Connection> m_projectConnections;
    EventFilter m_filter;
    QList<const Event *> m_visible;
    qint64 m_selectedActor = 0;
    qint64 m_selectedEvent = 0;
    QDate m_windowStart;
    QDate m_windowEnd;
    DisplayFormat m_format;
    QHash<qint64, qsizetype> m_eventIndex;
    QHash<qint64, qsizetype> m_actorIndex; // Dataset::actor() is a linear scan: too slow for 5,000 actors
};

} // namespace rasad
