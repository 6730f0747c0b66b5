#include "curation/undo/CurationSession.h"

#include "curation/CorrectionLog.h"

#include <QUndoCommand>

namespace rasad {

/** The one undo command: one correction, applied to the Project, then undone and redone there in place. */
class CorrectionCommand final : public QUndoCommand
{
public:
    CorrectionCommand(CurationSession &session, Correction correction, const QString &text)
        : m_session(session)
        , m_correction(std::move(correction))
    {
        setText(text.isEmpty() ? m_correction.describe() : text);
    }

    void redo() override
    {
        Project &project = m_session.m_project;
        const std::optional<ChangeSet> changes = m_id ? project.redo(m_id) : project.apply(m_correction);
        if (!changes) {
            m_session.m_lastError = project.lastError();
            if (!m_id)
                setObsolete(true); // nothing was written: drop the command instead of undoing air
            return;
        }
        m_id = changes->correctionId;
        m_session.m_lastChange = changes;
        Q_EMIT m_session.datasetChanged();
    }

    void undo() override
    {
        Project &project = m_session.m_project;
        if (!m_id || !project.undo(m_id)) {
            m_session.m_lastError = project.lastError();
            return;
        }
        Q_EMIT m_session.datasetChanged();
    }

private:
    CurationSession &m_session;
    Correction m_correction;
    qint64 m_id = 0; // the correction's id in the log once applied: later redos revive it
};

CurationSession::CurationSession(CorrectionLog &log, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_project(log)
{
    connect(&m_project, &Project::failed, this, &CurationSession::failed);
}

QList<Correction> CurationSession::corrections() const
{
    return m_log.corrections();
}

bool CurationSession::apply(const std::optional<Correction> &edit, const QString &text, ChangeSet *changes)
{
    if (!edit)
        return false;
    m_lastError.clear();
    m_lastChange.reset();
    m_stack.push(new CorrectionCommand(*this, *edit, text)); // runs redo(); an obsolete command is deleted
    if (m_lastChange && changes)
        *changes = *m_lastChange;
    return m_lastChange.has_value();
}

void CurationSession::reload()
{
    m_project.reload();
    Q_EMIT datasetChanged();
}

} // namespace rasad
