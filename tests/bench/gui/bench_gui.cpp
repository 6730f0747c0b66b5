// Explorer benchmark (prints figures, never fails): a synthetic project of 100,000 events and
// 5,000 actors; time to open the window, and the frame time while zooming and panning the timeline.
// Target: median frame under 16 ms.
#include "common/ExplorerState.h"
#include "common/ProjectBackend.h"
#include "curation/CorrectionLog.h"
#include "curation/Edits.h"
#include "curation/undo/CurationSession.h"
#include "graph/ActorGraphView.h"
#include "graph/GraphCanvas.h"
#include "graph/GraphEdgeLayer.h"
#include "mainwindow/MainWindow.h"
#include "pipeline/Hashing.h"
#include "timeline/TimelineView.h"
#include "timeline/TimelineZoom.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>

using namespace rasad;

namespace {

/** Corrections in memory over the synthetic record, so the window edits as it does a project file. */
class MemoryLog final : public CorrectionLog
{
public:
    explicit MemoryLog(const Dataset &baseline) : m_baseline(baseline) {}
    bool record(Correction &c, QString *) override
    {
        c.id = m_log.size() + 1;
        m_log.append(c);
        return true;
    }
    bool setUndone(qint64 id, bool undone, QString *) override
    {
        m_log[id - 1].undone = undone;
        return true;
    }
    QList<Correction> corrections() const override { return m_log; }
    Dataset baseline() const override { return m_baseline; }

private:
    const Dataset &m_baseline;
    QList<Correction> m_log;
};

class SyntheticBackend : public ProjectBackend
{
public:
    Dataset data;
    MemoryLog log{data};
    CorrectionLog *correctionLog() override { return &log; }
    QString location() const override { return QStringLiteral("synthetic"); }
    Dataset loadDataset() override { return data; }
    std::optional<Article> article(qint64) override { return std::nullopt; }
    QSet<qint64> searchArticles(const QString &) override { return {}; }
    ImportReport importPaths(const QStringList &, const ImportProgress &, const std::atomic_bool *) override
    {
        return {};
    }
};

Dataset synthetic(int eventCount, int actorCount)
{
    QRandomGenerator rng(20251223); // fixed seed: the same data every run
    Dataset d;
    const QStringList countries{QStringLiteral("SY"), QStringLiteral("RU"), QStringLiteral("IR"),
                                QStringLiteral("TR"), QStringLiteral("EG"), QStringLiteral("AE")};
    const QStringList given{QStringLiteral("سامر"),  QStringLiteral("خالد"), QStringLiteral("إيغور"),
                            QStringLiteral("ماريا"), QStringLiteral("أحمد"), QStringLiteral("نيكولاي"),
                            QStringLiteral("ليلى"),  QStringLiteral("يوسف")};
    for (int i = 0; i < actorCount; ++i) {
        Actor a;
        a.id = i + 1;
        a.key = QStringLiteral("synthetic:%1").arg(i);
        a.name = given.at(i % given.size()) + QStringLiteral(" العائلة") + QString::number(i);
        a.nameEn = QStringLiteral("Person %1").arg(i);
        const int c = rng.bounded(100);
        a.country = countries.at(c < 40 ? 0 : c < 80 ? 1 : 2 + c % 4);
        d.actors.append(a);
    }
    const QDate first(2015, 1, 1);
    for (int i = 0; i < eventCount; ++i) {
        Event e;
        e.id = i + 1;
        e.type = static_cast<EventType>(rng.bounded(6));
        e.date.start = first.addDays(rng.bounded(3650));
        const int fuzz = rng.bounded(10);
        e.date.end = fuzz < 7 ? e.date.start : e.date.start.addDays(fuzz == 9 ? 29 : rng.bounded(2, 7));
        e.date.granularity = fuzz < 7 ? Granularity::Day : Granularity::Range;
        // Busy officials: a skewed choice so some actors have thousands of contacts.
        const int n = 2 + rng.bounded(2);
        for (int p = 0; p < n; ++p) {
            const double u = rng.generateDouble();
            const qint64 actor = 1 + qint64(u * u * u * actorCount) % actorCount;
            if (std::none_of(e.participants.cbegin(), e.participants.cend(),
                             [&](const Participant &x) { return x.actorId == actor; }))
                e.participants.append({actor, QString()});
        }
        EventSource s;
        s.articleId = 1 + rng.bounded(20000);
        e.sources.append(s);
        d.events.append(e);
    }
    return d;
}

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Stats stats(QList<double> v)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return {};
    return {v.at(v.size() / 2), v.at(std::min<qsizetype>(v.size() - 1, qsizetype(v.size() * 0.95))), v.last()};
}

