// The curation dialogs driven as a researcher would, on a real project file (offscreen).
#include "../common/TypeText.h"
#include "common/DateField.h"
#include "common/ExplorerState.h"
#include "common/StoreBackend.h"
#include "curation/ActorEditorDialog.h"
#include "curation/CurationPanel.h"
#include "curation/ReviewQueueModel.h"
#include "curation/Edits.h"
#include "curation/EventEditorDialog.h"
#include "curation/FuzzyDateEditor.h"
#include "curation/undo/CurationSession.h"
#include "dates/TypedDate.h"
#include "mainwindow/MainWindow.h"
#include "reader/ArticleReaderView.h"
#include "reader/DetailsPanel.h"
#include "store/Store.h"
#include "store/StoreCorrectionLog.h"
#include "timeline/TimelineView.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
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

using rasad::test::typeText;

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
    void typeAWholeDateIntoTheEventEditor_data();
    void typeAWholeDateIntoTheEventEditor();
    void eventEditorRefusesADateItCannotRead();
    void eventEditorCalendarOpensAtTheRecordsDates();
    void actorRoleDatesAreTypedAsAnywhere();
    void reviewQueueListsDiscoveredFirst();
    void eventEditorMergesSplitsAndDeletes();
    void mainWindowUndoesAndRedoesEdits();
    void mainWindowExtractsWhatAStoppedImportLeft();
    void mainWindowOffersToReloadWhatAnotherProgramChanged();
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
    m_store =
        Store::open(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch())), &error);
    QVERIFY2(m_store, qPrintable(error.message));
    for (int i = 1; i <= 2; ++i) {
        Article a;
        a.fileName = QStringLiteral("report%1.txt").arg(i);
        a.originalText = QStringLiteral("خبر رقم %1").arg(i);
        QCOMPARE(m_store->addArticle(a, &error), AddOutcome::Inserted);
    }
    QList<Actor> actors{
        person(QStringLiteral("ru-envoy"), QStringLiteral("ألكسندر لافرنتييف"), QStringLiteral("RU")),
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
    // This record stands for the extraction of both articles: the window must not extract them again.
    QVERIFY2(m_store->replaceExtraction(actors, events, &error, m_store->articles().constLast().id),
             qPrintable(error.message));
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
    // A month typed in part-of-month mode keeps the part chosen.
    QLineEdit *start = date->startField()->lineEdit();
    start->selectAll();
    QTest::keyClicks(start, QStringLiteral("October 2025"));
    QTest::keyClick(start, Qt::Key_Return);
    dialog.locationEdit()->setText(QStringLiteral("سوتشي"));
    dialog.accept();

    const Dataset editedData = m_store->loadDataset(); // kept: the event points into it
    const Event *edited = eventFrom(editedData, 1);
    QCOMPARE(edited->date.start, QDate(2025, 10, 11));
    QCOMPARE(edited->date.end, QDate(2025, 10, 20));
    QCOMPARE(edited->date.granularity, Granularity::PartOfMonth);
    QCOMPARE(edited->dateSource, DateSource::User);
    QCOMPARE(edited->location, QStringLiteral("سوتشي"));
    QCOMPARE(session.undoStack()->count(), 1); // date and place: one undo step

    session.undoStack()->undo();
    const Dataset restoredData = m_store->loadDataset(); // kept: the event points into it
    const Event *restored = eventFrom(restoredData, 1);
    QCOMPARE(restored->date.start, QDate(2025, 9, 1));
    QCOMPARE(restored->date.granularity, Granularity::Month);
    QVERIFY(restored->location.isEmpty());
}

void CurationUiTest::typeAWholeDateIntoTheEventEditor_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<Granularity>("granularity");
    const QDate oct1(2025, 10, 1);
    QTest::newRow("iso") << QStringLiteral("2025-10-01") << oct1 << oct1 << Granularity::Day;
    QTest::newRow("day first") << QStringLiteral("1/10/2025") << oct1 << oct1 << Granularity::Day;
    QTest::newRow("levantine, arabic digits")
        << QStringLiteral("١ تشرين الأول ٢٠٢٥") << oct1 << oct1 << Granularity::Day;
    QTest::newRow("a month") << QStringLiteral("October 2025") << oct1 << QDate(2025, 10, 31) << Granularity::Month;
    QTest::newRow("an arabic month") << QStringLiteral("تشرين الأول ٢٠٢٥") << oct1 << QDate(2025, 10, 31)
                                     << Granularity::Month;
    QTest::newRow("a year") << QStringLiteral("٢٠٢٤") << QDate(2024, 1, 1) << QDate(2024, 12, 31) << Granularity::Year;
}

