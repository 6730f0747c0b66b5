// Corrections applied over an extracted baseline: every kind of edit, in order, idempotent, and
// surviving a re-extraction that renews every row id.
#include "curation/CorrectionApplier.h"
#include "curation/Edits.h"
#include "curation/Review.h"
#include "curation/CorrectionLog.h"
#include "curation/undo/CurationSession.h"
#include "gazetteer/Gazetteer.h"
#include "store/Store.h"
#include "store/StoreCorrectionLog.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <QSignalSpy>

#include <QJsonArray>
#include <QTest>

using namespace rasad;

namespace {

Actor person(qint64 id, const QString &key, const QString &name, const QString &country, QStringList aliases = {},
             bool discovered = false)
{
    Actor a;
    a.id = id;
    a.key = key;
    a.name = name;
    a.country = country;
    a.aliases = std::move(aliases);
    a.discovered = discovered;
    return a;
}

EventSource source(qint64 article, int start, const QString &evidence, const FuzzyDate &date = {})
{
    EventSource s;
    s.articleId = article;
    s.fileName = QStringLiteral("a%1.txt").arg(article);
    s.start = start;
    s.end = start + int(evidence.size());
    s.evidence = evidence;
    s.date = date;
    return s;
}

FuzzyDate day(int y, int m, int d)
{
    return FuzzyDate{QDate(y, m, d), QDate(y, m, d), Granularity::Day, {}, {}};
}

/** A small extracted record; `idBase` shifts every row id as a re-extraction would. */
Dataset makeBaseline(qint64 idBase = 0)
{
    Dataset d;
    d.actors = {person(idBase + 1, QStringLiteral("ru-deputy-pm"), QStringLiteral("ألكسندر نوفاك"), QStringLiteral("RU"),
                       {QStringLiteral("نوفاك")}),
                person(idBase + 2, QStringLiteral("sy-energy"), QStringLiteral("محمد البشير"), QStringLiteral("SY")),
                person(idBase + 3, QStringLiteral("discovered:نوفاك"), QStringLiteral("نوفاك"), QString(), {}, true),
                person(idBase + 4, QStringLiteral("discovered:سامر"), QStringLiteral("سامر الحلبي"), QStringLiteral("SY"),
                       {QStringLiteral("العقيد سامر الحلبي"), QStringLiteral("الحلبي")}, true)};
    Event talks;
    talks.id = idBase + 10;
    talks.type = EventType::Meeting;
    talks.date = day(2025, 3, 4);
    talks.location = QStringLiteral("دمشق");
    talks.participants = {{idBase + 1, {}}, {idBase + 2, {}}};
    talks.confidence = 0.9;
    talks.sources = {source(1, 100, QStringLiteral("استقبل وزير الطاقة محمد البشير نائب رئيس الوزراء الروسي ألكسندر نوفاك")),
                     source(2, 40, QStringLiteral("بحث البشير مع نوفاك ملف الطاقة"))};
    Event call;
    call.id = idBase + 11;
    call.type = EventType::Call;
    call.participants = {{idBase + 3, {}}, {idBase + 4, {}}};
    call.confidence = 0.4;
    call.sources = {source(3, 7, QStringLiteral("أجرى العقيد سامر الحلبي اتصالاً مع نوفاك"))};
    Event visit;
    visit.id = idBase + 12;
    visit.type = EventType::Visit;
    visit.date = day(2025, 5, 1);
    visit.participants = {{idBase + 1, {}}};
    visit.confidence = 0.7;
    visit.sources = {source(4, 0, QStringLiteral("زار نوفاك دمشق"))};
    d.events = {talks, call, visit};
    return d;
}

const Event *eventWithSource(const Dataset &d, qint64 article)
{
    for (const Event &e : d.events)
        for (const EventSource &s : e.sources)
            if (s.articleId == article)
                return &e;
    return nullptr;
}

const Actor *actorByKey(const Dataset &d, const QString &key)
{
    for (const Actor &a : d.actors)
        if (a.key == key)
            return &a;
    return nullptr;
}

/** Applies `c` after giving it the next id, as the store would. */
Dataset applied(QList<Correction> &log, Correction c, qint64 idBase = 0)
{
    c.id = log.size() + 1;
    log.append(c);
    Dataset d = makeBaseline(idBase);
    applyCorrections(d, log);
    return d;
}

/** The log in memory, over a baseline that `reextract()` renews as a re-extraction would. */
class MemoryLog final : public CorrectionLog
{
public:
    bool record(Correction &c, QString *error) override
    {
        if (failNext) {
            *error = QStringLiteral("test.sqlite: disk full");
            failNext = false;
            return false;
        }
        c.id = log.size() + 1;
        log.append(c);
        return true;
    }
    bool setUndone(qint64 id, bool undone, QString *) override
    {
        log[id - 1].undone = undone;
        return true;
    }
    QList<Correction> corrections() const override { return log; }
    Dataset baseline() const override { return makeBaseline(idBase); }
    void reextract() { idBase += 1000; }

