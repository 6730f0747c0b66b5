#pragma once

#include "export/ReportInfo.h"
#include "model/Dataset.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QPushButton;
class QTimer;
class QToolBar;

namespace rasad {

class ActorGraphView;
class ArticleReaderView;
class ContactsTableView;
class CurationPanel;
class CurationSession;
class DetailsPanel;
class ExplorerState;
class FilterBar;
class ImportController;
class LanguageManager;
class PresentationMode;
class ProjectBackend;
class StatsPanel;
class TimelineView;
struct ImportReport;

/**
 * The explorer window: the filter bar and the timeline in the middle; the actor graph, the contacts
 * table, the statistics, the details and the article reader in docks. Arabic and right-to-left by default,
 * English on request; language, month names, digits, lanes and the window layout are remembered.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /** `language` may be null: the window then makes its own LanguageManager. */
    MainWindow(ProjectBackend *backend, LanguageManager *language = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    ExplorerState *state() const { return m_state; }
    TimelineView *timeline() const { return m_timeline; }
    FilterBar *filterBar() const { return m_filterBar; }
    DetailsPanel *details() const { return m_details; }
    ArticleReaderView *reader() const { return m_reader; }
    ImportController *importer() const { return m_import; }
    PresentationMode *presentation() const { return m_presentation; }
    ActorGraphView *graphView() const { return m_graph; }
    StatsPanel *statsView() const { return m_stats; }
    ContactsTableView *contactsTable() const { return m_contacts; }
    QDockWidget *contactsDock() const { return m_contactsDock; }
    QMenu *exportMenu() const { return m_exportMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    /** The warning over the views when the project file is damaged or could not be read whole. */
    QLabel *problemBanner() const { return m_problemBanner; }
    QWidget *changedBar() const { return m_changedBar; }
    QPushButton *changedReloadButton() const { return m_changedReload; }
    /** Looks whether another program changed the project (the watch timer calls it every two seconds). */
    void checkForOutsideChanges();
    QAction *importFilesAction() const { return m_importFilesAction; }
    QAction *recoverAction() const { return m_recoverAction; }
    QAction *reextractAction() const { return m_reextractAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *exportTimelineAction() const { return m_exportTimelineAction; }
    QAction *findAction() const { return m_findAction; }
    QAction *resetLayoutAction() const { return m_resetLayoutAction; }
    QDockWidget *graphDock() const { return m_graphDock; }
    QDockWidget *detailsDock() const { return m_detailsDock; }
    QDockWidget *readerDock() const { return m_readerDock; }
    QDockWidget *statsDock() const { return m_statsDock; }

    /**
     * The panels Ctrl+Tab and F6 step through, in order: the filter bar, the timeline, then each dock
     * shown in front (a dock tabbed behind another is skipped; Ctrl+1…7 bring it forward).
     */
    QList<QWidget *> panelOrder() const;
    /** Moves the keyboard focus to the next (`direction` > 0) or previous panel, wrapping round. */
    void focusNextPanel(int direction);
    /** View → Reset layout: the docks where they are on a first start, with its proportions. */
    void resetLayout();
    /** The researcher's editing session; null when the backend keeps no corrections. */
    CurationSession *curation() const { return m_session; }
    CurationPanel *reviewPanel() const { return m_review; }
    /** The report dialog after an import; off for tests that check the report themselves. */
    void setShowImportReport(bool show) { m_showImportReport = show; }

    /** Reads the dataset from the backend again. */
    void reload();
    /** "ar" or "en": translators, direction, fonts and every view's texts. */
    void setLanguage(const QString &language);
    QString language() const;
    void importPaths(const QStringList &paths);
    /** Shows an event source in the reader with its evidence marked. */
    void openSource(qint64 articleId, int evidenceStart, int evidenceEnd);

    /** Title, shown date range, legend and sources for a timeline picture, in the interface language. */
    ReportInfo timelineReportInfo() const;

    /** Curation: modal editors on one event or actor (no-ops when the project cannot be corrected). */
    void editEvent(qint64 eventId);
    void editActor(qint64 actorId);
    /**
     * Makes a contact from a passage of an article the extractor missed, linked to that span, and
     * selects it; the event editor opens on it when `openEditor`. Returns its id, 0 when it failed.
     */
    qint64 createEventFromSpan(qint64 articleId, int start, int end, bool openEditor = true);
    /** Re-runs extraction over every article (after a gazetteer change); corrections are re-applied. */
    void reextract();
    /** Extracts what an import stopped before its end left unextracted, once the window is up. */
    void finishInterruptedExtraction();
    /** The shared gazetteer: people, aliases, roles, places; export and import for a research team. */
    void editGazetteer();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildDocks();
    void buildActions();
    /** The first-start proportions of the docks, from the window's size now. */
    void shareOutDocks();
    /** Shows and raises a panel's dock and gives the panel the keyboard focus. */
    void focusPanel(QWidget *panel);
    void retranslate();
    /** Shows or hides the banner and allows or forbids every write, from what the backend says now. */
    void updateStoreProblem();
    /** File → Recover into a new file…: what is readable of a damaged project, copied, then opened. */
    void recoverProject();
    void restoreSettings();
    void applyDisplaySettings();
    void onImportFinished(const ImportReport &report);
    void openProject();
    void chooseImportFiles();
    void chooseImportFolder();
    void exportTimeline();
    void copyTimeline();
    void exportGraph();
    void updateStatus();
    void showDataset(Dataset dataset);
    void rebuildCuration();
    void updateUndoTexts();
    void editSelection();
    void verifySelection();
    void newActor();

    ProjectBackend *m_backend;
    LanguageManager *m_language;
    ExplorerState *m_state;
    FilterBar *m_filterBar = nullptr;
    TimelineView *m_timeline = nullptr;
    DetailsPanel *m_details = nullptr;
    ArticleReaderView *m_reader = nullptr;
    ActorGraphView *m_graph = nullptr;
    StatsPanel *m_stats = nullptr;
    ContactsTableView *m_contacts = nullptr;
    ImportController *m_import = nullptr;
    PresentationMode *m_presentation = nullptr;
    bool m_showImportReport = true;
    CurationSession *m_session = nullptr;
    CurationPanel *m_review = nullptr;

    QDockWidget *m_graphDock = nullptr;
    QDockWidget *m_statsDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_readerDock = nullptr;
    QDockWidget *m_reviewDock = nullptr;
    QDockWidget *m_contactsDock = nullptr;
    QToolBar *m_timelineBar = nullptr;
    QComboBox *m_laneBox = nullptr;
    QLabel *m_laneLabel = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_problemBanner = nullptr; // over the views while the project file is damaged or read badly
    QWidget *m_changedBar = nullptr;   // another program changed the project: offers to reload
    QLabel *m_changedText = nullptr;
    QPushButton *m_changedReload = nullptr;
    QTimer *m_changeWatch = nullptr; // polls PRAGMA data_version (cheap: no file read)

    QMenu *m_fileMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_monthMenu = nullptr;
    QMenu *m_digitsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_recoverAction = nullptr;
    QAction *m_exportTimelineAction = nullptr;
    QAction *m_copyTimelineAction = nullptr;
    QAction *m_exportGraphAction = nullptr;
    QAction *m_exportDataAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_editSelectionAction = nullptr;
    QAction *m_verifyAction = nullptr;
    QAction *m_deleteEventAction = nullptr;
    QAction *m_newActorAction = nullptr;
    QAction *m_reextractAction = nullptr;
    QAction *m_gazetteerAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_zoomSelectionAction = nullptr;
    QAction *m_presentAction = nullptr;
    QAction *m_arabicAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_levantineAction = nullptr;
    QAction *m_gregorianAction = nullptr;
    QAction *m_arabicDigitsAction = nullptr;
    QAction *m_latinDigitsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_nextPanelAction = nullptr;
    QAction *m_previousPanelAction = nullptr;
    QMenu *m_goToMenu = nullptr;
    QList<QAction *> m_goToActions; // timeline, then the docks in View-menu order
    QByteArray m_defaultLayout;     // saveState() of the docks as built, for Reset layout
};

} // namespace rasad