void CurationUiTest::typeAWholeDateIntoTheEventEditor()
{
    QFETCH(QString, typed);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(Granularity, granularity);
    StoreCorrectionLog log(*m_store);
    CurationSession session(log);
    const qint64 id = eventFrom(session.dataset(), 2)->id; // the undated call
    EventEditorDialog dialog(session, id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    FuzzyDateEditor *date = dialog.dateEditor();
    QCOMPARE(date->mode(), FuzzyDateEditor::Unknown);
    QLineEdit *text = date->startField()->lineEdit();
    text->setFocus();
    typeText(text, typed);
    QTest::keyClick(text, Qt::Key_Return);
    QVERIFY(dialog.isVisible()); // Enter read the date; it did not close the dialog unseen
    // The typed precision chose the mode, and the field shows what was understood.
    QCOMPARE(date->value().granularity, granularity);
    QCOMPARE(text->text(), date->startField()->format().fuzzyDate(date->value()));
    QCOMPARE(parseTypedDate(text->text()).value.start, start);
    dialog.accept();

    const Dataset editedData = m_store->loadDataset(); // kept: the event points into it
    const Event *edited = eventFrom(editedData, 2);
    QCOMPARE(edited->date.start, start);
    QCOMPARE(edited->date.end, end);
    QCOMPARE(edited->date.granularity, granularity);
    QCOMPARE(edited->dateSource, DateSource::User);
}

void CurationUiTest::eventEditorRefusesADateItCannotRead()
{
    StoreCorrectionLog log(*m_store);
    CurationSession session(log);
    const qint64 id = eventFrom(session.dataset(), 1)->id;
    EventEditorDialog dialog(session, id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    FuzzyDateEditor *date = dialog.dateEditor();
    QLineEdit *text = date->startField()->lineEdit();
    text->setFocus();
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("31/2/2025"));
    QTest::keyClick(text, Qt::Key_Return);
    QVERIFY(!date->isAcceptable());
    QCOMPARE(text->text(), QStringLiteral("31/2/2025")); // kept, to be corrected
    QCOMPARE(date->value().start, QDate(2025, 9, 1));    // the event's date still stands

    // OK says the date cannot be read and stays open; nothing is saved.
    bool warned = false;
    QTimer::singleShot(0, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            warned = true;
            box->close();
        }
    });
    dialog.accept();
    QVERIFY(warned);
    QVERIFY(dialog.isVisible());
    QCOMPARE(session.undoStack()->count(), 0);
    QCOMPARE(eventFrom(m_store->loadDataset(), 1)->date.granularity, Granularity::Month);
}

void CurationUiTest::eventEditorCalendarOpensAtTheRecordsDates()
{
    StoreCorrectionLog log(*m_store);
    CurationSession session(log);
    // An undated contact whose report gives no date: at the record's latest contact (September 2025).
    EventEditorDialog undated(session, eventFrom(session.dataset(), 2)->id);
    undated.show();
    QVERIFY(QTest::qWaitForWindowExposed(&undated));
    DateField *field = undated.dateEditor()->startField();
    QTest::mouseClick(field->calendarButton(), Qt::LeftButton);
    QTRY_VERIFY(field->calendar()->isVisible());
    QCOMPARE(field->calendar()->yearShown(), 2025);
    QCOMPARE(field->calendar()->monthShown(), 9);
    // A day picked there becomes the contact's day.
    Q_EMIT field->calendar()->clicked(QDate(2025, 9, 17));
    QVERIFY(!field->calendar()->isVisible());
    QCOMPARE(undated.dateEditor()->mode(), FuzzyDateEditor::Day);
    QCOMPARE(undated.dateEditor()->value().start, QDate(2025, 9, 17));
    undated.reject();

    // A dated contact: at its own date, once retyped at that date.
    EventEditorDialog dated(session, eventFrom(session.dataset(), 1)->id);
    dated.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dated));
    DateField *own = dated.dateEditor()->startField();
    own->lineEdit()->setFocus();
    own->lineEdit()->selectAll();
    QTest::keyClicks(own->lineEdit(), QStringLiteral("3/1/2024"));
    QTest::keyClick(own->lineEdit(), Qt::Key_Return);
    QTest::mouseClick(own->calendarButton(), Qt::LeftButton);
    QTRY_VERIFY(own->calendar()->isVisible());
    QCOMPARE(own->calendar()->yearShown(), 2024);
    QCOMPARE(own->calendar()->monthShown(), 1);
    own->calendar()->hide();
    dated.reject();
}

