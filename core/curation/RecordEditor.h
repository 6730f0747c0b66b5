#pragma once

#include "curation/Correction.h"
#include "model/Dataset.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace rasad {

/**
 * What applying one correction did, step by step, with the records as they were before each step,
 * so that RecordEditor::revert() takes exactly that correction back without recomputing the record.
 */
struct EditJournal
{
    struct Step
    {
        enum class Op { EventChanged, EventRemoved, EventAppended, ActorChanged, ActorRemoved, ActorAppended };
        Op op = Op::EventChanged;
        qsizetype index = 0; // position in the list when the step was taken
        Event event;         // the event as it was (changed, removed)
        Actor actor;         // the actor as it was (changed, removed)
    };
    QList<Step> steps;
    QSet<qint64> events;  // ids of the events changed, removed or added
    QSet<qint64> actors;  // ids of the actors changed, removed or added
    qint64 createdId = 0; // the record the correction made (split, add), 0 if none
};

/**
 * Applies corrections to a dataset one at a time: the one implementation of every kind of edit, used
 * by applyCorrections() and by the Project document. Keeps indexes by id, actor key and event anchor in
 * step with the dataset, so one correction on a large record costs what it touches, not the record.
 *
 * Every change goes through it while it lives: it trusts its indexes. Records made by hand get negative
 * ids (minus the correction's id), as applyCorrections() documents.
 */
class RecordEditor
{
public:
    explicit RecordEditor(Dataset &data);

    /** Re-reads the indexes after the dataset was replaced from outside. */
    void reindex();
    /** Applies `c`; false (and nothing changed) when its target does not exist or its field is unknown. */
    bool apply(const Correction &c, EditJournal *journal = nullptr);
    /** Takes back what `journal` recorded; only valid while nothing applied after it stands. */
    void revert(const EditJournal &journal);

    qsizetype eventPosition(qint64 id) const { return m_eventPos.value(id, -1); }
    qsizetype actorPosition(qint64 id) const { return m_actorPos.value(id, -1); }

private:
    bool applyKind(const Correction &c);
    qsizetype actorIndexByKey(const QString &key) const;
    Actor *actorByKey(const QString &key);
    qsizetype eventIndex(const QString &anchor) const;
    Event *eventByAnchor(const QString &anchor);

    Event &touchEvent(qsizetype index);
    void removeEventAt(qsizetype index);
    void appendEvent(const Event &event);
    Actor &touchActor(qsizetype index);
    void removeActorAt(qsizetype index);
    void appendActor(const Actor &actor);
    void replaceParticipant(qsizetype eventIndex, qint64 from, qint64 to);
    void removeActorFromEvents(qint64 actorId);

    void indexEvent(const Event &event);
    void unindexEvent(const Event &event);
    void repositionEvents(qsizetype from); // positions from `from` on, read back from the list
    void repositionActors(qsizetype from);

    Dataset &m_data;
    QHash<qint64, qsizetype> m_eventPos;
    QHash<qint64, qsizetype> m_actorPos;
    QMultiHash<QString, qint64> m_anchors; // every anchor an event answers to → event id
    QMultiHash<QString, qint64> m_keys;    // actor key → actor id
    EditJournal *m_journal = nullptr;      // the correction being applied
    QSet<qint64> m_unindexed;              // events touched by it, indexed again when it is done
};

} // namespace rasad
