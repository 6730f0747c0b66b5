#pragma once

#include "curation/Correction.h"
#include "model/Dataset.h"

#include <QList>
#include <QString>

namespace rasad {

/** Where corrections are kept and the extracted baseline is read from: the store, or memory in tests. */
class CorrectionLog
{
public:
    virtual ~CorrectionLog() = default;
    /** Appends `correction` and sets its id; false and `error` set when it could not be written. */
    virtual bool record(Correction &correction, QString *error) = 0;
    virtual bool setUndone(qint64 id, bool undone, QString *error) = 0;
    virtual QList<Correction> corrections() const = 0;   // in id order, undone ones included
    virtual Dataset baseline() const = 0;                // the record as extracted, before corrections
};

} // namespace rasad
