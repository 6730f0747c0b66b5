// An edit and its undo keep the researcher's view: the timeline's scale and scroll, the selection and
// the graph's pinned nodes stay, and the views hear which records changed instead of a full reload.
#include "FakeBackend.h"

#include "common/ExplorerState.h"
#include "curation/CorrectionLog.h"
#include "curation/Edits.h"
#include "curation/undo/CurationSession.h"
#include "graph/ActorGraphView.h"
#include "mainwindow/MainWindow.h"
#include "table/ContactsTableModel.h"
#include "table/ContactsTableView.h"
#include "timeline/TimelineLayout.h"
#include "timeline/TimelineView.h"
#include "timeline/TimelineZoom.h"

#include <QJsonArray>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace rasad;

namespace {

/** The corrections in memory, over the backend's record as the baseline. */
class MemoryLog final : public CorrectionLog
{
public:
    explicit MemoryLog(const Dataset &baseline) : m_baseline(baseline) {}
    bool record(Correction &c, QString *) override
    {
        c.id = log.size() + 1;
        log.append(c);
        return true;
    }
    bool setUndone(qint64 id, bool undone, QString *) override
    {
        log[id - 1].undone = undone;
        return true;
    }
    QList<Correction> corrections() const override { return log; }
    Dataset baseline() const override { return m_baseline; }
    QList<Correction> log;

private:
    const Dataset &m_baseline;
};

class EditableBackend final : public test::FakeBackend
{
public:
    EditableBackend() : m_log(data) {}
    CorrectionLog *correctionLog() override { return &m_log; }
    MemoryLog m_log;
};

Actor person(qint64 id, const QString &name, const QString &country)
{
    Actor a;
    a.id = id;
    a.key = QStringLiteral("test:%1").arg(id);
    a.name = name;
    a.country = country;
    return a;
}

/** Twelve contacts over two years among four officials (names made up for the test). */
void fill(Dataset &d)
{
    d.actors = {person(1, QStringLiteral("سامي الأول"), QStringLiteral("SY")),
                person(2, QStringLiteral("إيفان الثاني"), QStringLiteral("RU")),
                person(3, QStringLiteral("نادر الثالث"), QStringLiteral("SY")),
                person(4, QStringLiteral("أوليغ الرابع"), QStringLiteral("RU"))};
    for (int i = 0; i < 12; ++i) {
        Event e;
        e.id = 10 + i;
        e.type = i % 3 == 0 ? EventType::Visit : EventType::Meeting;
        e.date.start = e.date.end = QDate(2024, 1, 15).addMonths(2 * i);
        e.date.granularity = Granularity::Day;
        e.participants = {{1 + i % 2, {}}, {3 + i % 2, {}}};
        EventSource s;
        s.articleId = 100 + i;
        s.start = 10;
        s.end = 40;
        s.evidence = QStringLiteral("التقى المسؤولان في العاصمة");
        e.sources = {s};
        d.events.append(e);
    }
}

} // namespace

class EditsKeepViewTest final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void editAndUndoKeepTheView();
    void labelsFollowTheEditedNames();
};

void EditsKeepViewTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RasadTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_edits"));
    QSettings().clear();
}