    QList<Correction> log;
    qint64 idBase = 0;
    bool failNext = false;
};

} // namespace

class CurationTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergeActorsMovesEventsAndAliases();
    void splitAliasMakesANewActor();
    void editActorFields();
    void deleteAndAddActor();
    void editEventDateAndFields();
    void mergeAndSplitEvents();
    void deleteAndAddEvent();
    void verifyAndNote();
    void undoneCorrectionsAreSkipped();
    void correctionsSurviveReextraction();
    void nonsenseEditsAreRefused();
    void reviewQueueOrder();
    void historyAndAuditLog();
    void undoRedoEveryKind();
    void addReturnsTheNewId();
    void failedWriteIsNotOnTheStack();
    void correctionsLiveInTheProjectFile();
    void cliAuditAndSharedGazetteer();
    void reextractUsesAnImportedGazetteer();
};

void CurationTest::mergeActorsMovesEventsAndAliases()
{
    QList<Correction> log;
    const Dataset before = makeBaseline();
    const auto c = edits::mergeActors(before, 1, 3);
    QVERIFY(c);
    const Dataset d = applied(log, *c);
    QCOMPARE(d.actors.size(), 3);
    QVERIFY(!actorByKey(d, QStringLiteral("discovered:نوفاك")));
    const Event *call = eventWithSource(d, 3);
    QVERIFY(std::any_of(call->participants.cbegin(), call->participants.cend(), [](const Participant &p) { return p.actorId == 1; }));
    QVERIFY(std::none_of(call->participants.cbegin(), call->participants.cend(), [](const Participant &p) { return p.actorId == 3; }));
}

void CurationTest::splitAliasMakesANewActor()
{
    QList<Correction> log;
    const auto c = edits::splitAlias(makeBaseline(), 4, QStringLiteral("الحلبي"));
    QVERIFY(c);
    const Dataset d = applied(log, *c);
    const QString newKey = c->newValue.toObject().value(u"key").toString();
    const Actor *split = actorByKey(d, newKey);
    QVERIFY(split);
    QCOMPARE(split->name, QStringLiteral("الحلبي"));
    QCOMPARE(split->country, QStringLiteral("SY"));
    QVERIFY(split->id < 0);
    QVERIFY(!actorByKey(d, QStringLiteral("discovered:سامر"))->aliases.contains(QStringLiteral("الحلبي")));
    // The call's evidence names the full name too, so it stays with the original actor.
    const Event *call = eventWithSource(d, 3);
    QVERIFY(std::any_of(call->participants.cbegin(), call->participants.cend(), [](const Participant &p) { return p.actorId == 4; }));
}

