#include "ScreenshotTour.h"

#include "common/ExplorerState.h"
#include "mainwindow/FilterBar.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/PresentationMode.h"
#include "mainwindow/SlideShow.h"
#include "reader/ArticleReaderView.h"
#include "reader/DetailsPanel.h"
#include "table/ContactsTableView.h"
#include "timeline/TimelineView.h"

#include "curation/CurationPanel.h"
#include "curation/EventEditorDialog.h"
#include "export/ExportDialog.h"
#include "export/ReportExporter.h"
#include "graph/ActorGraphView.h"
#include "graph/GraphCanvas.h"
#include "timeline/TimelinePicture.h"

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
        // The graph given room and fitted: the most connected named, the rest as room allows, none overlapping.
        if (QDockWidget *dock = w->graphDock()) {
            state->selectEvent(0); // nothing selected: every actor at full strength
            dock->setFloating(true);
            dock->resize(1200, 720);
            settle(400);
            w->graphView()->canvas()->fitAll();
            settle(400);
            save(w->graphView(), QStringLiteral("graph-fitted"));
            dock->setFloating(false);
            settle(200);
        }
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
    // The view follows the filter: one official's contacts, the timeline zoomed to them by itself.
    if (best && !best->participants.isEmpty()) {
        EventFilter one;
        one.actorIds = {best->participants.first().actorId};
        state->selectEvent(0);
        state->setFilter(one);
        settle(400);
        QWidget *centre = w->centralWidget();
        const QString path =
            m_folder + (w->language() == QLatin1String("ar") ? QStringLiteral("/timeline-zoom-to-filter.png")
                                                             : QStringLiteral("/timeline-zoom-to-filter-en.png"));
        const bool ok = centre->grab().save(path);
        QTextStream(stdout) << (ok ? "saved " : "FAILED ") << path << '\n';
        state->setFilter(EventFilter());
        settle(200);
    }
    // A slide as a projector shows it (1280×720): the contact with the most sources, in the filter's order.
    if (best) {
        PresentationMode *presentation = w->presentation();
        presentation->setWindowedSize(QSize(1280, 720));
        state->selectEvent(best->id);
        presentation->setActive(true);
        settle(500);
        if (SlideShow *slides = presentation->slides())
            save(slides, QStringLiteral("presentation-slide"));
        presentation->setActive(false);
        presentation->setWindowedSize({});
        settle(200);
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

    // Exported timelines, drawn afresh (a contact stays selected on screen: the pictures must not show it).
    const QString base = m_folder + QStringLiteral("/export-timeline");
    auto exportPicture = [&](const QString &name, ExportDialog::Preset preset, bool pdf) {
        TimelinePicture picture(timeline);
        ReportExporter exporter(timeline, picture.info(TimelinePicture::Range::Filter));
        exporter.setPageSize(ExportDialog::pageSize(preset));
        exporter.setPixelWidth(preset == ExportDialog::Preset::Screen ? 2400
                                                                      : ExportDialog::presetPixelWidth(preset, 200));
        exporter.setDpi(200);
        exporter.setView(picture.view(TimelinePicture::Range::Filter, exporter.viewSize()));
        for (const ReportExporter::Format format : {ReportExporter::Format::Png, ReportExporter::Format::Pdf}) {
            if (format == ReportExporter::Format::Pdf && !pdf)
                continue;
            const QString path = base + name + u'-' + w->language() + u'.' + ReportExporter::suffix(format);
            QString error;
            const bool ok = exporter.exportTo(path, format, &error);
            QTextStream(stdout) << (ok ? "saved " : "FAILED ") << path << ' ' << error << '\n';
        }
    };
    timeline->fitAll();
    settle(200);
    exportPicture(QString(), ExportDialog::Preset::Screen, true); // everything, fitted
    exportPicture(QStringLiteral("-slide"), ExportDialog::Preset::Slide, false);
    // October to December 2025, as a reader filters it; the screen meanwhile shows something else.
    EventFilter filter = state->filter();
    filter.from = QDate(2025, 10, 1);
    filter.to = QDate(2025, 12, 31);
    state->setFilter(filter);
    timeline->fitAll();
    settle(200);
    exportPicture(QStringLiteral("-filtered"), ExportDialog::Preset::A4Landscape, false);
    exportPicture(QStringLiteral("-a4"), ExportDialog::Preset::A4Portrait, true);
    {
        // The dialog a user sees for it; looked at, never saved.
        TimelinePicture picture(timeline);
        auto range = [](bool screen) {
            return screen ? TimelinePicture::Range::Screen : TimelinePicture::Range::Filter;
        };
        ExportDialog::Source source;
        source.info = [&](bool screen) { return picture.info(range(screen)); };
        source.view = [&](bool screen, const QSize &size) -> QWidget * { return picture.view(range(screen), size); };
        ExportDialog dialog(timeline, picture.info(TimelinePicture::Range::Filter), w, source);
        dialog.setPreset(ExportDialog::Preset::A4Landscape);
        dialog.show();
        settle(300);
        save(&dialog, QStringLiteral("export-dialog"));
        dialog.reject();
    }
    w->close();
    QApplication::quit();
}

} // namespace rasad
