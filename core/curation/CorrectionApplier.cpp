#include "curation/CorrectionApplier.h"

#include "text/ArabicNormalizer.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace rasad {

namespace {

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

QJsonArray rolesToJson(const QList<Role> &roles)
{
    QJsonArray array;
    for (const Role &r : roles)
        array.append(QJsonObject{{QStringLiteral("title"), r.title},
                                 {QStringLiteral("title_en"), r.titleEn},
                                 {QStringLiteral("organisation"), r.organisation},
                                 {QStringLiteral("country"), r.country},
                                 {QStringLiteral("from"), r.from.isValid() ? QJsonValue(r.from.toString(Qt::ISODate)) : QJsonValue()},
                                 {QStringLiteral("to"), r.to.isValid() ? QJsonValue(r.to.toString(Qt::ISODate)) : QJsonValue()}});
    return array;
}

QList<Role> rolesFromJson(const QJsonValue &value)
{
    QList<Role> roles;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        roles.append(Role{o.value(u"title").toString(), o.value(u"title_en").toString(),
                          o.value(u"organisation").toString(), o.value(u"country").toString(),
                          QDate::fromString(o.value(u"from").toString(), Qt::ISODate),
                          QDate::fromString(o.value(u"to").toString(), Qt::ISODate)});
    }
    return roles;
}

/** Indexes kept in step with the dataset as corrections add and remove records. */
class Editor
{
public:
    explicit Editor(Dataset &d) : data(d) {}

    Actor *actorByKey(const QString &key)
    {
        for (Actor &a : data.actors)
            if (a.key == key)
                return &a;
        return nullptr;
    }

    /** The index of the event with this anchor (its own, or any of its sources'), -1 if none. */
    qsizetype eventIndex(const QString &anchor) const
    {
        for (qsizetype i = 0; i < data.events.size(); ++i) {
            const Event &e = data.events.at(i);
            if (eventAnchor(e) == anchor)
                return i;
            for (const EventSource &s : e.sources)
                if (eventAnchor(s) == anchor)
                    return i;
        }
        return -1;
    }

    Event *eventByAnchor(const QString &anchor)
    {
        const qsizetype i = eventIndex(anchor);
        return i < 0 ? nullptr : &data.events[i];
    }

    void removeActorFromEvents(qint64 actorId)
    {
        for (Event &e : data.events)
            e.participants.removeIf([&](const Participant &p) { return p.actorId == actorId; });
    }

    void replaceParticipant(Event &e, qint64 from, qint64 to)
    {
        const bool hasTo = std::any_of(e.participants.cbegin(), e.participants.cend(),
                                       [&](const Participant &p) { return p.actorId == to; });
        for (qsizetype i = e.participants.size() - 1; i >= 0; --i) {
            if (e.participants[i].actorId != from)
                continue;
            if (hasTo)
                e.participants.removeAt(i);
            else
                e.participants[i].actorId = to;
        }
    }

    Dataset &data;
};