void CurationTest::editActorFields()
{
    QList<Correction> log;
    Dataset d = applied(log, *edits::editActor(makeBaseline(), 3, QStringLiteral("country"), QStringLiteral("RU")));
    QCOMPARE(actorByKey(d, QStringLiteral("discovered:نوفاك"))->country, QStringLiteral("RU"));
    d = applied(log, *edits::editActor(d, 2, QStringLiteral("name_en"), QStringLiteral("Mohammed al-Bashir")));
    QCOMPARE(actorByKey(d, QStringLiteral("sy-energy"))->nameEn, QStringLiteral("Mohammed al-Bashir"));
    const QJsonArray roles{QJsonObject{{QStringLiteral("title"), QStringLiteral("وزير الطاقة")},
                                       {QStringLiteral("country"), QStringLiteral("SY")},
                                       {QStringLiteral("from"), QStringLiteral("2025-03-29")}}};
    d = applied(log, *edits::editActor(d, 2, QStringLiteral("roles"), roles));
    const Actor *bashir = actorByKey(d, QStringLiteral("sy-energy"));
    QCOMPARE(bashir->roles.size(), 1);
    QCOMPARE(bashir->roles.first().from, QDate(2025, 3, 29));
    QVERIFY(!bashir->roles.first().to.isValid());
    QVERIFY(!edits::editActor(d, 2, QStringLiteral("shoe_size"), 42));
}

void CurationTest::deleteAndAddActor()
{
    QList<Correction> log;
    Dataset d = applied(log, *edits::deleteActor(makeBaseline(), 3));
    QVERIFY(!actorByKey(d, QStringLiteral("discovered:نوفاك")));
    const Event *call = eventWithSource(d, 3);
    QCOMPARE(call->participants.size(), 1);
    Actor hand = person(0, {}, QStringLiteral("ميخائيل بوغدانوف"), QStringLiteral("RU"));
    const auto add = edits::addActor(d, hand);
    QVERIFY(add);
    d = applied(log, *add);
    const Actor *added = actorByKey(d, add->target);
    QVERIFY(added);
    QCOMPARE(added->id, -2);
    QCOMPARE(added->name, QStringLiteral("ميخائيل بوغدانوف"));
}

void CurationTest::editEventDateAndFields()
{
    QList<Correction> log;
    const FuzzyDate early{QDate(2025, 3, 1), QDate(2025, 3, 10), Granularity::PartOfMonth, {}, QStringLiteral("مطلع آذار")};
    Dataset d = applied(log, *edits::editEventDate(makeBaseline(), 11, early));
    const Event *call = eventWithSource(d, 3);
    QCOMPARE(call->date.start, QDate(2025, 3, 1));
    QCOMPARE(call->date.end, QDate(2025, 3, 10));
    QCOMPARE(call->date.granularity, Granularity::PartOfMonth);
    QCOMPARE(call->dateSource, DateSource::User);
    d = applied(log, *edits::editEvent(d, 11, QStringLiteral("type"), QStringLiteral("meeting")));
    QCOMPARE(eventWithSource(d, 3)->type, EventType::Meeting);
    d = applied(log, *edits::editEvent(d, 11, QStringLiteral("location"), QStringLiteral("اللاذقية")));
    QCOMPARE(eventWithSource(d, 3)->location, QStringLiteral("اللاذقية"));
    d = applied(log, *edits::editEvent(d, 11, QStringLiteral("topics"), QJsonArray{QStringLiteral("energy")}));
    QCOMPARE(eventWithSource(d, 3)->topics, QStringList{QStringLiteral("energy")});
    d = applied(log, *edits::editEvent(d, 11, QStringLiteral("participants"), QJsonArray{1, 4}));
    const Event *edited = eventWithSource(d, 3);
    QCOMPARE(edited->participants.size(), 2);
    QCOMPARE(edited->participants[0].actorId, 1);
    QCOMPARE(edited->participants[1].actorId, 4);
    QVERIFY(!edits::editEvent(d, 11, QStringLiteral("type"), QStringLiteral("picnic")));
}

void CurationTest::mergeAndSplitEvents()
{
    QList<Correction> log;
    Dataset d = applied(log, *edits::mergeEvents(makeBaseline(), 10, 12));
    QCOMPARE(d.events.size(), 2);
    const Event *merged = eventWithSource(d, 4);
    QCOMPARE(merged->sources.size(), 3);
    QCOMPARE(merged->id, 10);
    QVERIFY(merged->mergeNote.contains(QStringLiteral("by hand")));
    // Split the second article's source off again.
    const int index = int(std::find_if(merged->sources.cbegin(), merged->sources.cend(),
                                       [](const EventSource &s) { return s.articleId == 2; })
                          - merged->sources.cbegin());
    d = applied(log, *edits::splitSource(d, 10, index));
    QCOMPARE(d.events.size(), 3);
    const Event *split = eventWithSource(d, 2);
    QCOMPARE(split->sources.size(), 1);
    QVERIFY(split->id < 0);
    QCOMPARE(eventWithSource(d, 1)->sources.size(), 2);
    QVERIFY(!edits::splitSource(d, split->id, 0)); // an event's only source cannot be split off
}

