#include "curation/CorrectionApplier.h"

#include "curation/RecordEditor.h"

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

} // namespace

RecordEditor::RecordEditor(Dataset &data)
    : m_data(data)
{
    reindex();
}

void RecordEditor::reindex()
{
    m_eventPos.clear();
    m_eventPos.reserve(m_data.events.size());
    m_anchors.clear();
    m_anchors.reserve(m_data.events.size());
    for (qsizetype i = 0; i < m_data.events.size(); ++i) {
        m_eventPos.insert(m_data.events.at(i).id, i);
        indexEvent(m_data.events.at(i));
    }
    m_actorPos.clear();
    m_keys.clear();
    for (qsizetype i = 0; i < m_data.actors.size(); ++i) {
        m_actorPos.insert(m_data.actors.at(i).id, i);
        m_keys.insert(m_data.actors.at(i).key, m_data.actors.at(i).id);
    }
}

namespace {
/** Every anchor an event is found by: its sources', or its id's when it has none (see eventAnchor()). */
QStringList anchorsOf(const Event &e)
{
    if (e.sources.isEmpty())
        return {eventAnchor(e)};
    QStringList anchors;
    for (const EventSource &s : e.sources) {
        const QString anchor = eventAnchor(s);
        if (!anchors.contains(anchor))
            anchors.append(anchor);
    }
    return anchors;
}

bool involves(const Event &e, qint64 actorId)
{
    return std::any_of(e.participants.cbegin(), e.participants.cend(),
                       [&](const Participant &p) { return p.actorId == actorId; });
}
} // namespace

void RecordEditor::indexEvent(const Event &event)
{
    for (const QString &anchor : anchorsOf(event))
        m_anchors.insert(anchor, event.id);
}

void RecordEditor::unindexEvent(const Event &event)
{
    for (const QString &anchor : anchorsOf(event))
        m_anchors.remove(anchor, event.id);
}

void RecordEditor::repositionEvents(qsizetype from)
{
    for (qsizetype i = from; i < m_data.events.size(); ++i)
        m_eventPos.insert(m_data.events.at(i).id, i);
}

void RecordEditor::repositionActors(qsizetype from)
{
    for (qsizetype i = from; i < m_data.actors.size(); ++i)
        m_actorPos.insert(m_data.actors.at(i).id, i);
}

qsizetype RecordEditor::actorIndexByKey(const QString &key) const
{
    // The first actor in list order with this key, as a scan of the list would find.
    qsizetype best = -1;
    for (auto it = m_keys.constFind(key); it != m_keys.cend() && it.key() == key; ++it) {
        const qsizetype i = actorPosition(it.value());
        if (i >= 0 && (best < 0 || i < best))
            best = i;
    }
    return best;
}

Actor *RecordEditor::actorByKey(const QString &key)
{
    const qsizetype i = actorIndexByKey(key);
    return i < 0 ? nullptr : &m_data.actors[i];
}

qsizetype RecordEditor::eventIndex(const QString &anchor) const
{
    // The first event in list order answering to the anchor (its own, or any of its sources').
    qsizetype best = -1;
    for (auto it = m_anchors.constFind(anchor); it != m_anchors.cend() && it.key() == anchor; ++it) {
        const qsizetype i = eventPosition(it.value());
        if (i >= 0 && (best < 0 || i < best))
            best = i;
    }
    return best;
}

Event *RecordEditor::eventByAnchor(const QString &anchor)
{
    const qsizetype i = eventIndex(anchor);
    return i < 0 ? nullptr : &m_data.events[i];
}

Event &RecordEditor::touchEvent(qsizetype index)
{
    Event &e = m_data.events[index];
    if (!m_unindexed.contains(e.id)) {
        m_journal->steps.append({EditJournal::Step::Op::EventChanged, index, e, {}});
        m_journal->events.insert(e.id);
        unindexEvent(e);
        m_unindexed.insert(e.id);
    }
    return e;
}

void RecordEditor::removeEventAt(qsizetype index)
{
    const Event &e = m_data.events.at(index);
    m_journal->steps.append({EditJournal::Step::Op::EventRemoved, index, e, {}});
    m_journal->events.insert(e.id);
    if (!m_unindexed.remove(e.id))
        unindexEvent(e);
    m_eventPos.remove(e.id);
    m_data.events.removeAt(index);
    repositionEvents(index);
}

