// The actor graph and the statistics panel, offscreen, on a small hand-made dataset whose numbers
// are worked out by hand below, and on generated networks for the layout.
#include "common/ExplorerState.h"
#include "graph/ActorGraphView.h"
#include "graph/ActorNetwork.h"
#include "graph/ActorTableModel.h"
#include "graph/ForceLayout.h"
#include "graph/GraphCanvas.h"
#include "graph/GraphEdgeLayer.h"
#include "graph/LabelPlacer.h"
#include "stats/StatsPanel.h"

#include <QApplication>
#include <QBarSet>
#include <QGraphicsScene>
#include <QHeaderView>
#include <QLabel>
#include <QRandomGenerator>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace rasad;

namespace {

Actor person(qint64 id, const QString &key, const QString &name, const QString &nameEn, const QString &country)
{
    Actor a;
    a.id = id;
    a.key = key;
    a.name = name;
    a.nameEn = nameEn;
    a.country = country;
    return a;
}

Event makeEvent(qint64 id, EventType type, const QDate &start, const QDate &end, const QList<qint64> &actors,
                Granularity g = Granularity::Day)
{
    Event e;
    e.id = id;
    e.type = type;
    if (start.isValid()) {
        e.date.start = start;
        e.date.end = end;
        e.date.granularity = g;
    }
    for (qint64 a : actors)
        e.participants.append({a, QStringLiteral("member")});
    EventSource s;
    s.articleId = 100 + id % 2;
    s.fileName = QStringLiteral("file-%1.txt").arg(100 + id % 2);
    e.sources.append(s);
    return e;
}

/*
 * Five invented officials.            Events (ids):
 *   1 Samir Halabi   SY                 1  2024-01-10 meeting     1 2
 *   2 Dmitri Orekhov RU                 2  2024-01-20 visit       1 2 3
 *   3 Layla Mansour  SY                 3  2024-03-05 call        3 4
 *   4 Viktor Zaitsev RU                 4  2024-03-15 meeting     4 5
 *   5 Kemal Ozturk   TR                 5  undated    meeting     1 5
 *                                       6  June 2024  delegation  2 4
 */
Dataset smallDataset()
{
    Dataset d;
    d.actors = {
        person(1, QStringLiteral("test:samir"), QStringLiteral("سمير الحلبي"), QStringLiteral("Samir Halabi"),
               QStringLiteral("SY")),
        person(2, QStringLiteral("test:dmitri"), QStringLiteral("دميتري أوريخوف"), QStringLiteral("Dmitri Orekhov"),
               QStringLiteral("RU")),
        person(3, QStringLiteral("test:layla"), QStringLiteral("ليلى منصور"), QStringLiteral("Layla Mansour"),
               QStringLiteral("SY")),
        person(4, QStringLiteral("test:viktor"), QStringLiteral("فيكتور زايتسيف"), QStringLiteral("Viktor Zaitsev"),
               QStringLiteral("RU")),
        person(5, QStringLiteral("test:kemal"), QStringLiteral("كمال أوزتورك"), QStringLiteral("Kemal Ozturk"),
               QStringLiteral("TR")),
    };
    d.events = {
        makeEvent(1, EventType::Meeting, QDate(2024, 1, 10), QDate(2024, 1, 10), {1, 2}),
        makeEvent(2, EventType::Visit, QDate(2024, 1, 20), QDate(2024, 1, 20), {1, 2, 3}),
        makeEvent(3, EventType::Call, QDate(2024, 3, 5), QDate(2024, 3, 5), {3, 4}),
        makeEvent(4, EventType::Meeting, QDate(2024, 3, 15), QDate(2024, 3, 15), {4, 5}),
        makeEvent(5, EventType::Meeting, QDate(), QDate(), {1, 5}),
        makeEvent(6, EventType::Delegation, QDate(2024, 6, 1), QDate(2024, 6, 30), {2, 4}, Granularity::Month),
    };
    Article a1;
    a1.id = 100;
    a1.source = QStringLiteral("outlet-one");
    Article a2;
    a2.id = 101;
    a2.source = QStringLiteral("outlet-two");
    d.articles = {a1, a2};
    return d;
}

/** A generated network: `n` actors in loose clusters, `m` events of 2–3 participants, fixed seed. */
Dataset generated(int n, int m, quint32 seed)
{
    QRandomGenerator rng(seed);
    Dataset d;
    for (int i = 1; i <= n; ++i)
        d.actors.append(person(i, QStringLiteral("gen:%1").arg(i), QStringLiteral("شخص %1").arg(i), QString(),
                               i % 3 == 0 ? QStringLiteral("RU") : QStringLiteral("SY")));
    for (int e = 1; e <= m; ++e) {
        const int a = int(rng.bounded(n)) + 1;
        // Most contacts stay within a cluster of 20, some reach anywhere: a realistic mix of hubs and groups.
        const int cluster = (a - 1) / 20;
        int b = rng.bounded(10) < 8 ? cluster * 20 + int(rng.bounded(20)) + 1 : int(rng.bounded(n)) + 1;
        b = std::min(b, n);
        if (b == a)
            b = a % n + 1;
        QList<qint64> who{a, b};
        if (rng.bounded(4) == 0)
            who.append(int(rng.bounded(n)) + 1);
        const QDate day = QDate(2020, 1, 1).addDays(rng.bounded(1500));
        d.events.append(makeEvent(e, EventType::Meeting, day, day, who));
    }
    return d;
}

const ActorNetwork::Node &nodeOf(const ActorNetwork &net, qint64 actorId)
{
    return net.nodes().at(net.indexOf(actorId));
}

} // namespace

class GraphTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void networkCountsDegreeMeetingsAndDates();
    void networkIgnoresEventOrder();
    void betweennessOnKnownGraphs();
    void betweennessSampleOfAllSourcesIsExact();
    void layoutIsDeterministic();
    void layoutSettlesFor500Actors();
    void layoutKeepsPinnedNodes();
    void layoutPacksComponentsApart();
    void viewGivesSamePictureForSameData();
    void timeSliderHidesLaterContacts();
    void playReplaysToTheEnd();
    void selectingActorHighlightsNeighbours();
    void selectingEventHighlightsParticipants();
    void hoveringAnEdgeNamesItsPair();
    void bigEdgeLayerDrawsInTheBackground();
    void tableSelectsActorAndSorts();
    void tableShowsTheDegreeInANarrowPanel();
    void namesNeverOverlapAndTheMostConnectedAreNamed();
    void labelPlacerTriesEverySide();
    void nodesCarryTheShortNamePeopleUse();
    void replayShowsItsMonthAndSteps();
    void dateWindowAndFilterLimitGraph();
    void statsCountsPerMonthAndType();
    void statsClickNarrowsWindow();
};

void GraphTest::networkCountsDegreeMeetingsAndDates()
{
    const Dataset d = smallDataset();
    QList<const Event *> events;
    for (const Event &e : d.events)
        events.append(&e);
    const ActorNetwork net = ActorNetwork::build(d, events);
    QCOMPARE(net.nodes().size(), 5);
    // Pairs: 1-2 (events 1,2), 1-3, 2-3 (event 2), 3-4, 4-5, 1-5, 2-4.
    QCOMPARE(net.edges().size(), 7);

    const auto &samir = nodeOf(net, 1);
    QCOMPARE(samir.meetings, 3);
    QCOMPARE(samir.degree, 3); // 2, 3, 5
    QCOMPARE(samir.first, QDate(2024, 1, 10));
    QCOMPARE(samir.last, QDate(2024, 1, 20)); // the undated event does not move the dates
    QCOMPARE(samir.undated, 1);

    const auto &viktor = nodeOf(net, 4);
    QCOMPARE(viktor.meetings, 3);
    QCOMPARE(viktor.degree, 3); // 3, 5, 2
    QCOMPARE(viktor.first, QDate(2024, 3, 5));
    QCOMPARE(viktor.last, QDate(2024, 6, 30)); // a month-long date ends at the month's end

    const int s = net.indexOf(1), dm = net.indexOf(2);
    const auto edge = std::find_if(net.edges().cbegin(), net.edges().cend(), [&](const ActorNetwork::Edge &e) {
        return e.a == std::min(s, dm) && e.b == std::max(s, dm);
    });
    QVERIFY(edge != net.edges().cend());
    QCOMPARE(edge->weight, 2);
    QCOMPARE(ActorNetwork::countUpTo(edge->dates, QDate(2024, 1, 15)), 1);
    QCOMPARE(net.firstDate(), QDate(2024, 1, 10));
    QCOMPARE(net.lastDate(), QDate(2024, 6, 1));
}

void GraphTest::networkIgnoresEventOrder()
{
    const Dataset d = smallDataset();
    QList<const Event *> forward, backward;
    for (const Event &e : d.events) {
        forward.append(&e);
        backward.prepend(&e);
    }
    const ActorNetwork a = ActorNetwork::build(d, forward);
    const ActorNetwork b = ActorNetwork::build(d, backward);
    QCOMPARE(a.edges().size(), b.edges().size());
    for (qsizetype i = 0; i < a.edges().size(); ++i) {
        QCOMPARE(a.edges()[i].a, b.edges()[i].a);
        QCOMPARE(a.edges()[i].b, b.edges()[i].b);
        QCOMPARE(a.edges()[i].weight, b.edges()[i].weight);
    }
}