void EditsKeepViewTest::editAndUndoKeepTheView()
{
    EditableBackend backend;
    fill(backend.data);
    MainWindow window(&backend);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CurationSession *session = window.curation();
    QVERIFY(session);
    ExplorerState *state = window.state();
    TimelineView *timeline = window.timeline();
    ActorGraphView *graph = window.graphView();
    QVERIFY(graph);
    graph->finishBuilding();

    // The researcher zooms in on the middle of the record, selects a contact and pins a node.
    const QPointF middle(timeline->viewport()->width() / 2.0, 100);
    timeline->zoomBy(6.0, middle);
    const double scale = timeline->zoom()->pixelsPerDay();
    QVERIFY(scale > timeline->zoom()->minimum() * 2);
    state->selectEvent(15); // scrolls the timeline to it
    state->selectActor(2);
    const QPointF pin(123, -45);
    graph->pinActor(1, pin);
    QVERIFY(graph->isPinned(1));
    const int scrolled = timeline->horizontalScrollBar()->value();
    const QDate from = timeline->visibleStart();
    const QDate to = timeline->visibleEnd();

    ContactsTableView *table = window.contactsTable();
    QSignalSpy tableReset(table->model(), &QAbstractItemModel::modelReset);
    const QModelIndex current = table->currentIndex();
    QVERIFY(current.isValid()); // the table follows the selected contact

    QSignalSpy reset(state, &ExplorerState::datasetChanged);
    QSignalSpy records(state, &ExplorerState::recordsChanged);
    const auto viewKept = [&](const char *when) {
        QVERIFY2(timeline->zoom()->pixelsPerDay() == scale, when);
        QVERIFY2(timeline->horizontalScrollBar()->value() == scrolled, when);
        QVERIFY2(timeline->visibleStart() == from && timeline->visibleEnd() == to, when);
        QVERIFY2(state->selectedEvent() == 15 && state->selectedActor() == 2, when);
        QVERIFY2(graph->isPinned(1), when);
        QVERIFY2(graph->nodePosition(1) == pin, when);
        QVERIFY2(reset.isEmpty(), when);
        QVERIFY2(tableReset.isEmpty(), when);
        QVERIFY2(table->currentIndex() == current, when);
    };

    // A contact moved to another day inside the record, and a place given to the selected one.
    const auto startDayOf = [&](qint64 id) {
        for (const TimelineLayout::Lane &lane : timeline->timelineLayout().lanes())
            for (const TimelineLayout::Placement &p : lane.placements)
                if (p.event->id == id)
                    return p.startDay;
        return -1.0;
    };
    const auto lanesSorted = [&] {
        for (const TimelineLayout::Lane &lane : timeline->timelineLayout().lanes())
            for (qsizetype i = 1; i < lane.placements.size(); ++i)
                if (lane.placements.at(i - 1).startDay > lane.placements.at(i).startDay)
                    return false;
        return true;
    };
    const double dayOf13 = startDayOf(13);
    QVERIFY(session->apply(edits::editEventDate(session->dataset(), 13, state->eventById(14)->date)));
    QCOMPARE(startDayOf(13), startDayOf(14)); // the mark moved with its date, the lanes stay in date order
    QVERIFY(lanesSorted());
    QCOMPARE(records.count(), 1);
    QCOMPARE(records.last().at(0).value<QSet<qint64>>(), QSet<qint64>{13});
    QCOMPARE(state->eventById(13)->date, state->eventById(14)->date);
    viewKept("after the date edit");
    QVERIFY(
        session->apply(edits::editEvent(session->dataset(), 15, QStringLiteral("location"), QStringLiteral("حلب"))));
    QCOMPARE(state->eventById(15)->location, QStringLiteral("حلب"));
    viewKept("after the place edit");
    QCOMPARE(table->model()->data(table->currentIndex().siblingAtColumn(ContactsTableModel::Place)).toString(),
             QStringLiteral("حلب"));
    // Deleting another contact: it leaves the views, nothing else does.
    const qsizetype shown = state->visibleEvents().size();
    QVERIFY(session->apply(edits::deleteEvent(session->dataset(), 20)));
    QVERIFY(!state->eventById(20));
    QCOMPARE(state->visibleEvents().size(), shown - 1);
    QCOMPARE(table->model()->rowCount(), shown - 1);
    viewKept("after the delete");

    session->undoStack()->undo();
    QVERIFY(state->eventById(20));
    QCOMPARE(state->visibleEvents().size(), shown);
    QCOMPARE(table->model()->rowCount(), shown);
    viewKept("after undoing the delete");
    session->undoStack()->undo();
    QVERIFY(state->eventById(15)->location.isEmpty());
    viewKept("after undoing the place edit");
    session->undoStack()->undo();
    QCOMPARE(state->eventById(13)->date.start, QDate(2024, 7, 15));
    QCOMPARE(startDayOf(13), dayOf13);
    QVERIFY(lanesSorted());
    viewKept("after undoing the date edit");
    QCOMPARE(records.count(), 6);

    // A date beyond the record's end widens the timeline: the scale and the days in view stay.
    QVERIFY(session->apply(edits::editEventDate(
        session->dataset(), 13, FuzzyDate{QDate(2031, 5, 1), QDate(2031, 5, 1), Granularity::Day, {}, {}})));
    QCOMPARE(timeline->zoom()->pixelsPerDay(), scale);
    QVERIFY(std::abs(timeline->visibleStart().daysTo(from)) <= 1);
    QVERIFY(std::abs(timeline->visibleEnd().daysTo(to)) <= 1);
    session->undoStack()->undo();
    QCOMPARE(timeline->zoom()->pixelsPerDay(), scale);
    QVERIFY(std::abs(timeline->visibleStart().daysTo(from)) <= 1);
    QVERIFY(graph->isPinned(1));

    // Deleting the selected contact unselects it, and only it.
    QVERIFY(session->apply(edits::deleteEvent(session->dataset(), 15)));
    QCOMPARE(state->selectedEvent(), qint64(0));
    QCOMPARE(state->selectedActor(), qint64(2));
    QCOMPARE(timeline->zoom()->pixelsPerDay(), scale);
    QVERIFY(graph->isPinned(1));

    // Reloading (after an import) starts the views afresh, as before.
    window.reload();
    QCOMPARE(reset.count(), 1);
}

void EditsKeepViewTest::labelsFollowTheEditedNames()
{
    // The timeline's labels (surnames) are cached per contact: an edited name, or other participants, must show.
    EditableBackend backend;
    fill(backend.data);
    MainWindow window(&backend);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CurationSession *session = window.curation();
    const TimelineLayout &layout = window.timeline()->timelineLayout();
    QVERIFY(layout.cachedLabel(10).contains(QStringLiteral("الأول")));

    QVERIFY(session->apply(edits::editActor(session->dataset(), 1, QStringLiteral("name"), QStringLiteral("كريم الخامس"))));
    QVERIFY2(layout.cachedLabel(10).contains(QStringLiteral("الخامس")), qPrintable(layout.cachedLabel(10)));
    QVERIFY(!layout.cachedLabel(10).contains(QStringLiteral("الأول")));
    session->undoStack()->undo();
    QVERIFY2(layout.cachedLabel(10).contains(QStringLiteral("الأول")), qPrintable(layout.cachedLabel(10)));

    QVERIFY(session->apply(edits::editEvent(session->dataset(), 10, QStringLiteral("participants"), QJsonArray{2, 4})));
    QVERIFY2(layout.cachedLabel(10).contains(QStringLiteral("الثاني")), qPrintable(layout.cachedLabel(10)));
    QVERIFY(!layout.cachedLabel(10).contains(QStringLiteral("الأول")));
}

QTEST_MAIN(EditsKeepViewTest)
#include "tst_edits.moc"
