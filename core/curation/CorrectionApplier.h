#pragma once

#include "curation/Correction.h"
#include "model/Dataset.h"

#include <QList>
#include <QStringList>

namespace rasad {

/**
 * Applies corrections, in order, to a dataset read from the extracted baseline. One implementation
 * per kind of edit, used for the first application, after undo/redo and after every re-extraction.
 * Undone corrections are skipped. A correction whose target no longer exists (the article that
 * reported an event was removed) is skipped and reported in `skipped`.
 *
 * Records made by hand get negative ids (minus the correction's id), so they never collide with
 * stored rows and stay the same from one load to the next.
 */
void applyCorrections(Dataset &dataset, const QList<Correction> &corrections, QStringList *skipped = nullptr);

QJsonObject actorToJson(const Actor &actor);
Actor actorFromJson(const QJsonObject &json);
/** Participants are written by actor key so the JSON survives re-extraction. */
QJsonObject eventToJson(const Event &event, const Dataset &dataset);
Event eventFromJson(const QJsonObject &json, const Dataset &dataset);

} // namespace rasad