void GraphTest::betweennessOnKnownGraphs()
{
    // Path 0-1-2-3: node 1 lies on 0→2 and 0→3, node 2 on 0→3 and 1→3.
    QList<double> path = ActorNetwork::betweenness(4, {{0, 1}, {1, 2}, {2, 3}});
    QCOMPARE(path, (QList<double>{0, 2, 2, 0}));
    // A star with four leaves: the centre is on all C(4,2) = 6 leaf pairs.
    QList<double> star = ActorNetwork::betweenness(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}});
    QCOMPARE(star, (QList<double>{6, 0, 0, 0, 0}));
    // A square: each opposite pair has two shortest paths, so each node gets half a pair.
    QList<double> square = ActorNetwork::betweenness(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}});
    QCOMPARE(square, (QList<double>{0.5, 0.5, 0.5, 0.5}));
    // Two triangles joined by a bridge 2-3: node 2 is on every path from 0 or 1 to 3, 4, 5 (2×3 = 6 pairs),
    // node 3 likewise from 4 or 5 to 0, 1, 2.
    QList<double> bridge = ActorNetwork::betweenness(6, {{0, 1}, {1, 2}, {0, 2}, {2, 3}, {3, 4}, {4, 5}, {3, 5}});
    QCOMPARE(bridge[2], 6.0);
    QCOMPARE(bridge[3], 6.0);
    QCOMPARE(bridge[0], 0.0);

    // In the small dataset, Layla (3) bridges the January pair to Viktor's side, along with Dmitri and Samir.
    const Dataset d = smallDataset();
    QList<const Event *> events;
    for (const Event &e : d.events)
        events.append(&e);
    ActorNetwork net = ActorNetwork::build(d, events);
    net.computeBetweenness();
    QVERIFY(!net.betweennessEstimated());
    double total = 0;
    for (const auto &n : net.nodes())
        total += n.betweenness;
    QVERIFY(total > 0);
}

void GraphTest::betweennessSampleOfAllSourcesIsExact()
{
    const QList<std::pair<int, int>> edges{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {1, 4}};
    const QList<double> exact = ActorNetwork::betweenness(5, edges);
    const QList<double> sampled = ActorNetwork::betweenness(5, edges, {0, 1, 2, 3, 4});
    QCOMPARE(sampled, exact);
    // Above the exact limit the value is estimated from sampled sources: a hub meeting 100 others
    // lies on all C(100,2) = 4950 leaf pairs, and the estimate lands close to that.
    Dataset d;
    for (int i = 1; i <= 101; ++i)
        d.actors.append(
            person(i, QStringLiteral("star:%1").arg(i), QStringLiteral("س%1").arg(i), QString(), QString()));
    for (int i = 2; i <= 101; ++i)
        d.events.append(makeEvent(i, EventType::Call, QDate(2023, 5, 1), QDate(2023, 5, 1), {1, i}));
    QList<const Event *> events;
    for (const Event &e : d.events)
        events.append(&e);
    ActorNetwork net = ActorNetwork::build(d, events);
    net.computeBetweenness(50, 50);
    QVERIFY(net.betweennessEstimated());
    QVERIFY2(std::abs(nodeOf(net, 1).betweenness - 4950) < 4950 * 0.05,
             qPrintable(QString::number(nodeOf(net, 1).betweenness)));
    QCOMPARE(nodeOf(net, 2).betweenness, 0.0);
    net.computeBetweenness();
    QVERIFY(!net.betweennessEstimated());
    QCOMPARE(nodeOf(net, 1).betweenness, 4950.0);
}

void GraphTest::layoutIsDeterministic()
{
    const Dataset d = generated(200, 600, 42);
    QList<const Event *> events;
    for (const Event &e : d.events)
        events.append(&e);
    const ActorNetwork net = ActorNetwork::build(d, events);
    QStringList keys;
    for (const auto &n : net.nodes())
        keys.append(n.key);
    QList<std::pair<int, int>> edges;
    QList<int> weights;
    for (const auto &e : net.edges()) {
        edges.append({e.a, e.b});
        weights.append(e.weight);
    }
    ForceLayout one, two;
    one.setGraph(keys, edges, weights);
    two.setGraph(keys, edges, weights);
    const auto r1 = one.run();
    const auto r2 = two.run();
    QCOMPARE(r1.iterations, r2.iterations);
    QCOMPARE(one.positions(), two.positions());
    // And the result is not trivially degenerate: the nodes are spread out.
    QRectF bounds;
    for (const QPointF &p : one.positions())
        bounds |= QRectF(p, QSizeF(0.001, 0.001));
    QVERIFY(bounds.width() > 3 * one.idealLength());
    QVERIFY(bounds.height() > 3 * one.idealLength());
}

void GraphTest::layoutSettlesFor500Actors()
{
    const Dataset d = generated(500, 1500, 2024);
    QList<const Event *> events;
    for (const Event &e : d.events)
        events.append(&e);
    const ActorNetwork net = ActorNetwork::build(d, events);
    QVERIFY(net.nodes().size() > 450);
    QStringList keys;
    for (const auto &n : net.nodes())
        keys.append(n.key);
    QList<std::pair<int, int>> edges;
    for (const auto &e : net.edges())
        edges.append({e.a, e.b});
    ForceLayout layout;
    layout.setGraph(keys, edges);
    const double before = layout.meanResidualForce();
    const ForceLayout::Result result = layout.run();
    const double after = layout.meanResidualForce();
    qInfo("500 actors: %d iterations, converged %d, mean move %.4f k, residual force %.3f k (start %.3f k)",
          result.iterations, int(result.converged), result.meanMove, after, before);
    QVERIFY(result.converged);
    QVERIFY(result.iterations < 1000);
    // Settled means near balance: the forces left are a small part of those at the start.
    QVERIFY2(after < before * 0.1, qPrintable(QStringLiteral("%1 vs %2").arg(after).arg(before)));
    // No two nodes on top of each other.
    const auto &pos = layout.positions();
    double closest = 1e9;
    for (qsizetype i = 0; i < pos.size(); ++i)
        for (qsizetype j = i + 1; j < pos.size(); ++j)
            closest = std::min(closest, std::hypot(pos[i].x() - pos[j].x(), pos[i].y() - pos[j].y()));
    QVERIFY2(closest > 0.05 * layout.idealLength(), qPrintable(QString::number(closest)));
}

