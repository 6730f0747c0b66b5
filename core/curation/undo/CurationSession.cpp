#include "curation/undo/CurationSession.h"

#include "curation/CorrectionApplier.h"
#include "curation/CorrectionLog.h"

#include <QUndoCommand>

namespace rasad {

/** The one undo command: every edit is a correction, so recording and un-recording it is the whole job. */
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
        if (m_correction.id == 0)
            m_failed = !m_session.record(m_correction);
        else
            m_failed = !m_session.setUndone(m_correction.id, false);
        if (m_failed)
            setObsolete(true); // nothing was written: drop the command instead of undoing air
        m_session.reload();
    }

    void undo() override
    {
        m_session.setUndone(m_correction.id, true);
        m_session.reload();
    }

    bool failed() const { return m_failed; }

private:
    CurationSession &m_session;
    Correction m_correction;
    bool m_failed = false;
};

CurationSession::CurationSession(CorrectionLog &log, QObject *parent)
    : QObject(parent)
    , m_log(log)
{
    reload();
}

QList<Correction> CurationSession::corrections() const
{
    return m_log.corrections();
}

bool CurationSession::apply(const std::optional<Correction> &edit, const QString &text)
{
    if (!edit)
        return false;
    auto *command = new CorrectionCommand(*this, *edit, text);
    m_stack.push(command); // runs redo(); an obsolete command is deleted by the stack
    return m_lastError.isEmpty();
}

void CurationSession::reload()
{
    m_dataset = m_log.baseline();
    m_skipped.clear();
    applyCorrections(m_dataset, m_log.corrections(), &m_skipped);
    Q_EMIT datasetChanged();
}

bool CurationSession::record(Correction &c)
{
    m_lastError.clear();
    if (m_log.record(c, &m_lastError))
        return true;
    Q_EMIT failed(m_lastError);
    return false;
}

bool CurationSession::setUndone(qint64 id, bool undone)
{
    m_lastError.clear();
    if (m_log.setUndone(id, undone, &m_lastError))
        return true;
    Q_EMIT failed(m_lastError);
    return false;
}

} // namespace rasad