bool apply(Editor &ed, const Correction &c)
{
    Dataset &data = ed.data;
    using K = Correction::Kind;
    switch (c.kind) {
    case K::ActorMerge: {
        Actor *keep = ed.actorByKey(c.target);
        Actor *from = ed.actorByKey(c.newValue.toObject().value(u"from").toString());
        if (!keep || !from || keep == from)
            return false;
        for (const QString &n : QStringList{from->name} + from->aliases)
            if (n != keep->name && !keep->aliases.contains(n))
                keep->aliases.append(n);
        for (const Role &r : from->roles)
            if (!keep->roles.contains(r))
                keep->roles.append(r);
        if (keep->country.isEmpty())
            keep->country = from->country;
        if (keep->nameEn.isEmpty())
            keep->nameEn = from->nameEn;
        const qint64 keepId = keep->id, fromId = from->id;
        for (Event &e : data.events)
            ed.replaceParticipant(e, fromId, keepId);
        data.actors.removeIf([&](const Actor &a) { return a.id == fromId; });
        return true;
    }
    case K::ActorSplit: {
        Actor *from = ed.actorByKey(c.target);
        const QJsonObject v = c.newValue.toObject();
        const QString alias = v.value(u"alias").toString();
        if (!from || alias.isEmpty() || ed.actorByKey(v.value(u"key").toString()))
            return false;
        from->aliases.removeAll(alias);
        Actor split;
        split.id = -c.id;
        split.key = v.value(u"key").toString();
        split.kind = from->kind;
        split.name = alias;
        split.country = from->country;
        const qint64 fromId = from->id;
        const QStringList fromKeys = [&] {
            QStringList keys{matchingKey(from->name)};
            for (const QString &a : from->aliases)
                keys << matchingKey(a);
            return keys;
        }();
        data.actors.append(split);
        // Events read from sentences that name the alias and none of the other names move to the new actor.
        const QString aliasKey = matchingKey(alias);
        for (Event &e : data.events) {
            const bool involved = std::any_of(e.participants.cbegin(), e.participants.cend(),
                                              [&](const Participant &p) { return p.actorId == fromId; });
            if (!involved)
                continue;
            const bool onlyAlias = std::all_of(e.sources.cbegin(), e.sources.cend(), [&](const EventSource &s) {
                const QString key = matchingKey(s.evidence);
                return key.contains(aliasKey) && std::none_of(fromKeys.cbegin(), fromKeys.cend(), [&](const QString &k) {
                           return !k.isEmpty() && !aliasKey.contains(k) && key.contains(k);
                       });
            });
            if (onlyAlias)
                ed.replaceParticipant(e, fromId, -c.id);
        }
        return true;
    }
    case K::ActorEdit: {
        Actor *a = ed.actorByKey(c.target);
        if (!a)
            return false;
        if (c.field == u"name")
            a->name = c.newValue.toString();
        else if (c.field == u"name_en")
            a->nameEn = c.newValue.toString();
        else if (c.field == u"country")
            a->country = c.newValue.toString();
        else if (c.field == u"aliases")
            a->aliases = toStringList(c.newValue);
        else if (c.field == u"roles")
            a->roles = rolesFromJson(c.newValue);
        else
            return false;
        return true;
    }
    case K::ActorDelete: {
        Actor *a = ed.actorByKey(c.target);
        if (!a)
            return false;
        const qint64 id = a->id;
        ed.removeActorFromEvents(id);
        data.actors.removeIf([&](const Actor &x) { return x.id == id; });
        return true;
    }
    case K::ActorAdd: {
        if (ed.actorByKey(c.target))
            return false;
        Actor a = actorFromJson(c.newValue.toObject());
        a.id = -c.id;
        a.key = c.target;
        data.actors.append(a);
        return true;
    }
    case K::EventEdit: {
        Event *e = ed.eventByAnchor(c.target);
        if (!e)
            return false;
        if (c.field == u"date") {
            e->date = c.newValue.isObject() ? fuzzyDateFromJson(c.newValue.toObject()) : FuzzyDate{};
            e->dateSource = DateSource::User;
        } else if (c.field == u"location") {
            e->location = c.newValue.toString();
        } else if (c.field == u"type") {
            e->type = eventTypeFromName(c.newValue.toString());
        } else if (c.field == u"topics") {
            e->topics = toStringList(c.newValue);
        } else if (c.field == u"participants") {
            QList<Participant> participants;
            for (const QString &key : toStringList(c.newValue))
                if (const Actor *a = ed.actorByKey(key))
                    participants.append(Participant{a->id, {}});
            e->participants = participants;
        } else {
            return false;
        }
        return true;
    }
    case K::EventMerge: {
        const qsizetype keepIndex = ed.eventIndex(c.target);
        const qsizetype otherIndex = ed.eventIndex(c.newValue.toObject().value(u"other").toString());
        if (keepIndex < 0 || otherIndex < 0 || keepIndex == otherIndex)
            return false;
        Event *keep = &data.events[keepIndex];
        const Event *other = &data.events[otherIndex];
        for (const EventSource &s : other->sources)
            if (!keep->sources.contains(s))
                keep->sources.append(s);
        for (const Participant &p : other->participants)
            if (std::none_of(keep->participants.cbegin(), keep->participants.cend(),
                             [&](const Participant &q) { return q.actorId == p.actorId; }))
                keep->participants.append(p);
        for (const QString &t : other->topics)
            if (!keep->topics.contains(t))
                keep->topics.append(t);
        if (!keep->date.isValid())
            keep->date = other->date;
        keep->mergeNote = (keep->mergeNote.isEmpty() ? QString() : keep->mergeNote + QStringLiteral("; "))
            + QStringLiteral("merged by hand with ") + c.newValue.toObject().value(u"other").toString();
        data.events.removeAt(otherIndex); // by index: the kept event now carries the other's anchors too
        return true;
    }
    case K::EventSplit: {
        Event *e = ed.eventByAnchor(c.target);
        const QString sourceAnchor = c.newValue.toObject().value(u"source").toString();
        if (!e || e->sources.size() < 2)
            return false;
        const auto it = std::find_if(e->sources.begin(), e->sources.end(),
                                     [&](const EventSource &s) { return eventAnchor(s) == sourceAnchor; });
        if (it == e->sources.end())
            return false;
        Event split = *e;
        split.id = -c.id;
        split.sources = {*it};
        split.date = it->date.isValid() ? it->date : e->date;
        split.flags.clear();
        split.mergeNote = QStringLiteral("split off by hand");
        split.verified = false;
        e->sources.erase(it);
        data.events.append(split);
        return true;
    }
    case K::EventDelete: {
        const qsizetype i = ed.eventIndex(c.target);
        if (i < 0)
            return false;
        data.events.removeAt(i);
        return true;
    }
    case K::EventAdd: {
        Event e = eventFromJson(c.newValue.toObject(), data);
        e.id = -c.id;
        e.dateSource = e.date.isValid() ? DateSource::User : DateSource::None;
        data.events.append(e);
        return true;
    }
    case K::Verify:
    case K::Note: {
        const bool isActor = c.target.startsWith(u"actor:");
        const QString id = c.target.mid(c.target.indexOf(u':') + 1);
        if (isActor) {
            Actor *a = ed.actorByKey(id);
            if (!a)
                return false;
            if (c.kind == K::Verify)
                a->verified = c.newValue.toBool();
            else
                a->note = c.newValue.toString();
        } else {
            Event *e = ed.eventByAnchor(id);
            if (!e)
                return false;
            if (c.kind == K::Verify)
                e->verified = c.newValue.toBool();
            else
                e->note = c.newValue.toString();
        }
        return true;
    }
    }
    return false;
}

} // namespace

