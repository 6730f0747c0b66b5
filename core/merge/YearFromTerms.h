#pragma once

#include "model/Actor.h"
#include "model/Event.h"

#include <QDate>
#include <QList>

namespace rasad {

/**
 * Dates contacts whose text gives a day and a month but no year, on a page that has no publication
 * date ("on Wednesday 14 March"): the year is the only one in which that day falls on the weekday
 * named while every participant with dated offices (the gazetteer's terms) held one, up to `latest`
 * (today: a contact that happened is not in the future). When no year or more than one fits, the
 * event stays undated. Planned contacts are left alone. Participant::actorId indexes `actors`.
 * Sets DateSource::Terms and the names it relied on in the provenance ("yearFrom"); returns how many
 * events it dated.
 */
int dateFromTermsOfOffice(QList<Event> &events, const QList<Actor> &actors, const QDate &latest);

} // namespace rasad