void GraphTest::layoutKeepsPinnedNodes()
{
    ForceLayout layout;
    layout.setGraph({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, {{0, 1}, {1, 2}});
    layout.pin(1, QPointF(500, -300));
    QVERIFY(layout.isPinned(1));
    layout.run();
    QCOMPARE(layout.positions()[1], QPointF(500, -300));
    // Its neighbours were pulled towards it.
    QVERIFY(QLineF(layout.positions()[0], QPointF(500, -300)).length() < 4 * layout.idealLength());
}

void GraphTest::layoutPacksComponentsApart()
{
    // A ring of six, three pairs and a loner: five components.
    const QStringList keys{QStringLiteral("r0"),   QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3"),
                           QStringLiteral("r4"),   QStringLiteral("r5"), QStringLiteral("p0"), QStringLiteral("p1"),
                           QStringLiteral("q0"),   QStringLiteral("q1"), QStringLiteral("s0"), QStringLiteral("s1"),
                           QStringLiteral("loner")};
    const QList<std::pair<int, int>> edges{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 0}, {6, 7}, {8, 9}, {10, 11}};
    ForceLayout layout;
    layout.setGraph(keys, edges);
    const ForceLayout::Result result = layout.run();
    QVERIFY(result.converged);
    const QList<QList<int>> groups = layout.components();
    QCOMPARE(groups.size(), 5);
    QCOMPARE(groups.first(), (QList<int>{0, 1, 2, 3, 4, 5})); // largest first

    const auto boxOf = [&](const QList<int> &group) {
        double left = layout.positions()[group.first()].x(), right = left;
        double top = layout.positions()[group.first()].y(), bottom = top;
        for (int i : group) {
            left = std::min(left, layout.positions()[i].x());
            right = std::max(right, layout.positions()[i].x());
            top = std::min(top, layout.positions()[i].y());
            bottom = std::max(bottom, layout.positions()[i].y());
        }
        return QRectF(QPointF(left, top), QPointF(right, bottom));
    };
    const double k = layout.idealLength();
    QRectF all;
    for (qsizetype a = 0; a < groups.size(); ++a) {
        const QRectF boxA = boxOf(groups[a]);
        all |= boxA.adjusted(-1, -1, 1, 1);
        for (qsizetype b = a + 1; b < groups.size(); ++b) {
            // Apart by at least half an edge, so no two names of different groups collide.
            const QRectF grown = boxOf(groups[b]).adjusted(-k / 2, -k / 2, k / 2, k / 2);
            QVERIFY2(!boxA.intersects(grown), qPrintable(QStringLiteral("components %1 and %2").arg(a).arg(b)));
        }
    }
    // Packed, not strewn: the whole picture is a few edges across, and the pairs lie flat.
    QVERIFY2(all.width() < 8 * k && all.height() < 6 * k,
             qPrintable(QStringLiteral("%1 x %2").arg(all.width()).arg(all.height())));
    QVERIFY(std::abs(layout.positions()[6].y() - layout.positions()[7].y()) < 1e-6 * k);
    // Settled: each component balances its own forces.
    QVERIFY(layout.meanResidualForce() < 0.1);

    // Deterministic: the same graph, the same picture.
    ForceLayout again;
    again.setGraph(keys, edges);
    again.run();
    QCOMPARE(again.positions(), layout.positions());
}

void GraphTest::viewGivesSamePictureForSameData()
{
    ExplorerState s1, s2;
    s1.setDataset(smallDataset());
    Dataset reversed = smallDataset();
    std::reverse(reversed.events.begin(), reversed.events.end());
    std::reverse(reversed.actors.begin(), reversed.actors.end());
    s2.setDataset(reversed);
    ActorGraphView v1(&s1), v2(&s2);
    for (qint64 id = 1; id <= 5; ++id) {
        QVERIFY(v1.nodePosition(id).has_value());
        QCOMPARE(*v1.nodePosition(id), *v2.nodePosition(id));
    }
    QVERIFY(v1.lastLayout().converged);
    QVERIFY(*v1.nodePosition(1) != *v1.nodePosition(2));
}

void GraphTest::timeSliderHidesLaterContacts()
{
    ExplorerState state;
    state.setDataset(smallDataset());
    ActorGraphView view(&state);
    QCOMPARE(view.monthCount(), 6);  // January to June 2024
    QCOMPARE(view.monthIndex(), 5);  // starts showing everything
    QVERIFY(view.isEdgeShown(1, 5)); // the undated contact shows only in the full picture

    view.setMonthIndex(0); // January
    QCOMPARE(view.monthAt(0), QDate(2024, 1, 1));
    QVERIFY(view.isEdgeShown(1, 2));
    QCOMPARE(view.edgeCount(1, 2), 2);
    QVERIFY(view.isEdgeShown(2, 3));
    QVERIFY(!view.isEdgeShown(3, 4));
    QVERIFY(!view.isEdgeShown(1, 5));
    QVERIFY(!view.isNodeShown(4));
    QVERIFY(!view.isNodeShown(5));
    QVERIFY(view.isNodeShown(3));

    view.setMonthIndex(2); // March
    QVERIFY(view.isEdgeShown(3, 4));
    QVERIFY(view.isEdgeShown(4, 5));
    QVERIFY(!view.isEdgeShown(2, 4)); // June
    QVERIFY(view.isNodeShown(5));

    view.setMonthIndex(5);
    QVERIFY(view.isEdgeShown(2, 4));
    QCOMPARE(view.edgeCount(2, 4), 1);
    // Positions do not move while the slider replays: the picture grows in place.
    const QPointF before = *view.nodePosition(3);
    view.setMonthIndex(1);
    QCOMPARE(*view.nodePosition(3), before);
}

