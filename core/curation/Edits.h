#pragma once

#include "curation/Correction.h"
#include "model/Dataset.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace rasad {

/**
 * Builders for every edit a researcher can make. Each reads the current (corrected) dataset, records
 * the old value for the history, and returns nullopt when the edit makes no sense (unknown id, merging
 * a record with itself, splitting an event's only source).
 */
namespace edits {

std::optional<Correction> mergeActors(const Dataset &d, qint64 keepId, qint64 mergedId);
std::optional<Correction> splitAlias(const Dataset &d, qint64 actorId, const QString &alias);
/** field: name, name_en, country, aliases (array), roles (array, see actorToJson). */
std::optional<Correction> editActor(const Dataset &d, qint64 actorId, const QString &field, const QJsonValue &value);
std::optional<Correction> deleteActor(const Dataset &d, qint64 actorId);
std::optional<Correction> addActor(const Dataset &d, const Actor &actor);

std::optional<Correction> editEventDate(const Dataset &d, qint64 eventId, const FuzzyDate &date);
/** field: location (string), type (name), topics (array), participants (array of actor ids). */
std::optional<Correction> editEvent(const Dataset &d, qint64 eventId, const QString &field, const QJsonValue &value);
std::optional<Correction> mergeEvents(const Dataset &d, qint64 keepId, qint64 mergedId);
std::optional<Correction> splitSource(const Dataset &d, qint64 eventId, int sourceIndex);
std::optional<Correction> deleteEvent(const Dataset &d, qint64 eventId);
/** An event made by hand, e.g. from a selection in the article reader (its sources carry the span). */
std::optional<Correction> addEvent(const Dataset &d, const Event &event);

std::optional<Correction> verifyActor(const Dataset &d, qint64 actorId, bool verified = true);
std::optional<Correction> verifyEvent(const Dataset &d, qint64 eventId, bool verified = true);
std::optional<Correction> noteActor(const Dataset &d, qint64 actorId, const QString &note);
std::optional<Correction> noteEvent(const Dataset &d, qint64 eventId, const QString &note);

} // namespace edits

/** The correction target naming an actor or an event, as Verify/Note corrections and history use it. */
QString actorTarget(const Actor &actor);
QString eventTarget(const Event &event);

} // namespace rasad
