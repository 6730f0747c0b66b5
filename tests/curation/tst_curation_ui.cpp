// The curation dialogs driven as a researcher would, on a real project file (offscreen).
#include "curation/ActorEditorDialog.h"
#include "curation/CurationPanel.h"
#include "curation/EventEditorDialog.h"
#include "curation/Edits.h"
#include "curation/FuzzyDateEditor.h"
#include "curation/undo/CurationSession.h"
#include "common/ExplorerState.h"
#include "common/StoreBackend.h"
#include "mainwindow/MainWindow.h"
#include "reader/ArticleReaderView.h"
#include "reader/DetailsPanel.h"
#include "store/Store.h"
#include "store/StoreCorrectionLog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace rasad;

namespace {

Actor person(const QString &key, const QString &name, const QString &country, bool discovered = false)
{
    Actor a;
    a.key = key;
    a.name = name;
    a.country = country;
    a.discovered = discovered;
    return a;
}

const Event *eventFrom(const Dataset &d, qint64 article)
{
    for (const Event &e : d.events)
        for (const EventSource &s : e.sources)
            if (s.articleId == article)
                return &e;
    return nullptr;
}

qint64 actorId(const Dataset &d, const QString &key)
{
    for (const Actor &a : d.actors)
        if (a.key == key)
            return a.id;
    return 0;
}

} // namespace

class CurationUiTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void mergeTwoActorsFromTheActorEditor();
    void editAnEventDateFromTheEventEditor();
    void reviewQueueListsDiscoveredFirst();
    void eventEditorMergesSplitsAndDeletes();
    void mainWindowUndoesAndRedoesEdits();
    void mainWindowMakesAnEventFromAReaderSelection();
    void mainWindowOffersEditingAndDataExport();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void CurationUiTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // no real settings or gazetteer files touched
    QCoreApplication::setOrganizationName(QStringLiteral("RasadCurationTest"));
    QSettings().clear();
}

void CurationUiTest::init()
{
    StoreError error;
    m_store = Store::open(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch())), &error);
    QVERIFY2(m_store, qPrintable(error.message));
    for (int i = 1; i <= 2; ++i) {
        Article a;
        a.fileName = QStringLiteral("report%1.txt").arg(i);
        a.originalText = QStringLiteral("خبر رقم %1").arg(i);
        QCOMPARE(m_store->addArticle(a, &error), AddOutcome::Inserted);
    }
    QList<Actor> actors{person(QStringLiteral("ru-envoy"), QStringLiteral("ألكسندر لافرنتييف"), QStringLiteral("RU")),
                        person(QStringLiteral("discovered:lavrentiev"), QStringLiteral("لافرينتيف"), QStringLiteral("RU"), true),
                        person(QStringLiteral("sy-fm"), QStringLiteral("وزير الخارجية السوري"), QStringLiteral("SY"))};
    Event first;
    first.type = EventType::Meeting;
    first.date = FuzzyDate{QDate(2025, 9, 1), QDate(2025, 9, 30), Granularity::Month, {}, QStringLiteral("أيلول")};
    first.participants = {{0, {}}, {2, {}}};
    first.confidence = 0.8;
    first.sources = {EventSource{1, QStringLiteral("report1.txt"), 0, 8, QStringLiteral("خبر رقم 1"), 0.8, first.date}};
    Event second;
    second.type = EventType::Call;
    second.participants = {{1, {}}, {2, {}}};
    second.confidence = 0.3;
    second.sources = {EventSource{2, QStringLiteral("report2.txt"), 0, 8, QStringLiteral("خبر رقم 2"), 0.3, {}}};
    QList<Event> events{first, second};
    QVERIFY2(m_store->replaceExtraction(actors, events, &error), qPrintable(error.message));
}

void CurationUiTest::cleanup()
{
    m_store.reset();
}