void CurationTest::deleteAndAddEvent()
{
    QList<Correction> log;
    Dataset d = applied(log, *edits::deleteEvent(makeBaseline(), 12));
    QVERIFY(!eventWithSource(d, 4));
    Event hand;
    hand.type = EventType::Delegation;
    hand.date = day(2025, 6, 2);
    hand.participants = {{2, {}}};
    hand.sources = {source(5, 300, QStringLiteral("وصل وفد روسي إلى طرطوس"))};
    const auto add = edits::addEvent(d, hand);
    QVERIFY(add);
    d = applied(log, *add);
    const Event *added = eventWithSource(d, 5);
    QVERIFY(added);
    QCOMPARE(added->type, EventType::Delegation);
    QCOMPARE(added->date.start, QDate(2025, 6, 2));
    QCOMPARE(added->participants.first().actorId, 2);
    QVERIFY(added->verified);
}

void CurationTest::verifyAndNote()
{
    QList<Correction> log;
    Dataset d = applied(log, *edits::verifyEvent(makeBaseline(), 11));
    QVERIFY(eventWithSource(d, 3)->verified);
    d = applied(log, *edits::verifyActor(d, 4));
    QVERIFY(actorByKey(d, QStringLiteral("discovered:سامر"))->verified);
    d = applied(log, *edits::noteEvent(d, 11, QStringLiteral("تحقق من التاريخ")));
    QCOMPARE(eventWithSource(d, 3)->note, QStringLiteral("تحقق من التاريخ"));
    QVERIFY(!edits::verifyEvent(d, 11)); // already verified: nothing to record
}

void CurationTest::undoneCorrectionsAreSkipped()
{
    QList<Correction> log;
    Dataset d = applied(log, *edits::deleteEvent(makeBaseline(), 12));
    QVERIFY(!eventWithSource(d, 4));
    log.last().undone = true;
    d = makeBaseline();
    applyCorrections(d, log);
    QVERIFY(eventWithSource(d, 4));
}

void CurationTest::correctionsSurviveReextraction()
{
    // A full session of corrections, then a re-extraction that renews every row id.
    QList<Correction> log;
    Dataset d = applied(log, *edits::mergeActors(makeBaseline(), 1, 3));
    d = applied(log, *edits::deleteEvent(d, 12));
    d = applied(log, *edits::editEventDate(d, 10, day(2025, 3, 5)));
    d = applied(log, *edits::verifyEvent(d, 10));
    Event hand;
    hand.type = EventType::Call;
    hand.participants = {{2, {}}};
    hand.sources = {source(6, 10, QStringLiteral("اتصال هاتفي"))};
    d = applied(log, *edits::addEvent(d, hand));

    Dataset again = makeBaseline(1000);
    QStringList skipped;
    applyCorrections(again, log, &skipped);
    QVERIFY2(skipped.isEmpty(), qPrintable(skipped.join(u'\n')));
    QVERIFY(!actorByKey(again, QStringLiteral("discovered:نوفاك")));          // merge stays merged
    QVERIFY(!eventWithSource(again, 4));                                       // deleted stays deleted
    QCOMPARE(eventWithSource(again, 1)->date.start, QDate(2025, 3, 5));        // edited date stays
    QVERIFY(eventWithSource(again, 1)->verified);                              // verification stays
    QVERIFY(eventWithSource(again, 6));                                        // hand-made event stays
    QCOMPARE(eventWithSource(again, 6)->participants.first().actorId, 1002);   // by key, not by old id
    // Applying the same log twice to fresh baselines gives the same record.
    Dataset third = makeBaseline(1000);
    applyCorrections(third, log);
    QCOMPARE(third.events.size(), again.events.size());
    QCOMPARE(third.actors.size(), again.actors.size());
}