void RecordEditor::appendEvent(const Event &event)
{
    m_journal->steps.append({EditJournal::Step::Op::EventAppended, m_data.events.size(), {}, {}});
    m_journal->events.insert(event.id);
    m_journal->createdId = event.id;
    m_eventPos.insert(event.id, m_data.events.size());
    m_data.events.append(event);
    m_unindexed.insert(event.id);
}

Actor &RecordEditor::touchActor(qsizetype index)
{
    Actor &a = m_data.actors[index];
    if (!m_journal->actors.contains(a.id)) {
        m_journal->steps.append({EditJournal::Step::Op::ActorChanged, index, {}, a});
        m_journal->actors.insert(a.id);
    }
    return a;
}

void RecordEditor::removeActorAt(qsizetype index)
{
    const Actor &a = m_data.actors.at(index);
    m_journal->steps.append({EditJournal::Step::Op::ActorRemoved, index, {}, a});
    m_journal->actors.insert(a.id);
    m_keys.remove(a.key, a.id);
    m_actorPos.remove(a.id);
    m_data.actors.removeAt(index);
    repositionActors(index);
}

void RecordEditor::appendActor(const Actor &actor)
{
    m_journal->steps.append({EditJournal::Step::Op::ActorAppended, m_data.actors.size(), {}, {}});
    m_journal->actors.insert(actor.id);
    m_journal->createdId = actor.id;
    m_actorPos.insert(actor.id, m_data.actors.size());
    m_keys.insert(actor.key, actor.id);
    m_data.actors.append(actor);
}

void RecordEditor::replaceParticipant(qsizetype eventIndex, qint64 from, qint64 to)
{
    if (!involves(m_data.events.at(eventIndex), from))
        return;
    Event &e = touchEvent(eventIndex);
    const bool hasTo = involves(e, to);
    for (qsizetype i = e.participants.size() - 1; i >= 0; --i) {
        if (e.participants[i].actorId != from)
            continue;
        if (hasTo)
            e.participants.removeAt(i);
        else
            e.participants[i].actorId = to;
    }
}

void RecordEditor::removeActorFromEvents(qint64 actorId)
{
    for (qsizetype i = 0; i < m_data.events.size(); ++i)
        if (involves(m_data.events.at(i), actorId))
            touchEvent(i).participants.removeIf([&](const Participant &p) { return p.actorId == actorId; });
}

bool RecordEditor::apply(const Correction &c, EditJournal *journal)
{
    EditJournal local;
    EditJournal *const steps = journal ? journal : &local;
    *steps = {};
    m_journal = steps;
    m_unindexed.clear();
    const bool applied = applyKind(c);
    // Touched and added events answer to their anchors again, as they are now.
    for (const qint64 id : std::as_const(m_unindexed))
        if (const qsizetype i = eventPosition(id); i >= 0)
            indexEvent(m_data.events.at(i));
    m_unindexed.clear();
    m_journal = nullptr;
    Q_ASSERT(applied || steps->steps.isEmpty()); // every kind looks its targets up before changing anything
    return applied;
}

void RecordEditor::revert(const EditJournal &journal)
{
    using Op = EditJournal::Step::Op;
    for (auto it = journal.steps.crbegin(); it != journal.steps.crend(); ++it) {
        switch (it->op) {
        case Op::EventChanged: {
            Event &e = m_data.events[it->index];
            unindexEvent(e);
            e = it->event;
            indexEvent(e);
            break;
        }
        case Op::EventRemoved:
            m_data.events.insert(it->index, it->event);
            indexEvent(it->event);
            repositionEvents(it->index);
            break;
        case Op::EventAppended:
            unindexEvent(m_data.events.constLast());
            m_eventPos.remove(m_data.events.constLast().id);
            m_data.events.removeLast();
            break;
        case Op::ActorChanged:
            m_data.actors[it->index] = it->actor;
            break;
        case Op::ActorRemoved:
            m_data.actors.insert(it->index, it->actor);
            m_keys.insert(it->actor.key, it->actor.id);
            repositionActors(it->index);
            break;
        case Op::ActorAppended:
            m_keys.remove(m_data.actors.constLast().key, m_data.actors.constLast().id);
            m_actorPos.remove(m_data.actors.constLast().id);
            m_data.actors.removeLast();
            break;
        }
    }
}

