#include "mainwindow/MainWindow.h"

#include "common/Counts.h"
#include "common/EventPalette.h"
#include "common/ExplorerState.h"
#include "common/ProjectBackend.h"
#include "common/ShortcutText.h"
#include "mainwindow/FilterBar.h"
#include "mainwindow/ImportController.h"
#include "mainwindow/ImportReportDialog.h"
#include "mainwindow/LanguageManager.h"
#include "mainwindow/PresentationMode.h"
#include "reader/ArticleReaderView.h"
#include "reader/DetailsPanel.h"
#include "table/ContactsTableView.h"
#include "timeline/TimelineView.h"

#include "curation/ActorEditorDialog.h"
#include "curation/CurationPanel.h"
#include "curation/Edits.h"
#include "curation/EventEditorDialog.h"
#include "curation/GazetteerEditorDialog.h"
#include "curation/undo/CurationSession.h"
#include "export/DataExport.h"
#include "export/ExportDialog.h"
#include "export/ReportExporter.h"
#include "graph/ActorGraphView.h"
#include "stats/StatsPanel.h"
#include "timeline/TimelinePicture.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rasad {

namespace {
QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

MainWindow::MainWindow(ProjectBackend *backend, LanguageManager *language, QWidget *parent)
    : QMainWindow(parent), m_backend(backend), m_language(language ? language : new LanguageManager(this)),
      m_state(new ExplorerState(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks | QMainWindow::AllowTabbedDocks);
    // The details and the article run the whole height beside the timeline and the graph: on a
    // 1024×640 screen they stay readable, and the window's height is not the sum of both columns.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);

    auto *centre = new QWidget(this);
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_filterBar = new FilterBar(m_state, m_backend, centre);
    m_timeline = new TimelineView(m_state, centre);
    m_problemBanner = new QLabel(centre);
    m_problemBanner->setObjectName(QStringLiteral("storeProblemBanner"));
    m_problemBanner->setWordWrap(true);
    m_problemBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemBanner->setContentsMargins(10, 6, 10, 6);
    m_problemBanner->setStyleSheet(QStringLiteral("QLabel#storeProblemBanner { background: #FDECEA; color: #7A1712; "
                                                  "border-bottom: 1px solid #E0A39C; }"));
    m_problemBanner->hide();
    layout->addWidget(m_problemBanner);
    // rasad-cli (or another window) imported into this project: say so and offer to reload, the view kept.
    m_changedBar = new QWidget(centre);
    m_changedBar->setObjectName(QStringLiteral("projectChangedBar"));
    m_changedBar->setAttribute(Qt::WA_StyledBackground);
    m_changedBar->setStyleSheet(
        QStringLiteral("QWidget#projectChangedBar { background: #EAF2FB; border-bottom: 1px solid #A9C4E4; }"));
    auto *changedLayout = new QHBoxLayout(m_changedBar);
    changedLayout->setContentsMargins(10, 4, 10, 4);
    m_changedText = new QLabel(m_changedBar);
    m_changedText->setWordWrap(true);
    m_changedReload = new QPushButton(m_changedBar);
    changedLayout->addWidget(m_changedText, 1);
    changedLayout->addWidget(m_changedReload);
    connect(m_changedReload, &QPushButton::clicked, this, [this] {
        m_changedBar->hide();
        reload();
    });
    m_changedBar->hide();
    layout->addWidget(m_changedBar);
    m_changeWatch = new QTimer(this);
    m_changeWatch->setInterval(2000);
    connect(m_changeWatch, &QTimer::timeout, this, &MainWindow::checkForOutsideChanges);
    m_changeWatch->start();
    layout->addWidget(m_filterBar);
    layout->addWidget(m_timeline, 1);
    setCentralWidget(centre);

    buildDocks();
    buildActions();
    m_defaultLayout = saveState(); // before restoreSettings() puts back the user's own
    m_import = new ImportController(m_backend, this);
    connect(m_import, &ImportController::finished, this, &MainWindow::onImportFinished);
    m_presentation = new PresentationMode(this, m_state);
    // The slides are a window of their own: nothing here changes while they show.
    connect(m_presentation, &PresentationMode::activeChanged, m_presentAction, &QAction::setChecked);
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    connect(m_state, &ExplorerState::filterChanged, this, &MainWindow::updateStatus);
    connect(m_state, &ExplorerState::datasetChanged, this, &MainWindow::updateStatus);
    connect(m_state, &ExplorerState::recordsChanged, this, &MainWindow::updateStatus);

    connect(m_details, &DetailsPanel::editEventRequested, this, &MainWindow::editEvent);
    connect(m_details, &DetailsPanel::editActorRequested, this, &MainWindow::editActor);
    connect(m_reader, &ArticleReaderView::newEventRequested, this,
            [this](qint64 article, int start, int end) { createEventFromSpan(article, start, end); });
    connect(m_state, &ExplorerState::selectionChanged, this, [this] {
        if (!m_review)
            return;
        if (m_state->selectedEvent())
            m_review->showEventHistory(m_state->selectedEvent());
        else
            m_review->showActorHistory(m_state->selectedActor());
    });

    restoreSettings();
    rebuildCuration();
    reload();
    finishInterruptedExtraction();
}

MainWindow::~MainWindow()
{
    // The undo stack signals as it is torn down; the actions it would update may be gone by then.
    if (m_session)
        m_session->undoStack()->disconnect(this);
    delete m_reviewDock->widget();
    m_state->followProject(nullptr);
    delete m_session;
}

void MainWindow::buildDocks()
{
    auto makeDock = [this](const QString &name, QWidget *content, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(this);
        dock->setObjectName(name);
        dock->setWidget(content);
        addDockWidget(area, dock);
        return dock;
    };

    m_details = new DetailsPanel(m_state, this);
    m_reader = new ArticleReaderView(m_state, m_backend, this);
    connect(m_details, &DetailsPanel::sourceRequested, this, &MainWindow::openSource);
    const auto openFirstSource = [this](qint64 id) {
        const Event *e = m_state->eventById(id);
        if (e && !e->sources.isEmpty())
            openSource(e->sources.first().articleId, e->sources.first().start, e->sources.first().end);
    };
    connect(m_timeline, &TimelineView::eventActivated, this, openFirstSource);
    m_contacts = new ContactsTableView(m_state, this);
    connect(m_contacts, &ContactsTableView::eventActivated, this, openFirstSource);

    m_graph = new ActorGraphView(m_state, this);
    m_stats = new StatsPanel(m_state, this);
    m_detailsDock = makeDock(QStringLiteral("detailsDock"), m_details, Qt::RightDockWidgetArea);
    m_readerDock = makeDock(QStringLiteral("readerDock"), m_reader, Qt::RightDockWidgetArea);
    m_graphDock = makeDock(QStringLiteral("graphDock"), m_graph, Qt::BottomDockWidgetArea);
    m_statsDock = makeDock(QStringLiteral("statsDock"), m_stats, Qt::BottomDockWidgetArea);
    splitDockWidget(m_detailsDock, m_readerDock, Qt::Vertical);
    splitDockWidget(m_graphDock, m_statsDock, Qt::Horizontal);
    // The contacts table needs the graph's width for its columns; a tab there, the graph in front.
    m_contactsDock = makeDock(QStringLiteral("contactsDock"), m_contacts, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_graphDock, m_contactsDock);
    m_graphDock->raise();
    // The review queue shares the statistics' corner: a researcher switches between them.
    m_reviewDock = makeDock(QStringLiteral("reviewDock"), new QWidget(this), Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_statsDock, m_reviewDock);
    m_statsDock->raise();
    resizeDocks({m_detailsDock, m_readerDock}, {300, 400}, Qt::Vertical);
    resizeDocks({m_detailsDock}, {460}, Qt::Horizontal);
    resizeDocks({m_graphDock}, {380}, Qt::Vertical);
    resizeDocks({m_graphDock, m_statsDock}, {650, 350}, Qt::Horizontal);
}

void MainWindow::buildActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), QKeySequence::Open, this, &MainWindow::openProject);
    m_importFilesAction =
        m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_I), this, &MainWindow::chooseImportFiles);
    m_importFolderAction = m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this,
                                                 &MainWindow::chooseImportFolder);
    m_recoverAction = m_fileMenu->addAction(QString(), this, &MainWindow::recoverProject);
    m_recoverAction->setEnabled(false);
    m_fileMenu->addSeparator();
    m_exportMenu = m_fileMenu->addMenu(QString());
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    m_exportTimelineAction =
        m_exportMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportTimeline);
    m_copyTimelineAction = m_exportMenu->addAction(QString(), this, &MainWindow::copyTimeline);
    m_exportGraphAction = m_exportMenu->addAction(QString(), this, &MainWindow::exportGraph);
    m_exportMenu->addSeparator();
    m_exportDataAction = m_exportMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this,
                                                 [this] { DataExport::run(this, *m_state); });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);

    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_editMenu->addAction(QString());
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_editMenu->addAction(QString());
    m_redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_editMenu->addSeparator();
    m_findAction = m_editMenu->addAction(QString(), QKeySequence::Find, this, [this] {
        m_filterBar->show();
        m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchField()->selectAll();
    });
    m_editMenu->addSeparator();
    m_editSelectionAction =
        m_editMenu->addAction(QString(), QKeySequence(Qt::Key_F2), this, &MainWindow::editSelection);
    m_verifyAction =
        m_editMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_K), this, &MainWindow::verifySelection);
    m_deleteEventAction = m_editMenu->addAction(QString(), this, [this] {
        if (const qint64 id = m_state->selectedEvent();
            id && m_session &&
            QMessageBox::question(
                this, tr("Delete contact"),
                tr("Delete the selected contact? It stays deleted after a re-extraction; Undo brings it back.")) ==
                QMessageBox::Yes)
            m_session->apply(edits::deleteEvent(m_session->dataset(), id), tr("Delete contact"));
    });
    m_newActorAction = m_editMenu->addAction(QString(), this, &MainWindow::newActor);
    m_editMenu->addSeparator();
    m_gazetteerAction =
        m_editMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_G), this, &MainWindow::editGazetteer);
    m_reextractAction = m_editMenu->addAction(QString(), this, &MainWindow::reextract);

    m_viewMenu = menuBar()->addMenu(QString());
    m_zoomInAction = m_viewMenu->addAction(QString(), QKeySequence::ZoomIn, m_timeline, &TimelineView::zoomIn);
    m_zoomOutAction = m_viewMenu->addAction(QString(), QKeySequence::ZoomOut, m_timeline, &TimelineView::zoomOut);
    m_fitAction =
        m_viewMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_0), m_timeline, &TimelineView::fitAll);
    m_zoomSelectionAction = m_viewMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_J), m_timeline,
                                                  &TimelineView::zoomToSelection);
    m_viewMenu->addSeparator();
    m_presentAction = m_viewMenu->addAction(QString());
    m_presentAction->setCheckable(true);
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_presentAction, &QAction::triggered, this, [this](bool on) { m_presentation->setActive(on); });
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : {m_graphDock, m_contactsDock, m_statsDock, m_reviewDock, m_detailsDock, m_readerDock})
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    // Every panel from the keyboard: Ctrl+1…7 bring one forward (a tabbed dock too) and give it the keys.
    m_goToMenu = m_viewMenu->addMenu(QString());
    const QList<QWidget *> targets{m_timeline,   m_graphDock,   m_contactsDock, m_statsDock,
                                   m_reviewDock, m_detailsDock, m_readerDock};
    for (qsizetype i = 0; i < targets.size(); ++i) {
        QWidget *target = targets.at(i);
        m_goToActions.append(m_goToMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this,
                                                   [this, target] { focusPanel(target); }));
    }
    m_nextPanelAction = m_viewMenu->addAction(QString(), this, [this] { focusNextPanel(+1); });
    m_nextPanelAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::Key_F6)});
    m_previousPanelAction = m_viewMenu->addAction(QString(), this, [this] { focusNextPanel(-1); });
    m_previousPanelAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), QKeySequence(Qt::SHIFT | Qt::Key_F6)});
    m_viewMenu->addSeparator();
    m_resetLayoutAction = m_viewMenu->addAction(QString(), this, &MainWindow::resetLayout);

    m_timelineBar = addToolBar(QString());
    m_timelineBar->setObjectName(QStringLiteral("timelineBar"));
    m_laneLabel = new QLabel(m_timelineBar);
    m_laneBox = new QComboBox(m_timelineBar);
    m_laneBox->setObjectName(QStringLiteral("laneMode"));
    m_laneBox->addItems({QString(), QString(), QString()});
    m_timelineBar->addWidget(m_laneLabel);
    m_timelineBar->addWidget(m_laneBox);
    m_timelineBar->addSeparator();
    m_timelineBar->addAction(m_zoomInAction);
    m_timelineBar->addAction(m_zoomOutAction);
    m_timelineBar->addAction(m_fitAction);
    m_timelineBar->addAction(m_zoomSelectionAction);
    m_timelineBar->addSeparator();
    m_timelineBar->addAction(m_presentAction);
    connect(m_laneBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto mode = static_cast<TimelineView::LaneMode>(std::clamp(index, 0, 2));
        m_timeline->setLaneMode(mode);
        QSettings().setValue(key("timeline/lanes"), index);
    });

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    auto *languages = new QActionGroup(this);
    m_arabicAction = m_languageMenu->addAction(QStringLiteral("العربية"));
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    for (QAction *a : {m_arabicAction, m_englishAction}) {
        a->setCheckable(true);
        languages->addAction(a);
    }
    connect(m_arabicAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("ar")); });
    connect(m_englishAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });

    m_monthMenu = m_settingsMenu->addMenu(QString());
    auto *months = new QActionGroup(this);
    m_levantineAction = m_monthMenu->addAction(QString());
    m_gregorianAction = m_monthMenu->addAction(QString());
    m_digitsMenu = m_settingsMenu->addMenu(QString());
    auto *digits = new QActionGroup(this);
    m_arabicDigitsAction = m_digitsMenu->addAction(QString());
    m_latinDigitsAction = m_digitsMenu->addAction(QString());
    for (QAction *a : {m_levantineAction, m_gregorianAction}) {
        a->setCheckable(true);
        months->addAction(a);
        connect(a, &QAction::triggered, this, [this] {
            QSettings().setValue(key("display/months"),
                                 m_gregorianAction->isChecked() ? key("gregorian") : key("levantine"));
            applyDisplaySettings();
        });
    }
    for (QAction *a : {m_arabicDigitsAction, m_latinDigitsAction}) {
        a->setCheckable(true);
        digits->addAction(a);
        connect(a, &QAction::triggered, this, [this] {
            QSettings().setValue(key("display/digits"),
                                 m_latinDigitsAction->isChecked() ? key("latin") : key("arabic"));
            applyDisplaySettings();
        });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Rasad"),
                           tr("<h3>Rasad %1</h3><p>Reads Arabic news about Syrian–Russian official contacts and "
                              "shows who met whom, where and when, each with the sentence it came from.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::retranslate()
{
    setWindowTitle(m_backend ? tr("Rasad — %1").arg(m_backend->location()) : tr("Rasad"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open project…"));
    m_importFilesAction->setText(tr("Import &files…"));
    m_importFolderAction->setText(tr("Import f&older…"));
    m_recoverAction->setText(tr("&Recover into a new file…"));
    m_recoverAction->setToolTip(tr("Copy what can still be read of this damaged project file into a new one"));
    m_exportMenu->setTitle(tr("&Export"));
    m_exportTimelineAction->setText(tr("Timeline picture (PNG, SVG, PDF)…"));
    m_copyTimelineAction->setText(tr("Copy timeline picture"));
    m_exportGraphAction->setText(tr("Graph picture (PNG, SVG, PDF)…"));
    m_exportDataAction->setText(tr("Data (JSON, CSV, GraphML, GEXF, TimelineJS)…"));
    m_editMenu->setTitle(tr("&Edit"));
    updateUndoTexts();
    m_editSelectionAction->setText(tr("Edit selected…"));
    m_verifyAction->setText(tr("Mark selected as verified"));
    m_deleteEventAction->setText(tr("Delete selected contact…"));
    m_newActorAction->setText(tr("New actor…"));
    m_gazetteerAction->setText(tr("Gazetteer (people, places)…"));
    m_reextractAction->setText(tr("Re-extract all articles"));
    m_reextractAction->setToolTip(tr("Run extraction again with the current gazetteer; corrections are kept"));
    m_reviewDock->setWindowTitle(tr("Review"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_zoomInAction->setText(tr("Zoom in"));
    m_zoomOutAction->setText(tr("Zoom out"));
    m_fitAction->setText(tr("Fit all"));
    m_fitAction->setToolTip(tr("Show every contact the filter lets through; the view follows the filter again"));
    m_zoomSelectionAction->setText(tr("Zoom to selection"));
    // Toolbar buttons say their keys too; isolated, so "Ctrl++" is not mirrored in Arabic.
    for (QAction *a : {m_zoomInAction, m_zoomOutAction, m_fitAction, m_zoomSelectionAction})
        a->setToolTip(QStringLiteral("%1 (%2)").arg(a->text(), isolatedShortcut(a->shortcut())));
    m_goToMenu->setTitle(tr("&Go to"));
    const QStringList panelNames{tr("Timeline"), tr("Actor graph"), tr("Contacts table"), tr("Statistics"),
                                 tr("Review"),   tr("Details"),     tr("Article")};
    for (qsizetype i = 0; i < m_goToActions.size(); ++i)
        m_goToActions.at(i)->setText(panelNames.value(i));
    m_nextPanelAction->setText(tr("Next panel"));
    m_previousPanelAction->setText(tr("Previous panel"));
    m_resetLayoutAction->setText(tr("Reset layout"));
    m_resetLayoutAction->setToolTip(tr("Put the panels back where they are on a first start"));
    m_findAction->setText(tr("&Find…"));
    m_findAction->setToolTip(tr("Search names and article text"));
    m_presentAction->setText(tr("Presentation mode"));
    m_presentAction->setToolTip(
        tr("The filtered contacts as full-screen slides, one a slide; Space and the arrows step, Escape returns"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("Language"));
    m_monthMenu->setTitle(tr("Month names"));
    m_levantineAction->setText(tr("Levantine (كانون الثاني، شباط…)"));
    m_gregorianAction->setText(tr("Gregorian (يناير، فبراير…)"));
    m_digitsMenu->setTitle(tr("Digits"));
    m_arabicDigitsAction->setText(tr("Arabic-Indic (١٢٣)"));
    m_latinDigitsAction->setText(tr("Latin (123)"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Rasad"));
    m_graphDock->setWindowTitle(tr("Actor graph"));
    m_contactsDock->setWindowTitle(tr("Contacts table"));
    m_statsDock->setWindowTitle(tr("Statistics"));
    m_detailsDock->setWindowTitle(tr("Details"));
    m_readerDock->setWindowTitle(tr("Article"));
    m_timelineBar->setWindowTitle(tr("Timeline"));
    m_laneLabel->setText(tr("Lanes:") + QLatin1Char(' '));
    m_laneBox->setItemText(0, tr("None"));
    m_laneBox->setItemText(1, tr("By country"));
    m_laneBox->setItemText(2, tr("By actor"));
    if (m_changedText) {
        m_changedText->setText(tr("Another program changed this project (an import from the command line, say). "
                                  "Reload to see it; the view stays where it is."));
        m_changedReload->setText(tr("Reload"));
    }
    updateStatus();
    updateStoreProblem();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    const QString lang = LanguageManager::savedLanguage();
    const bool months = settings.value(key("display/months")).toString() == QLatin1String("gregorian");
    const bool latin = settings.value(key("display/digits")).toString() == QLatin1String("latin");
    (months ? m_gregorianAction : m_levantineAction)->setChecked(true);
    (latin ? m_latinDigitsAction : m_arabicDigitsAction)->setChecked(true);
    m_laneBox->setCurrentIndex(std::clamp(settings.value(key("timeline/lanes"), 1).toInt(), 0, 2));
    m_timeline->setLaneMode(static_cast<TimelineView::LaneMode>(m_laneBox->currentIndex()));
    setLanguage(lang);
    if (!restoreGeometry(settings.value(key("window/geometry")).toByteArray()))
        resize(1500, 950);
    if (!restoreState(settings.value(key("window/state")).toByteArray())) {
        // First start: once the window has its size, share it out (docks sized in the constructor shrink).
        QTimer::singleShot(0, this, &MainWindow::shareOutDocks);
    }
}

void MainWindow::shareOutDocks()
{
    // The details and the article take the full height at the side; the graph and the statistics
    // share what is left of the width under the timeline.
    const int side = width() * 31 / 100;
    resizeDocks({m_detailsDock}, {side}, Qt::Horizontal);
    resizeDocks({m_graphDock}, {height() * 40 / 100}, Qt::Vertical);
    resizeDocks({m_graphDock, m_statsDock}, {(width() - side) * 62 / 100, (width() - side) * 38 / 100}, Qt::Horizontal);
    resizeDocks({m_detailsDock, m_readerDock}, {height() * 42 / 100, height() * 58 / 100}, Qt::Vertical);
}

void MainWindow::resetLayout()
{
    if (m_presentation->isActive())
        m_presentation->setActive(false);
    restoreState(m_defaultLayout);
    m_graphDock->raise();
    m_statsDock->raise();
    shareOutDocks();
    // The layout applies restored sizes when it next lays out: share out again after that.
    QTimer::singleShot(0, this, &MainWindow::shareOutDocks);
}

QList<QWidget *> MainWindow::panelOrder() const
{
    QList<QWidget *> panels;
    if (m_filterBar->isVisible())
        panels.append(m_filterBar);
    panels.append(m_timeline);
    for (QDockWidget *dock : {m_graphDock, m_contactsDock, m_statsDock, m_reviewDock, m_detailsDock, m_readerDock})
        if (dock->isVisible() && dock->widget() && dock->widget()->isVisible()) // not tabbed behind another
            panels.append(dock);
    return panels;
}

void MainWindow::focusNextPanel(int direction)
{
    const QList<QWidget *> panels = panelOrder();
    if (panels.isEmpty())
        return;
    QWidget *focus = focusWidget();
    qsizetype current = -1;
    for (qsizetype i = 0; i < panels.size(); ++i)
        if (focus && (focus == panels.at(i) || panels.at(i)->isAncestorOf(focus)))
            current = i;
    const qsizetype n = panels.size();
    const qsizetype next =
        current < 0 ? (direction > 0 ? 0 : n - 1) : ((current + (direction > 0 ? 1 : -1)) % n + n) % n;
    focusPanel(panels.at(next));
}

void MainWindow::focusPanel(QWidget *panel)
{
    if (!panel)
        return;
    QWidget *target = panel;
    if (auto *dock = qobject_cast<QDockWidget *>(panel)) {
        dock->show();
        dock->raise();
        target = dock->widget();
    }
    // The widget a keyboard user works in: the search box, the graph's actor list, the review queue.
    if (panel == m_filterBar)
        target = m_filterBar->searchField();
    else if (panel == m_graphDock)
        target = m_graph->actorTableView();
    else if (panel == m_reviewDock && m_review)
        target = m_review->queue();
    if (target && !(target->focusPolicy() & Qt::TabFocus)) {
        // A container: its first field that takes the focus.
        for (QWidget *w = target->nextInFocusChain(); w && w != target; w = w->nextInFocusChain()) {
            if (target->isAncestorOf(w) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                target = w;
                break;
            }
        }
    }
    if (target)
        target->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::applyDisplaySettings()
{
    QSettings settings;
    DisplayFormat format = m_state->format();
    format.setLanguage(m_language->language().isEmpty() ? QStringLiteral("ar") : m_language->language());
    format.setMonthStyle(settings.value(key("display/months")).toString() == QLatin1String("gregorian")
                             ? DisplayFormat::MonthStyle::Gregorian
                             : DisplayFormat::MonthStyle::Levantine);
    format.setDigits(settings.value(key("display/digits")).toString() == QLatin1String("latin")
                         ? DisplayFormat::Digits::Latin
                         : DisplayFormat::Digits::ArabicIndic);
    m_state->setFormat(format);
}

void MainWindow::setLanguage(const QString &language)
{
    m_language->apply(language);
    // Installing translators posts LanguageChange to every widget; deliver it now so the whole
    // window speaks the new language when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    const bool arabic = m_language->language() == QLatin1String("ar");
    (arabic ? m_arabicAction : m_englishAction)->setChecked(true);
    // Month-name and digit choices only matter in Arabic.
    m_monthMenu->setEnabled(arabic);
    m_digitsMenu->setEnabled(arabic);
    setLayoutDirection(QGuiApplication::layoutDirection());
    applyDisplaySettings();
    retranslate();
}

QString MainWindow::language() const
{
    return m_language->language();
}

void MainWindow::reload()
{
    if (m_backend)
        m_backend->markSeen(); // before reading: a change made while reading shows next time
    if (m_session)
        m_session->reload(); // → the views, through the project's reset()
    else if (m_backend)
        showDataset(m_backend->loadDataset());
    if (m_changedBar)
        m_changedBar->hide();
    retranslate();
}

void MainWindow::checkForOutsideChanges()
{
    // The window's own import writes through another connection too; it reloads when it ends.
    if (!m_backend || !m_changedBar || m_changedBar->isVisible() || (m_import && m_import->isRunning()))
        return;
    if (m_backend->changedElsewhere())
        m_changedBar->show();
}

void MainWindow::showDataset(Dataset dataset)
{
    // An edit replaces the dataset: keep what the researcher was looking at when it still exists.
    const qint64 actor = m_state->selectedActor();
    const qint64 event = m_state->selectedEvent();
    m_state->setDataset(std::move(dataset));
    if (actor && m_state->actorById(actor))
        m_state->selectActor(actor);
    if (event && m_state->eventById(event))
        m_state->selectEvent(event);
}

void MainWindow::rebuildCuration()
{
    // The panel refers to the session: it goes first.
    delete m_reviewDock->widget();
    m_review = nullptr;
    if (m_session)
        m_session->undoStack()->disconnect(this);
    m_state->followProject(nullptr);
    delete m_session;
    m_session = nullptr;
    CorrectionLog *log = m_backend ? m_backend->correctionLog() : nullptr;
    if (log) {
        m_session = new CurationSession(*log, this);
        // The views show the project's record itself: an edit updates what it touched, and they keep
        // their zoom, scroll, selection and pins; reload() resets them through the project's reset().
        m_state->followProject(m_session->project());
        connect(m_session, &CurationSession::failed, this,
                [this](const QString &message) { QMessageBox::warning(this, tr("Correction not saved"), message); });
        QUndoStack *stack = m_session->undoStack();
        connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
        connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
        connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoTexts);
        m_review = new CurationPanel(*m_session, m_reviewDock);
        connect(m_review, &CurationPanel::editActorRequested, this, [this](qint64 id) {
            m_state->selectEvent(0);
            m_state->selectActor(id);
            editActor(id);
        });
        connect(m_review, &CurationPanel::editEventRequested, this, [this](qint64 id) {
            m_state->selectEvent(id);
            editEvent(id);
        });
        m_reviewDock->setWidget(m_review);
    } else {
        auto *none = new QLabel(tr("This data source cannot be corrected."), m_reviewDock);
        none->setAlignment(Qt::AlignCenter);
        m_review = nullptr;
        m_reviewDock->setWidget(none);
    }
    // A damaged file is open read-only: no edit may be offered that could not be saved.
    const bool editable = m_session != nullptr && (!m_backend || m_backend->readOnlyReason().isEmpty());
    m_details->setEditable(editable);
    m_reader->setEditable(editable);
    for (QAction *a : {m_editSelectionAction, m_verifyAction, m_deleteEventAction, m_newActorAction, m_reextractAction})
        a->setEnabled(editable);
    updateUndoTexts();
}

void MainWindow::updateStoreProblem()
{
    if (!m_problemBanner)
        return;
    const QString damage = m_backend ? m_backend->damage() : QString();
    const QString readOnly = m_backend ? m_backend->readOnlyReason() : QString();
    const QString readError = m_backend ? m_backend->lastReadError() : QString();
    QString text;
    if (damage.isEmpty() && !readOnly.isEmpty())
        text = tr("This project file cannot be written (its file or folder is read-only), so it was opened to be "
                  "viewed: nothing can be imported, corrected or re-extracted. To work on it, copy it to a "
                  "writable folder and open the copy.") +
               QStringLiteral("\n") + readOnly;
    else if (!damage.isEmpty())
        text = tr("This project file is damaged, so it was opened read-only: nothing can be imported, corrected "
                  "or re-extracted, and nothing more can be lost. File → Recover into a new file… copies what "
                  "can still be read.") +
               QStringLiteral("\n") + damage;
    else if (!readError.isEmpty())
        text = tr("Part of this project could not be read, so what is shown may be incomplete. Close other programs "
                  "that use the file and open it again; if this stays, the file is damaged.") +
               QStringLiteral("\n") + readError;
    m_problemBanner->setText(text);
    m_problemBanner->setVisible(!text.isEmpty());
    const bool writable = readOnly.isEmpty();
    m_importFilesAction->setEnabled(writable);
    m_importFolderAction->setEnabled(writable);
    m_recoverAction->setEnabled(!damage.isEmpty());
    m_reextractAction->setEnabled(writable && m_session != nullptr);
}

void MainWindow::recoverProject()
{
    if (!m_backend || m_backend->damage().isEmpty())
        return;
    const QString suggested =
        QFileInfo(m_backend->location())
            .absoluteDir()
            .filePath(QFileInfo(m_backend->location()).completeBaseName() + QStringLiteral("-recovered.sqlite"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Recover into a new file"), suggested,
                                     tr("Rasad projects (*.sqlite *.db)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<RecoveryReport> report = m_backend->recoverInto(path, &error);
    QApplication::restoreOverrideCursor();
    if (!report) {
        QMessageBox::warning(this, tr("Recover"), error);
        return;
    }
    const DisplayFormat &f = m_state->format();
    QStringList lines;
    for (const TableRecovery &t : report->tables) {
        QString line = tr("%1: %2 rows copied").arg(t.table, f.number(t.copied));
        for (const LostRows &lost : t.lost) {
            const qint64 first = lost.after + 1;
            const qint64 last = lost.before ? lost.before - 1 : lost.knownLast;
            line += QStringLiteral("; ") + (last ? tr("lost: ids %1–%2").arg(f.number(first), f.number(last))
                                                 : tr("lost: every row after id %1").arg(f.number(lost.after)));
        }
        if (t.dropped)
            line += QStringLiteral("; ") + tr("%1 dropped (they referred to a lost row)").arg(f.number(t.dropped));
        lines << line;
    }
    const QString summary =
        (report->complete() ? tr("Nothing was lost.") : tr("Some rows could not be read and were not copied:")) +
        QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
    if (QMessageBox::question(this, tr("Recover"),
                              summary + QStringLiteral("\n\n") + tr("Open the recovered file %1 now?").arg(path)) !=
        QMessageBox::Yes)
        return;
    if (!m_backend->openProject(path, &error)) {
        QMessageBox::warning(this, tr("Open project"), error);
        return;
    }
    QSettings().setValue(key("project/path"), path);
    rebuildCuration();
    reload();
    finishInterruptedExtraction();
}

void MainWindow::updateUndoTexts()
{
    QUndoStack *stack = m_session ? m_session->undoStack() : nullptr;
    const bool canUndo = stack && stack->canUndo();
    const bool canRedo = stack && stack->canRedo();
    m_undoAction->setEnabled(canUndo);
    m_redoAction->setEnabled(canRedo);
    m_undoAction->setText(canUndo && !stack->undoText().isEmpty() ? tr("&Undo %1").arg(stack->undoText())
                                                                  : tr("&Undo"));
    m_redoAction->setText(canRedo && !stack->redoText().isEmpty() ? tr("&Redo %1").arg(stack->redoText())
                                                                  : tr("&Redo"));
}

void MainWindow::editSelection()
{
    if (m_state->selectedEvent())
        editEvent(m_state->selectedEvent());
    else if (m_state->selectedActor())
        editActor(m_state->selectedActor());
    else
        statusBar()->showMessage(tr("Select a contact on the timeline or an actor in the graph first."), 5000);
}

void MainWindow::editEvent(qint64 eventId)
{
    if (!m_session || !m_state->eventById(eventId))
        return;
    EventEditorDialog dialog(*m_session, eventId, this, &m_state->format());
    dialog.exec();
}

void MainWindow::editActor(qint64 actorId)
{
    if (!m_session || !m_state->actorById(actorId))
        return;
    ActorEditorDialog dialog(*m_session, actorId, this);
    dialog.exec();
}

void MainWindow::verifySelection()
{
    if (!m_session)
        return;
    if (const qint64 id = m_state->selectedEvent())
        m_session->apply(edits::verifyEvent(m_session->dataset(), id), tr("Mark verified"));
    else if (const qint64 actor = m_state->selectedActor())
        m_session->apply(edits::verifyActor(m_session->dataset(), actor), tr("Mark verified"));
}

void MainWindow::newActor()
{
    if (!m_session)
        return;
    const QString name = QInputDialog::getText(this, tr("New actor"), tr("Name as the press writes it:")).trimmed();
    if (name.isEmpty())
        return;
    Actor actor;
    actor.name = name;
    ChangeSet changes;
    if (!m_session->apply(edits::addActor(m_session->dataset(), actor), tr("New actor"), &changes))
        return;
    if (const qint64 id = changes.createdId) {
        m_state->selectEvent(0);
        m_state->selectActor(id);
        editActor(id); // country, roles, spellings
    }
}

qint64 MainWindow::createEventFromSpan(qint64 articleId, int start, int end, bool openEditor)
{
    if (!m_session || end <= start)
        return 0;
    const std::optional<Article> article = m_backend->article(articleId);
    if (!article || end > article->originalText.size())
        return 0;
    Event event;
    event.type = EventType::Meeting;
    event.confidence = 1.0;
    EventSource source;
    source.articleId = articleId;
    source.fileName = article->fileName;
    source.start = start;
    source.end = end;
    source.evidence = article->originalText.mid(start, end - start).simplified();
    source.confidence = 1.0;
    // Until the researcher sets it, the date is the publication day: the best a reader can assume.
    if (article->published.isValid()) {
        event.date.start = event.date.end = article->published;
        event.date.granularity = Granularity::Day;
        source.date = event.date;
        event.dateSource = DateSource::User;
    }
    event.sources.append(source);
    ChangeSet changes;
    if (!m_session->apply(edits::addEvent(m_session->dataset(), event), tr("New contact"), &changes))
        return 0;
    const qint64 id = changes.createdId;
    if (id) {
        m_state->selectEvent(id);
        if (openEditor)
            editEvent(id); // participants, date, place
    }
    return id;
}

void MainWindow::editGazetteer()
{
    GazetteerEditorDialog dialog(this);
    connect(&dialog, &GazetteerEditorDialog::reextractRequested, this, &MainWindow::reextract);
    dialog.exec();
}

void MainWindow::finishInterruptedExtraction()
{
    // An import killed between storing its articles and extracting them left them out of the record.
    const qint64 waiting = m_backend ? m_backend->articlesAwaitingExtraction() : 0;
    if (waiting <= 0)
        return;
    QTimer::singleShot(0, this, [this, waiting] {
        statusBar()->showMessage(
            tr("%n article(s) stored by an import that stopped before its end are being extracted…", "", int(waiting)));
        reextract();
    });
}

void MainWindow::reextract()
{
    if (!m_backend || m_import->isRunning() || !m_backend->readOnlyReason().isEmpty())
        return;
    // Over whatever asked for it: the window, or the gazetteer editor on top of it.
    QWidget *owner = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : this;
    QProgressDialog progress(tr("Re-extracting every article…"), QString(), 0, 0, owner);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QString error;
    bool ok = false;
    // Off the GUI thread: thousands of articles take a while, and the window must keep painting.
    QThread *worker = QThread::create([this, &error, &ok] { ok = m_backend->reextract(&error); });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    delete worker;
    progress.close();
    if (!ok) {
        QMessageBox::warning(owner, tr("Re-extract"), error);
        return;
    }
    reload();
    statusBar()->showMessage(tr("Re-extracted; every correction was applied again."), 8000);
}

void MainWindow::updateStatus()
{
    if (!m_status)
        return;
    const DisplayFormat &f = m_state->format();
    const Dataset &d = m_state->dataset();
    const QString sep = Counts::separator(f);
    m_status->setText(Counts::articles(d.articles.size(), f) + sep + Counts::actors(d.actors.size(), f) + sep +
                      Counts::contacts(d.events.size(), f) + sep +
                      tr("%1 shown").arg(f.number(m_state->visibleEvents().size())));
}

void MainWindow::openSource(qint64 articleId, int evidenceStart, int evidenceEnd)
{
    m_readerDock->show();
    m_readerDock->raise();
    m_reader->showArticle(articleId, evidenceStart, evidenceEnd);
}

void MainWindow::openProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                      tr("Rasad projects (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty() || !m_backend)
        return;
    QString error;
    if (!m_backend->openProject(path, &error)) {
        QMessageBox::warning(this, tr("Open project"), error);
        return;
    }
    QSettings().setValue(key("project/path"), path);
    rebuildCuration();
    reload();
    finishInterruptedExtraction();
}

void MainWindow::chooseImportFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import articles"), QString(),
                                                            tr("Articles (*.txt *.html *.htm);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void MainWindow::chooseImportFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a folder of articles"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (m_import->isRunning()) {
        QMessageBox::information(this, tr("Import"), tr("An import is already running."));
        return;
    }
    if (m_backend && m_backend->damage().isEmpty() && !m_backend->readOnlyReason().isEmpty()) {
        QMessageBox::warning(this, tr("Import"),
                             tr("This project file cannot be written; nothing was imported. Copy it to a writable "
                                "folder and open the copy.") +
                                 QStringLiteral("\n\n") + m_backend->readOnlyReason());
        return;
    }
    if (m_backend && !m_backend->damage().isEmpty()) { // a drop on the window, say: the menu items are off
        QMessageBox::warning(this, tr("Import"),
                             tr("This project file is damaged and open read-only; nothing was imported. "
                                "Use File → Recover into a new file… first.") +
                                 QStringLiteral("\n\n") + m_backend->damage());
        return;
    }
    m_import->start(paths);
}

void MainWindow::onImportFinished(const ImportReport &report)
{
    reload();
    statusBar()->showMessage(ImportReportDialog::summary(report, m_state->format()), 10000);
    if (m_showImportReport) {
        auto *dialog = new ImportReportDialog(report, this, m_state->format());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        importPaths(paths);
    }
}

ReportInfo MainWindow::timelineReportInfo() const
{
    return TimelinePicture(m_timeline).info(TimelinePicture::Range::Filter);
}

void MainWindow::exportTimeline()
{
    // Drawn afresh for the export (its own view of the filtered record), never the screen's state.
    TimelinePicture picture(m_timeline);
    auto range = [](bool screen) { return screen ? TimelinePicture::Range::Screen : TimelinePicture::Range::Filter; };
    ExportDialog::Source source;
    source.info = [&](bool screen) { return picture.info(range(screen)); };
    source.view = [&](bool screen, const QSize &size) -> QWidget * { return picture.view(range(screen), size); };
    ExportDialog dialog(m_timeline, picture.info(TimelinePicture::Range::Filter), this, source);
    dialog.exec();
}

void MainWindow::copyTimeline()
{
    TimelinePicture picture(m_timeline);
    ReportExporter exporter(m_timeline, picture.info(TimelinePicture::Range::Filter));
    exporter.setView(picture.view(TimelinePicture::Range::Filter, exporter.viewSize()));
    exporter.setPixelWidth(m_timeline->width() * 2);
    exporter.copyToClipboard();
    statusBar()->showMessage(tr("Timeline picture copied."), 4000);
}

void MainWindow::exportGraph()
{
    m_graph->exportPicture();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_presentation->isActive())
        m_presentation->setActive(false);
    QSettings settings;
    settings.setValue(key("window/geometry"), saveGeometry());
    settings.setValue(key("window/state"), saveState());
    if (m_import->isRunning()) {
        m_import->cancel();
        m_import->wait();
    }
    QMainWindow::closeEvent(event);
}

} // namespace rasad