void CurationTest::nonsenseEditsAreRefused()
{
    const Dataset d = makeBaseline();
    QVERIFY(!edits::mergeActors(d, 1, 1));
    QVERIFY(!edits::mergeActors(d, 1, 99));
    QVERIFY(!edits::mergeEvents(d, 10, 10));
    QVERIFY(!edits::deleteEvent(d, 99));
    QVERIFY(!edits::splitAlias(d, 1, QStringLiteral("ليس اسماً له")));
    QVERIFY(!edits::addActor(d, Actor{}));
    // A correction whose target vanished is reported, not applied.
    Correction orphan = *edits::deleteEvent(d, 12);
    orphan.id = 1;
    orphan.target = QStringLiteral("a99@0");
    Dataset copy = d;
    QStringList skipped;
    applyCorrections(copy, {orphan}, &skipped);
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(copy.events.size(), d.events.size());
}

void CurationTest::reviewQueueOrder()
{
    const QList<ReviewItem> queue = reviewQueue(makeBaseline());
    QVERIFY(queue.size() >= 4);
    QCOMPARE(queue[0].kind, ReviewItem::Kind::Actor); // discovered actors first
    QCOMPARE(queue[1].kind, ReviewItem::Kind::Actor);
    QCOMPARE(queue[2].kind, ReviewItem::Kind::Event);
    QCOMPARE(queue[2].id, 11);                        // the least confident, undated event next
    QVERIFY(queue[2].reason.contains(QStringLiteral("no date")));
    for (const ReviewItem &item : queue)
        QVERIFY(item.kind != ReviewItem::Kind::Actor || item.id == 3 || item.id == 4);
}

void CurationTest::historyAndAuditLog()
{
    QList<Correction> log;
    Dataset d = applied(log, *edits::editEventDate(makeBaseline(), 10, day(2025, 3, 5)));
    d = applied(log, *edits::noteActor(d, 2, QStringLiteral("وزير، \"سابقاً\"")));
    const Event *talks = eventWithSource(d, 1);
    QCOMPARE(historyOf(log, *talks).size(), 1);
    QCOMPARE(historyOf(log, *actorByKey(d, QStringLiteral("sy-energy"))).size(), 1);
    QVERIFY(historyOf(log, *talks).first().describe().contains(QStringLiteral("2025-03-04")));
    const QByteArray csv = auditLogCsv(log);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF" "id,time,kind,target,field,old,new,undone"));
    QVERIFY(csv.contains("event.edit"));
    QVERIFY(csv.contains(QStringLiteral("\"وزير، \"\"سابقاً\"\"\"").toUtf8()));
    QCOMPARE(csv.count("\r\n"), 3);
}