void CurationUiTest::mergeTwoActorsFromTheActorEditor()
{
    StoreCorrectionLog log(*m_store);
    CurationSession session(log);
    const qint64 keep = actorId(session.dataset(), QStringLiteral("ru-envoy"));
    const qint64 duplicate = actorId(session.dataset(), QStringLiteral("discovered:lavrentiev"));
    QCOMPARE(session.dataset().actors.size(), 3);

    ActorEditorDialog dialog(session, keep);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QComboBox *combo = dialog.mergeCombo();
    combo->setCurrentIndex(combo->findData(duplicate));
    QVERIFY(combo->currentIndex() >= 0);
    auto *mergeButton = dialog.findChild<QPushButton *>(QStringLiteral("mergeButton"));
    QVERIFY(mergeButton);
    QTest::mouseClick(mergeButton, Qt::LeftButton);
    dialog.accept();

    // In the session and in the file: one actor, holding the other's spelling and its call.
    const Dataset merged = m_store->loadDataset();
    QCOMPARE(merged.actors.size(), 2);
    QVERIFY(merged.actor(keep)->aliases.contains(QStringLiteral("لافرينتيف")));
    const Event *call = eventFrom(merged, 2);
    QVERIFY(std::any_of(call->participants.cbegin(), call->participants.cend(),
                        [&](const Participant &p) { return p.actorId == keep; }));
    QCOMPARE(session.dataset().actors.size(), 2);

    session.undoStack()->undo();
    QCOMPARE(m_store->loadDataset().actors.size(), 3);
    session.undoStack()->redo();
    QCOMPARE(m_store->loadDataset().actors.size(), 2);
}

