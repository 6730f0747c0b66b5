#include "curation/Edits.h"

#include "curation/CorrectionApplier.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>

namespace rasad {

namespace {

Correction make(Correction::Kind kind, QString target, QString field, QJsonValue oldValue, QJsonValue newValue)
{
    Correction c;
    c.at = QDateTime::currentDateTimeUtc();
    c.kind = kind;
    c.target = std::move(target);
    c.field = std::move(field);
    c.oldValue = std::move(oldValue);
    c.newValue = std::move(newValue);
    return c;
}

QJsonValue actorField(const Actor &a, const QString &field)
{
    const QJsonObject json = actorToJson(a);
    return json.value(field);
}

} // namespace

QString actorTarget(const Actor &actor) { return u"actor:" + actor.key; }
QString eventTarget(const Event &event) { return u"event:" + eventAnchor(event); }

namespace edits {

std::optional<Correction> mergeActors(const Dataset &d, qint64 keepId, qint64 mergedId)
{
    const Actor *keep = d.actor(keepId);
    const Actor *merged = d.actor(mergedId);
    if (!keep || !merged || keepId == mergedId)
        return std::nullopt;
    return make(Correction::Kind::ActorMerge, keep->key, {}, actorToJson(*merged),
                QJsonObject{{QStringLiteral("from"), merged->key}});
}

std::optional<Correction> splitAlias(const Dataset &d, qint64 actorId, const QString &alias)
{
    const Actor *a = d.actor(actorId);
    if (!a || !a->aliases.contains(alias))
        return std::nullopt;
    const QString key = QStringLiteral("user:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    return make(Correction::Kind::ActorSplit, a->key, {}, {},
                QJsonObject{{QStringLiteral("alias"), alias}, {QStringLiteral("key"), key}});
}

std::optional<Correction> editActor(const Dataset &d, qint64 actorId, const QString &field, const QJsonValue &value)
{
    static const QStringList fields{QStringLiteral("name"), QStringLiteral("name_en"), QStringLiteral("country"),
                                    QStringLiteral("aliases"), QStringLiteral("roles")};
    const Actor *a = d.actor(actorId);
    if (!a || !fields.contains(field))
        return std::nullopt;
    const QJsonValue old = actorField(*a, field);
    if (old == value)
        return std::nullopt;
    return make(Correction::Kind::ActorEdit, a->key, field, old, value);
}

std::optional<Correction> deleteActor(const Dataset &d, qint64 actorId)
{
    const Actor *a = d.actor(actorId);
    if (!a)
        return std::nullopt;
    return make(Correction::Kind::ActorDelete, a->key, {}, actorToJson(*a), {});
}

std::optional<Correction> addActor(const Dataset &, const Actor &actor)
{
    if (actor.name.trimmed().isEmpty())
        return std::nullopt;
    const QString key = QStringLiteral("user:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    return make(Correction::Kind::ActorAdd, key, {}, {}, actorToJson(actor));
}

std::optional<Correction> editEventDate(const Dataset &d, qint64 eventId, const FuzzyDate &date)
{
    const Event *e = d.findEvent(eventId);
    if (!e || (date.start.isValid() && !date.isValid()))
        return std::nullopt;
    return make(Correction::Kind::EventEdit, eventAnchor(*e), QStringLiteral("date"),
                e->date.isValid() ? QJsonValue(fuzzyDateToJson(e->date)) : QJsonValue(),
                date.isValid() ? QJsonValue(fuzzyDateToJson(date)) : QJsonValue());
}

std::optional<Correction> editEvent(const Dataset &d, qint64 eventId, const QString &field, const QJsonValue &value)
{
    const Event *e = d.findEvent(eventId);
    if (!e)
        return std::nullopt;
    const QJsonObject current = eventToJson(*e, d);
    QJsonValue newValue = value;
    if (field == u"participants") { // ids in, stable actor keys stored
        QJsonArray keys;
        for (const QJsonValue &id : value.toArray()) {
            const Actor *a = d.actor(id.toInteger());
            if (!a)
                return std::nullopt;
            keys.append(a->key);
        }
        newValue = keys;
    } else if (field == u"type") {
        if (eventTypeName(eventTypeFromName(value.toString())) != value.toString())
            return std::nullopt;
    } else if (field != u"location" && field != u"topics") {
        return std::nullopt;
    }
    if (current.value(field) == newValue)
        return std::nullopt;
    return make(Correction::Kind::EventEdit, eventAnchor(*e), field, current.value(field), newValue);
}

std::optional<Correction> mergeEvents(const Dataset &d, qint64 keepId, qint64 mergedId)
{
    const Event *keep = d.findEvent(keepId);
    const Event *merged = d.findEvent(mergedId);
    if (!keep || !merged || keepId == mergedId)
        return std::nullopt;
    return make(Correction::Kind::EventMerge, eventAnchor(*keep), {}, eventToJson(*merged, d),
                QJsonObject{{QStringLiteral("other"), eventAnchor(*merged)}});
}

std::optional<Correction> splitSource(const Dataset &d, qint64 eventId, int sourceIndex)
{
    const Event *e = d.findEvent(eventId);
    if (!e || e->sources.size() < 2 || sourceIndex < 0 || sourceIndex >= e->sources.size())
        return std::nullopt;
    const EventSource &s = e->sources.at(sourceIndex);
    // Target the event by a source that stays with it, so the split finds it again after re-extraction.
    const EventSource &staying = e->sources.at(sourceIndex == 0 ? 1 : 0);
    return make(Correction::Kind::EventSplit, eventAnchor(staying), {}, {},
                QJsonObject{{QStringLiteral("source"), eventAnchor(s)}});
}

std::optional<Correction> deleteEvent(const Dataset &d, qint64 eventId)
{
    const Event *e = d.findEvent(eventId);
    if (!e)
        return std::nullopt;
    return make(Correction::Kind::EventDelete, eventAnchor(*e), {}, eventToJson(*e, d), {});
}

std::optional<Correction> addEvent(const Dataset &d, const Event &event)
{
    if (event.participants.isEmpty() && event.sources.isEmpty())
        return std::nullopt;
    const QString target = QStringLiteral("user:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    return make(Correction::Kind::EventAdd, target, {}, {}, eventToJson(event, d));
}

std::optional<Correction> verifyActor(const Dataset &d, qint64 actorId, bool verified)
{
    const Actor *a = d.actor(actorId);
    if (!a || a->verified == verified)
        return std::nullopt;
    return make(Correction::Kind::Verify, actorTarget(*a), {}, a->verified, verified);
}

std::optional<Correction> verifyEvent(const Dataset &d, qint64 eventId, bool verified)
{
    const Event *e = d.findEvent(eventId);
    if (!e || e->verified == verified)
        return std::nullopt;
    return make(Correction::Kind::Verify, eventTarget(*e), {}, e->verified, verified);
}

std::optional<Correction> noteActor(const Dataset &d, qint64 actorId, const QString &note)
{
    const Actor *a = d.actor(actorId);
    if (!a || a->note == note)
        return std::nullopt;
    return make(Correction::Kind::Note, actorTarget(*a), {}, a->note, note);
}

std::optional<Correction> noteEvent(const Dataset &d, qint64 eventId, const QString &note)
{
    const Event *e = d.findEvent(eventId);
    if (!e || e->note == note)
        return std::nullopt;
    return make(Correction::Kind::Note, eventTarget(*e), {}, e->note, note);
}

} // namespace edits
} // namespace rasad