double paintOnce(TimelineView *view)
{
    QElapsedTimer t;
    t.start();
    view->viewport()->repaint();
    return double(t.nsecsElapsed()) / 1e6;
}

struct GraphFrame
{
    double repaint = 0; // the synchronous repaint the user waits for
    double sharp = 0;   // until the background picture of a big graph's edges is current and shown
};

/** A full repaint of the graph canvas, then waiting for the edges' background picture, in ms. */
GraphFrame repaintGraph(ActorGraphView *graph)
{
    GraphFrame frame;
    QElapsedTimer t;
    t.start();
    graph->canvas()->viewport()->repaint();
    frame.repaint = double(t.nsecsElapsed()) / 1e6;
    const GraphEdgeLayer *edges = graph->edgeLayer();
    while (edges && edges->isDrawingInBackground()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        if (!edges->isDrawingInBackground())
            graph->canvas()->viewport()->repaint(); // may ask for yet another picture if it came too late
    }
    frame.sharp = double(t.nsecsElapsed()) / 1e6;
    return frame;
}

QString describe(const QList<GraphFrame> &frames)
{
    QList<double> repaint;
    QList<double> sharp;
    for (const GraphFrame &f : frames) {
        repaint.append(f.repaint);
        sharp.append(f.sharp);
    }
    const Stats r = stats(repaint);
    const Stats s = stats(sharp);
    return QStringLiteral("repaint median %1 ms, max %2 ms; sharp after median %3 ms, max %4 ms")
        .arg(r.median, 0, 'f', 1)
        .arg(r.max, 0, 'f', 1)
        .arg(s.median, 0, 'f', 1)
        .arg(s.max, 0, 'f', 1);
}

/** Full repaints of the graph canvas as the user causes them: a fit, zoom steps, selecting an actor. */
void benchGraphRepaint(ActorGraphView *graph, MainWindow *window, QTextStream &out)
{
    GraphCanvas *canvas = graph->canvas();
    canvas->fitAll();
    repaintGraph(graph);
    QList<GraphFrame> fitFrames;
    for (int i = 0; i < 5; ++i) {
        canvas->zoomBy(0.9);
        canvas->fitAll();
        fitFrames.append(repaintGraph(graph));
    }
    QList<GraphFrame> zoomFrames;
    for (int i = 0; i < 6; ++i) {
        canvas->zoomBy(1.25);
        zoomFrames.append(repaintGraph(graph));
    }
    canvas->fitAll();
    repaintGraph(graph);
    QList<GraphFrame> selectFrames;
    const QList<ActorNetwork::Node> &nodes = graph->network().nodes();
    for (int i = 0; i < 5 && i * 7 < nodes.size(); ++i) {
        QElapsedTimer t;
        t.start();
        window->state()->selectActor(nodes.at(i * 7).actorId);
        GraphFrame frame = repaintGraph(graph);
        const double selectMs = double(t.nsecsElapsed()) / 1e6 - frame.sharp;
        frame.repaint += selectMs;
        frame.sharp += selectMs;
        selectFrames.append(frame);
    }
    window->state()->selectActor(0);
    // The tooltip's hit-test: a pass over every edge, once per hover pause (points across the middle).
    QElapsedTimer hover;
    hover.start();
    constexpr int kHovers = 20;
    int found = 0;
    for (int i = 0; i < kHovers; ++i) {
        const QPoint at(canvas->viewport()->width() * (i + 1) / (kHovers + 1), canvas->viewport()->height() / 2);
        found += graph->edgeLayer()->edgeAt(canvas->mapToScene(at), 4 / canvas->zoom()) >= 0;
    }
    out << "graph edge tooltip hit-test: " << double(hover.nsecsElapsed()) / 1e6 / kHovers << " ms each (" << found
        << " of " << kHovers << " points on an edge)\n";
    out << "graph full repaint (" << canvas->viewport()->width() << "x" << canvas->viewport()->height() << ", "
        << graph->network().edges().size() << " edges):\n  fit: " << describe(fitFrames)
        << "\n  zoom in: " << describe(zoomFrames) << "\n  select actor: " << describe(selectFrames) << "\n";
    out.flush();
}

/**
 * What the user waits for after an edit and after its undo: the correction applied, every view told
 * which records changed, the timeline repainted. A big graph lays itself out again in the background.
 */