void GraphTest::playReplaysToTheEnd()
{
    ExplorerState state;
    state.setDataset(smallDataset());
    ActorGraphView view(&state);
    view.setPlaying(true);
    QVERIFY(view.isPlaying());
    QCOMPARE(view.monthIndex(), 0); // replay starts from the first month
    QVERIFY(!view.isEdgeShown(3, 4));
    QTRY_VERIFY_WITH_TIMEOUT(view.monthIndex() >= 2, 5000);
    QVERIFY(view.isEdgeShown(3, 4));
    QTRY_VERIFY_WITH_TIMEOUT(!view.isPlaying(), 10000);
    QCOMPARE(view.monthIndex(), 5);
}

void GraphTest::selectingActorHighlightsNeighbours()
{
    using E = GraphNodeItem::Emphasis;
    ExplorerState state;
    state.setDataset(smallDataset());
    ActorGraphView view(&state);
    QCOMPARE(view.emphasis(3), E::Normal);
    state.selectActor(3); // Layla met Samir and Dmitri (event 2) and Viktor (event 3)
    QCOMPARE(view.emphasis(3), E::Selected);
    QCOMPARE(view.emphasis(1), E::Neighbour);
    QCOMPARE(view.emphasis(2), E::Neighbour);
    QCOMPARE(view.emphasis(4), E::Neighbour);
    QCOMPARE(view.emphasis(5), E::Dimmed);
    QVERIFY(view.isLabelShown(3));
    state.selectActor(0);
    QCOMPARE(view.emphasis(5), E::Normal);
}

void GraphTest::selectingEventHighlightsParticipants()
{
    using E = GraphNodeItem::Emphasis;
    ExplorerState state;
    state.setDataset(smallDataset());
    ActorGraphView view(&state);
    state.selectEvent(4); // Viktor and Kemal
    QCOMPARE(view.emphasis(4), E::Selected);
    QCOMPARE(view.emphasis(5), E::Selected);
    QCOMPARE(view.emphasis(1), E::Dimmed);
    QCOMPARE(view.emphasis(3), E::Dimmed);
}

void GraphTest::hoveringAnEdgeNamesItsPair()
{
    ExplorerState state;
    state.setDataset(smallDataset());
    ActorGraphView view(&state);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.canvas()->fitAll();
    const GraphEdgeLayer *edges = view.edgeLayer();
    QVERIFY(edges);
    for (qint64 id = 1; id <= 5; ++id) // a repaint of any part of the picture reaches the layer
        QVERIFY(edges->boundingRect().contains(*view.nodePosition(id)));
    const auto actorsOf = [&](int edge) {
        const ActorNetwork::Edge &e = view.network().edges().at(edge);
        const qint64 a = view.network().nodes().at(e.a).actorId;
        const qint64 b = view.network().nodes().at(e.b).actorId;
        return std::pair(std::min(a, b), std::max(a, b));
    };
    const auto middle = [&](qint64 a, qint64 b) { return (*view.nodePosition(a) + *view.nodePosition(b)) / 2; };

    // Halfway between Samir and Dmitri lies their line, and nothing the mouse would click instead.
    const QPoint onLine = view.canvas()->mapFromScene(middle(1, 2));
    QVERIFY(!view.canvas()->itemAt(onLine));
    const int edge = edges->edgeAt(middle(1, 2), 1.0);
    QVERIFY(edge >= 0);
    QCOMPARE(actorsOf(edge), (std::pair<qint64, qint64>(1, 2)));
    QVERIFY(view.canvas()->edgeToolTipAt(onLine).endsWith(QStringLiteral("\n2 shared event(s)")));
    // A few pixels off the line still names it; far from every line nothing does.
    const QPointF across =
        QLineF(*view.nodePosition(1), *view.nodePosition(2)).normalVector().unitVector().p2() - *view.nodePosition(1);
    const QPoint beside = onLine + (across * 3).toPoint();
    QVERIFY(!view.canvas()->edgeToolTipAt(beside).isEmpty());
    QVERIFY(edges->edgeAt(middle(1, 2) + QPointF(5000, 5000), 4.0) < 0);

    // An edge the time slider hides cannot be hovered.
    QVERIFY(edges->edgeAt(middle(3, 4), 1.0) >= 0);
    view.setMonthIndex(0);
    const int hidden = edges->edgeAt(middle(3, 4), 1.0);
    QVERIFY(hidden < 0 || actorsOf(hidden) != (std::pair<qint64, qint64>(3, 4)));
}

