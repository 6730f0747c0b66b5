#pragma once

#include "curation/CorrectionLog.h"

namespace rasad {

class Store;

/** The project file as a correction log, so an editing session (CurationSession) works on it. */
class StoreCorrectionLog final : public CorrectionLog
{
public:
    explicit StoreCorrectionLog(Store &store) : m_store(store) {}
    bool record(Correction &correction, QString *error) override;
    bool setUndone(qint64 id, bool undone, QString *error) override;
    QList<Correction> corrections() const override;
    Dataset baseline() const override;

private:
    Store &m_store;
};

} // namespace rasad