void benchEdits(MainWindow *window, QTextStream &out)
{
    CurationSession *session = window->curation();
    if (!session)
        return;
    TimelineView *timeline = window->timeline();
    QList<double> editMs;
    QList<double> undoMs;
    for (int run = 0; run < 7; ++run) {
        const Dataset &d = session->dataset();
        const Event &e = d.events.at((run * 7919) % d.events.size());
        const QDate day = e.date.start.addDays(1);
        QElapsedTimer t;
        t.start();
        session->apply(edits::editEventDate(d, e.id, FuzzyDate{day, day, Granularity::Day, {}, {}}));
        QCoreApplication::processEvents();
        timeline->viewport()->repaint();
        editMs.append(double(t.nsecsElapsed()) / 1e6);
        if (ActorGraphView *graph = window->graphView())
            graph->finishBuilding(); // not measured: the layout runs in a worker
        t.restart();
        session->undoStack()->undo();
        QCoreApplication::processEvents();
        timeline->viewport()->repaint();
        undoMs.append(double(t.nsecsElapsed()) / 1e6);
        if (ActorGraphView *graph = window->graphView())
            graph->finishBuilding();
    }
    out << "edit a contact's date, views updated and timeline repainted: median " << stats(editMs).median
        << " ms, max " << stats(editMs).max << " ms; its undo: median " << stats(undoMs).median << " ms, max "
        << stats(undoMs).max << " ms (" << editMs.size() << " runs)\n";
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    rasad::useReproducibleHashing(); // as rasad and rasad-cli do
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RasadBench"));
    QTextStream out(stdout);
    const int events = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int actors = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 5000;

    QElapsedTimer timer;
    timer.start();
    SyntheticBackend backend;
    backend.data = synthetic(events, actors);
    out << "bench_gui: synthetic " << events << " events, " << actors << " actors built in " << timer.elapsed()
        << " ms\n";

    timer.restart();
    MainWindow window(&backend);
    window.resize(1600, 1000);
    window.show();
    QCoreApplication::processEvents();
    window.timeline()->viewport()->repaint();
    out << "window open (construct, load, lay out, first paint): " << timer.elapsed() << " ms\n";
    out.flush();
    // The actor graph of a big record is laid out in a worker; wait for it so it neither shares the CPU
    // with the frames measured below nor goes unmeasured.
    if (ActorGraphView *graph = window.graphView()) {
        graph->finishBuilding();
        QCoreApplication::processEvents();
        out << "actor graph shown (background layout done, since the window was asked for): " << timer.elapsed()
            << " ms\n";
        out.flush();
        benchGraphRepaint(graph, &window, out);
    }

    TimelineView *view = window.timeline();
    for (int lanes = 1; lanes <= 2; ++lanes) {
        const char *laneName = lanes == 1 ? "lanes by country" : "lanes by actor";
        timer.restart();
        view->setLaneMode(static_cast<TimelineView::LaneMode>(lanes));
        out << laneName << ": regroup " << timer.elapsed() << " ms\n";
        view->fitAll();
        // Zoom: 12 steps in and out at three anchors, each a relayout plus a full repaint.
        QList<double> zoomFrames;
        for (double anchor : {0.2, 0.5, 0.8}) {
            for (int i = 0; i < 12; ++i) {
                QElapsedTimer t;
                t.start();
                view->zoomBy(TimelineZoom::stepFactor, QPointF(view->viewport()->width() * anchor, 300));
                view->viewport()->repaint();
                zoomFrames.append(double(t.nsecsElapsed()) / 1e6);
            }
            for (int i = 0; i < 12; ++i) {
                QElapsedTimer t;
                t.start();
                view->zoomBy(1.0 / TimelineZoom::stepFactor, QPointF(view->viewport()->width() * anchor, 300));
                view->viewport()->repaint();
                zoomFrames.append(double(t.nsecsElapsed()) / 1e6);
            }
        }
        // Pan: at month scale, 60 steps of 40 px, then lanes scrolled down.
        view->showRange(QDate(2019, 1, 1), QDate(2019, 12, 31));
        QList<double> panFrames;
        for (int i = 0; i < 60; ++i) {
            view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() + 40);
            panFrames.append(paintOnce(view));
        }
        for (int i = 0; i < 30; ++i) {
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + 60);
            panFrames.append(paintOnce(view));
        }
        const Stats z = stats(zoomFrames);
        const Stats p = stats(panFrames);
        out << laneName << ": zoom frame median " << z.median << " ms, p95 " << z.p95 << " ms, max " << z.max << " ms ("
            << zoomFrames.size() << " frames)\n";
        out << laneName << ": pan frame median " << p.median << " ms, p95 " << p.p95 << " ms, max " << p.max << " ms ("
            << panFrames.size() << " frames)\n";
        out.flush();
    }
    benchEdits(&window, out);
    window.close();
    return 0;
}
