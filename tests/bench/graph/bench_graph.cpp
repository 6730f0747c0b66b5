// Prints how long the actor graph takes on a synthetic record of 5,000 actors and 100,000 events
// (and 500 actors, the interactive case, and 5,000 actors with about 165,000 links): network, layout
// (target < 3 s at 5,000), betweenness, and the whole view rebuild. Where Graphviz is installed it
// writes each graph as DOT and times `sfdp -Tplain` on it in the same run, printing the ratio (issue
// 14: the layout stays at least 2× faster). Figures only; nothing here fails.
#include "common/ExplorerState.h"
#include "export/ReportExporter.h"
#include "graph/ActorGraphView.h"
#include "graph/ActorNetwork.h"
#include "graph/ForceLayout.h"
#include "graph/GraphCanvas.h"
#include "pipeline/Hashing.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace rasad;

namespace {

Dataset synthetic(int actors, int events, quint32 seed)
{
    QRandomGenerator rng(seed);
    Dataset d;
    d.actors.reserve(actors);
    for (int i = 1; i <= actors; ++i) {
        Actor a;
        a.id = i;
        a.key = QStringLiteral("bench:%1").arg(i);
        a.name = QStringLiteral("مسؤول رقم %1").arg(i);
        a.country = i % 3 == 0 ? QStringLiteral("RU") : i % 7 == 0 ? QStringLiteral("TR") : QStringLiteral("SY");
        d.actors.append(a);
    }
    // Contacts follow a skewed distribution (a few very active officials) inside clusters of 25.
    d.events.reserve(events);
    for (int e = 1; e <= events; ++e) {
        Event ev;
        ev.id = e;
        ev.type = EventType::Meeting;
        const double u = rng.generateDouble();
        const int a = std::min(actors, 1 + int(actors * u * u));
        const int cluster = (a - 1) / 25;
        int b = rng.bounded(10) < 7 ? std::min(actors, cluster * 25 + int(rng.bounded(25)) + 1)
                                    : int(rng.bounded(actors)) + 1;
        if (b == a)
            b = a % actors + 1;
        ev.participants = {{a, QStringLiteral("host")}, {b, QStringLiteral("guest")}};
        if (rng.bounded(5) == 0)
            ev.participants.append({int(rng.bounded(actors)) + 1, QStringLiteral("member")});
        ev.date.start = ev.date.end = QDate(2015, 1, 1).addDays(rng.bounded(3650));
        ev.date.granularity = Granularity::Day;
        d.events.append(ev);
    }
    return d;
}

void run(int actors, int events)
{
    const Dataset d = synthetic(actors, events, 20260101);
    QList<const Event *> pointers;
    for (const Event &e : d.events)
        pointers.append(&e);

    QElapsedTimer t;
    t.start();
    ActorNetwork net = ActorNetwork::build(d, pointers);
    const qint64 buildMs = t.elapsed();

    QStringList keys;
    for (const auto &n : net.nodes())
        keys.append(n.key);
    QList<std::pair<int, int>> edges;
    QList<int> weights;
    for (const auto &e : net.edges()) {
        edges.append({e.a, e.b});
        weights.append(e.weight);
    }
    t.restart();
    ForceLayout layout;
    layout.setGraph(keys, edges, weights);
    const ForceLayout::Result r = layout.run();
    const qint64 layoutMs = t.elapsed();

    // The same graph through Graphviz's sfdp, the usual tool for graphs this size.
    QString sfdpFigure;
    if (const QString sfdp = QStandardPaths::findExecutable(QStringLiteral("sfdp")); !sfdp.isEmpty()) {
        QTemporaryDir dir;
        const QString dot = dir.filePath(QStringLiteral("graph.dot"));
        QFile file(dot);
        if (dir.isValid() && file.open(QIODevice::WriteOnly)) {
            QByteArray text = "graph G {\n";
            for (const auto &[a, b] : std::as_const(edges))
                text += QByteArray::number(a) + " -- " + QByteArray::number(b) + ";\n";
            text += "}\n";
            file.write(text);
            file.close();
            QProcess process;
            QElapsedTimer s;
            s.start();
            process.start(sfdp, {QStringLiteral("-Tplain"), dot, QStringLiteral("-o"), dir.filePath(QStringLiteral("out"))});
            const bool done = process.waitForFinished(600000) && process.exitCode() == 0;
            const qint64 sfdpMs = s.elapsed();
            sfdpFigure = done ? QStringLiteral(" | sfdp -Tplain %1 ms: layout %2x faster")
                                    .arg(sfdpMs)
                                    .arg(layoutMs > 0 ? double(sfdpMs) / double(layoutMs) : 0.0, 0, 'f', 1)
                              : QStringLiteral(" | sfdp failed");
        }
    }

    t.restart();
    net.computeBetweenness();
    const qint64 betweennessMs = t.elapsed();

    ExplorerState state;
    state.setDataset(d);
    t.restart();
    ActorGraphView view(&state); // network, betweenness, layout and scene in one go
    view.finishBuilding();       // a big record is laid out in a worker: wait for it
    const qint64 viewMs = t.elapsed();

    // RASAD_BENCH_PICTURES=dir saves what the view shows, to judge the layout by eye.
    if (const QString dir = qEnvironmentVariable("RASAD_BENCH_PICTURES"); !dir.isEmpty()) {
        view.resize(1400, 900);
        view.show();
        view.canvas()->fitAll();
        QApplication::processEvents();
        ReportExporter exporter(view.canvas(), view.reportInfo());
        exporter.setPixelWidth(1800);
        QString error;
        if (!exporter.exportTo(QStringLiteral("%1/graph-%2.png").arg(dir).arg(actors), ReportExporter::Format::Png,
                               &error))
            std::fprintf(stderr, "%s\n", qPrintable(error));
    }

    std::printf("graph %5d actors %6d events: %5lld nodes %6lld edges | network %5lld ms | layout %5lld ms "
                "(%d iterations, %s) | betweenness %5lld ms (%s) | whole view %5lld ms%s\n",
                actors, events, qlonglong(net.nodes().size()), qlonglong(net.edges().size()), qlonglong(buildMs),
                qlonglong(layoutMs), r.iterations, r.converged ? "converged" : "iteration cap",
                qlonglong(betweennessMs), net.betweennessEstimated() ? "sampled" : "exact", qlonglong(viewMs),
                qPrintable(sfdpFigure));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    rasad::useReproducibleHashing(); // as rasad and rasad-cli do
    QApplication app(argc, argv);
    run(500, 5000);
    run(5000, 100000);
    run(5000, 165000); // about 165,000 links, the size issue 14 measures
    return 0;
}
