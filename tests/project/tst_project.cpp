// The project document, headless: an edit changes the record in memory and names what it changed,
// undo and redo take back exactly that, and the record always equals the full recomputation
// (applyCorrections over the baseline and the active corrections).
#include "curation/CorrectionApplier.h"
#include "curation/CorrectionLog.h"
#include "curation/Edits.h"
#include "project/Project.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace rasad;

namespace {

Actor person(qint64 id, const QString &key, const QString &name, const QString &country, QStringList aliases = {})
{
    Actor a;
    a.id = id;
    a.key = key;
    a.name = name;
    a.country = country;
    a.aliases = std::move(aliases);
    return a;
}

EventSource source(qint64 article, int start, const QString &evidence)
{
    EventSource s;
    s.articleId = article;
    s.fileName = QStringLiteral("a%1.txt").arg(article);
    s.start = start;
    s.end = start + int(evidence.size());
    s.evidence = evidence;
    return s;
}

FuzzyDate day(int y, int m, int d)
{
    return FuzzyDate{QDate(y, m, d), QDate(y, m, d), Granularity::Day, {}, {}};
}

Event event(qint64 id, EventType type, QList<Participant> participants, QList<EventSource> sources)
{
    Event e;
    e.id = id;
    e.type = type;
    e.participants = std::move(participants);
    e.sources = std::move(sources);
    return e;
}

/** A small extracted record with sample sentences written for this test. */
Dataset baseline()
{
    Dataset d;
    d.actors = {person(1, QStringLiteral("ru-minister"), QStringLiteral("بوريس الوزير"), QStringLiteral("RU"),
                       {QStringLiteral("الوزير بوريس")}),
                person(2, QStringLiteral("sy-minister"), QStringLiteral("هاني الوزير"), QStringLiteral("SY")),
                person(3, QStringLiteral("discovered:بوريس"), QStringLiteral("بوريس"), QString()),
                person(4, QStringLiteral("discovered:رامي"), QStringLiteral("رامي السفير"), QStringLiteral("SY"),
                       {QStringLiteral("السفير رامي"), QStringLiteral("أبو رامي")})};
    Event talks = event(10, EventType::Meeting, {{1, {}}, {2, {}}},
                        {source(1, 10, QStringLiteral("التقى هاني الوزير بوريس الوزير في العاصمة")),
                         source(2, 30, QStringLiteral("بحث هاني مع بوريس التعاون"))});
    talks.date = day(2025, 4, 2);
    talks.location = QStringLiteral("دمشق");
    Event call =
        event(11, EventType::Call, {{3, {}}, {4, {}}}, {source(3, 5, QStringLiteral("اتصل أبو رامي ببوريس هاتفياً"))});
    Event visit =
        event(12, EventType::Visit, {{1, {}}}, {source(4, 0, QStringLiteral("وصل بوريس الوزير إلى المدينة"))});
    visit.date = day(2025, 6, 9);
    Event plain = event(13, EventType::Other, {{2, {}}, {4, {}}}, {source(5, 12, QStringLiteral("استقبل هاني رامي"))});
    d.events = {talks, call, visit, plain};
    return d;
}

class MemoryLog final : public CorrectionLog
{
public:
    bool record(Correction &c, QString *error) override
    {
        if (failNext) {
            *error = QStringLiteral("project.sqlite: disk full");
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
    Dataset baseline() const override { return ::baseline(); }

    QList<Correction> log;
    bool failNext = false;
};

/** What the old code computed after every step: the baseline with every active correction, in order. */
Dataset recomputed(const MemoryLog &log)
{
    Dataset d = log.baseline();
    applyCorrections(d, log.corrections());
    return d;
}

/** Empty when the project's record and indexes agree with the full recomputation; else the first difference. */
QString differences(const Project &project, const MemoryLog &log)
{
    const Dataset expected = recomputed(log);
    const Dataset &got = project.record();
    if (got.events.size() != expected.events.size() || got.actors.size() != expected.actors.size())
        return QStringLiteral("%1 events / %2 actors, expected %3 / %4")
            .arg(got.events.size())
            .arg(got.actors.size())
            .arg(expected.events.size())
            .arg(expected.actors.size());
    for (qsizetype i = 0; i < got.events.size(); ++i)
        if (!(got.events.at(i) == expected.events.at(i)))
            return QStringLiteral("event at %1 (id %2, expected id %3) differs")
                .arg(i)
                .arg(got.events.at(i).id)
                .arg(expected.events.at(i).id);
    for (qsizetype i = 0; i < got.actors.size(); ++i)
        if (!(got.actors.at(i) == expected.actors.at(i)))
            return QStringLiteral("actor at %1 (id %2) differs").arg(i).arg(got.actors.at(i).id);
    for (const Event &e : got.events)
        if (project.event(e.id) != &e)
            return QStringLiteral("the index does not find event %1").arg(e.id);
    for (const Actor &a : got.actors)
        if (project.actor(a.id) != &a)
            return QStringLiteral("the index does not find actor %1").arg(a.id);
    return {};
}

QSet<qint64> ids(const QSignalSpy &spy, int call = 0)
{
    return spy.at(call).at(0).value<QSet<qint64>>();
}

using Edit = std::function<std::optional<Correction>(const Dataset &)>;

/** One edit of every kind, each valid on the record the ones before it leave. */
QList<std::pair<const char *, Edit>> everyKind()
{
    return {
        {"edit date", [](const Dataset &d) { return edits::editEventDate(d, 11, day(2025, 2, 2)); }},
        {"merge actors", [](const Dataset &d) { return edits::mergeActors(d, 1, 3); }},
        {"split alias", [](const Dataset &d) { return edits::splitAlias(d, 4, QStringLiteral("أبو رامي")); }},
        {"edit actor",
         [](const Dataset &d) { return edits::editActor(d, 2, QStringLiteral("country"), QStringLiteral("RU")); }},
        {"add actor",
         [](const Dataset &d) {
             return edits::addActor(d, person(0, {}, QStringLiteral("سيرغي المبعوث"), QStringLiteral("RU")));
         }},
        {"edit type",
         [](const Dataset &d) { return edits::editEvent(d, 12, QStringLiteral("type"), QStringLiteral("meeting")); }},
        {"edit participants",
         [](const Dataset &d) {
             return edits::editEvent(d, 13, QStringLiteral("participants"), QJsonArray{2, 1});
         }},
        {"split source", [](const Dataset &d) { return edits::splitSource(d, 10, 1); }},
        {"merge events", [](const Dataset &d) { return edits::mergeEvents(d, 12, 10); }},
        {"add event",
         [](const Dataset &d) {
             return edits::addEvent(d, event(0, EventType::Call, {{2, {}}}, {source(6, 3, QStringLiteral("مكالمة"))}));
         }},
        {"verify", [](const Dataset &d) { return edits::verifyEvent(d, 11); }},
        {"note", [](const Dataset &d) { return edits::noteActor(d, 1, QStringLiteral("ملاحظة الباحث")); }},
        {"delete actor", [](const Dataset &d) { return edits::deleteActor(d, 4); }},
        {"delete event", [](const Dataset &d) { return edits::deleteEvent(d, 13); }},
    };
}

} // namespace

class ProjectTest final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsTheCorrectedRecord();
    void editChangesOnlyItsTarget();
    void undoAndRedoTouchOnlyThatEdit();
    void createdIdNamesTheNewRecord();
    void mergeNamesEveryEventItRewrites();
    void equalsTheFullRecomputation();
    void randomEditsEqualTheFullRecomputation();
    void undoOutOfOrderRecomputes();
    void badEditChangesNothing();
    void failedWriteChangesNothing();
};

void ProjectTest::loadsTheCorrectedRecord()
{
    MemoryLog log;
    Correction c = *edits::deleteEvent(baseline(), 12);
    QVERIFY(log.record(c, nullptr));
    Project project(log);
    QVERIFY(!project.event(12));
    QVERIFY(project.event(10));
    QCOMPARE(project.baseline().events.size(), 4);
    QCOMPARE(differences(project, log), QString());
    QSignalSpy reset(&project, &Project::reset);
    project.reload();
    QCOMPARE(reset.count(), 1);
}

void ProjectTest::editChangesOnlyItsTarget()
{
    MemoryLog log;
    Project project(log);
    QSignalSpy reset(&project, &Project::reset);
    QSignalSpy events(&project, &Project::eventsChanged);
    QSignalSpy actors(&project, &Project::actorsChanged);
    const auto changes = project.apply(*edits::editEventDate(project.record(), 11, day(2025, 3, 3)));
    QVERIFY2(changes, qPrintable(project.lastError()));
    QCOMPARE(changes->events, QSet<qint64>{11});
    QVERIFY(changes->actors.isEmpty());
    QCOMPARE(changes->correctionId, 1);
    QCOMPARE(changes->createdId, 0);
    QCOMPARE(project.event(11)->date, day(2025, 3, 3));
    QCOMPARE(project.event(11)->dateSource, DateSource::User);
    QCOMPARE(log.log.size(), 1);
    QCOMPARE(project.corrections().size(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(events.count(), 1);
    QCOMPARE(ids(events), QSet<qint64>{11});
    QCOMPARE(actors.count(), 0);
}

void ProjectTest::undoAndRedoTouchOnlyThatEdit()
{
    MemoryLog log;
    Project project(log);
    const Dataset before = project.record();
    const auto changes =
        project.apply(*edits::editActor(project.record(), 2, QStringLiteral("name_en"), QStringLiteral("NAME")));
    QVERIFY(changes);
    const Dataset after = project.record();
    QSignalSpy reset(&project, &Project::reset);
    QSignalSpy events(&project, &Project::eventsChanged);
    QSignalSpy actors(&project, &Project::actorsChanged);

    const auto undone = project.undo(changes->correctionId);
    QVERIFY2(undone, qPrintable(project.lastError()));
    QCOMPARE(undone->actors, QSet<qint64>{2});
    QVERIFY(log.log.first().undone);
    QCOMPARE(project.actor(2)->nameEn, QString());
    QVERIFY(project.record().actors == before.actors);
    QCOMPARE(actors.count(), 1);
    QCOMPARE(ids(actors), QSet<qint64>{2});

    QVERIFY(project.redo(changes->correctionId));
    QVERIFY(!log.log.first().undone);
    QCOMPARE(project.actor(2)->nameEn, QStringLiteral("NAME"));
    QVERIFY(project.record().actors == after.actors);
    QCOMPARE(actors.count(), 2);
    QCOMPARE(ids(actors, 1), QSet<qint64>{2});
    QCOMPARE(events.count(), 0);
    QCOMPARE(reset.count(), 0);

    // Undoing twice is a mistake the caller hears about, not a silent no-op on the log.
    QVERIFY(project.undo(changes->correctionId));
    QVERIFY(!project.undo(changes->correctionId));
    QVERIFY(!project.lastError().isEmpty());
    QVERIFY(!project.redo(99));
}

void ProjectTest::createdIdNamesTheNewRecord()
{
    MemoryLog log;
    Project project(log);
    const auto actor =
        project.apply(*edits::addActor(project.record(), person(0, {}, QStringLiteral("NAME"), QStringLiteral("RU"))));
    QVERIFY(actor);
    QCOMPARE(actor->createdId, -actor->correctionId);
    QVERIFY(project.actor(actor->createdId));
    QCOMPARE(project.actor(actor->createdId)->name, QStringLiteral("NAME"));
    QCOMPARE(actor->actors, QSet<qint64>{actor->createdId});

    const auto split = project.apply(*edits::splitSource(project.record(), 10, 1));
    QVERIFY(split);
    QVERIFY(split->createdId < 0);
    QCOMPARE(split->events, (QSet<qint64>{10, split->createdId}));
    QCOMPARE(project.event(split->createdId)->sources.size(), 1);
    QCOMPARE(project.event(10)->sources.size(), 1);

    QSignalSpy events(&project, &Project::eventsChanged);
    QVERIFY(project.undo(split->correctionId));
    QVERIFY(!project.event(split->createdId));
    QCOMPARE(project.event(10)->sources.size(), 2);
    QCOMPARE(ids(events), (QSet<qint64>{10, split->createdId}));
    QCOMPARE(differences(project, log), QString());
}

void ProjectTest::mergeNamesEveryEventItRewrites()
{
    MemoryLog log;
    Project project(log);
    QSignalSpy events(&project, &Project::eventsChanged);
    QSignalSpy actors(&project, &Project::actorsChanged);
    QSignalSpy both(&project, &Project::changed);
    const auto changes = project.apply(*edits::mergeActors(project.record(), 1, 3));
    QVERIFY(changes);
    QCOMPARE(both.count(), 1); // one notice for observers that update once per edit
    QCOMPARE(both.first().first().value<ChangeSet>().events, QSet<qint64>{11});
    QCOMPARE(changes->actors, (QSet<qint64>{1, 3}));
    QCOMPARE(changes->events, QSet<qint64>{11}); // the one event actor 3 took part in
    QCOMPARE(ids(actors), (QSet<qint64>{1, 3}));
    QCOMPARE(ids(events), QSet<qint64>{11});
    QVERIFY(!project.actor(3));
    QCOMPARE(project.event(11)->participants.first().actorId, 1);
    QVERIFY(project.undo(changes->correctionId));
    QCOMPARE(project.actor(3)->name, QStringLiteral("بوريس"));
    QCOMPARE(project.event(11)->participants.first().actorId, 3);
    QCOMPARE(differences(project, log), QString());
}

void ProjectTest::equalsTheFullRecomputation()
{
    // Every kind applied in turn; after each, undo and redo it; then undo everything and redo everything.
    MemoryLog log;
    Project project(log);
    QSignalSpy reset(&project, &Project::reset);
    QList<qint64> applied;
    for (const auto &[name, edit] : everyKind()) {
        const auto correction = edit(project.record());
        QVERIFY2(correction, name);
        const auto changes = project.apply(*correction);
        QVERIFY2(changes, qPrintable(QString::fromLatin1(name) + u": " + project.lastError()));
        QVERIFY2(!changes->events.isEmpty() || !changes->actors.isEmpty(), name);
        QVERIFY2(differences(project, log).isEmpty(),
                 qPrintable(QString::fromLatin1(name) + u": " + differences(project, log)));
        QVERIFY2(project.undo(changes->correctionId), name);
        QVERIFY2(differences(project, log).isEmpty(),
                 qPrintable(QString::fromLatin1(name) + u" undone: " + differences(project, log)));
        QVERIFY2(project.redo(changes->correctionId), name);
        QVERIFY2(differences(project, log).isEmpty(),
                 qPrintable(QString::fromLatin1(name) + u" redone: " + differences(project, log)));
        applied.append(changes->correctionId);
    }
    QCOMPARE(project.record().events.size(), 4); // +split +add -merge -delete
    for (auto it = applied.crbegin(); it != applied.crend(); ++it) {
        QVERIFY(project.undo(*it));
        QCOMPARE(differences(project, log), QString());
    }
    QVERIFY(project.record().events == baseline().events);
    QVERIFY(project.record().actors == baseline().actors);
    for (const qint64 id : std::as_const(applied)) {
        QVERIFY(project.redo(id));
        QCOMPARE(differences(project, log), QString());
    }
    QCOMPARE(reset.count(), 0); // all of it in place
}

void ProjectTest::randomEditsEqualTheFullRecomputation()
{
    // Random edits, undos and redos in the order a stack of edits allows, over several seeds.
    for (quint32 seed = 1; seed <= 20; ++seed) {
        QRandomGenerator rng(seed);
        MemoryLog log;
        Project project(log);
        QList<qint64> done, undone;
        const auto kinds = everyKind();
        for (int step = 0; step < 40; ++step) {
            const int choice = int(rng.bounded(4));
            if (choice == 0 && !done.isEmpty()) {
                undone.append(done.takeLast());
                QVERIFY(project.undo(undone.constLast()));
            } else if (choice == 1 && !undone.isEmpty()) {
                done.append(undone.takeLast());
                QVERIFY(project.redo(done.constLast()));
            } else {
                const auto correction = kinds.at(int(rng.bounded(qsizetype(kinds.size())))).second(project.record());
                if (!correction)
                    continue; // the record no longer allows it (the target was merged away)
                const auto changes = project.apply(*correction);
                if (!changes)
                    continue;
                done.append(changes->correctionId);
                undone.clear(); // a new edit drops what could be redone, as QUndoStack does
            }
            const QString diff = differences(project, log);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("seed %1 step %2: %3").arg(seed).arg(step).arg(diff)));
        }
    }
}

void ProjectTest::undoOutOfOrderRecomputes()
{
    // The history view may undo an older correction: the record is recomputed, and says so with reset().
    MemoryLog log;
    Project project(log);
    const auto first = project.apply(*edits::mergeActors(project.record(), 1, 3));
    const auto second = project.apply(*edits::noteEvent(project.record(), 11, QStringLiteral("ملاحظة")));
    QVERIFY(first && second);
    QSignalSpy reset(&project, &Project::reset);
    QVERIFY(project.undo(first->correctionId));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(differences(project, log), QString());
    QVERIFY(project.actor(3));
    QCOMPARE(project.event(11)->note, QStringLiteral("ملاحظة"));
    QVERIFY(project.redo(first->correctionId));
    QCOMPARE(reset.count(), 2);
    QCOMPARE(differences(project, log), QString());
}

void ProjectTest::badEditChangesNothing()
{
    MemoryLog log;
    Project project(log);
    const Dataset before = project.record();
    QSignalSpy events(&project, &Project::eventsChanged);
    QSignalSpy failed(&project, &Project::failed);
    Correction bad;
    bad.kind = Correction::Kind::EventEdit;
    bad.target = QStringLiteral("a99@0");
    bad.field = QStringLiteral("location");
    bad.newValue = QStringLiteral("حلب");
    QVERIFY(!project.apply(bad));
    QVERIFY2(project.lastError().contains(QStringLiteral("a99@0")), qPrintable(project.lastError()));
    QCOMPARE(failed.count(), 1);
    // An existing event but a field no edit knows: refused the same way.
    bad.target = eventAnchor(before.events.first());
    bad.field = QStringLiteral("colour");
    QVERIFY(!project.apply(bad));
    QVERIFY(project.lastError().contains(QStringLiteral("colour")));
    Correction merge = *edits::mergeActors(before, 1, 2);
    merge.newValue = QJsonObject{{QStringLiteral("from"), QStringLiteral("nobody")}};
    QVERIFY(!project.apply(merge));
    QVERIFY(log.log.isEmpty());
    QVERIFY(project.corrections().isEmpty());
    QCOMPARE(events.count(), 0);
    QVERIFY(project.record().events == before.events);
    QVERIFY(project.record().actors == before.actors);
    QCOMPARE(differences(project, log), QString());
}

void ProjectTest::failedWriteChangesNothing()
{
    MemoryLog log;
    Project project(log);
    log.failNext = true;
    QVERIFY(!project.apply(*edits::deleteEvent(project.record(), 12)));
    QVERIFY(project.lastError().contains(QStringLiteral("disk full")));
    QVERIFY(project.event(12));
    QVERIFY(project.corrections().isEmpty());
    QCOMPARE(differences(project, log), QString());
}

QTEST_GUILESS_MAIN(ProjectTest)
#include "tst_project.moc"