void GraphTest::bigEdgeLayerDrawsInTheBackground()
{
    // 201 actors on a ring, each linked to every other: 20,100 edges, enough for the background picture.
    QGraphicsScene scene;
    scene.setItemIndexMethod(QGraphicsScene::NoIndex);
    QList<GraphNodeItem *> nodes;
    constexpr int kNodes = 201;
    for (int i = 0; i < kNodes; ++i) {
        auto *node = new GraphNodeItem(i, i + 1, Qt::darkGreen, QString(), QFont());
        node->setPos(400 * std::cos(2 * M_PI * i / kNodes), 400 * std::sin(2 * M_PI * i / kNodes));
        node->setLabelShown(false);
        scene.addItem(node);
        nodes.append(node);
    }
    QList<std::pair<int, int>> ends;
    for (int a = 0; a < kNodes; ++a)
        for (int b = a + 1; b < kNodes; ++b)
            ends.append({a, b});
    auto *edges = new GraphEdgeLayer(nodes, ends, QStringList(ends.size(), QStringLiteral("a — b")));
    scene.addItem(edges);
    for (int e = 0; e < edges->size(); ++e)
        edges->setCount(e, 1);
    GraphCanvas canvas(&scene);
    canvas.resize(500, 500);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    canvas.fitAll();

    const auto greyPixels = [&](int maxValue) {
        const QImage image = canvas.viewport()->grab().toImage();
        int count = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2) {
                const QColor c = image.pixelColor(x, y);
                count += c.value() <= maxValue && c.saturation() < 40;
            }
        return count;
    };
    canvas.viewport()->repaint();
    QTRY_VERIFY(!edges->isDrawingInBackground());
    canvas.viewport()->repaint();
    QVERIFY(!edges->isDrawingInBackground()); // the picture is current
    QVERIFY(greyPixels(240) > 1000);          // and on screen

    // A selection lights its edges over the faded picture without asking for a new one.
    for (int e = 0; e < edges->size(); ++e)
        edges->setEmphasis(e, e < kNodes - 1 ? GraphEdgeLayer::Emphasis::Lit : GraphEdgeLayer::Emphasis::Faded);
    canvas.viewport()->repaint();
    QVERIFY(!edges->isDrawingInBackground());
    QVERIFY(greyPixels(0x40) > 20); // the lit lines, near black

    // A zoom does: the old picture stands in, scaled, until the new one arrives.
    canvas.zoomBy(1.5);
    canvas.viewport()->repaint();
    QVERIFY(edges->isDrawingInBackground());
    QVERIFY(greyPixels(240) > 1000);
    QTRY_VERIFY(!edges->isDrawingInBackground());
}

void GraphTest::tableSelectsActorAndSorts()
{
    ExplorerState state;
    state.setDataset(smallDataset());
    ActorGraphView view(&state);
    QAbstractItemModel *table = view.actorTable();
    QCOMPARE(table->rowCount(), 5);
    QCOMPARE(table->columnCount(), int(ActorTableModel::ColumnCount));

    table->sort(ActorTableModel::Degree, Qt::AscendingOrder);
    // Kemal has two counterparts (Viktor, Samir); everyone else has three or two...
    const int lowest = table->index(0, ActorTableModel::Degree).data(ActorTableModel::SortRole).toInt();
    for (int r = 1; r < table->rowCount(); ++r)
        QVERIFY(table->index(r, ActorTableModel::Degree).data(ActorTableModel::SortRole).toInt() >= lowest);

    table->sort(ActorTableModel::Meetings, Qt::DescendingOrder);
    QCOMPARE(table->index(0, ActorTableModel::Meetings).data(ActorTableModel::SortRole).toInt(), 3);
    // Kemal (2 meetings: events 4 and 5) is last among ties of two.
    QCOMPARE(table->index(4, ActorTableModel::Meetings).data(ActorTableModel::SortRole).toInt(), 2);

    table->sort(ActorTableModel::FirstContact, Qt::AscendingOrder);
    QCOMPARE(table->index(0, ActorTableModel::FirstContact).data(ActorTableModel::SortRole).toDate(),
             QDate(2024, 1, 10));

    // Clicking a row selects the actor everywhere; selecting elsewhere moves the table's row.
    const QModelIndex row = table->index(3, ActorTableModel::Name);
    const qint64 id = row.data(ActorTableModel::ActorIdRole).toLongLong();
    view.actorTableView()->setCurrentIndex(row);
    QCOMPARE(state.selectedActor(), id);
    state.selectActor(5);
    QCOMPARE(view.actorTableView()->currentIndex().data(ActorTableModel::ActorIdRole).toLongLong(), 5);
    // Arabic names by default.
    QCOMPARE(view.actorTableView()->currentIndex().siblingAtColumn(ActorTableModel::Name).data().toString(),
             QStringLiteral("كمال أوزتورك"));
}

