#pragma once

#include "curation/Correction.h"
#include "curation/RecordEditor.h"
#include "model/Dataset.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace rasad {

class CorrectionLog;

/** What one correction (or its undo, or its redo) changed in the record. */
struct ChangeSet
{
    QSet<qint64> events;  // ids of the events changed, added or removed: look each up, drop those gone
    QSet<qint64> actors;  // the same for actors
    qint64 createdId = 0; // the event or actor the correction made (add, split), 0 if none
    qint64 correctionId = 0;
};

/**
 * The project as a document: the extracted baseline, the correction log, and the corrected record
 * with indexes by id. An edit is recorded in the log and applied to the record in memory, touching
 * only what it changes; undo and redo take back or re-apply that one correction. Observers hear
 * eventsChanged()/actorsChanged() with the ids concerned, and reset() only when everything was read
 * again (load, reload, or an undo out of order that has to recompute the record).
 *
 * After any sequence of apply/undo/redo the record equals applyCorrections() over the baseline and
 * the active corrections. Qt Core only: the undo stack lives in CurationSession (Qt Gui).
 */
class Project : public QObject
{
    Q_OBJECT
public:
    /** Reads `log` (baseline and corrections) at once; `log` must outlive the project. */
    explicit Project(CorrectionLog &log, QObject *parent = nullptr);
    ~Project() override;

    /** Reads the baseline and the log again (after an import or a re-extraction); emits reset(). */
    void reload();

    /** The corrected record. Its lists change in place on each edit: re-read pointers after a signal. */
    const Dataset &record() const { return m_record; }
    /** The record as extracted, before any correction. */
    const Dataset &baseline() const { return m_baseline; }
    const Event *event(qint64 id) const;
    const Actor *actor(qint64 id) const;
    /** The log as this project knows it, in id order, undone ones included. */
    const QList<Correction> &corrections() const { return m_corrections; }
    /** Active corrections whose target does not exist in the baseline (after a re-extraction). */
    const QStringList &skipped() const { return m_skipped; }

    /**
     * Records `correction` in the log and applies it to the record. Nothing when its target does not
     * exist (nothing is recorded then) or the log cannot be written; lastError() says why.
     */
    std::optional<ChangeSet> apply(const Correction &correction);
    /** Marks the correction undone in the log and takes it back from the record. */
    std::optional<ChangeSet> undo(qint64 correctionId);
    /** Marks an undone correction active again and re-applies it. */
    std::optional<ChangeSet> redo(qint64 correctionId);

    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void reset();
    void eventsChanged(const QSet<qint64> &ids);
    void actorsChanged(const QSet<qint64> &ids);
    /** Both at once, after them: for an observer that updates once per edit (ExplorerState). */
    void changed(const rasad::ChangeSet &changes);
    void failed(const QString &message);

private:
    struct Applied
    {
        qint64 id = 0;
        EditJournal journal;
    };
    void rebuild();
    qsizetype correctionIndex(qint64 id) const;
    std::optional<ChangeSet> fail(const QString &message);
    ChangeSet announce(const EditJournal &journal, qint64 correctionId);

    CorrectionLog &m_log;
    Dataset m_baseline;
    Dataset m_record;
    std::unique_ptr<RecordEditor> m_editor; // on m_record
    QList<Correction> m_corrections;
    // The active corrections in the order applied, each with how to take it back. Undo and redo work
    // in place at its top, as a stack of edits does; anywhere else the record is recomputed.
    QList<Applied> m_applied;
    QSet<qint64> m_skippedIds;
    QStringList m_skipped;
    QString m_lastError;
};

} // namespace rasad