void CurationUiTest::actorRoleDatesAreTypedAsAnywhere()
{
    StoreCorrectionLog log(*m_store);
    CurationSession session(log);
    const qint64 id = actorId(session.dataset(), QStringLiteral("sy-fm"));
    ActorEditorDialog dialog(session, id);
    QTableWidget *roles = dialog.rolesTable();
    const int row = roles->rowCount();
    roles->insertRow(row);
    const QStringList cells{QStringLiteral("وزير الخارجية"), QString(), QStringLiteral("SY"),
                            QStringLiteral("1/10/2024"), QStringLiteral("شباط ٢٠٢٥")};
    for (int c = 0; c < cells.size(); ++c)
        roles->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    dialog.accept();
    const Dataset saved = m_store->loadDataset();
    const Actor *a = saved.actor(id);
    QVERIFY(a);
    QCOMPARE(a->roles.size(), 1);
    QCOMPARE(a->roles.first().from, QDate(2024, 10, 1)); // day first
    QCOMPARE(a->roles.first().to, QDate(2025, 2, 28));   // a month "to": its last day
}

void CurationUiTest::reviewQueueListsDiscoveredFirst()
{
    StoreCorrectionLog log(*m_store);
    CurationSession session(log);
    CurationPanel panel(session);
    QTableView *queue = panel.queue();
    QAbstractItemModel *rows = queue->model();
    QVERIFY(rows->rowCount() >= 3);
    QCOMPARE(rows->index(0, 1).data().toString(), QStringLiteral("لافرينتيف"));
    QVERIFY(rows->index(1, 2).data().toString().contains(QStringLiteral("no date"))); // the undated, least confident event
    // The filter keeps the rows that mention what is typed, in any column.
    const int all = panel.queueSize();
    panel.queueFilter()->setText(QStringLiteral("لافرينتيف"));
    QVERIFY(panel.queueSize() >= 1 && panel.queueSize() < all);
    for (int row = 0; row < panel.queueSize(); ++row)
        QVERIFY(rows->index(row, 1).data().toString().contains(QStringLiteral("لافرينتيف")));
    panel.queueFilter()->clear();
    QCOMPARE(panel.queueSize(), all);
    // Sorting by a column and back to the queue's own order (no sort column) keeps the most urgent first.
    queue->sortByColumn(2, Qt::AscendingOrder);
    queue->sortByColumn(-1, Qt::AscendingOrder);
    QCOMPARE(rows->index(0, 1).data().toString(), QStringLiteral("لافرينتيف"));
    // Verifying takes it off the queue, and the history shows the correction.
    queue->setCurrentIndex(rows->index(0, 0));
    const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
    auto *verify = panel.findChildren<QPushButton *>().at(1);
    QTest::mouseClick(verify, Qt::LeftButton);
    QCOMPARE(rows->index(0, 0).data().toString(), ReviewQueueModel::tr("Event"));
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
    QVERIFY(window.state()->eventById(id)->verified);
    QCOMPARE(window.state()->selectedEvent(), id); // the edit keeps the selection
    QVERIFY(window.undoAction()->isEnabled());
    const QString stepName = window.curation()->undoStack()->undoText();
    QVERIFY(!stepName.isEmpty());
    QVERIFY(window.undoAction()->text().contains(stepName)); // the menu names the step it undoes
    QVERIFY(window.details()->currentHtml().contains(QStringLiteral("edit-event:%1").arg(id)));

    window.undoAction()->trigger();
    QVERIFY(!window.state()->eventById(id)->verified);
    QVERIFY(!eventFrom(m_store->loadDataset(), 1)->verified);
    QVERIFY(window.redoAction()->isEnabled());
    window.redoAction()->trigger();
    QVERIFY(window.state()->eventById(id)->verified);
    QVERIFY(eventFrom(m_store->loadDataset(), 1)->verified);
}

void CurationUiTest::mainWindowExtractsWhatAStoppedImportLeft()
{
    // An import killed after storing an article and before extracting it: opening the project extracts it.
    StoreError error;
    Article late;
    late.fileName = QStringLiteral("late.txt");
    late.originalText = QStringLiteral("استقبل وزير الخارجية السوري سامر الخطيب في دمشق اليوم نائب وزير الخارجية "
                                       "الروسي ميخائيل أندرييف.");
    late.published = QDate(2025, 11, 4);
    QCOMPARE(m_store->addArticle(late, &error), AddOutcome::Inserted);
    QCOMPARE(m_store->articlesAwaitingExtraction(), 1);
    StoreBackend backend(m_store->path());
    QString why;
    QVERIFY2(backend.open(&why), qPrintable(why));
    MainWindow window(&backend);
    QTRY_COMPARE(m_store->articlesAwaitingExtraction(), 0);
    QTRY_VERIFY(std::any_of(window.state()->dataset().events.cbegin(), window.state()->dataset().events.cend(),
                            [](const Event &e) { return e.date.start == QDate(2025, 11, 4); }));
}