void CurationTest::undoRedoEveryKind()
{
    // Each edit through the session: applied, undone (back to the previous record), redone.
    MemoryLog log;
    CurationSession session(log);
    QSignalSpy changed(&session, &CurationSession::datasetChanged);
    QSignalSpy reset(session.project(), &Project::reset);
    using Edit = std::function<std::optional<Correction>(const Dataset &)>;
    const QList<std::pair<const char *, Edit>> steps{
        {"merge actors", [](const Dataset &d) { return edits::mergeActors(d, 1, 3); }},
        {"split alias", [](const Dataset &d) { return edits::splitAlias(d, 4, QStringLiteral("الحلبي")); }},
        {"edit actor", [](const Dataset &d) { return edits::editActor(d, 2, QStringLiteral("country"), QStringLiteral("RU")); }},
        {"delete actor", [](const Dataset &d) { return edits::deleteActor(d, 2); }},
        {"add actor", [](const Dataset &d) { return edits::addActor(d, person(0, {}, QStringLiteral("فاسيلي نيبينزيا"), QStringLiteral("RU"))); }},
        {"edit date", [](const Dataset &d) { return edits::editEventDate(d, 11, day(2025, 2, 2)); }},
        {"edit type", [](const Dataset &d) { return edits::editEvent(d, 11, QStringLiteral("type"), QStringLiteral("visit")); }},
        {"merge events", [](const Dataset &d) { return edits::mergeEvents(d, 10, 12); }},
        {"split source", [](const Dataset &d) { return edits::splitSource(d, 10, 1); }},
        {"delete event", [](const Dataset &d) { return edits::deleteEvent(d, 11); }},
        {"verify", [](const Dataset &d) { return edits::verifyEvent(d, 10); }},
        {"note", [](const Dataset &d) { return edits::noteActor(d, 1, QStringLiteral("نائب رئيس الوزراء")); }},
    };
    for (const auto &[name, edit] : steps) {
        const Dataset before = session.dataset();
        const auto correction = edit(before);
        QVERIFY2(correction, name);
        QVERIFY2(session.apply(correction), name);
        const Dataset after = session.dataset();
        const auto sameRecord = [](const Dataset &a, const Dataset &b) {
            if (a.actors.size() != b.actors.size() || a.events.size() != b.events.size())
                return false;
            for (qsizetype i = 0; i < a.actors.size(); ++i)
                if (a.actors[i].key != b.actors[i].key || a.actors[i].country != b.actors[i].country
                    || a.actors[i].aliases != b.actors[i].aliases || a.actors[i].note != b.actors[i].note)
                    return false;
            for (qsizetype i = 0; i < a.events.size(); ++i)
                if (a.events[i].date != b.events[i].date || a.events[i].type != b.events[i].type
                    || a.events[i].sources != b.events[i].sources || a.events[i].participants != b.events[i].participants
                    || a.events[i].verified != b.events[i].verified)
                    return false;
            return true;
        };
        QVERIFY2(!sameRecord(before, after), name);
        session.undoStack()->undo();
        QVERIFY2(sameRecord(before, session.dataset()), name);
        session.undoStack()->redo();
        QVERIFY2(sameRecord(after, session.dataset()), name);
    }
    QCOMPARE(session.undoStack()->count(), steps.size());
    QVERIFY(changed.count() >= 3 * steps.size());
    QCOMPARE(reset.count(), 0); // every step in place: nothing was read again
    // The record the session shows is what the log gives when recomputed from scratch.
    Dataset recomputed = log.baseline();
    applyCorrections(recomputed, log.corrections());
    QVERIFY(recomputed.events == session.dataset().events);
    QVERIFY(recomputed.actors == session.dataset().actors);
    // And all of it holds after a re-extraction renews the ids.
    log.reextract();
    session.reload();
    QVERIFY2(session.skipped().isEmpty(), qPrintable(session.skipped().join(u'\n')));
    QVERIFY(!eventWithSource(session.dataset(), 3)); // the deleted event stays deleted
    QVERIFY(eventWithSource(session.dataset(), 1)->verified);
}

void CurationTest::addReturnsTheNewId()
{
    MemoryLog log;
    CurationSession session(log);
    ChangeSet changes;
    QVERIFY(session.apply(edits::addActor(session.dataset(), person(0, {}, QStringLiteral("NAME"), QStringLiteral("RU"))),
                          {}, &changes));
    QVERIFY(changes.createdId != 0);
    QCOMPARE(session.dataset().actor(changes.createdId)->name, QStringLiteral("NAME"));
    QCOMPARE(session.undoStack()->count(), 1);
    // An edit whose target is gone is refused with a message, and leaves neither a command nor a correction.
    Correction gone = *edits::noteEvent(session.dataset(), 10, QStringLiteral("ملاحظة"));
    gone.target = QStringLiteral("event:a99@0");
    QSignalSpy failed(&session, &CurationSession::failed);
    QVERIFY(!session.apply(gone));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!session.lastError().isEmpty());
    QCOMPARE(session.undoStack()->count(), 1);
    QCOMPARE(log.log.size(), 1);
}

