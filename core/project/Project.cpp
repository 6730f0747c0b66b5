#include "project/Project.h"

#include "curation/CorrectionLog.h"

#include <algorithm>

namespace rasad {

Project::Project(CorrectionLog &log, QObject *parent)
    : QObject(parent), m_log(log), m_editor(std::make_unique<RecordEditor>(m_record))
{
    reload();
}

Project::~Project() = default;

void Project::reload()
{
    m_baseline = m_log.baseline();
    m_corrections = m_log.corrections();
    rebuild();
    Q_EMIT reset();
}

void Project::rebuild()
{
    m_record = m_baseline;
    // Copy the lists now, not on the first edit: that one should cost what it touches.
    m_record.events.detach();
    m_record.actors.detach();
    m_editor->reindex();
    m_applied.clear();
    m_skippedIds.clear();
    m_skipped.clear();
    for (const Correction &c : std::as_const(m_corrections)) {
        if (c.undone)
            continue;
        Applied applied{c.id, {}};
        if (m_editor->apply(c, &applied.journal)) {
            m_applied.append(std::move(applied));
        } else {
            m_skippedIds.insert(c.id);
            m_skipped.append(c.describe());
        }
    }
}

const Event *Project::event(qint64 id) const
{
    const qsizetype i = m_editor->eventPosition(id);
    return i < 0 ? nullptr : &m_record.events.at(i);
}

const Actor *Project::actor(qint64 id) const
{
    const qsizetype i = m_editor->actorPosition(id);
    return i < 0 ? nullptr : &m_record.actors.at(i);
}

qsizetype Project::correctionIndex(qint64 id) const
{
    // Ids grow with the log: a binary search finds one among thousands at once.
    const auto it = std::lower_bound(m_corrections.cbegin(), m_corrections.cend(), id,
                                     [](const Correction &c, qint64 value) { return c.id < value; });
    return it != m_corrections.cend() && it->id == id ? it - m_corrections.cbegin() : -1;
}

std::optional<ChangeSet> Project::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT failed(message);
    return std::nullopt;
}

ChangeSet Project::announce(const EditJournal &journal, qint64 correctionId)
{
    ChangeSet changes{journal.events, journal.actors, journal.createdId, correctionId};
    if (!changes.actors.isEmpty())
        Q_EMIT actorsChanged(changes.actors);
    if (!changes.events.isEmpty())
        Q_EMIT eventsChanged(changes.events);
    if (!changes.events.isEmpty() || !changes.actors.isEmpty())
        Q_EMIT changed(changes);
    return changes;
}

std::optional<ChangeSet> Project::apply(const Correction &correction)
{
    m_lastError.clear();
    // Try it first, so an edit whose target is gone leaves no trace in the log; taking it back is cheap.
    Correction c = correction;
    c.id = 0;
    c.undone = false;
    EditJournal trial;
    if (!m_editor->apply(c, &trial))
        return fail(QStringLiteral("The correction cannot be applied: %1 no longer exists or the field is unknown.")
                        .arg(c.target + (c.field.isEmpty() ? QString() : u'.' + c.field)));
    m_editor->revert(trial);
    QString error;
    if (!m_log.record(c, &error))
        return fail(error);
    m_corrections.append(c);
    Applied applied{c.id, {}};
    if (!m_editor->apply(c, &applied.journal)) { // cannot happen: the same record as for the trial
        rebuild();
        Q_EMIT reset();
        return ChangeSet{{}, {}, 0, c.id};
    }
    m_applied.append(std::move(applied));
    return announce(m_applied.constLast().journal, c.id);
}

std::optional<ChangeSet> Project::undo(qint64 correctionId)
{
    m_lastError.clear();
    const qsizetype index = correctionIndex(correctionId);
    if (index < 0 || m_corrections.at(index).undone)
        return fail(QStringLiteral("There is no active correction %1 to undo.").arg(correctionId));
    QString error;
    if (!m_log.setUndone(correctionId, true, &error))
        return fail(error);
    const QString described = m_corrections.at(index).describe();
    m_corrections[index].undone = true;
    if (m_skippedIds.remove(correctionId)) { // it changed nothing, so its undo changes nothing
        m_skipped.removeOne(described);
        return ChangeSet{{}, {}, 0, correctionId};
    }
    if (!m_applied.isEmpty() && m_applied.constLast().id == correctionId) {
        const Applied applied = m_applied.takeLast();
        m_editor->revert(applied.journal);
        return announce(applied.journal, correctionId);
    }
    // Later corrections were applied over it: only a recomputation knows what they do without it.
    rebuild();
    Q_EMIT reset();
    return ChangeSet{{}, {}, 0, correctionId};
}

std::optional<ChangeSet> Project::redo(qint64 correctionId)
{
    m_lastError.clear();
    const qsizetype index = correctionIndex(correctionId);
    if (index < 0 || !m_corrections.at(index).undone)
        return fail(QStringLiteral("There is no undone correction %1 to redo.").arg(correctionId));
    QString error;
    if (!m_log.setUndone(correctionId, false, &error))
        return fail(error);
    m_corrections[index].undone = false;
    const bool last = std::none_of(m_corrections.cbegin() + index + 1, m_corrections.cend(),
                                   [](const Correction &c) { return !c.undone; });
    if (!last) { // it goes back under later corrections: recompute, as for an undo out of order
        rebuild();
        Q_EMIT reset();
        return ChangeSet{{}, {}, 0, correctionId};
    }
    const Correction &c = m_corrections.at(index);
    Applied applied{c.id, {}};
    if (!m_editor->apply(c, &applied.journal)) {
        m_skippedIds.insert(c.id);
        m_skipped.append(c.describe());
        return ChangeSet{{}, {}, 0, correctionId};
    }
    m_applied.append(std::move(applied));
    return announce(m_applied.constLast().journal, correctionId);
}

} // namespace rasad
