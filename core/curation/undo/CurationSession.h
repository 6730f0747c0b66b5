#pragma once

#include "curation/Correction.h"
#include "model/Dataset.h"
#include "project/Project.h"

#include <QObject>
#include <QStringList>
#include <QUndoStack>

#include <optional>

namespace rasad {

class CorrectionLog;

/**
 * A researcher's editing session: the project document and an undo stack over it. Every edit is one
 * command that applies its correction to the Project (recorded in the log, changed in memory); undo
 * and redo take back or re-apply only that correction (Tiled's one command per edit). A dialog that
 * makes several corrections at once groups them in a macro: one step for the user.
 */
class CurationSession : public QObject
{
    Q_OBJECT
public:
    explicit CurationSession(CorrectionLog &log, QObject *parent = nullptr);

    QUndoStack *undoStack() { return &m_stack; }
    /** The document: its eventsChanged()/actorsChanged()/reset() say what each step changed. */
    Project *project() { return &m_project; }
    /** The corrected record: the Project's own, kept up to date in place. */
    const Dataset &dataset() const { return m_project.record(); }
    QList<Correction> corrections() const;
    /** Corrections whose target no longer exists in the baseline (after a re-extraction). */
    const QStringList &skipped() const { return m_project.skipped(); }

    /**
     * Pushes the edit as an undoable command; false when `edit` is empty, its target is gone or it
     * could not be stored. `changes` (optional) receives what it changed, with the id it created.
     */
    bool apply(const std::optional<Correction> &edit, const QString &text = {}, ChangeSet *changes = nullptr);
    /** Re-reads the baseline and the log (after an import or a re-extraction); the undo stack is kept. */
    void reload();

    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /** After any change to the record (each step, each reload); views prefer the Project's finer signals. */
    void datasetChanged();
    void failed(const QString &message);

private:
    friend class CorrectionCommand;

    CorrectionLog &m_log;
    Project m_project;
    QUndoStack m_stack;
    QString m_lastError;
    std::optional<ChangeSet> m_lastChange; // what the command pushed last made
};

} // namespace rasad