void CurationUiTest::editAnEventDateFromTheEventEditor()
{
    StoreCorrectionLog log(*m_store);
    CurationSession session(log);
    const qint64 id = eventFrom(session.dataset(), 1)->id;
    EventEditorDialog dialog(session, id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    FuzzyDateEditor *date = dialog.dateEditor();
    QCOMPARE(date->mode(), FuzzyDateEditor::Month);
    date->setMode(FuzzyDateEditor::PartOfMonth);
    date->setPart(FuzzyDateEditor::Middle);
    date->findChild<QDateEdit *>(QStringLiteral("dateStart"))->setDate(QDate(2025, 10, 3));
    dialog.locationEdit()->setText(QStringLiteral("سوتشي"));
    dialog.accept();

    const Event *edited = eventFrom(m_store->loadDataset(), 1);
    QCOMPARE(edited->date.start, QDate(2025, 10, 11));
    QCOMPARE(edited->date.end, QDate(2025, 10, 20));
    QCOMPARE(edited->date.granularity, Granularity::PartOfMonth);
    QCOMPARE(edited->dateSource, DateSource::User);
    QCOMPARE(edited->location, QStringLiteral("سوتشي"));
    QCOMPARE(session.undoStack()->count(), 1); // date and place: one undo step

    session.undoStack()->undo();
    const Event *restored = eventFrom(m_store->loadDataset(), 1);
    QCOMPARE(restored->date.start, QDate(2025, 9, 1));
    QCOMPARE(restored->date.granularity, Granularity::Month);
    QVERIFY(restored->location.isEmpty());
}

void CurationUiTest::reviewQueueListsDiscoveredFirst()
{
    StoreCorrectionLog log(*m_store);
    CurationSession session(log);
    CurationPanel panel(session);
    QTableWidget *queue = panel.queue();
    QVERIFY(queue->rowCount() >= 3);
    QCOMPARE(queue->item(0, 1)->text(), QStringLiteral("لافرينتيف"));
    QVERIFY(queue->item(1, 2)->text().contains(QStringLiteral("no date"))); // the undated, least confident event
    // Verifying takes it off the queue, and the history shows the correction.
    queue->setCurrentCell(0, 0);
    const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
    auto *verify = panel.findChildren<QPushButton *>().at(1);
    QTest::mouseClick(verify, Qt::LeftButton);
    QCOMPARE(queue->item(0, 0)->text(), panel.tr("Event"));
    QVERIFY(panel.exportAuditLog(path));
    QFile audit(path);
    QVERIFY(audit.open(QIODevice::ReadOnly));
    QVERIFY(audit.readAll().contains("verify,actor:discovered:lavrentiev"));
}

void CurationUiTest::eventEditorMergesSplitsAndDeletes()
{
    StoreCorrectionLog log(*m_store);
    CurationSession session(log);
    const qint64 keep = eventFrom(session.dataset(), 1)->id;
    const qint64 other = eventFrom(session.dataset(), 2)->id;
    EventEditorDialog dialog(session, keep);
    QCOMPARE(dialog.sourceList()->count(), 1);
    QVERIFY(!dialog.mergeChosen()); // nothing chosen yet
    dialog.mergeCombo()->setCurrentIndex(dialog.mergeCombo()->findData(other));
    QVERIFY(dialog.mergeChosen());
    QCOMPARE(m_store->loadDataset().events.size(), 1);
    QCOMPARE(dialog.sourceList()->count(), 2); // the dialog shows the merged event's sources

    dialog.sourceList()->setCurrentRow(1);
    QVERIFY(dialog.splitSelectedSource());
    QCOMPARE(m_store->loadDataset().events.size(), 2);
    QCOMPARE(dialog.sourceList()->count(), 1);

    QVERIFY(dialog.deleteEvent(false));
    const Dataset afterDelete = m_store->loadDataset();
    QCOMPARE(afterDelete.events.size(), 1);
    QCOMPARE(eventFrom(afterDelete, 1), nullptr);

    QCOMPARE(session.undoStack()->count(), 3); // merge, split, delete: one step each
    session.undoStack()->undo();
    QCOMPARE(m_store->loadDataset().events.size(), 2);
    session.undoStack()->undo();
    session.undoStack()->undo();
    const Dataset restored = m_store->loadDataset();
    QCOMPARE(restored.events.size(), 2);
    QCOMPARE(eventFrom(restored, 1)->sources.size(), 1);
    QCOMPARE(eventFrom(restored, 2)->sources.size(), 1);
}

void CurationUiTest::mainWindowUndoesAndRedoesEdits()
{
    const QString path = m_store->path();
    StoreBackend backend(path);
    QString error;
    QVERIFY2(backend.open(&error), qPrintable(error));
    MainWindow window(&backend);
    QVERIFY(window.curation());
    QVERIFY(!window.undoAction()->isEnabled());

    // Mark the selected contact verified from the Edit menu (Ctrl+K), as a researcher would.
    const qint64 id = eventFrom(window.state()->dataset(), 1)->id;
    window.state()->selectEvent(id);
    QAction *verify = nullptr;
    for (QAction *a : window.editMenu()->actions())
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_K))
            verify = a;
    QVERIFY(verify);
    verify->trigger();
    QVERIFY(window.state()->event(id)->verified);
    QCOMPARE(window.state()->selectedEvent(), id); // the edit keeps the selection
    QVERIFY(window.undoAction()->isEnabled());
    const QString stepName = window.curation()->undoStack()->undoText();
    QVERIFY(!stepName.isEmpty());
    QVERIFY(window.undoAction()->text().contains(stepName)); // the menu names the step it undoes
    QVERIFY(window.details()->currentHtml().contains(QStringLiteral("edit-event:%1").arg(id)));

    window.undoAction()->trigger();
    QVERIFY(!window.state()->event(id)->verified);
    QVERIFY(!eventFrom(m_store->loadDataset(), 1)->verified);
    QVERIFY(window.redoAction()->isEnabled());
    window.redoAction()->trigger();
    QVERIFY(window.state()->event(id)->verified);
    QVERIFY(eventFrom(m_store->loadDataset(), 1)->verified);
}