/** Every pair of names shown, in viewport pixels, must be apart; returns the ids named. */
QList<qint64> namedApart(const ActorGraphView &view, const Dataset &d)
{
    QList<qint64> named;
    QList<QRectF> rects;
    for (const Actor &a : d.actors) {
        const QRectF r = view.labelRect(a.id);
        if (r.isEmpty())
            continue;
        for (const QRectF &other : std::as_const(rects))
            if (other.intersects(r))
                qWarning() << "names overlap:" << view.labelText(a.id) << r << other;
        named.append(a.id);
        rects.append(r);
    }
    for (int i = 0; i < rects.size(); ++i)
        for (int j = i + 1; j < rects.size(); ++j)
            if (rects[i].intersects(rects[j]))
                return {};
    return named;
}

void GraphTest::tableShowsTheDegreeInANarrowPanel()
{
    ExplorerState state;
    Dataset d = generated(27, 60, 11);
    d.actors[0].name = QStringLiteral("عبد الرحمن محمد سليم الحلبي الدمشقي"); // a long name is elided, not in the way
    state.setDataset(d);
    ActorGraphView view(&state);
    view.resize(640, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableView *table = view.actorTableView();
    table->resize(200, 300);
    QTest::qWait(20);
    const QHeaderView *header = table->horizontalHeader();
    // Beside the name, and whole: its header word and its numbers fit, inside the visible part of the table.
    QCOMPARE(header->visualIndex(ActorTableModel::Degree), 1);
    const int left = header->sectionViewportPosition(ActorTableModel::Degree);
    const int width = header->sectionSize(ActorTableModel::Degree);
    QVERIFY2(left >= 0 && left + width <= table->viewport()->width(),
             qPrintable(QStringLiteral("%1+%2 in %3").arg(left).arg(width).arg(table->viewport()->width())));
    QVERIFY(width >= header->sectionSizeHint(ActorTableModel::Degree));
}

void GraphTest::namesNeverOverlapAndTheMostConnectedAreNamed()
{
    ExplorerState state;
    const Dataset d = generated(27, 80, 5);
    state.setDataset(d);
    ActorGraphView view(&state);
    view.resize(700, 450);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.finishBuilding();
    QList<qint64> byDegree;
    for (const ActorNetwork::Node &n : view.network().nodes())
        byDegree.append(n.actorId);
    std::stable_sort(byDegree.begin(), byDegree.end(), [&](qint64 a, qint64 b) {
        return nodeOf(view.network(), a).degree > nodeOf(view.network(), b).degree;
    });

    for (const qreal factor : {1.0, 0.5, 3.0}) {
        view.canvas()->fitAll();
        if (factor != 1.0)
            view.canvas()->zoomBy(factor);
        QTest::qWait(10);
        const QList<qint64> named = namedApart(view, d);
        QVERIFY2(!named.isEmpty(), qPrintable(QStringLiteral("names overlap at zoom ×%1").arg(factor)));
        // The most connected at every zoom, the rest as room allows: fitted, most of the 27.
        for (int i = 0; i < 3; ++i)
            QVERIFY2(named.contains(byDegree[i]), qPrintable(view.labelText(byDegree[i])));
        if (factor == 1.0)
            QVERIFY2(named.size() >= 15, qPrintable(QString::number(named.size())));
    }
}

void GraphTest::labelPlacerTriesEverySide()
{
    // Two discs side by side with wide names: the second cannot go below (the first's name is there),
    // so it goes above; a third on the same spot finds no side free and stays unnamed.
    const LabelPlacer::Candidate a{QPointF(100, 100), 5, QSizeF(80, 14)};
    const LabelPlacer::Candidate b{QPointF(130, 100), 5, QSizeF(80, 14)};
    const LabelPlacer::Candidate c{QPointF(115, 100), 5, QSizeF(200, 40)};
    const QList<LabelPlacer::Placement> placed = LabelPlacer::place({a, b, c}, 0, false);
    QVERIFY(placed[0].shown);
    QCOMPARE(placed[0].side, LabelPlacer::Side::Below);
    QVERIFY(placed[1].shown);
    QCOMPARE(placed[1].side, LabelPlacer::Side::Above);
    QVERIFY(!placed[2].shown);
    QVERIFY(!placed[0].rect.intersects(placed[1].rect));
    // Named at any cost but another name: the first `mustShow` may cover a disc.
    const LabelPlacer::Candidate under{QPointF(100, 122), 6, QSizeF(10, 10)};
    QCOMPARE(LabelPlacer::place({a, under}, 0, false)[0].side, LabelPlacer::Side::Above);
}

void GraphTest::nodesCarryTheShortNamePeopleUse()
{
    ExplorerState state;
    Dataset d = smallDataset();
    d.actors[0].name = QStringLiteral("سمير أبو الخير");            // a kunya: never its second word alone
    d.actors[1].name = QStringLiteral("دميتري إيفانوفيتش أوريخوف"); // a patronymic: not shown
    d.actors[1].nameEn = QStringLiteral("Dmitri Ivanovich Orekhov");
    state.setDataset(d);
    ActorGraphView view(&state);
    QCOMPARE(view.labelText(1), QStringLiteral("أبو الخير"));
    QCOMPARE(view.labelText(2), QStringLiteral("دميتري أوريخوف"));
    QCOMPARE(view.labelText(3), QStringLiteral("منصور"));
    DisplayFormat english;
    english.setLanguage(QStringLiteral("en"));
    state.setFormat(english);
    QCOMPARE(view.labelText(2), QStringLiteral("Dmitri Orekhov"));
}

void GraphTest::replayShowsItsMonthAndSteps()
{
    ExplorerState state;
    DisplayFormat english;
    english.setLanguage(QStringLiteral("en"));
    state.setFormat(english);
    state.setDataset(smallDataset());
    ActorGraphView view(&state);
    auto *month = view.findChild<QLabel *>(QStringLiteral("graphMonthLabel"));
    auto *back = view.findChild<QToolButton *>(QStringLiteral("graphStepBack"));
    auto *on = view.findChild<QToolButton *>(QStringLiteral("graphStepForward"));
    auto *play = view.findChild<QToolButton *>(QStringLiteral("graphPlayButton"));
    QVERIFY(month && back && on && play);
    // Each control says what it does in words, not by an icon alone.
    for (const QToolButton *b : {back, on, play}) {
        QVERIFY(!b->text().isEmpty());
        QCOMPARE(b->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    }
    // The full picture still names the month it reaches.
    QVERIFY2(month->text().contains(QStringLiteral("June 2024")), qPrintable(month->text()));
    QVERIFY(!on->isEnabled());
    back->click();
    QCOMPARE(view.monthIndex(), 4);
    QVERIFY2(month->text().contains(QStringLiteral("May 2024")), qPrintable(month->text()));
    QVERIFY(on->isEnabled());
    on->click();
    QCOMPARE(view.monthIndex(), 5);
    view.setMonthIndex(0);
    QVERIFY2(month->text().contains(QStringLiteral("January 2024")), qPrintable(month->text()));
    QVERIFY(!back->isEnabled());
    const QString playWord = play->text();
    view.setPlaying(true);
    QVERIFY(play->text() != playWord); // "Pause" while it plays
    view.setPlaying(false);
    QCOMPARE(play->text(), playWord);
}

void GraphTest::dateWindowAndFilterLimitGraph()
{
    ExplorerState state;
    state.setDataset(smallDataset());
    ActorGraphView view(&state);
    state.setDateWindow(QDate(2024, 3, 1), QDate(2024, 3, 31));
    QCOMPARE(view.network().nodes().size(), 3); // Layla, Viktor, Kemal
    QVERIFY(!view.nodePosition(1).has_value());
    QVERIFY(view.isEdgeShown(3, 4));
    QVERIFY(!view.isEdgeShown(1, 5)); // undated: outside any window
    QCOMPARE(view.monthCount(), 1);
    QVERIFY(view.reportInfo().dateRange.contains(QStringLiteral("٢٠٢٤")));

    state.setDateWindow(QDate(), QDate());
    EventFilter filter;
    filter.types = {QStringLiteral("call")};
    state.setFilter(filter);
    QCOMPARE(view.network().nodes().size(), 2);
    QVERIFY(view.isEdgeShown(3, 4));
    QVERIFY(!view.isEdgeShown(1, 2));
}

void GraphTest::statsCountsPerMonthAndType()
{
    ExplorerState state;
    state.setDataset(smallDataset());
    StatsPanel stats(&state);
    QCOMPARE(stats.monthCount(), 6);
    QCOMPARE(stats.count(0, EventType::Meeting), 1);
    QCOMPARE(stats.count(0, EventType::Visit), 1);
    QCOMPARE(stats.count(1, EventType::Meeting), 0);
    QCOMPARE(stats.count(2, EventType::Call), 1);
    QCOMPARE(stats.count(2, EventType::Meeting), 1);
    QCOMPARE(stats.count(5, EventType::Delegation), 1);
    QCOMPARE(stats.undatedCount(), 1);
    // One bar set per type present (meeting, visit, call, delegation), each with a value per month.
    QCOMPARE(stats.series()->count(), 4);
    for (QBarSet *set : stats.series()->barSets())
        QCOMPARE(set->count(), 6);

    EventFilter filter;
    filter.types = {QStringLiteral("meeting")};
    state.setFilter(filter);
    QCOMPARE(stats.series()->count(), 1);
    QCOMPARE(stats.monthCount(), 3); // January to March
}

void GraphTest::statsClickNarrowsWindow()
{
    ExplorerState state;
    state.setDataset(smallDataset());
    StatsPanel stats(&state);
    ActorGraphView graph(&state);
    // Time runs right-to-left in Arabic: the leftmost bar is June, and March sits fourth from the left.
    QCOMPARE(stats.displayToMonth(0), 5);
    QBarSet *delegations = stats.series()->barSets().last();
    QCOMPARE(delegations->at(0), 1.0);
    QBarSet *set = stats.series()->barSets().first();
    Q_EMIT stats.series()->clicked(3, set); // March
    QCOMPARE(state.windowStart(), QDate(2024, 3, 1));
    QCOMPARE(state.windowEnd(), QDate(2024, 3, 31));
    // The graph followed the window; the chart itself still shows every month to pick another.
    QCOMPARE(graph.network().nodes().size(), 3);
    QCOMPARE(stats.monthCount(), 6);
    stats.selectMonth(5);
    QCOMPARE(state.windowEnd(), QDate(2024, 6, 30));
}

QTEST_MAIN(GraphTest)
#include "tst_graph.moc"
