#include "store/StoreCorrectionLog.h"

#include "store/Store.h"

namespace rasad {

bool StoreCorrectionLog::record(Correction &correction, QString *error)
{
    StoreError e;
    const bool ok = m_store.addCorrection(correction, &e);
    if (!ok && error)
        *error = e.message;
    return ok;
}

bool StoreCorrectionLog::setUndone(qint64 id, bool undone, QString *error)
{
    StoreError e;
    const bool ok = m_store.setCorrectionUndone(id, undone, &e);
    if (!ok && error)
        *error = e.message;
    return ok;
}

QList<Correction> StoreCorrectionLog::corrections() const
{
    return m_store.corrections();
}

Dataset StoreCorrectionLog::baseline() const
{
    return m_store.loadBaseline();
}

} // namespace rasad
