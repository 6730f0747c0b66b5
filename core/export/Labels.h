#pragma once

#include "model/Event.h"

#include <QString>
#include <QStringList>

namespace rasad {

/**
 * Words for the record's codes in Arabic ("ar") and English ("en"), read from resources/lexicon/labels.json:
 * topics, event types, factuality, participants' parts and a slide's field names. Core code (the exporters,
 * rasad-cli) words its output from here without the explorer's translations; a code the file does not
 * name comes back as it is.
 */
namespace Labels {
QString topic(const QString &topicId, const QString &language);
/** The topic ids the file names, sorted. */
QStringList topicIds();
QString eventType(EventType type, const QString &language);
QString factuality(Factuality factuality, const QString &language);
/** The part a participant played ("host", "guest", "member", "counterpart", "head", "party"). */
QString part(const QString &part, const QString &language);
/** A field name or phrase: "title", "type", "date", "place", "participants", "topics", "source". */
QString word(const QString &key, const QString &language);
} // namespace Labels

} // namespace rasad