void applyCorrections(Dataset &dataset, const QList<Correction> &corrections, QStringList *skipped)
{
    Editor editor(dataset);
    for (const Correction &c : corrections) {
        if (c.undone)
            continue;
        if (!apply(editor, c) && skipped)
            skipped->append(c.describe());
    }
}

QJsonObject actorToJson(const Actor &actor)
{
    return QJsonObject{{QStringLiteral("kind"), actor.kind == ActorKind::Person ? QStringLiteral("person")
                                                                                : QStringLiteral("organization")},
                       {QStringLiteral("name"), actor.name},
                       {QStringLiteral("name_en"), actor.nameEn},
                       {QStringLiteral("country"), actor.country},
                       {QStringLiteral("aliases"), toArray(actor.aliases)},
                       {QStringLiteral("roles"), rolesToJson(actor.roles)}};
}

Actor actorFromJson(const QJsonObject &json)
{
    Actor a;
    a.kind = json.value(u"kind").toString() == u"organization" ? ActorKind::Organization : ActorKind::Person;
    a.name = json.value(u"name").toString();
    a.nameEn = json.value(u"name_en").toString();
    a.country = json.value(u"country").toString();
    a.aliases = toStringList(json.value(u"aliases"));
    a.roles = rolesFromJson(json.value(u"roles"));
    return a;
}

QJsonObject eventToJson(const Event &event, const Dataset &dataset)
{
    QJsonArray participants;
    for (const Participant &p : event.participants)
        if (const Actor *a = dataset.actor(p.actorId))
            participants.append(a->key);
    QJsonArray sources;
    for (const EventSource &s : event.sources)
        sources.append(QJsonObject{{QStringLiteral("article"), s.articleId},
                                   {QStringLiteral("file"), s.fileName},
                                   {QStringLiteral("start"), s.start},
                                   {QStringLiteral("end"), s.end},
                                   {QStringLiteral("evidence"), s.evidence}});
    return QJsonObject{{QStringLiteral("type"), eventTypeName(event.type)},
                       {QStringLiteral("date"), event.date.isValid() ? QJsonValue(fuzzyDateToJson(event.date)) : QJsonValue()},
                       {QStringLiteral("location"), event.location},
                       {QStringLiteral("participants"), participants},
                       {QStringLiteral("topics"), toArray(event.topics)},
                       {QStringLiteral("sources"), sources}};
}

Event eventFromJson(const QJsonObject &json, const Dataset &dataset)
{
    Event e;
    e.type = eventTypeFromName(json.value(u"type").toString());
    if (json.value(u"date").isObject())
        e.date = fuzzyDateFromJson(json.value(u"date").toObject());
    e.location = json.value(u"location").toString();
    e.topics = toStringList(json.value(u"topics"));
    e.confidence = 1.0; // a researcher made it
    e.verified = true;
    for (const QString &key : toStringList(json.value(u"participants")))
        for (const Actor &a : dataset.actors)
            if (a.key == key)
                e.participants.append(Participant{a.id, {}});
    for (const QJsonValue &v : json.value(u"sources").toArray()) {
        const QJsonObject o = v.toObject();
        EventSource s;
        s.articleId = o.value(u"article").toInteger();
        s.fileName = o.value(u"file").toString();
        s.start = o.value(u"start").toInt();
        s.end = o.value(u"end").toInt();
        s.evidence = o.value(u"evidence").toString();
        s.confidence = 1.0;
        e.sources.append(s);
    }
    return e;
}

} // namespace rasad