void CurationTest::failedWriteIsNotOnTheStack()
{
    MemoryLog log;
    CurationSession session(log);
    QSignalSpy failed(&session, &CurationSession::failed);
    log.failNext = true;
    QVERIFY(!session.apply(edits::deleteEvent(session.dataset(), 12)));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("test.sqlite")));
    QCOMPARE(session.undoStack()->count(), 0);
    QVERIFY(eventWithSource(session.dataset(), 4));
}

void CurationTest::correctionsLiveInTheProjectFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("project.sqlite"));
    StoreError error;
    auto store = Store::open(path, &error);
    QVERIFY2(store, qPrintable(error.message));
    for (int i = 1; i <= 4; ++i) {
        Article a;
        a.fileName = QStringLiteral("a%1.txt").arg(i);
        a.originalText = QStringLiteral("نص المقال رقم %1").arg(i);
        QCOMPARE(store->addArticle(a, &error), AddOutcome::Inserted);
        QCOMPARE(a.id, i);
    }
    // "Extraction": the baseline as replaceExtraction takes it (participants index the actor list).
    const auto extract = [&] {
        Dataset d = makeBaseline();
        QList<Actor> actors = d.actors;
        QList<Event> events = d.events;
        for (Event &e : events)
            for (Participant &p : e.participants)
                p.actorId = p.actorId - 1; // ids 1..4 → indexes 0..3
        QVERIFY2(store->replaceExtraction(actors, events, &error), qPrintable(error.message));
    };
    extract();
    {
        StoreCorrectionLog log(*store);
        CurationSession session(log);
        const Dataset &d = session.dataset();
        const Event *visit = eventWithSource(d, 4);
        QVERIFY(visit);
        QVERIFY(session.apply(edits::deleteEvent(d, visit->id)));
        const Event *talks = eventWithSource(session.dataset(), 1);
        QVERIFY(session.apply(edits::editEventDate(session.dataset(), talks->id, day(2025, 3, 6))));
        QVERIFY(session.apply(edits::verifyEvent(session.dataset(), eventWithSource(session.dataset(), 1)->id)));
        const Actor *discovered = nullptr;
        for (const Actor &a : session.dataset().actors)
            if (a.key == QStringLiteral("discovered:نوفاك"))
                discovered = &a;
        const Actor *known = nullptr;
        for (const Actor &a : session.dataset().actors)
            if (a.key == QStringLiteral("ru-deputy-pm"))
                known = &a;
        QVERIFY(session.apply(edits::mergeActors(session.dataset(), known->id, discovered->id)));
        session.undoStack()->undo(); // the merge is undone: stays in the log, marked undone
        QCOMPARE(store->corrections().size(), 4);
        QVERIFY(store->corrections().last().undone);
    }
    extract(); // a re-extraction after a rule change rewrites the baseline
    store.reset();
    store = Store::open(path, &error);
    QVERIFY2(store, qPrintable(error.message));
    const Dataset d = store->loadDataset();
    QVERIFY(!eventWithSource(d, 4));                                    // deleted stays deleted
    QCOMPARE(eventWithSource(d, 1)->date.start, QDate(2025, 3, 6));     // edited date stays
    QCOMPARE(eventWithSource(d, 1)->dateSource, DateSource::User);
    QVERIFY(eventWithSource(d, 1)->verified);                           // verification stays
    QVERIFY(actorByKey(d, QStringLiteral("discovered:نوفاك")));          // the undone merge is not applied
    QVERIFY(eventWithSource(store->loadBaseline(), 4));                  // the baseline itself is untouched
    QCOMPARE(store->corrections().first().kind, Correction::Kind::EventDelete);
    QVERIFY(store->corrections().first().oldValue.isObject());           // old value kept for history
}