void CurationUiTest::mainWindowOffersToReloadWhatAnotherProgramChanged()
{
    StoreBackend backend(m_store->path());
    QString why;
    QVERIFY2(backend.open(&why), qPrintable(why));
    MainWindow window(&backend);
    window.resize(1200, 800);
    window.show();
    window.checkForOutsideChanges();
    QVERIFY(window.changedBar()->isHidden()); // nothing changed yet
    // The window's own edit goes through its own connection: not an outside change.
    window.state()->selectEvent(eventFrom(window.state()->dataset(), 1)->id);
    window.timeline()->showRange(QDate(2025, 8, 1), QDate(2025, 10, 31));
    const QDate shownFrom = window.timeline()->visibleStart(), shownTo = window.timeline()->visibleEnd();
    const qint64 selected = window.state()->selectedEvent();

    // rasad-cli, say, adds an article through a connection of its own.
    {
        StoreError error;
        auto other = Store::open(m_store->path(), &error);
        QVERIFY(other);
        Article a;
        a.fileName = QStringLiteral("outside.txt");
        a.originalText = QStringLiteral("خبر من برنامج آخر");
        QCOMPARE(other->addArticle(a, &error), AddOutcome::Inserted);
    }
    window.checkForOutsideChanges();
    QVERIFY(!window.changedBar()->isHidden());
    QCOMPARE(window.state()->dataset().articles.size(), 2); // nothing reloaded behind the user's back
    QTest::mouseClick(window.changedReloadButton(), Qt::LeftButton);
    QVERIFY(window.changedBar()->isHidden());
    QCOMPARE(window.state()->dataset().articles.size(), 3);
    // The view as it was: the same dates on screen, the same contact selected.
    QCOMPARE(window.timeline()->visibleStart(), shownFrom);
    QCOMPARE(window.timeline()->visibleEnd(), shownTo);
    QCOMPARE(window.state()->selectedEvent(), selected);
    window.checkForOutsideChanges();
    QVERIFY(window.changedBar()->isHidden());
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
    const Event *e = window.state()->eventById(made);
    QCOMPARE(e->sources.size(), 1);
    QCOMPARE(e->sources.first().articleId, 2);
    QCOMPARE(e->sources.first().start, 4);
    QCOMPARE(e->sources.first().end, 9);
    QCOMPARE(e->sources.first().evidence, QStringLiteral("رقم 2"));
    QCOMPARE(window.createEventFromSpan(2, 5, 5, false), 0);   // an empty selection makes nothing
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
    const Event *fromReader = window.state()->eventById(window.state()->selectedEvent());
    QVERIFY(fromReader);
    QCOMPARE(fromReader->sources.first().articleId, 1);
    QCOMPARE(fromReader->sources.first().evidence, QStringLiteral("خبر"));
    window.undoAction()->trigger();

    // Re-extraction from the Edit menu keeps the hand-made contact.
    window.reextract();
    const Dataset after = window.state()->dataset();
    QVERIFY(std::any_of(after.events.cbegin(), after.events.cend(), [](const Event &ev) {
        return ev.sources.size() == 1 && ev.sources.first().articleId == 2 && ev.sources.first().start == 4 &&
               ev.sources.first().end == 9;
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
    QVERIFY(window.reviewPanel()->queueSize() >= 3);
    bool dataExport = false;
    for (QAction *a : window.exportMenu()->actions())
        dataExport = dataExport || a->text().contains(QStringLiteral("GEXF"));
    QVERIFY(dataExport);

    // An actor edit through the session shows in the window at once, and the history follows the selection.
    const qint64 actor = actorId(window.state()->dataset(), QStringLiteral("sy-fm"));
    window.state()->selectActor(actor);
    QVERIFY(window.curation()->apply(edits::noteActor(window.curation()->dataset(), actor, QStringLiteral("تحقق"))));
    QCOMPARE(window.state()->actorById(actor)->note, QStringLiteral("تحقق"));
    QVERIFY(window.details()->currentHtml().contains(QStringLiteral("تحقق")));
    QCOMPARE(window.reviewPanel()->history()->count(), 1);
}

QTEST_MAIN(CurationUiTest)
#include "tst_curation_ui.moc"
