// The record's types (core/model): finding an event or an actor of a Dataset by its id.
#include "model/Dataset.h"

#include <QTest>

using namespace rasad;

class ModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findEventByIdNotByPosition();
    void findEventOfAnUnknownIdIsNull();
    void actorByIdNotByPosition();
};

namespace {

/** Ids out of order and far from the positions, as the store gives them after deletions and merges. */
Dataset sample()
{
    Dataset d;
    for (const qint64 id : {7, 3, 12}) {
        Event e;
        e.id = id;
        e.location = QStringLiteral("مكان %1").arg(id);
        d.events.append(e);
        Actor a;
        a.id = id * 10;
        a.name = QStringLiteral("اسم %1").arg(id);
        d.actors.append(a);
    }
    return d;
}

} // namespace

void ModelTest::findEventByIdNotByPosition()
{
    const Dataset d = sample();
    for (const Event &e : d.events) {
        const Event *found = d.findEvent(e.id);
        QVERIFY(found);
        QCOMPARE(found, &e); // the dataset's own element, not a copy
    }
    QCOMPARE(d.findEvent(3)->location, QStringLiteral("مكان 3"));
    QCOMPARE(d.findEvent(12)->location, QStringLiteral("مكان 12"));
}

void ModelTest::findEventOfAnUnknownIdIsNull()
{
    const Dataset d = sample();
    QVERIFY(!d.findEvent(0)); // 0 is "none" everywhere (ExplorerState::selectedEvent)
    QVERIFY(!d.findEvent(1)); // a position, not an id
    QVERIFY(!d.findEvent(-7));
    QVERIFY(!d.findEvent(70)); // an actor's id is no event's
    QVERIFY(!Dataset().findEvent(7));
}

void ModelTest::actorByIdNotByPosition()
{
    const Dataset d = sample();
    QCOMPARE(d.actor(30), &d.actors.at(1));
    QCOMPARE(d.actor(120)->name, QStringLiteral("اسم 12"));
    QVERIFY(!d.actor(3)); // an event's id is no actor's
    QVERIFY(!d.actor(0));
}

QTEST_GUILESS_MAIN(ModelTest)
#include "tst_model.moc"
