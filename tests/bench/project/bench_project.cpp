// One edit and its undo on a project of 100,000 events and 5,000 actors in a project file: the
// correction is written to SQLite and applied in memory, nothing is read again. Goal: < 20 ms each.
// Prints the median of several runs per kind of edit; never fails on timing.
#include "curation/Edits.h"
#include "pipeline/Hashing.h"
#include "project/Project.h"
#include "store/Store.h"
#include "store/StoreCorrectionLog.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace rasad;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    rasad::useReproducibleHashing(); // as rasad and rasad-cli do
    const int eventCount = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int actorCount = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 5000;
    constexpr int kArticles = 2000;
    QTemporaryDir dir;
    StoreError error;
    auto store = Store::open(dir.filePath(QStringLiteral("bench.sqlite")), &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    store->beginArticles(&error);
    for (int i = 0; i < kArticles; ++i) {
        Article a;
        a.fileName = QStringLiteral("article_%1.txt").arg(i);
        a.originalText = QStringLiteral("نص المقال رقم %1").arg(i);
        if (store->addArticle(a, &error) != AddOutcome::Inserted) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
    }
    store->commitArticles(&error);
    QRandomGenerator rng(20260301); // the same record every run
    QList<Actor> actors;
    for (int i = 0; i < actorCount; ++i) {
        Actor a;
        a.key = QStringLiteral("bench:%1").arg(i);
        a.name = QStringLiteral("مسؤول رقم %1").arg(i);
        a.aliases = {QStringLiteral("المسؤول %1").arg(i)};
        a.country = i % 3 == 0 ? QStringLiteral("RU") : QStringLiteral("SY");
        actors.append(a);
    }
    QList<Event> events;
    for (int i = 0; i < eventCount; ++i) {
        Event e;
        e.type = EventType::Meeting;
        e.date.start = e.date.end = QDate(2015, 1, 1).addDays(rng.bounded(3650));
        e.date.granularity = Granularity::Day;
        const double u = rng.generateDouble();
        const int a = int(u * u * actorCount) % actorCount; // busy officials: thousands of contacts
        const int b = (a + 1 + int(rng.bounded(actorCount - 1))) % actorCount;
        e.participants = {{a, QStringLiteral("host")}, {b, QStringLiteral("guest")}}; // indexes before storing
        EventSource s;
        s.articleId = 1 + i % kArticles;
        s.start = i; // a distinct anchor per event
        s.end = i + 10;
        s.evidence = QStringLiteral("جملة الخبر");
        e.sources = {s};
        events.append(e);
    }
    if (!store->replaceExtraction(actors, events, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    std::printf("bench_project: project file with %d events, %d actors written in %lld ms\n", eventCount, actorCount,
                qlonglong(timer.elapsed()));

    StoreCorrectionLog log(*store);
    timer.restart();
    Project project(log);
    std::printf("open:      Project read and indexed in %lld ms (once per project, not per edit)\n",
                qlonglong(timer.elapsed()));

    using Edit = std::function<std::optional<Correction>(const Dataset &, int)>;
    const QList<std::pair<const char *, Edit>> kinds{
        {"event date  ",
         [](const Dataset &d, int run) {
             const Event &e = d.events.at((run * 7919) % d.events.size());
             return edits::editEventDate(
                 d, e.id,
                 FuzzyDate{QDate(2030, 1, 1 + run % 28), QDate(2030, 1, 1 + run % 28), Granularity::Day, {}, {}});
         }},
        {"event delete",
         [](const Dataset &d, int run) {
             return edits::deleteEvent(d, d.events.at((run * 104729) % d.events.size()).id);
         }},
        {"actor note  ",
         [](const Dataset &d, int run) {
             return edits::noteActor(d, d.actors.at(run % d.actors.size()).id, QStringLiteral("ملاحظة %1").arg(run));
         }},
        {"actor merge ",
         [](const Dataset &d, int run) { // rewrites every event of the merged actor
             return edits::mergeActors(d, d.actors.at(run).id, d.actors.at(run + 1).id);
         }},
    };
    constexpr int kRuns = 15;
    for (const auto &[name, edit] : kinds) {
        QList<double> applyMs, undoMs, redoMs;
        qsizetype touched = 0;
        for (int run = 0; run < kRuns; ++run) {
            const std::optional<Correction> correction = edit(project.record(), run);
            if (!correction) {
                std::fprintf(stderr, "%s: no edit to make\n", name);
                return 1;
            }
            timer.restart();
            const std::optional<ChangeSet> changes = project.apply(*correction);
            applyMs.append(timer.nsecsElapsed() / 1e6);
            if (!changes) {
                std::fprintf(stderr, "%s: %s\n", name, qPrintable(project.lastError()));
                return 1;
            }
            touched = std::max(touched, changes->events.size() + changes->actors.size());
            timer.restart();
            project.undo(changes->correctionId);
            undoMs.append(timer.nsecsElapsed() / 1e6);
            timer.restart();
            project.redo(changes->correctionId);
            redoMs.append(timer.nsecsElapsed() / 1e6);
            project.undo(changes->correctionId); // leave the record as it was for the next run
        }
        std::printf("%s apply %6.2f ms | undo %6.2f ms | redo %6.2f ms (median of %d; up to %lld records touched)\n",
                    name, median(applyMs), median(undoMs), median(redoMs), kRuns, qlonglong(touched));
    }
    const qsizetype baselineEvents = store->loadBaseline().events.size();
    std::printf("record:    %lld events in memory, %lld in the file's baseline, %lld corrections in the log\n",
                qlonglong(project.record().events.size()), qlonglong(baselineEvents),
                qlonglong(project.corrections().size()));
    return 0;
}