void CurationTest::cliAuditAndSharedGazetteer()
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    const auto cli = [&](const QStringList &args, QByteArray *err = nullptr) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RASAD_CLI), args);
        p.waitForFinished(60000);
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    };
    const QString db = dir.filePath(QStringLiteral("p.sqlite"));
    {
        StoreError error;
        auto store = Store::open(db, &error);
        QVERIFY2(store, qPrintable(error.message));
        Correction note = *edits::noteActor(makeBaseline(), 1, QStringLiteral("ملاحظة"));
        QVERIFY(store->addCorrection(note, &error));
    }
    const QString csv = dir.filePath(QStringLiteral("audit.csv"));
    QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("--out"), csv}), 0);
    QFile audit(csv);
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QByteArray bytes = audit.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "id,time"));
    QVERIFY(bytes.contains(QStringLiteral("ملاحظة").toUtf8()));

    // Export the gazetteer, import it as a team member would, and refuse a broken one.
    const QString exported = dir.filePath(QStringLiteral("team-gazetteer.json"));
    QCOMPARE(cli({QStringLiteral("gazetteer"), QStringLiteral("export"), QStringLiteral("--out"), exported}), 0);
    QVERIFY(QFileInfo(exported).size() > 1000);
    QCOMPARE(cli({QStringLiteral("gazetteer"), QStringLiteral("import"), exported}), 0);
    // Everything in it is already bundled, so the user file it goes into gains no entries.
    const QString userFile = dir.filePath(QStringLiteral("data/rasad/rasad/gazetteer/user.json"));
    QString why;
    const std::optional<Gazetteer> imported = Gazetteer::fromFile(userFile, &why);
    QVERIFY2(imported, qPrintable(why));
    QVERIFY(imported->people().isEmpty());
    QVERIFY(imported->places().isEmpty());
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile b(broken);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("{\"format\": \"rasad-gazetteer\", \"people\": [{\"id\": 3}]}");
    b.close();
    QByteArray err;
    QCOMPARE(cli({QStringLiteral("gazetteer"), QStringLiteral("import"), broken}, &err), 1);
    QVERIFY2(err.contains("broken.json"), err.constData());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("data/rasad/rasad/gazetteer/broken.json"))));
    QVERIFY(Gazetteer::fromFile(userFile, &why)); // the user file is left as it was
    QCOMPARE(cli({QStringLiteral("gazetteer")}), 2);
}

void CurationTest::reextractUsesAnImportedGazetteer()
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    const auto cli = [&](const QStringList &args) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RASAD_CLI), args);
        p.waitForFinished(60000);
        return p.exitCode();
    };
    const auto write = [&](const QString &name, const QString &text) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    };
    write(QStringLiteral("article.txt"),
          QStringLiteral("دمشق - سانا\nاستقبل الرئيس أحمد الشرع في قصر الشعب بدمشق اليوم الثلاثاء 4 آذار 2025 نائب "
                         "وزير الخارجية الروسي يوري تجريبوف والوفد المرافق له.\n"));
    write(
        QStringLiteral("team.json"),
        QStringLiteral("{\"format\": \"rasad-gazetteer\", \"version\": 1, \"sources\": {\"team\": \"Team notes\"},"
                       " \"people\": [{\"id\": \"ru-envoy-test\", \"name\": \"يوري تجريبوف\", \"country\": \"RU\","
                       " \"roles\": [{\"title\": \"نائب وزير الخارجية\", \"country\": \"RU\", \"from\": \"2025-01\"}],"
                       " \"source\": \"team\"}]}"));
    const QString db = dir.filePath(QStringLiteral("p.sqlite"));
    const auto envoy = [&]() -> std::optional<Actor> {
        StoreError error;
        auto store = Store::open(db, &error);
        if (!store)
            return std::nullopt;
        for (const Actor &a : store->loadDataset().actors)
            if (a.name == QStringLiteral("يوري تجريبوف"))
                return a;
        return std::nullopt;
    };
    QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("import"), dir.filePath(QStringLiteral("article.txt"))}),
             0);
    QVERIFY(envoy());
    QVERIFY(envoy()->discovered); // unknown before the team's gazetteer
    QCOMPARE(cli({QStringLiteral("gazetteer"), QStringLiteral("import"), dir.filePath(QStringLiteral("team.json"))}),
             0);
    QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("reextract")}), 0);
    QVERIFY(envoy());
    QCOMPARE(envoy()->key, QStringLiteral("ru-envoy-test"));
    QVERIFY(!envoy()->discovered);
}

QTEST_GUILESS_MAIN(CurationTest)
#include "tst_curation.moc"