void CurationUiTest::mainWindowMakesAnEventFromAReaderSelection()
{
    StoreBackend backend(m_store->path());
    QString error;
    QVERIFY2(backend.open(&error), qPrintable(error));
    MainWindow window(&backend);
    const int before = int(window.state()->dataset().events.size());

    // "رقم 2" in the second report: characters 4–9.
    const qint64 made = window.createEventFromSpan(2, 4, 9, false);
    QVERIFY(made != 0);
    QCOMPARE(window.state()->dataset().events.size(), before + 1);
    QCOMPARE(window.state()->selectedEvent(), made);
    const Event *e = window.state()->event(made);
    QCOMPARE(e->sources.size(), 1);
    QCOMPARE(e->sources.first().articleId, 2);
    QCOMPARE(e->sources.first().start, 4);
    QCOMPARE(e->sources.first().end, 9);
    QCOMPARE(e->sources.first().evidence, QStringLiteral("رقم 2"));
    QCOMPARE(window.createEventFromSpan(2, 5, 5, false), 0); // an empty selection makes nothing
    QCOMPARE(window.createEventFromSpan(2, 4, 900, false), 0); // nor a span past the text

    // The same from the reader, as a researcher does it: select a passage, right-click, choose the action
    // (the event editor that opens is closed at once).
    window.openSource(1, 0, 0);
    QTextCursor selection(window.reader()->textView()->document());
    selection.setPosition(0);
    selection.setPosition(3, QTextCursor::KeepAnchor);
    window.reader()->textView()->setTextCursor(selection);
    Q_EMIT window.reader()->textView()->customContextMenuRequested(QPoint(5, 5));
    QAction *fromSelection = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *menu = qobject_cast<QMenu *>(w); menu && menu->isVisible())
            fromSelection = menu->findChild<QAction *>(QStringLiteral("newContactFromSelection"));
    QVERIFY(fromSelection);
    QVERIFY(fromSelection->isEnabled());
    QTimer::singleShot(0, [] {
        if (QWidget *editor = QApplication::activeModalWidget())
            editor->close();
    });
    fromSelection->trigger();
    const Event *fromReader = window.state()->event(window.state()->selectedEvent());
    QVERIFY(fromReader);
    QCOMPARE(fromReader->sources.first().articleId, 1);
    QCOMPARE(fromReader->sources.first().evidence, QStringLiteral("خبر"));
    window.undoAction()->trigger();

    // Re-extraction from the Edit menu keeps the hand-made contact.
    window.reextract();
    const Dataset after = window.state()->dataset();
    QVERIFY(std::any_of(after.events.cbegin(), after.events.cend(), [](const Event &ev) {
        return ev.sources.size() == 1 && ev.sources.first().articleId == 2 && ev.sources.first().start == 4
               && ev.sources.first().end == 9;
    }));
    window.undoAction()->trigger();
    QCOMPARE(window.state()->dataset().events.size(), after.events.size() - 1);
}

void CurationUiTest::mainWindowOffersEditingAndDataExport()
{
    StoreBackend backend(m_store->path());
    QString error;
    QVERIFY2(backend.open(&error), qPrintable(error));
    MainWindow window(&backend);
    QStringList editTexts;
    for (QAction *a : window.editMenu()->actions())
        if (!a->isSeparator()) {
            editTexts.append(a->text());
            if (a != window.undoAction() && a != window.redoAction())
                QVERIFY2(a->isEnabled(), qPrintable(a->text()));
        }
    QVERIFY(editTexts.size() >= 7);
    QVERIFY(window.reviewPanel());
    QVERIFY(window.reviewPanel()->queue()->rowCount() >= 3);
    bool dataExport = false;
    for (QAction *a : window.exportMenu()->actions())
        dataExport = dataExport || a->text().contains(QStringLiteral("GEXF"));
    QVERIFY(dataExport);

    // An actor edit through the session shows in the window at once, and the history follows the selection.
    const qint64 actor = actorId(window.state()->dataset(), QStringLiteral("sy-fm"));
    window.state()->selectActor(actor);
    QVERIFY(window.curation()->apply(edits::noteActor(window.curation()->dataset(), actor, QStringLiteral("تحقق"))));
    QCOMPARE(window.state()->actor(actor)->note, QStringLiteral("تحقق"));
    QVERIFY(window.details()->currentHtml().contains(QStringLiteral("تحقق")));
    QCOMPARE(window.reviewPanel()->history()->count(), 1);
}

QTEST_MAIN(CurationUiTest)
#include "tst_curation_ui.moc"
