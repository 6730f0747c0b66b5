#pragma once

#include "curation/Correction.h"
#include "model/Dataset.h"

#include <QObject>
#include <QStringList>
#include <QUndoStack>

#include <optional>

namespace rasad {

class CorrectionLog;

/**
 * A researcher's editing session: every edit is a command on the undo stack that records a
 * correction in the log; undo marks it undone, redo revives it. The dataset views show is the
 * baseline with the active corrections applied, recomputed after each step.
 */
class CurationSession : public QObject
{
    Q_OBJECT
public:
    explicit CurationSession(CorrectionLog &log, QObject *parent = nullptr);

    QUndoStack *undoStack() { return &m_stack; }
    const Dataset &dataset() const { return m_dataset; }
    QList<Correction> corrections() const;
    /** Corrections whose target no longer exists in the baseline (after a re-extraction). */
    const QStringList &skipped() const { return m_skipped; }

    /** Pushes the edit as an undoable command; false when `edit` is empty or could not be stored. */
    bool apply(const std::optional<Correction> &edit, const QString &text = {});
    /** Re-reads the baseline and the log (after an import or a re-extraction). */
    void reload();

    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void datasetChanged();
    void failed(const QString &message);

private:
    friend class CorrectionCommand;
    bool record(Correction &c);
    bool setUndone(qint64 id, bool undone);

    CorrectionLog &m_log;
    QUndoStack m_stack;
    Dataset m_dataset;
    QStringList m_skipped;
    QString m_lastError;
};

} // namespace rasad