bool RecordEditor::applyKind(const Correction &c)
{
    using K = Correction::Kind;
    switch (c.kind) {
    case K::ActorMerge: {
        const qsizetype keepIndex = actorIndexByKey(c.target);
        const qsizetype fromIndex = actorIndexByKey(c.newValue.toObject().value(u"from").toString());
        if (keepIndex < 0 || fromIndex < 0 || keepIndex == fromIndex)
            return false;
        const Actor from = m_data.actors.at(fromIndex);
        Actor &keep = touchActor(keepIndex);
        for (const QString &n : QStringList{from.name} + from.aliases)
            if (n != keep.name && !keep.aliases.contains(n))
                keep.aliases.append(n);
        for (const Role &r : from.roles)
            if (!keep.roles.contains(r))
                keep.roles.append(r);
        if (keep.country.isEmpty())
            keep.country = from.country;
        if (keep.nameEn.isEmpty())
            keep.nameEn = from.nameEn;
        const qint64 keepId = keep.id;
        for (qsizetype i = 0; i < m_data.events.size(); ++i)
            replaceParticipant(i, from.id, keepId);
        removeActorAt(actorPosition(from.id));
        return true;
    }
    case K::ActorSplit: {
        const qsizetype fromIndex = actorIndexByKey(c.target);
        const QJsonObject v = c.newValue.toObject();
        const QString alias = v.value(u"alias").toString();
        if (fromIndex < 0 || alias.isEmpty() || actorIndexByKey(v.value(u"key").toString()) >= 0)
            return false;
        Actor &from = touchActor(fromIndex);
        from.aliases.removeAll(alias);
        Actor split;
        split.id = -c.id;
        split.key = v.value(u"key").toString();
        split.kind = from.kind;
        split.name = alias;
        split.country = from.country;
        const qint64 fromId = from.id;
        const QStringList fromKeys = [&] {
            QStringList keys{matchingKey(from.name)};
            for (const QString &a : from.aliases)
                keys << matchingKey(a);
            return keys;
        }();
        appendActor(split);
        // Events read from sentences that name the alias and none of the other names move to the new actor.
        const QString aliasKey = matchingKey(alias);
        for (qsizetype i = 0; i < m_data.events.size(); ++i) {
            const Event &e = m_data.events.at(i);
            if (!involves(e, fromId))
                continue;
            const bool onlyAlias = std::all_of(e.sources.cbegin(), e.sources.cend(), [&](const EventSource &s) {
                const QString key = matchingKey(s.evidence);
                return key.contains(aliasKey) && std::none_of(fromKeys.cbegin(), fromKeys.cend(), [&](const QString &k) {
                           return !k.isEmpty() && !aliasKey.contains(k) && key.contains(k);
                       });
            });
            if (onlyAlias)
                replaceParticipant(i, fromId, -c.id);
        }
        return true;
    }
    case K::ActorEdit: {
        static const QStringList fields{QStringLiteral("name"), QStringLiteral("name_en"), QStringLiteral("country"),
                                        QStringLiteral("aliases"), QStringLiteral("roles")};
        const qsizetype index = actorIndexByKey(c.target);
        if (index < 0 || !fields.contains(c.field))
            return false;
        Actor &a = touchActor(index);
        if (c.field == u"name")
            a.name = c.newValue.toString();
        else if (c.field == u"name_en")
            a.nameEn = c.newValue.toString();
        else if (c.field == u"country")
            a.country = c.newValue.toString();
        else if (c.field == u"aliases")
            a.aliases = toStringList(c.newValue);
        else
            a.roles = rolesFromJson(c.newValue);
        return true;
    }
    case K::ActorDelete: {
        const qsizetype index = actorIndexByKey(c.target);
        if (index < 0)
            return false;
        const qint64 id = m_data.actors.at(index).id;
        removeActorFromEvents(id);
        removeActorAt(index);
        return true;
    }
    case K::ActorAdd: {
        if (actorIndexByKey(c.target) >= 0)
            return false;
        Actor a = actorFromJson(c.newValue.toObject());
        a.id = -c.id;
        a.key = c.target;
        appendActor(a);
        return true;
    }
    case K::EventEdit: {
        static const QStringList fields{QStringLiteral("date"), QStringLiteral("location"), QStringLiteral("type"),
                                        QStringLiteral("topics"), QStringLiteral("participants")};
        const qsizetype index = eventIndex(c.target);
        if (index < 0 || !fields.contains(c.field))
            return false;
        QList<Participant> participants;
        if (c.field == u"participants")
            for (const QString &key : toStringList(c.newValue))
                if (const Actor *a = actorByKey(key))
                    participants.append(Participant{a->id, {}});
        Event &e = touchEvent(index);
        if (c.field == u"date") {
            e.date = c.newValue.isObject() ? fuzzyDateFromJson(c.newValue.toObject()) : FuzzyDate{};
            e.dateSource = DateSource::User;
        } else if (c.field == u"location") {
            e.location = c.newValue.toString();
        } else if (c.field == u"type") {
            e.type = eventTypeFromName(c.newValue.toString());
        } else if (c.field == u"topics") {
            e.topics = toStringList(c.newValue);
        } else {
            e.participants = participants;
        }
        return true;
    }
    case K::EventMerge: {
        const qsizetype keepIndex = eventIndex(c.target);
        const qsizetype otherIndex = eventIndex(c.newValue.toObject().value(u"other").toString());
        if (keepIndex < 0 || otherIndex < 0 || keepIndex == otherIndex)
            return false;
        const Event other = m_data.events.at(otherIndex);
        Event &keep = touchEvent(keepIndex);
        for (const EventSource &s : other.sources)
            if (!keep.sources.contains(s))
                keep.sources.append(s);
        for (const Participant &p : other.participants)
            if (!involves(keep, p.actorId))
                keep.participants.append(p);
        for (const QString &t : other.topics)
            if (!keep.topics.contains(t))
                keep.topics.append(t);
        if (!keep.date.isValid())
            keep.date = other.date;
        keep.mergeNote = (keep.mergeNote.isEmpty() ? QString() : keep.mergeNote + QStringLiteral("; "))
            + QStringLiteral("merged by hand with ") + c.newValue.toObject().value(u"other").toString();
        removeEventAt(otherIndex); // by index: the kept event now carries the other's anchors too
        return true;
    }
    case K::EventSplit: {
        const qsizetype index = eventIndex(c.target);
        const QString sourceAnchor = c.newValue.toObject().value(u"source").toString();
        if (index < 0 || m_data.events.at(index).sources.size() < 2)
            return false;
        const QList<EventSource> &sources = m_data.events.at(index).sources;
        const auto it = std::find_if(sources.cbegin(), sources.cend(),
                                     [&](const EventSource &s) { return eventAnchor(s) == sourceAnchor; });
        if (it == sources.cend())
            return false;
        const qsizetype sourceIndex = it - sources.cbegin();
        Event &e = touchEvent(index);
        const EventSource source = e.sources.at(sourceIndex);
        Event split = e;
        split.id = -c.id;
        split.sources = {source};
        split.date = source.date.isValid() ? source.date : e.date;
        split.flags.clear();
        split.mergeNote = QStringLiteral("split off by hand");
        split.verified = false;
        e.sources.removeAt(sourceIndex);
        appendEvent(split);
        return true;
    }
    case K::EventDelete: {
        const qsizetype i = eventIndex(c.target);
        if (i < 0)
            return false;
        removeEventAt(i);
        return true;
    }
    case K::EventAdd: {
        Event e = eventFromJson(c.newValue.toObject(), m_data);
        e.id = -c.id;
        e.dateSource = e.date.isValid() ? DateSource::User : DateSource::None;
        appendEvent(e);
        return true;
    }
    case K::Verify:
    case K::Note: {
        const bool isActor = c.target.startsWith(u"actor:");
        const QString id = c.target.mid(c.target.indexOf(u':') + 1);
        if (isActor) {
            const qsizetype index = actorIndexByKey(id);
            if (index < 0)
                return false;
            Actor &a = touchActor(index);
            if (c.kind == K::Verify)
                a.verified = c.newValue.toBool();
            else
                a.note = c.newValue.toString();
        } else {
            const qsizetype index = eventIndex(id);
            if (index < 0)
                return false;
            Event &e = touchEvent(index);
            if (c.kind == K::Verify)
                e.verified = c.newValue.toBool();
            else
                e.note = c.newValue.toString();
        }
        return true;
    }
    }
    return false;
}

void applyCorrections(Dataset &dataset, const QList<Correction> &corrections, QStringList *skipped)
{
    RecordEditor editor(dataset);
    for (const Correction &c : corrections) {
        if (c.undone)
            continue;
        if (!editor.apply(c) && skipped)
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
