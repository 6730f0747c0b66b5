#include "ScreenshotTour.h"

#include "common/ExplorerState.h"
#include "mainwindow/MainWindow.h"
#include "reader/ArticleReaderView.h"
#include "reader/DetailsPanel.h"
#include "table/ContactsTableView.h"
#include "timeline/TimelineView.h"

#include "curation/CurationPanel.h"
#include "curation/EventEditorDialog.h"
#include "export/ReportExporter.h"
#include "graph/ActorGraphView.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QTextStream>
#include <QThread>
#include <QTimer>

namespace rasad {

namespace {
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}
} // namespace

ScreenshotTour::ScreenshotTour(MainWindow *window, QString folder, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_folder(std::move(folder))
{
}

void ScreenshotTour::save(QWidget *widget, const QString &name)
{
    const QString path = m_folder + QLatin1Char('/') + name + QLatin1Char('-') + m_window->language()
                         + QStringLiteral(".png");
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "saved " : "FAILED ") << path << '\n';
}

void ScreenshotTour::run()
{
    QDir().mkpath(m_folder);
    MainWindow *w = m_window;
    w->showMaximized();
    settle(600);
    ExplorerState *state = w->state();
    TimelineView *timeline = w->timeline();
    timeline->fitAll();
    settle(200);
    save(w, QStringLiteral("window"));
    save(timeline, QStringLiteral("timeline"));

    // The contact with the most sources makes the richest details and reader pictures.
    const Event *best = nullptr;
    for (const Event *e : state->visibleEvents())
        if (!best || e->sources.size() > best->sources.size())
            best = e;
    if (best) {
        state->selectEvent(best->id);
        settle(200);
        timeline->zoomToSelection();
        settle(200);
        save(timeline, QStringLiteral("timeline-zoomed"));
        if (!best->sources.isEmpty()) {
            const EventSource &s = best->sources.first();
            w->openSource(s.articleId, s.start, s.end);
        }
        settle(300);
        save(w->details(), QStringLiteral("details"));
        save(w->reader(), QStringLiteral("reader"));
        save(w, QStringLiteral("window-selected"));
        if (w->curation()) {
            // Looked at, never accepted: the tour changes nothing in the project.
            EventEditorDialog editor(*w->curation(), best->id, w, &state->format());
            editor.resize(720, 820);
            editor.show();
            settle(300);
            save(&editor, QStringLiteral("event-editor"));
            editor.reject();
        }
        timeline->fitAll();
    }
    if (CurationPanel *review = w->reviewPanel()) {
        if (auto *dock = qobject_cast<QDockWidget *>(review->parentWidget())) {
            dock->show();
            dock->raise();
        }
        settle(300);
        save(review, QStringLiteral("review-queue"));
    }
    if (w->graphView()) {
        settle(1200); // the graph layout settles
        save(w->graphView(), QStringLiteral("graph"));
    }
    if (QDockWidget *dock = w->contactsDock()) {
        // The table tabbed over the graph, the richest contact its current row.
        dock->show();
        dock->raise();
        if (best)
            state->selectEvent(best->id);
        settle(300);
        save(w->contactsTable(), QStringLiteral("contacts-table"));
        save(w, QStringLiteral("window-table"));
    }
    // A projector or a small laptop: 1024×640 with the docks where a first start puts them.
    w->showNormal();
    settle(200);
    w->resize(1024, 640);
    w->resetLayout();
    settle(400);
    if (best) {
        state->selectEvent(best->id);
        if (!best->sources.isEmpty())
            w->openSource(best->sources.first().articleId, best->sources.first().start, best->sources.first().end);
    }
    settle(600);
    QTextStream(stdout) << "window " << w->width() << 'x' << w->height() << ", smallest " << w->minimumSizeHint().width()
                        << 'x' << w->minimumSizeHint().height() << '\n';
    save(w, QStringLiteral("window-1024x640"));

    const ReportInfo info = w->timelineReportInfo();
    ReportExporter exporter(timeline, info);
    exporter.setPixelWidth(2400);
    QString error;
    const QString base = m_folder + QStringLiteral("/export-timeline-") + w->language();
    const bool png = exporter.exportTo(base + QStringLiteral(".png"), ReportExporter::Format::Png, &error);
    QTextStream(stdout) << (png ? "saved " : "FAILED ") << base << ".png " << error << '\n';
    const bool pdf = exporter.exportTo(base + QStringLiteral(".pdf"), ReportExporter::Format::Pdf, &error);
    QTextStream(stdout) << (pdf ? "saved " : "FAILED ") << base << ".pdf " << error << '\n';
    w->close();
    QApplication::quit();
}

} // namespace rasad
