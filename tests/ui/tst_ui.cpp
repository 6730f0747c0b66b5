// GUI tests for the explorer: timeline zoom and mirroring, linked selection, filter bar, reader,
// language switching, presentation and import. Offscreen, on a hand-built project (FakeBackend).
#include "../common/TypeText.h"
#include "FakeBackend.h"

#include "common/Counts.h"
#include "common/DateField.h"
#include "common/ExplorerState.h"
#include "mainwindow/LanguageManager.h"
#include "dates/TypedDate.h"
#include "mainwindow/FilterBar.h"
#include "mainwindow/ImportController.h"
#include "mainwindow/ImportReportDialog.h"
#include "mainwindow/MainWindow.h"
#include "import/ArticleReader.h"
#include "store/Store.h"
#include "mainwindow/PresentationMode.h"
#include "mainwindow/SlideShow.h"
#include "reader/ArticleReaderView.h"
#include "reader/DetailsPanel.h"
#include "table/ContactsTableModel.h"
#include "table/ContactsTableView.h"
#include "timeline/TimeAxis.h"
#include "timeline/TimelineView.h"
#include "timeline/TimelineZoom.h"
#include "graph/ActorGraphView.h"
#include "curation/CurationPanel.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QGraphicsScene>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>

using namespace rasad;

namespace {

Actor person(qint64 id, const QString &name, const QString &nameEn, const QString &country, QStringList aliases = {})
{
    Actor a;
    a.id = id;
    a.key = QStringLiteral("test:") + QString::number(id);
    a.name = name;
    a.nameEn = nameEn;
    a.country = country;
    a.aliases = aliases;
    return a;
}

Event contact(qint64 id, EventType type, QDate start, QDate end, QList<qint64> actors, QList<qint64> articles,
              QStringList topics = {})
{
    Event e;
    e.id = id;
    e.type = type;
    e.date.start = start;
    e.date.end = end;
    e.date.granularity = start == end ? Granularity::Day : Granularity::Range;
    e.date.text = start.toString(Qt::ISODate);
    e.confidence = 0.8;
    e.topics = topics;
    for (qint64 a : actors)
        e.participants.append({a, QString()});
    for (qint64 art : articles) {
        EventSource s;
        s.articleId = art;
        s.fileName = QStringLiteral("a%1.txt").arg(art);
        s.confidence = 0.8;
        e.sources.append(s);
    }
    return e;
}

/** Invented officials and contacts: nothing here comes from the seed articles. */
test::FakeBackend *makeBackend()
{
    auto *b = new test::FakeBackend;
    Dataset &d = b->data;
    d.actors = {person(1, QStringLiteral("سامر الحلبي"), QStringLiteral("Samer al-Halabi"), QStringLiteral("SY"),
                       {QStringLiteral("الحلبي")}),
                person(2, QStringLiteral("إيغور سوكولوف"), QStringLiteral("Igor Sokolov"), QStringLiteral("RU"),
                       {QStringLiteral("سوكولوف")}),
                person(3, QStringLiteral("ماريا فولكوفا"), QStringLiteral("Maria Volkova"), QStringLiteral("RU")),
                person(4, QStringLiteral("خالد النعيمي"), QStringLiteral("Khaled al-Nuaimi"), QStringLiteral("SY")),
                person(5, QStringLiteral("أحمد المصري"), QStringLiteral("Ahmad al-Masri"), QStringLiteral("EG"))};
    for (qint64 id = 1; id <= 3; ++id) {
        Article a;
        a.id = id;
        a.fileName = QStringLiteral("a%1.txt").arg(id);
        a.title = QStringLiteral("مقال %1").arg(id);
        a.source = QStringLiteral("outlet%1").arg(id);
        a.published = QDate(2024, 3, 6).addMonths(int(id) * 3);
        d.articles.append(a);
    }
    b->texts.insert(1, QStringLiteral("دمشق - التقى وزير الخارجية السوري سامر الحلبي نظيره الروسي إيغور سوكولوف في موسكو.\n"
                                      "وبحث الجانبان التعاون الاقتصادي، وقال سوكولوف إن اللقاء كان مثمراً."));
    b->texts.insert(2, QStringLiteral("أجرى خالد النعيمي اتصالاً هاتفياً مع ماريا فولكوفا في حزيران.\n"
                                      "كما زار الحلبي موسكو بين العاشر والثاني عشر من أيلول."));
    b->texts.insert(3, QStringLiteral("وصل وفد برئاسة النعيمي إلى القاهرة حيث استقبله أحمد المصري بحضور سوكولوف."));

    d.events = {
        contact(1, EventType::Meeting, QDate(2024, 3, 5), QDate(2024, 3, 5), {1, 2}, {1}, {QStringLiteral("economy")}),
        contact(2, EventType::Call, QDate(2024, 6, 1), QDate(2024, 6, 30), {4, 3}, {2}),
        contact(3, EventType::Visit, QDate(2024, 9, 10), QDate(2024, 9, 12), {1, 3}, {2, 3}, {QStringLiteral("military")}),
        contact(4, EventType::Delegation, QDate(2025, 1, 20), QDate(2025, 1, 20), {4, 2, 5}, {3}),
        contact(5, EventType::Message, QDate(2025, 2, 14), QDate(2025, 2, 14), {5, 3}, {3}),
    };
    d.events[4].planned = true;
    // Evidence spans point into the invented texts.
    const QString t1 = b->texts.value(1);
    d.events[0].sources[0].start = 0;
    d.events[0].sources[0].end = int(t1.indexOf(QLatin1Char('\n')));
    d.events[0].sources[0].evidence = t1.left(d.events[0].sources[0].end);
    // Crowded days: many contacts the same week, to test that labels never collide.
    for (qint64 id = 10; id < 22; ++id)
        d.events.append(contact(id, EventType::Meeting, QDate(2024, 3, 4).addDays(id % 4), QDate(2024, 3, 4).addDays(id % 4),
                                id % 3 == 0 ? QList<qint64>{1, 2} : id % 3 == 1 ? QList<qint64>{1, 4} : QList<qint64>{2, 4}, {1}));
    Event undated = contact(30, EventType::Other, QDate(), QDate(), {1, 2}, {1});
    undated.date = FuzzyDate();
    d.events.append(undated);
    return b;
}

using rasad::test::typeText;

DisplayFormat format(const QString &lang)
{
    DisplayFormat f;
    f.setLanguage(lang);
    return f;
}

} // namespace

class TestUi final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void axisUnitsAdaptToZoom();
    void axisMonthNamesAndDigitsFollowSettings();
    void zoomChangesVisibleRange();
    void zoomKeepsTheMomentUnderTheCursor();
    void rightToLeftMirrorsTheAxis();
    void labelsNeverCollide();
    void lanesByCountryAndActor();
    void clickSelectsTheEventUnderTheMouse();
    void selectingAnActorHighlightsAndFilters();
    void filterBarNarrowsTheEvents();
    void chipsClearTheirFilter();
    void filterTakesTypedDates_data();
    void filterTakesTypedDates();
    void filterKeepsItsRangeWhenADateCannotBeRead();
    void filterCalendarOpensAtTheRecordsDates();
    void dateFieldReadsBackWhatItWrites();
    void contactsTableHoldsTheFilteredContacts();
    void contactsTableSortsByTheRealDate();
    void contactsTableSelectionIsLinkedBothWays();
    void contactsTableCopiesRowsWithAHeader();
    void contactsTableSpeaksTheInterfaceLanguage();
    void dateWindowFromTimelineShowsAsChip();
    void detailsShowEvidenceAndSources();
    void detailsSayWhyAndWhetherItHappened();
    void readerHighlightsAndScrollsToEvidence();
    void languageSwitchChangesTextsAndDirection();
    void presentationStepsThroughTheFilteredContacts();
    void presentationFollowsTheReadingDirection();
    void slideShowsTheQuoteAndItsSource();
    void timelineZoomsToTheFilterUnlessZoomedByHand();
    void brushOnTheAxisSetsTheFilterDates();
    void importRunsOffTheGuiThreadAndReports();
    void damagedProjectIsShownReadOnly();
    void readOnlyProjectIsShownToBeViewed();
    void importReportOffersTheMenuItem();
    void importMessagesSpeakTheLanguageInUse();
    void importReportNamesSkippedFiles();
    void timelineKeysStepThroughContacts();
    void tabAndCtrlTabLeaveTheTables();
    void shortcutsWorkFromAnyFocus();
    void altLetterOpensTheMenus();
    void countsUseEveryArabicPluralForm();
    void windowFitsASmallScreenAndResetsItsLayout();

private:
    std::unique_ptr<test::FakeBackend> m_backend;
};

void TestUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RasadTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui"));
    QSettings().clear();
    m_backend.reset(makeBackend());
}

void TestUi::axisUnitsAdaptToZoom()
{
    QCOMPARE(TimeAxis::unitFor(0.05), TimeAxis::Unit::Year);
    QCOMPARE(TimeAxis::unitFor(4.0), TimeAxis::Unit::Month);
    QCOMPARE(TimeAxis::unitFor(10.0), TimeAxis::Unit::Week);
    QCOMPARE(TimeAxis::unitFor(60.0), TimeAxis::Unit::Day);
    // Very far out, years are labelled every few years so labels keep apart.
    QVERIFY(TimeAxis::yearStep(0.01) >= 10);
    QCOMPARE(TimeAxis::yearStep(1.0), 1);
    const auto weeks = TimeAxis::ticks(TimeAxis::Unit::Week, QDate(2025, 3, 1), QDate(2025, 3, 31), 10, format(QStringLiteral("en")));
    QVERIFY(weeks.size() >= 4 && weeks.size() <= 6);
    for (const auto &t : weeks)
        QCOMPARE(t.date.daysTo(t.next), 7);
}

void TestUi::axisMonthNamesAndDigitsFollowSettings()
{
    DisplayFormat f = format(QStringLiteral("ar"));
    f.setMonthStyle(DisplayFormat::MonthStyle::Levantine);
    QCOMPARE(f.monthName(1), QStringLiteral("كانون الثاني"));
    QCOMPARE(f.monthName(6), QStringLiteral("حزيران"));
    f.setMonthStyle(DisplayFormat::MonthStyle::Gregorian);
    QCOMPARE(f.monthName(1), QStringLiteral("يناير"));
    QCOMPARE(f.number(2025), QStringLiteral("٢٠٢٥"));
    f.setDigits(DisplayFormat::Digits::Latin);
    QCOMPARE(f.number(2025), QStringLiteral("2025"));
    const auto months = TimeAxis::ticks(TimeAxis::Unit::Month, QDate(2025, 1, 15), QDate(2025, 3, 2), 4, f);
    QCOMPARE(months.size(), 3);
    QCOMPARE(months.first().label, QStringLiteral("يناير"));
    const auto context = TimeAxis::contextTicks(TimeAxis::Unit::Month, QDate(2024, 12, 1), QDate(2025, 2, 1), f);
    QCOMPARE(context.size(), 2);
    QCOMPARE(context.last().label, QStringLiteral("2025"));
    // Fuzzy dates read at their own precision.
    FuzzyDate june{QDate(2024, 6, 1), QDate(2024, 6, 30), Granularity::Month, {}, {}};
    QCOMPARE(format(QStringLiteral("en")).fuzzyDate(june), QStringLiteral("June 2024"));
    // Places as the record writes them (Arabic), in English by the gazetteer's English name; one it does not
    // know stays as written.
    QCOMPARE(format(QStringLiteral("en")).placeName(QStringLiteral("موسكو")), QStringLiteral("Moscow"));
    QCOMPARE(format(QStringLiteral("en")).placeName(QStringLiteral("دمشق")), QStringLiteral("Damascus"));
    QCOMPARE(format(QStringLiteral("ar")).placeName(QStringLiteral("موسكو")), QStringLiteral("موسكو"));
    QCOMPARE(format(QStringLiteral("en")).placeName(QStringLiteral("قرية لا يعرفها أحد")),
             QStringLiteral("قرية لا يعرفها أحد"));
}

void TestUi::zoomChangesVisibleRange()
{
    ExplorerState state;
    state.setFormat(format(QStringLiteral("en")));
    TimelineView view(&state);
    view.resize(1000, 400);
    view.show();
    state.setDataset(m_backend->data);
    view.fitAll();
    const QDate a0 = view.visibleStart();
    const QDate b0 = view.visibleEnd();
    QVERIFY2(a0 <= QDate(2024, 3, 4) && b0 >= QDate(2025, 2, 14), qPrintable(a0.toString() + b0.toString()));
    const qint64 span0 = a0.daysTo(b0);

    view.zoomBy(2.0, QPointF(view.viewport()->width() / 2.0, 100));
    const qint64 span1 = view.visibleStart().daysTo(view.visibleEnd());
    QVERIFY2(std::abs(double(span1) - span0 / 2.0) <= span0 * 0.03 + 2, qPrintable(QString::number(span1)));

    view.zoomBy(0.5, QPointF(view.viewport()->width() / 2.0, 100));
    QVERIFY(std::abs(view.visibleStart().daysTo(view.visibleEnd()) - span0) <= 2);

    // Zooming out never goes past "everything fits".
    view.zoomBy(0.01, QPointF(500, 100));
    QVERIFY(view.visibleStart() <= a0.addDays(1));
    QCOMPARE(view.zoom()->pixelsPerDay(), view.zoom()->minimum());

    // Far in, the axis counts days.
    view.showRange(QDate(2024, 3, 1), QDate(2024, 3, 14));
    QCOMPARE(view.axisUnit(), TimeAxis::Unit::Day);
    QVERIFY(view.visibleStart() <= QDate(2024, 3, 1) && view.visibleEnd() >= QDate(2024, 3, 14));
    QVERIFY(view.visibleStart().daysTo(view.visibleEnd()) < 30);

    // Keyboard: + zooms in, - zooms out, 0 fits all.
    const double before = view.zoom()->pixelsPerDay();
    QTest::keyClick(&view, Qt::Key_Minus);
    QVERIFY(view.zoom()->pixelsPerDay() < before);
    QTest::keyClick(&view, Qt::Key_Plus);
    QVERIFY(std::abs(view.zoom()->pixelsPerDay() - before) < before * 1e-6);
    QTest::keyClick(&view, Qt::Key_0);
    QCOMPARE(view.zoom()->pixelsPerDay(), view.zoom()->minimum());
}

void TestUi::zoomKeepsTheMomentUnderTheCursor()
{
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
        ExplorerState state;
        state.setFormat(format(lang));
        TimelineView view(&state);
        view.resize(1000, 400);
        view.show();
        state.setDataset(m_backend->data);
        view.fitAll();
        const double x = 730;
        const QDate under = view.dateAtViewportX(x);
        for (int i = 0; i < 5; ++i)
            view.zoomBy(TimelineZoom::stepFactor, QPointF(x, 120));
        QVERIFY2(std::abs(view.dateAtViewportX(x).daysTo(under)) <= 1, qPrintable(lang));

        // Ctrl+arrow keys pan; in both directions the earlier/later relation follows the direction.
        const QDate centre = view.dateAtViewportX(500);
        QTest::keyClick(&view, Qt::Key_Right, Qt::ControlModifier);
        const QDate after = view.dateAtViewportX(500);
        if (lang == QLatin1String("en"))
            QVERIFY(after > centre);
        else
            QVERIFY(after < centre);
    }
}

void TestUi::rightToLeftMirrorsTheAxis()
{
    ExplorerState state;
    TimelineView view(&state);
    view.resize(1000, 400);
    view.show();
    state.setDataset(m_backend->data);

    state.setFormat(format(QStringLiteral("ar")));
    view.fitAll();
    QVERIFY(view.isTimeRightToLeft());
    const double earlyAr = view.viewportXOf(QDate(2024, 3, 5));
    const double lateAr = view.viewportXOf(QDate(2025, 1, 20));
    QVERIFY2(earlyAr > lateAr, "in Arabic an earlier event sits to the right");
    QVERIFY(view.visibleStart() == view.dateAtViewportX(view.viewport()->width() - 1));

    state.setFormat(format(QStringLiteral("en")));
    view.fitAll();
    QVERIFY(!view.isTimeRightToLeft());
    const double earlyEn = view.viewportXOf(QDate(2024, 3, 5));
    const double lateEn = view.viewportXOf(QDate(2025, 1, 20));
    QVERIFY2(earlyEn < lateEn, "in English an earlier event sits to the left");
    // Mirror images of each other across the viewport.
    QVERIFY2(std::abs((earlyAr + earlyEn) - view.viewport()->width()) < 3,
             qPrintable(QStringLiteral("%1 + %2 vs %3").arg(earlyAr).arg(earlyEn).arg(view.viewport()->width())));
}

void TestUi::labelsNeverCollide()
{
    ExplorerState state;
    state.setFormat(format(QStringLiteral("ar")));
    TimelineView view(&state);
    view.resize(900, 500);
    view.show();
    state.setDataset(m_backend->data);
    for (double ppd : {0.5, 3.0, 20.0, 80.0}) {
        view.zoom()->setPixelsPerDay(ppd);
        int labelled = 0;
        for (const auto &lane : view.timelineLayout().lanes()) {
            QHash<int, double> rowEnd;
            for (const auto &p : lane.placements) {
                if (p.row == TimelineLayout::kCrowdedRow)
                    continue;
                QVERIFY2(p.markStart >= rowEnd.value(p.row, -1e9), "a mark or label overlaps the one before it");
                rowEnd[p.row] = p.extentEnd();
                labelled += p.labelWidth > 0 ? 1 : 0;
            }
        }
        QVERIFY(labelled > 0);
    }
    // The undated event has no place on the axis.
    for (const auto &lane : view.timelineLayout().lanes())
        for (const auto &p : lane.placements)
            QVERIFY(p.event->id != 30);
}

void TestUi::lanesByCountryAndActor()
{
    ExplorerState state;
    state.setFormat(format(QStringLiteral("en")));
    TimelineView view(&state);
    view.resize(900, 500);
    view.show();
    state.setDataset(m_backend->data);
    view.setLaneMode(TimelineView::LaneMode::Country);
    const auto &lanes = view.timelineLayout().lanes();
    QCOMPARE(lanes.size(), 3);
    QCOMPARE(lanes.at(0).key, QStringLiteral("SY"));
    QCOMPARE(lanes.at(1).key, QStringLiteral("RU"));
    QCOMPARE(lanes.at(0).title, QStringLiteral("Syria"));
    view.setLaneMode(TimelineView::LaneMode::Actor);
    QCOMPARE(view.timelineLayout().lanes().size(), 5);
    view.setLaneMode(TimelineView::LaneMode::None);
    QCOMPARE(view.timelineLayout().lanes().size(), 1);
    QCOMPARE(view.timelineLayout().lanes().first().placements.size(), 17); // dated events only
    // Arabic lane titles come from ICU's locale data.
    state.setFormat(format(QStringLiteral("ar")));
    view.setLaneMode(TimelineView::LaneMode::Country);
    QCOMPARE(view.timelineLayout().lanes().at(0).title, QStringLiteral("سوريا"));
    QCOMPARE(view.timelineLayout().lanes().at(1).title, QStringLiteral("روسيا"));
}

void TestUi::clickSelectsTheEventUnderTheMouse()
{
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
        ExplorerState state;
        state.setFormat(format(lang));
        TimelineView view(&state);
        view.resize(1000, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        state.setDataset(m_backend->data);
        view.setLaneMode(TimelineView::LaneMode::None);
        view.showRange(QDate(2025, 1, 1), QDate(2025, 2, 28));
        const auto &lane = view.timelineLayout().lanes().first();
        const TimelineLayout::Placement *target = nullptr;
        for (const auto &p : lane.placements)
            if (p.event->id == 4)
                target = &p;
        QVERIFY(target);
        const double y = view.timelineLayout().rowCentre(lane, target->row) - view.mapToScene(QPoint(0, 0)).y();
        const QPoint at(int(view.viewportXOf(QDate(2025, 1, 20))), int(y));
        QCOMPARE(view.eventAt(at) ? view.eventAt(at)->id : 0, qint64(4));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(state.selectedEvent(), qint64(4));
        // A click on empty time clears the selection.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(at.x(), view.viewport()->height() - 5));
        QCOMPARE(state.selectedEvent(), qint64(0));
    }
}

void TestUi::selectingAnActorHighlightsAndFilters()
{
    MainWindow window(m_backend.get());
    window.resize(1400, 900);
    window.show();
    ExplorerState *state = window.state();
    const int all = int(state->visibleEvents().size());
    // Selecting an actor (in the graph, the details or here) is shared by every view.
    QSignalSpy spy(state, &ExplorerState::selectionChanged);
    state->selectActor(3);
    QCOMPARE(spy.count(), 1);
    QVERIFY(window.details()->currentHtml().contains(QStringLiteral("ماريا فولكوفا"))
            || window.details()->currentHtml().contains(QStringLiteral("Maria Volkova")));
    // Zoom to selection spans the actor's contacts: June 2024 to February 2025.
    window.timeline()->zoomToSelection();
    QVERIFY(window.timeline()->visibleStart() <= QDate(2024, 6, 1));
    QVERIFY(window.timeline()->visibleEnd() >= QDate(2025, 2, 14));
    QVERIFY(window.timeline()->visibleStart() > QDate(2024, 3, 10));

    // Picking the actor in the filter bar keeps only their contacts.
    QComboBox *actors = window.filterBar()->actorBox();
    const int index = actors->findData(qint64(3));
    QVERIFY(index > 0);
    actors->setCurrentIndex(index);
    Q_EMIT actors->activated(index);
    QCOMPARE(state->visibleEvents().size(), 3);
    for (const Event *e : state->visibleEvents())
        QVERIFY(std::any_of(e->participants.cbegin(), e->participants.cend(), [](const Participant &p) { return p.actorId == 3; }));
    int onTimeline = 0;
    for (const auto &lane : window.timeline()->timelineLayout().lanes())
        onTimeline += int(lane.placements.size());
    QVERIFY(onTimeline >= 3 && onTimeline < all * 2);
    window.filterBar()->clearAll();
    QCOMPARE(int(state->visibleEvents().size()), all);
}

void TestUi::filterBarNarrowsTheEvents()
{
    MainWindow window(m_backend.get());
    window.show();
    ExplorerState *state = window.state();
    FilterBar *bar = window.filterBar();
    const qsizetype all = state->visibleEvents().size();

    // Text matches actor names (any spelling) ...
    bar->searchField()->setText(QStringLiteral("فولكوفا"));
    bar->applyText();
    QCOMPARE(state->visibleEvents().size(), 3);
    // ... and article text through the full-text search: "القاهرة" appears only in article 3.
    bar->searchField()->setText(QStringLiteral("القاهرة"));
    bar->applyText();
    QVERIFY(!state->filter().textArticleIds.isEmpty());
    for (const Event *e : state->visibleEvents())
        QVERIFY(std::any_of(e->sources.cbegin(), e->sources.cend(), [](const EventSource &s) { return s.articleId == 3; }));
    QCOMPARE(state->visibleEvents().size(), 3); // events 3, 4, 5 cite article 3
    bar->searchField()->clear();
    bar->applyText();
    QCOMPARE(state->visibleEvents().size(), all);

    // Country: Egypt takes part only in events 4 and 5.
    QComboBox *country = bar->countryBox();
    const int eg = country->findData(QStringLiteral("EG"));
    QVERIFY(eg > 0);
    country->setCurrentIndex(eg);
    Q_EMIT country->activated(eg);
    QCOMPARE(state->visibleEvents().size(), 2);
    // Type narrows further: only the delegation.
    QComboBox *type = bar->typeBox();
    const int delegation = type->findData(QStringLiteral("delegation"));
    type->setCurrentIndex(delegation);
    Q_EMIT type->activated(delegation);
    QCOMPARE(state->visibleEvents().size(), 1);
    QCOMPARE(state->visibleEvents().first()->id, qint64(4));
    QCOMPARE(bar->chipTexts().size(), 2);
    bar->clearAll();

    // Topic.
    QComboBox *topic = bar->topicBox();
    const int military = topic->findData(QStringLiteral("military"));
    QVERIFY(military > 0);
    topic->setCurrentIndex(military);
    Q_EMIT topic->activated(military);
    QCOMPARE(state->visibleEvents().size(), 1);
    QCOMPARE(state->visibleEvents().first()->id, qint64(3));
    bar->clearAll();

    // Date range: 2025 only.
    EventFilter f = state->filter();
    f.from = QDate(2025, 1, 1);
    state->setFilter(f);
    QCOMPARE(state->visibleEvents().size(), 3); // 4 and 5; an undated event is never ruled out by dates
    bar->clearAll();
}

void TestUi::chipsClearTheirFilter()
{
    MainWindow window(m_backend.get());
    window.show();
    ExplorerState *state = window.state();
    FilterBar *bar = window.filterBar();
    EventFilter f;
    f.countries = {QStringLiteral("EG")};
    f.types = {QStringLiteral("message")};
    state->setFilter(f);
    QCOMPARE(bar->chipTexts().size(), 2);
    QCOMPARE(state->visibleEvents().size(), 1);
    auto chips = bar->findChildren<QToolButton *>();
    QToolButton *typeChip = nullptr;
    for (QToolButton *b : chips)
        if (b->text().contains(format(window.language()).eventTypeName(EventType::Message)))
            typeChip = b;
    QVERIFY(typeChip);
    typeChip->click();
    QTRY_COMPARE(state->filter().types.size(), 0);
    QCOMPARE(state->filter().countries, QStringList{QStringLiteral("EG")});
    QCOMPARE(state->visibleEvents().size(), 2);
    QCOMPARE(bar->chipTexts().size(), 1);
    bar->clearAll();
    QVERIFY(bar->chipTexts().isEmpty());
}

void TestUi::filterTakesTypedDates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("toField");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("expected");
    const QString ar = QStringLiteral("ar");
    const QString en = QStringLiteral("en");
    QTest::newRow("from iso") << ar << false << QStringLiteral("2025-01-01") << QDate(2025, 1, 1);
    QTest::newRow("from day first") << en << false << QStringLiteral("20/1/2025") << QDate(2025, 1, 20);
    QTest::newRow("from day first, dots") << en << false << QStringLiteral("20.1.2025") << QDate(2025, 1, 20);
    QTest::newRow("from arabic-indic digits") << ar << false << QStringLiteral("٢٠-١-٢٠٢٥") << QDate(2025, 1, 20);
    QTest::newRow("from levantine month name")
        << ar << false << QStringLiteral("١ كانون الثاني ٢٠٢٥") << QDate(2025, 1, 1);
    QTest::newRow("from egyptian month name") << ar << false << QStringLiteral("٥ يناير ٢٠٢٥") << QDate(2025, 1, 5);
    QTest::newRow("from a month: its first day") << en << false << QStringLiteral("January 2025") << QDate(2025, 1, 1);
    QTest::newRow("to a month: its last day") << en << true << QStringLiteral("January 2025") << QDate(2025, 1, 31);
    QTest::newRow("to an arabic month: its last day")
        << ar << true << QStringLiteral("تشرين الأول ٢٠٢٤") << QDate(2024, 10, 31);
    QTest::newRow("to day first, arabic digits") << ar << true << QStringLiteral("٣١/١/٢٠٢٥") << QDate(2025, 1, 31);
    QTest::newRow("to a year: its last day") << en << true << QStringLiteral("2024") << QDate(2024, 12, 31);
}

void TestUi::filterTakesTypedDates()
{
    QFETCH(QString, language);
    QFETCH(bool, toField);
    QFETCH(QString, typed);
    QFETCH(QDate, expected);
    MainWindow window(m_backend.get());
    window.setLanguage(language);
    const auto arabicAgain = qScopeGuard([&] { window.setLanguage(QStringLiteral("ar")); });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ExplorerState *state = window.state();
    FilterBar *bar = window.filterBar();
    DateField *field = toField ? bar->toField() : bar->fromField();
    QLineEdit *text = field->lineEdit();
    text->setFocus();
    typeText(text, typed);
    QCOMPARE(text->text(), typed);
    QVERIFY(!(toField ? state->filter().to : state->filter().from).isValid()); // nothing until Enter
    QTest::keyClick(text, Qt::Key_Return);

    QCOMPARE(toField ? state->filter().to : state->filter().from, expected);
    QVERIFY(!(toField ? state->filter().from : state->filter().to).isValid());
    QVERIFY(field->isAcceptable());
    // What it understood, in the interface's words, and the chip that can clear it.
    QCOMPARE(text->text(), state->format().fuzzyDate(field->value()));
    QVERIFY(text->toolTip().contains(state->format().date(expected)));
    QCOMPARE(bar->chipTexts().size(), 1);
    for (const Event *e : state->visibleEvents())
        if (e->date.isValid())
            QVERIFY(toField ? e->date.start <= expected : e->date.end >= expected);
    bar->clearAll();
    QVERIFY(text->text().isEmpty());
    QVERIFY(!state->filter().from.isValid() && !state->filter().to.isValid());
}

void TestUi::filterKeepsItsRangeWhenADateCannotBeRead()
{
    MainWindow window(m_backend.get());
    window.setLanguage(QStringLiteral("en"));
    const auto arabicAgain = qScopeGuard([&] { window.setLanguage(QStringLiteral("ar")); });
    window.show();
    ExplorerState *state = window.state();
    FilterBar *bar = window.filterBar();
    QLineEdit *from = bar->fromField()->lineEdit();
    from->setFocus();
    QTest::keyClicks(from, QStringLiteral("1/9/2024"));
    QTest::keyClick(from, Qt::Key_Return);
    QCOMPARE(state->filter().from, QDate(2024, 9, 1));

    // 31 February: the filter keeps 1 September, the text stays to be corrected, the field says why.
    from->selectAll();
    QTest::keyClicks(from, QStringLiteral("31/2/2025"));
    QTest::keyClick(from, Qt::Key_Return);
    QCOMPARE(state->filter().from, QDate(2024, 9, 1));
    QCOMPARE(from->text(), QStringLiteral("31/2/2025"));
    QVERIFY(!bar->fromField()->isAcceptable());
    QVERIFY(!bar->fromField()->problemText().isEmpty());
    QVERIFY(from->toolTip().startsWith(bar->fromField()->problemText()));
    QVERIFY(from->styleSheet().contains(QStringLiteral("border")));
    // Emptied and committed: no lower bound any more.
    from->clear();
    QTest::keyClick(from, Qt::Key_Return);
    QVERIFY(bar->fromField()->isAcceptable());
    QVERIFY(!state->filter().from.isValid());
    QVERIFY(from->styleSheet().isEmpty());
    bar->clearAll();
}

void TestUi::filterCalendarOpensAtTheRecordsDates()
{
    MainWindow window(m_backend.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FilterBar *bar = window.filterBar();
    // Empty: at the latest contact of the record (14 February 2025), not at 1900.
    DateField *to = bar->toField();
    QTest::mouseClick(to->calendarButton(), Qt::LeftButton);
    QCalendarWidget *calendar = to->calendar();
    QTRY_VERIFY(calendar->isVisible());
    QCOMPARE(calendar->yearShown(), 2025);
    QCOMPARE(calendar->monthShown(), 2);
    // A day picked there is the filter's bound.
    Q_EMIT calendar->clicked(QDate(2025, 2, 3));
    QVERIFY(!calendar->isVisible());
    QCOMPARE(window.state()->filter().to, QDate(2025, 2, 3));
    // With a date in the field: at that date.
    QLineEdit *from = bar->fromField()->lineEdit();
    from->setFocus();
    QTest::keyClicks(from, QStringLiteral("1/6/2024"));
    QTest::keyClick(from, Qt::Key_Return);
    QTest::mouseClick(bar->fromField()->calendarButton(), Qt::LeftButton);
    QTRY_VERIFY(bar->fromField()->calendar()->isVisible());
    QCOMPARE(bar->fromField()->calendar()->yearShown(), 2024);
    QCOMPARE(bar->fromField()->calendar()->monthShown(), 6);
    QCOMPARE(bar->fromField()->calendar()->selectedDate(), QDate(2024, 6, 1));
    bar->fromField()->calendar()->hide();
    bar->clearAll();
}

void TestUi::dateFieldReadsBackWhatItWrites()
{
    // Whatever a field writes back, in any language, month style and digits, reads as the same date:
    // leaving the field again never changes it.
    for (const QString &lang : {QStringLiteral("ar"), QStringLiteral("en")})
        for (const auto months : {DisplayFormat::MonthStyle::Levantine, DisplayFormat::MonthStyle::Gregorian})
            for (const auto digits : {DisplayFormat::Digits::ArabicIndic, DisplayFormat::Digits::Latin}) {
                DisplayFormat f = format(lang);
                f.setMonthStyle(months);
                f.setDigits(digits);
                DateField field;
                field.setFormat(f);
                for (int month = 1; month <= 12; ++month) {
                    const QDate day(2025, month, 28);
                    field.setDate(day);
                    const TypedDate read = parseTypedDate(field.lineEdit()->text());
                    QVERIFY2(read.isValid() && read.value.start == day, qPrintable(field.lineEdit()->text()));
                    const FuzzyDate wholeMonth{QDate(2025, month, 1),
                                               QDate(2025, month, 1).addMonths(1).addDays(-1),
                                               Granularity::Month,
                                               {},
                                               {}};
                    field.setValue(wholeMonth);
                    const TypedDate readMonth = parseTypedDate(field.lineEdit()->text());
                    QVERIFY2(readMonth.isValid() && readMonth.value.granularity == Granularity::Month &&
                                 readMonth.value.start == wholeMonth.start,
                             qPrintable(field.lineEdit()->text()));
                }
            }
}

namespace {
/** The contact ids of the table's rows, top to bottom. */
QList<qint64> rowIds(const ContactsTableView *table)
{
    QList<qint64> ids;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(ContactsTableModel::EventIdRole).toLongLong());
    return ids;
}
} // namespace

void TestUi::contactsTableHoldsTheFilteredContacts()
{
    MainWindow window(m_backend.get());
    window.show();
    ExplorerState *state = window.state();
    ContactsTableView *table = window.contactsTable();
    QVERIFY(table);
    QVERIFY(window.contactsDock()->toggleViewAction()->text().size() > 0); // offered in the View menu
    QCOMPARE(table->model()->rowCount(), int(state->visibleEvents().size()));
    QCOMPARE(table->model()->columnCount(), int(ContactsTableModel::ColumnCount));
    const QList<qint64> all = rowIds(table);
    QCOMPARE(QSet<qint64>(all.cbegin(), all.cend()).size(), all.size());

    // A filter narrows the rows to what it admits, and clearing it brings them back.
    EventFilter f;
    f.countries = {QStringLiteral("EG")};
    state->setFilter(f);
    QCOMPARE(table->model()->rowCount(), 2);
    QList<qint64> egypt = rowIds(table);
    std::sort(egypt.begin(), egypt.end());
    QCOMPARE(egypt, (QList<qint64>{4, 5}));
    window.filterBar()->clearAll();
    QCOMPARE(table->model()->rowCount(), all.size());
}

void TestUi::contactsTableSortsByTheRealDate()
{
    MainWindow window(m_backend.get());
    window.show();
    ContactsTableView *table = window.contactsTable();
    ExplorerState *state = window.state();
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        table->sortByColumn(ContactsTableModel::Date, order);
        const QList<qint64> ids = rowIds(table);
        QCOMPARE(ids.size(), state->visibleEvents().size());
        // Dated contacts in date order (not in the order of their text, "١٠ …" before "٥ …"), the undated one last.
        QCOMPARE(ids.last(), qint64(30));
        for (int i = 1; i + 1 < ids.size(); ++i) {
            const QDate before = state->eventById(ids.at(i - 1))->date.start;
            const QDate after = state->eventById(ids.at(i))->date.start;
            QVERIFY2(order == Qt::AscendingOrder ? before <= after : before >= after,
                     qPrintable(
                         QStringLiteral("%1 then %2").arg(before.toString(Qt::ISODate), after.toString(Qt::ISODate))));
        }
        // First: the lowest id of 4 March 2024 (same-day contacts by id), or 14 February 2025.
        QCOMPARE(ids.first(), order == Qt::AscendingOrder ? qint64(12) : qint64(5));
    }
    // Other columns sort as numbers: sources, most first.
    table->sortByColumn(ContactsTableModel::Sources, Qt::DescendingOrder);
    QCOMPARE(rowIds(table).first(), qint64(3)); // the only contact with two sources
}

void TestUi::contactsTableSelectionIsLinkedBothWays()
{
    MainWindow window(m_backend.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.contactsDock()->show();
    window.contactsDock()->raise();
    ExplorerState *state = window.state();
    ContactsTableView *table = window.contactsTable();
    table->sortByColumn(ContactsTableModel::Date, Qt::AscendingOrder);
    const QList<qint64> ids = rowIds(table);

    // A row chosen in the table is the explorer's selection (timeline, graph, details follow it).
    // Focus alone changes nothing.
    state->selectEvent(0);
    table->setFocus();
    QCOMPARE(state->selectedEvent(), qint64(0));
    const QModelIndex third = table->model()->index(2, ContactsTableModel::Type);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(third).center());
    QCOMPARE(state->selectedEvent(), ids.at(2));
    // The arrow keys move through the contacts and the selection follows.
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(state->selectedEvent(), ids.at(3));
    QTest::keyClick(table, Qt::Key_Up);
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(state->selectedEvent(), ids.at(1));

    // A contact chosen elsewhere becomes the current row, scrolled into view.
    state->selectEvent(4);
    QCOMPARE(table->currentIndex().data(ContactsTableModel::EventIdRole).toLongLong(), qint64(4));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    const QRect shown = table->visualRect(table->currentIndex());
    QVERIFY(table->viewport()->rect().intersects(shown));
    // A filter that keeps it keeps it selected; one that drops it leaves no row selected.
    EventFilter f;
    f.countries = {QStringLiteral("EG")};
    state->setFilter(f);
    QCOMPARE(table->currentIndex().data(ContactsTableModel::EventIdRole).toLongLong(), qint64(4));
    state->selectEvent(1);
    QVERIFY(table->selectionModel()->selectedRows().isEmpty());
    window.filterBar()->clearAll();

    // Tab leaves the table instead of walking its cells.
    QVERIFY(!table->tabKeyNavigation());
}

void TestUi::contactsTableCopiesRowsWithAHeader()
{
    MainWindow window(m_backend.get());
    window.setLanguage(QStringLiteral("en"));
    const auto arabicAgain = qScopeGuard([&] { window.setLanguage(QStringLiteral("ar")); });
    window.show();
    ContactsTableView *table = window.contactsTable();
    table->sortByColumn(ContactsTableModel::Date, Qt::AscendingOrder);
    table->setFocus();
    table->selectRow(0);
    table->selectionModel()->select(table->model()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);

    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("Date\tType\tPlace\tParticipants\tSources\tConfidence\tFactuality"));
    for (int row = 0; row < 2; ++row) {
        const QStringList cells = lines.at(row + 1).split(QLatin1Char('\t'));
        QCOMPARE(cells.size(), int(ContactsTableModel::ColumnCount));
        for (int c = 0; c < cells.size(); ++c)
            QCOMPARE(cells.at(c), table->model()->index(row, c).data().toString());
    }
    QCOMPARE(lines.at(1).split(QLatin1Char('\t')).at(ContactsTableModel::Date), QStringLiteral("4 March 2024"));
}

void TestUi::contactsTableSpeaksTheInterfaceLanguage()
{
    MainWindow window(m_backend.get());
    window.setLanguage(QStringLiteral("ar"));
    window.show();
    ContactsTableView *table = window.contactsTable();
    ContactsTableModel *model = table->contactsModel();
    const int row = model->rowOf(1);
    QVERIFY(row >= 0);
    const DisplayFormat &f = window.state()->format();
    QCOMPARE(model->index(row, ContactsTableModel::Participants).data().toString(),
             QStringLiteral("سامر الحلبي، إيغور سوكولوف"));
    QCOMPARE(model->index(row, ContactsTableModel::Date).data().toString(),
             f.fuzzyDate(window.state()->eventById(1)->date));
    QCOMPARE(model->index(row, ContactsTableModel::Type).data().toString(), f.eventTypeName(EventType::Meeting));
    QVERIFY(model->headerData(ContactsTableModel::Date, Qt::Horizontal).toString() != QStringLiteral("Date"));
    QCOMPARE(table->layoutDirection(), Qt::RightToLeft);
    // The sources' outlets and files in the tooltip.
    const QString sources = model->index(model->rowOf(3), ContactsTableModel::Sources).data(Qt::ToolTipRole).toString();
    QVERIFY(sources.contains(QStringLiteral("outlet2")) && sources.contains(QStringLiteral("a3.txt")));

    window.setLanguage(QStringLiteral("en"));
    QCOMPARE(model->index(model->rowOf(1), ContactsTableModel::Participants).data().toString(),
             QStringLiteral("Samer al-Halabi, Igor Sokolov"));
    QCOMPARE(model->headerData(ContactsTableModel::Date, Qt::Horizontal).toString(), QStringLiteral("Date"));
    QCOMPARE(table->layoutDirection(), Qt::LeftToRight);
    window.setLanguage(QStringLiteral("ar"));
}

void TestUi::dateWindowFromTimelineShowsAsChip()
{
    MainWindow window(m_backend.get());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelineView *view = window.timeline();
    view->fitAll();
    const QPoint a(view->viewport()->width() / 3, 120);
    const QPoint b(2 * view->viewport()->width() / 3, 120);
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, a);
    QMouseEvent move(QEvent::MouseMove, b, view->viewport()->mapToGlobal(b), Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, b);
    ExplorerState *state = window.state();
    QVERIFY(state->windowStart().isValid());
    QVERIFY(state->windowStart() < state->windowEnd());
    QVERIFY(std::abs(state->windowStart().daysTo(state->windowEnd()) - view->visibleStart().daysTo(view->visibleEnd()) / 3) <= 3);
    QCOMPARE(window.filterBar()->chipTexts().size(), 1);
    window.filterBar()->clearAll();
    QVERIFY(!state->windowStart().isValid());
}

void TestUi::detailsShowEvidenceAndSources()
{
    ExplorerState state;
    state.setFormat(format(QStringLiteral("en")));
    DetailsPanel details(&state);
    state.setDataset(m_backend->data);
    state.selectEvent(3);
    const QString html = details.currentHtml();
    QVERIFY(html.contains(QStringLiteral("Samer al-Halabi")));
    QVERIFY(html.contains(QStringLiteral("Maria Volkova")));
    QVERIFY(html.contains(QStringLiteral("10–12 September 2024")));
    QVERIFY(html.contains(QStringLiteral("source:2:")));
    QVERIFY(html.contains(QStringLiteral("source:3:")));
    QVERIFY(html.contains(QStringLiteral("Military")));
    QSignalSpy open(&details, &DetailsPanel::sourceRequested);
    state.selectEvent(1);
    Q_EMIT details.anchorClicked(QUrl(QStringLiteral("source:1:0:20")));
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().at(0).toLongLong(), qint64(1));
    Q_EMIT details.anchorClicked(QUrl(QStringLiteral("actor:2")));
    QCOMPARE(state.selectedActor(), qint64(2));
    QVERIFY(details.currentHtml().contains(QStringLiteral("Igor Sokolov")));
}

void TestUi::detailsSayWhyAndWhetherItHappened()
{
    Dataset data = m_backend->data;
    Event &e = data.events[0];
    e.provenance = QStringLiteral(R"({"rule":"contact-verb","trigger":"التقى","people":2,"factuality":"denied",)"
                                  R"("cue":"نفى","merge":{"score":0.7,"reports":3,"joins":[]}})");
    e.factuality = Factuality::Denied;
    ExplorerState state;
    state.setFormat(format(QStringLiteral("en")));
    DetailsPanel details(&state);
    EventFilter all;
    all.withUnconfirmed = true; // a denied contact is shown only when asked for
    state.setFilter(all);
    state.setDataset(data);
    state.selectEvent(e.id);
    const QString html = details.currentHtml();
    QVERIFY2(html.contains(QStringLiteral("Denied")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("Why")));
    QVERIFY(html.contains(QStringLiteral("the contact verb «التقى» with 2 people named in its clause")));
    QVERIFY(html.contains(QStringLiteral("cue «نفى»")));
    QVERIFY(html.contains(QStringLiteral("3 report")));
    // Left out of the views by default.
    ExplorerState plain;
    plain.setDataset(data);
    QVERIFY(!plain.isVisible(e));
    QVERIFY(plain.isVisible(data.events.at(1)));
}

void TestUi::readerHighlightsAndScrollsToEvidence()
{
    ExplorerState state;
    state.setDataset(m_backend->data);
    ArticleReaderView reader(&state, m_backend.get());
    reader.resize(500, 300);
    reader.show();
    const Event &e = m_backend->data.events.at(0);
    QVERIFY(reader.showArticle(1, e.sources[0].start, e.sources[0].end));
    const QString text = m_backend->texts.value(1);
    // Both spellings of the Russian minister: the full name and the bare family name after وقال.
    int sokolov = 0;
    bool halabi = false;
    bool evidence = false;
    bool trigger = false; // the contact word, from the extraction lexicon core compiles in
    for (const HighlightSpan &s : reader.highlights()) {
        const QString covered = text.mid(s.start, s.end - s.start);
        if (s.kind == HighlightSpan::Kind::Trigger && covered == QStringLiteral("التقى"))
            trigger = true;
        if (s.kind == HighlightSpan::Kind::Actor && covered.contains(QStringLiteral("سوكولوف")))
            ++sokolov;
        if (s.kind == HighlightSpan::Kind::Actor && covered == QStringLiteral("سامر الحلبي"))
            halabi = true;
        if (s.kind == HighlightSpan::Kind::Evidence && s.start == e.sources[0].start)
            evidence = true;
    }
    QVERIFY(sokolov >= 2);
    QVERIFY(halabi);
    QVERIFY(evidence);
    QVERIFY(trigger);
    // The document carries the colours: the actor's name is bold.
    QTextCursor c(reader.textView()->document());
    c.setPosition(int(text.indexOf(QStringLiteral("سامر"))) + 1);
    QCOMPARE(c.charFormat().fontWeight(), int(QFont::Bold));
    QCOMPARE(reader.textView()->document()->firstBlock().blockFormat().layoutDirection(), Qt::RightToLeft);
    QCOMPARE(reader.textView()->textCursor().position(), e.sources[0].start);
    QVERIFY(!reader.showArticle(999));
}

void TestUi::languageSwitchChangesTextsAndDirection()
{
    MainWindow window(m_backend.get());
    window.show();
    window.setLanguage(QStringLiteral("en"));
    QCOMPARE(window.language(), QStringLiteral("en"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QCOMPARE(window.layoutDirection(), Qt::LeftToRight);
    const QString fileEn = window.menuBar()->actions().first()->text();
    QCOMPARE(fileEn, QStringLiteral("&File"));
    QVERIFY(!window.timeline()->isTimeRightToLeft());
    QVERIFY(window.filterBar()->searchField()->placeholderText().startsWith(QStringLiteral("Search")));

    window.setLanguage(QStringLiteral("ar"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
    const QString fileAr = window.menuBar()->actions().first()->text();
    QVERIFY2(fileAr != fileEn, qPrintable(fileAr));
    QVERIFY(fileAr.contains(QStringLiteral("ملف")));
    QVERIFY(window.timeline()->isTimeRightToLeft());
    QVERIFY(window.filterBar()->searchField()->placeholderText().contains(QStringLiteral("بحث"))
            || window.filterBar()->searchField()->placeholderText().contains(QStringLiteral("ابحث")));
    // Qt's own strings speak Arabic too (qtbase_ar.qm).
    QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QStringLiteral("Cancel"));
    // Remembered for next time.
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ar"));
    window.setLanguage(QStringLiteral("en"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    window.setLanguage(QStringLiteral("ar"));
}

void TestUi::presentationStepsThroughTheFilteredContacts()
{
    MainWindow window(m_backend.get());
    window.setLanguage(QStringLiteral("en"));
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ExplorerState *state = window.state();
    // The contacts one official took part in: a call, a visit and a planned message, in that order.
    EventFilter filter;
    filter.actorIds = {3};
    state->setFilter(filter);
    state->selectEvent(0);
    window.timeline()->zoomBy(2.0, QPointF(300, 100));
    window.timeline()->setFocus();
    QCoreApplication::processEvents();
    const QByteArray layoutBefore = window.saveState();
    const QByteArray geometryBefore = window.saveGeometry();
    const QDate shownFrom = window.timeline()->visibleStart();
    const QDate shownTo = window.timeline()->visibleEnd();
    const double scale = window.timeline()->zoom()->pixelsPerDay();
    QWidget *focusBefore = QApplication::focusWidget();

    PresentationMode *p = window.presentation();
    p->setActive(true);
    SlideShow *slides = p->slides();
    QVERIFY(slides && slides->isVisible() && slides->isWindow());
    QVERIFY(slides != window.window());
    // Nothing of the explorer is on the slides: no Review panel, no docks, no filter bar.
    QVERIFY(!slides->findChild<CurationPanel *>());
    QVERIFY(!slides->findChild<QDockWidget *>());
    QVERIFY(!slides->findChild<FilterBar *>());
    QList<qint64> ids;
    for (const Event *e : slides->slides())
        ids.append(e->id);
    QCOMPARE(ids, (QList<qint64>{2, 3, 5}));
    QCOMPARE(slides->currentEvent(), qint64(2));

    // English reads left to right: Right, Space and Page Down go forward; Left, Backspace and Page Up go back.
    QTest::keyClick(slides, Qt::Key_Right);
    QCOMPARE(slides->currentEvent(), qint64(3));
    QTest::keyClick(slides, Qt::Key_Space);
    QCOMPARE(slides->currentEvent(), qint64(5));
    QVERIFY2(slides->statusText().contains(QStringLiteral("Planned")), qPrintable(slides->statusText()));
    QTest::keyClick(slides, Qt::Key_Space); // the last slide stays
    QCOMPARE(slides->currentEvent(), qint64(5));
    QTest::keyClick(slides, Qt::Key_Backspace);
    QCOMPARE(slides->currentEvent(), qint64(3));
    QVERIFY(slides->statusText().isEmpty());
    QTest::keyClick(slides, Qt::Key_PageUp);
    QCOMPARE(slides->currentEvent(), qint64(2));
    QTest::keyClick(slides, Qt::Key_PageUp); // the first stays
    QCOMPARE(slides->currentEvent(), qint64(2));
    QTest::keyClick(slides, Qt::Key_PageDown);
    QCOMPARE(slides->currentEvent(), qint64(3));
    QTest::keyClick(slides, Qt::Key_Left);
    QCOMPARE(slides->currentEvent(), qint64(2));
    QTest::keyClick(slides, Qt::Key_End);
    QCOMPARE(slides->currentEvent(), qint64(5));
    QTest::keyClick(slides, Qt::Key_Home);
    QCOMPARE(slides->currentEvent(), qint64(2));
    QTest::keyClick(slides, Qt::Key_End);
    QVERIFY(slides->dateText().contains(QStringLiteral("2025")));
    // The explorer's selection is not the slides' business.
    QCOMPARE(state->selectedEvent(), qint64(0));

    QTest::keyClick(slides, Qt::Key_Escape);
    QVERIFY(!p->isActive());
    QVERIFY(!slides->isVisible());
    QCOMPARE(window.saveState(), layoutBefore);
    QCOMPARE(window.saveGeometry(), geometryBefore);
    QCOMPARE(window.timeline()->visibleStart(), shownFrom);
    QCOMPARE(window.timeline()->visibleEnd(), shownTo);
    QCOMPARE(window.timeline()->zoom()->pixelsPerDay(), scale);
    QVERIFY(window.filterBar()->isVisible());
    QVERIFY(window.menuBar()->isVisible());
    QCOMPARE(state->filter(), filter);
    QCOMPARE(state->selectedEvent(), qint64(0));
    if (focusBefore)
        QCOMPARE(QApplication::focusWidget(), focusBefore);

    // A selected contact is where the slides start.
    state->selectEvent(3);
    p->setActive(true);
    QCOMPARE(slides->currentEvent(), qint64(3));
    slides->close(); // the window manager's close leaves presentation mode too
    QVERIFY(!p->isActive());
    // With no contact through the filter the slide says so, and Escape still leaves.
    filter.actorIds = {999};
    state->setFilter(filter);
    p->setActive(true);
    QVERIFY(slides->slides().isEmpty());
    QVERIFY(!slides->step(+1));
    QVERIFY(slides->findChild<QLabel *>(QStringLiteral("slideEmpty"))->isVisibleTo(slides));
    QTest::keyClick(slides, Qt::Key_Escape);
    QVERIFY(!p->isActive());
    state->setFilter(EventFilter());
}

void TestUi::presentationFollowsTheReadingDirection()
{
    LanguageManager language;
    QVERIFY(language.apply(QStringLiteral("ar")));
    ExplorerState state;
    state.setFormat(format(QStringLiteral("ar")));
    state.setDataset(m_backend->data);
    EventFilter filter;
    filter.actorIds = {3};
    state.setFilter(filter);
    SlideShow slides(&state);
    slides.resize(1280, 720);
    slides.show();
    slides.startAt(0);
    QCOMPARE(slides.currentEvent(), qint64(2));
    // Arabic reads right to left and the strip's time runs to the left: Left is the next slide.
    QTest::keyClick(&slides, Qt::Key_Left);
    QCOMPARE(slides.currentEvent(), qint64(3));
    QTest::keyClick(&slides, Qt::Key_Right);
    QCOMPARE(slides.currentEvent(), qint64(2));
    // A clicker's keys do not depend on the language.
    QTest::keyClick(&slides, Qt::Key_PageDown);
    QCOMPARE(slides.currentEvent(), qint64(3));
    QCOMPARE(slides.layoutDirection(), Qt::RightToLeft);
    // Arabic-Indic digits in the counter and the date.
    const QString counter = slides.findChild<QLabel *>(QStringLiteral("slideCounter"))->text();
    QVERIFY2(counter.contains(QStringLiteral("٢")) && counter.contains(QStringLiteral("٣")), qPrintable(counter));
    QVERIFY2(slides.dateText().contains(QStringLiteral("٢٠٢٤")), qPrintable(slides.dateText()));
    QTest::keyClick(&slides, Qt::Key_PageDown);
    QVERIFY2(slides.statusText().startsWith(QStringLiteral("مقر")), qPrintable(slides.statusText()));
    QVERIFY2(slides.findChild<QLabel *>(QStringLiteral("slideHint"))->text().contains(QStringLiteral("التالي")),
             qPrintable(slides.findChild<QLabel *>(QStringLiteral("slideHint"))->text()));
    // The strip runs the way the timeline does: the earlier contact to the right in Arabic.
    auto *strip = slides.findChild<QWidget *>(QStringLiteral("slideStrip"));
    QVERIFY(strip && strip->height() > 40);
}

void TestUi::slideShowsTheQuoteAndItsSource()
{
    Dataset data = m_backend->data;
    data.articles[0].url = QStringLiteral("https://example.org/news/1");
    data.events[0].location = QStringLiteral("موسكو");
    data.events[0].locationCountry = QStringLiteral("RU");
    data.events[0].participants[0].part = QStringLiteral("guest");
    Role minister;
    minister.title = QStringLiteral("وزير الخارجية");
    minister.titleEn = QStringLiteral("Foreign Minister");
    minister.country = QStringLiteral("SY");
    minister.from = QDate(2020, 1, 1);
    data.actors[0].roles = {minister};
    ExplorerState state;
    state.setFormat(format(QStringLiteral("en")));
    state.setDataset(data);
    SlideShow slides(&state);
    slides.resize(1280, 720);
    slides.show();
    QVERIFY(QTest::qWaitForWindowExposed(&slides));
    slides.startAt(1);
    QCOMPARE(slides.currentEvent(), qint64(1));
    const QString evidence = data.events[0].sources[0].evidence;
    QVERIFY(!evidence.isEmpty());
    QVERIFY2(slides.quoteText().contains(evidence), qPrintable(slides.quoteText()));
    // Shown whole at this size: the label's text is the full quote, not a cut one.
    auto *quote = slides.findChild<QLabel *>(QStringLiteral("slideQuote"));
    QCOMPARE(quote->text(), slides.quoteText());
    QCOMPARE(quote->layoutDirection(), Qt::RightToLeft); // an Arabic sentence on an English slide
    const QString cite = slides.citationText();
    QVERIFY2(cite.contains(QStringLiteral("outlet1")) && cite.contains(state.format().date(QDate(2024, 6, 6))) &&
                 cite.contains(QStringLiteral("https://example.org/news/1")),
             qPrintable(cite));
    QCOMPARE(slides.dateText(), state.format().fuzzyDate(data.events[0].date));
    QCOMPARE(slides.placeText(), QStringLiteral("Moscow, Russia"));
    const QStringList cards = slides.cardTexts();
    QCOMPARE(cards.size(), 2);
    QCOMPARE(cards.at(0), QStringLiteral("Samer al-Halabi\nForeign Minister\nSyria"));
    QCOMPARE(cards.at(1), QStringLiteral("Igor Sokolov\nRussia"));

    // In Arabic the same slide in Arabic words, the office in Arabic, the date in Arabic-Indic digits.
    state.setFormat(format(QStringLiteral("ar")));
    QCOMPARE(slides.cardTexts().at(0), QStringLiteral("سامر الحلبي\nوزير الخارجية\nسوريا"));
    QVERIFY2(slides.citationText().contains(QStringLiteral("٢٠٢٤")), qPrintable(slides.citationText()));
    QCOMPARE(slides.layoutDirection(), Qt::RightToLeft);

    // A sentence far too long for the slide is cut at a word and says so, never clipped.
    data.events[0].sources[0].evidence = QStringList(400, QStringLiteral("كلمة")).join(QLatin1Char(' '));
    state.setDataset(data);
    slides.startAt(1);
    QCoreApplication::processEvents();
    QVERIFY(quote->text().endsWith(QStringLiteral("…")));
    const QRect need = QFontMetrics(quote->font())
                           .boundingRect(QRect(0, 0, quote->contentsRect().width(), 1 << 20),
                                         int(quote->alignment()) | Qt::TextWordWrap, quote->text());
    QVERIFY2(need.height() <= quote->contentsRect().height(),
             qPrintable(QStringLiteral("%1 > %2").arg(need.height()).arg(quote->contentsRect().height())));
}

void TestUi::timelineZoomsToTheFilterUnlessZoomedByHand()
{
    ExplorerState state;
    state.setFormat(format(QStringLiteral("en")));
    TimelineView view(&state);
    view.resize(1000, 400);
    view.show();
    state.setDataset(m_backend->data);
    view.fitAll();
    const qint64 whole = view.visibleStart().daysTo(view.visibleEnd());
    QVERIFY(view.followsFilter());

    // One official's two contacts, a month apart: the view narrows to them.
    EventFilter filter;
    filter.actorIds = {5};
    state.setFilter(filter);
    QVERIFY2(view.visibleStart() <= QDate(2025, 1, 20) && view.visibleEnd() >= QDate(2025, 2, 14),
             qPrintable(view.visibleStart().toString() + QLatin1Char(' ') + view.visibleEnd().toString()));
    QVERIFY2(view.visibleStart().daysTo(view.visibleEnd()) < whole / 3,
             qPrintable(QString::number(view.visibleStart().daysTo(view.visibleEnd()))));

    // Zoomed by hand: the next filter change keeps the view.
    view.zoomBy(3.0, QPointF(400, 100));
    QVERIFY(!view.followsFilter());
    const QDate from = view.visibleStart();
    const QDate to = view.visibleEnd();
    filter.actorIds = {4};
    state.setFilter(filter);
    QCOMPARE(view.visibleStart(), from);
    QCOMPARE(view.visibleEnd(), to);

    // Fit all fits the filtered record (not the whole one), and the view follows the filter again.
    view.fitAll();
    QVERIFY(view.followsFilter());
    QVERIFY(view.visibleStart() <= QDate(2024, 3, 5) && view.visibleEnd() >= QDate(2025, 1, 20));
    filter.actorIds = {5};
    state.setFilter(filter);
    QVERIFY(view.visibleStart().daysTo(view.visibleEnd()) < whole / 3);
    // Nothing filtered: the whole record, at the smallest scale.
    state.setFilter(EventFilter());
    QCOMPARE(view.zoom()->pixelsPerDay(), view.zoom()->minimum());
    // A pan with the scroll bar is by hand too.
    state.setFilter(filter);
    view.horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    QVERIFY(!view.followsFilter());
}

void TestUi::brushOnTheAxisSetsTheFilterDates()
{
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
        MainWindow window(m_backend.get());
        window.setLanguage(lang);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ExplorerState *state = window.state();
        state->setFilter(EventFilter());
        TimelineView *view = window.timeline();
        view->fitAll();
        QWidget *port = view->viewport();
        const int y = int(TimelineView::kAxisHeight / 2);
        const QPoint a(port->width() / 4, y);
        const QPoint b(port->width() / 2, y);
        QDate first = view->dateAtViewportX(a.x());
        QDate last = view->dateAtViewportX(b.x());
        if (first > last)
            std::swap(first, last);
        QTest::mousePress(port, Qt::LeftButton, {}, a);
        QTest::mouseMove(port, QPoint((a.x() + b.x()) / 2, y));
        QTest::mouseMove(port, b);
        QTest::mouseRelease(port, Qt::LeftButton, {}, b);
        QCOMPARE(state->filter().from, first);
        QCOMPARE(state->filter().to, last);
        // The filter bar shows the dates, and the view is zoomed to them.
        QCOMPARE(window.filterBar()->fromField()->date(), first);
        QCOMPARE(window.filterBar()->toField()->date(), last);
        QVERIFY2(view->visibleStart() <= first && view->visibleEnd() >= last, qPrintable(lang));
        QVERIFY2(view->visibleStart().daysTo(view->visibleEnd()) < first.daysTo(last) * 3 / 2 + 10, qPrintable(lang));
        QVERIFY(view->followsFilter());
        // A click on the axis is not a brush; a drag over the lanes pans and leaves the filter alone.
        QTest::mouseClick(port, Qt::LeftButton, {}, QPoint(port->width() / 3, y));
        QCOMPARE(state->filter().from, first);
        const QPoint lane(port->width() / 2, port->height() - 20);
        QTest::mousePress(port, Qt::LeftButton, {}, lane);
        QTest::mouseMove(port, lane + QPoint(60, 0));
        QTest::mouseRelease(port, Qt::LeftButton, {}, lane + QPoint(60, 0));
        QCOMPARE(state->filter().from, first);
        QCOMPARE(state->filter().to, last);
        QVERIFY(!view->followsFilter());
        state->setFilter(EventFilter());
    }
}

void TestUi::importRunsOffTheGuiThreadAndReports()
{
    MainWindow window(m_backend.get());
    window.setShowImportReport(false);
    window.show();
    QSignalSpy done(window.importer(), &ImportController::finished);
    QSignalSpy progress(window.importer(), &ImportController::progressed);
    window.importPaths({QStringLiteral("/tmp/one.txt"), QStringLiteral("/tmp/two.bin")});
    QVERIFY(window.importer()->isRunning());
    QVERIFY(done.wait(5000));
    QVERIFY(m_backend->importOffGuiThread);
    QCOMPARE(progress.count(), 2);
    const auto report = done.first().first().value<ImportReport>();
    QCOMPARE(report.count(ImportItem::Status::Imported), 1);
    QCOMPARE(report.count(ImportItem::Status::Failed), 1);
    ImportReportDialog dialog(report);
    QCOMPARE(dialog.list()->topLevelItemCount(), 2);
    QVERIFY(dialog.list()->topLevelItem(1)->text(2).contains(QStringLiteral("not a text file")));
    QVERIFY(!window.importer()->isRunning());
}

void TestUi::damagedProjectIsShownReadOnly()
{
    const QString damage = QStringLiteral("/tmp/p.sqlite: the database file is damaged (PRAGMA quick_check: x)");
    {
        MainWindow healthy(m_backend.get());
        QVERIFY(healthy.problemBanner()->isHidden());
        QVERIFY(healthy.importFilesAction()->isEnabled());
        QVERIFY(!healthy.recoverAction()->isEnabled());
    }
    m_backend->damageText = damage;
    const auto restore = qScopeGuard([this] { m_backend->damageText.clear(); });
    MainWindow window(m_backend.get());
    window.setShowImportReport(false);
    window.show();
    QVERIFY(!window.problemBanner()->isHidden());
    QVERIFY2(window.problemBanner()->text().contains(damage), qPrintable(window.problemBanner()->text()));
    const QString damagedWording = window.problemBanner()->text().section(QLatin1Char('\n'), 0, 0); // in either language
    QVERIFY(!damagedWording.isEmpty() && !damagedWording.contains(damage));
    QVERIFY(!window.problemBanner()->text().contains(QStringLiteral("rasad-cli")));
    QVERIFY(!window.importFilesAction()->isEnabled());
    QVERIFY(!window.reextractAction()->isEnabled());
    QVERIFY(window.recoverAction()->isEnabled());

    // A drop on the window still imports nothing: it says why instead.
    QString said;
    QTimer::singleShot(0, &window, [&said] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            said = box->text();
            box->close();
        }
    });
    const qsizetype imported = m_backend->importedPaths.size();
    window.importPaths({QStringLiteral("/tmp/one.txt")});
    QVERIFY(!window.importer()->isRunning());
    QCOMPARE(m_backend->importedPaths.size(), imported);
    QVERIFY2(said.contains(damage), qPrintable(said));

    // The same banner, worded for a read that failed half-way, when the file passed its check.
    m_backend->damageText.clear();
    m_backend->readErrorText = QStringLiteral("/tmp/p.sqlite: the database file is damaged (corrupt)");
    window.reload();
    QVERIFY(!window.problemBanner()->isHidden());
    QVERIFY(window.problemBanner()->text().contains(m_backend->readErrorText));
    QVERIFY(!window.problemBanner()->text().contains(damagedWording)); // not "opened read-only": it was not
    QVERIFY(window.importFilesAction()->isEnabled());
    m_backend->readErrorText.clear();
    window.reload();
    QVERIFY(window.problemBanner()->isHidden());
}

void TestUi::readOnlyProjectIsShownToBeViewed()
{
    // A project on a read-only medium: shown, every edit and import off, and why, without the damage wording.
    m_backend->readOnlyText = QStringLiteral("/media/cd/p.sqlite: the database file is read-only");
    const auto restore = qScopeGuard([this] { m_backend->readOnlyText.clear(); });
    MainWindow window(m_backend.get());
    window.setShowImportReport(false);
    window.show();
    QVERIFY(!window.problemBanner()->isHidden());
    QVERIFY2(window.problemBanner()->text().contains(m_backend->readOnlyText),
             qPrintable(window.problemBanner()->text()));
    QVERIFY(!window.importFilesAction()->isEnabled());
    QVERIFY(!window.reextractAction()->isEnabled());
    QVERIFY(!window.recoverAction()->isEnabled()); // nothing to recover: the file is whole
    QVERIFY(!window.state()->dataset().events.isEmpty()); // and the record is there to be read
    QString said;
    QTimer::singleShot(0, &window, [&said] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            said = box->text();
            box->close();
        }
    });
    const qsizetype imported = m_backend->importedPaths.size();
    window.importPaths({QStringLiteral("/tmp/one.txt")});
    QCOMPARE(m_backend->importedPaths.size(), imported);
    QVERIFY2(said.contains(m_backend->readOnlyText), qPrintable(said));
}

void TestUi::importReportOffersTheMenuItem()
{
    ImportReport report;
    report.items.append({QStringLiteral("/tmp/a.txt"), ImportItem::Status::Imported, 1, QString()});
    report.cancelled = true;
    report.extractionPending = true;
    const QString summary = ImportReportDialog::summary(report);
    // The menu item, as the menu names it in the language in use.
    const QString menuItem = QCoreApplication::translate("rasad::MainWindow", "Re-extract all articles");
    QVERIFY2(summary.contains(menuItem), qPrintable(summary));
    QVERIFY(!summary.contains(QStringLiteral("reextract")));
    report.extractionPending = false;
    report.extractionError = QStringLiteral("/tmp/p.sqlite: the database file is damaged (corrupt)");
    QVERIFY(ImportReportDialog::summary(report).contains(report.extractionError));
    // The counts in the display's digits; the path in the message keeps its own.
    for (int i = 0; i < 11; ++i)
        report.items.append({QStringLiteral("/tmp/b%1.txt").arg(i), ImportItem::Status::Imported, 2 + i, QString()});
    const QString arabic = ImportReportDialog::summary(report, format(QStringLiteral("ar")));
    QVERIFY2(arabic.contains(QStringLiteral("١٢")) && !arabic.contains(QStringLiteral("12")), qPrintable(arabic));
    QVERIFY(arabic.contains(report.extractionError));
    QVERIFY(ImportReportDialog::summary(report, format(QStringLiteral("en"))).contains(QStringLiteral("12")));
}

void TestUi::importMessagesSpeakTheLanguageInUse()
{
    // Why a file was refused, as the import report shows it: in Arabic with the Arabic interface, in
    // English with the English one; the path as it is.
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty-1.txt"));
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    MainWindow window(m_backend.get());
    window.setLanguage(QStringLiteral("ar"));
    const auto arabicAgain = qScopeGuard([&] { window.setLanguage(QStringLiteral("ar")); });
    const ReadResult arabic = ArticleReader().read(empty);
    QVERIFY2(arabic.error.contains(QStringLiteral("ملف فارغ")) && arabic.error.contains(empty), qPrintable(arabic.error));
    StoreError storeError; // a project file that is a folder, as the open dialog may be given
    QVERIFY(!Store::open(dir.path(), &storeError));
    QVERIFY2(storeError.message.contains(QStringLiteral("مجلد")), qPrintable(storeError.message));
    window.setLanguage(QStringLiteral("en"));
    const ReadResult english = ArticleReader().read(empty);
    QVERIFY2(english.error.contains(QStringLiteral("empty file")), qPrintable(english.error));
}

void TestUi::importReportNamesSkippedFiles()
{
    // A skipped duplicate is a row of its own, with its file and the article it repeats, not only a count.
    ImportReport report;
    report.items.append({QStringLiteral("/tmp/new/a.txt"), ImportItem::Status::Imported, 3, QString()});
    report.items.append({QStringLiteral("/tmp/copy/b.txt"), ImportItem::Status::Duplicate, 2,
                         QStringLiteral("/tmp/copy/b.txt: already imported (same text as article 2)")});
    ImportReportDialog dialog(report);
    QCOMPARE(dialog.list()->topLevelItemCount(), 2);
    const QTreeWidgetItem *skipped = dialog.list()->topLevelItem(1);
    QCOMPARE(skipped->text(0), QCoreApplication::translate("rasad::ImportReportDialog", "skipped"));
    QCOMPARE(skipped->text(1), QStringLiteral("b.txt"));
    QCOMPARE(skipped->toolTip(1), QStringLiteral("/tmp/copy/b.txt"));
    QVERIFY(skipped->text(2).contains(QStringLiteral("same text as article 2")));
}

namespace {
/** Closes the modal dialog a shortcut opened, so the test goes on. */
void closeModalsSoon()
{
    QTimer::singleShot(50, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
}
} // namespace

void TestUi::timelineKeysStepThroughContacts()
{
    for (const QString &lang : {QStringLiteral("ar"), QStringLiteral("en")}) {
        MainWindow window(m_backend.get());
        window.setLanguage(lang);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ExplorerState *state = window.state();
        TimelineView *timeline = window.timeline();
        state->selectEvent(0);
        timeline->setFocus();
        QList<qint64> dated;
        for (const Event *e : state->visibleEvents())
            if (e->date.isValid())
                dated.append(e->id);
        QVERIFY(dated.size() > 3);
        // Home and End: the first and last contact in time.
        QTest::keyClick(timeline, Qt::Key_End);
        QCOMPARE(state->selectedEvent(), dated.last());
        QTest::keyClick(timeline, Qt::Key_Home);
        QCOMPARE(state->selectedEvent(), dated.first());
        // The arrow pointing forward in time: left in Arabic, right in English.
        const Qt::Key later = lang == QLatin1String("ar") ? Qt::Key_Left : Qt::Key_Right;
        const Qt::Key earlier = lang == QLatin1String("ar") ? Qt::Key_Right : Qt::Key_Left;
        QTest::keyClick(timeline, later);
        QCOMPARE(state->selectedEvent(), dated.at(1));
        QTest::keyClick(timeline, later);
        QCOMPARE(state->selectedEvent(), dated.at(2));
        QTest::keyClick(timeline, earlier);
        QCOMPARE(state->selectedEvent(), dated.at(1));
        // Linked as a click is: the table's current row and the details follow.
        QCOMPARE(window.contactsTable()->currentIndex().data(ContactsTableModel::EventIdRole).toLongLong(), dated.at(1));
        QVERIFY(!window.details()->toPlainText().isEmpty());
        // Up and Down go to another lane (by country: Syria, Russia, …), to a contact that is in it.
        const int lanesBefore = int(timeline->timelineLayout().lanes().size());
        QVERIFY(lanesBefore > 1);
        const qint64 before = state->selectedEvent();
        QTest::keyClick(timeline, Qt::Key_Down);
        QVERIFY(state->selectedEvent() != 0);
        const auto inLane = [&](int lane, qint64 id) {
            for (const auto &p : timeline->timelineLayout().lanes().at(lane).placements)
                if (p.event->id == id)
                    return true;
            return false;
        };
        int laneNow = -1;
        for (int l = 1; l < lanesBefore && laneNow < 0; ++l)
            if (inLane(l, state->selectedEvent()))
                laneNow = l;
        QVERIFY2(laneNow > 0 || state->selectedEvent() != before, "Down moved to a lower lane");
        // Enter opens the source, as a double click does.
        QSignalSpy activated(timeline, &TimelineView::eventActivated);
        QTest::keyClick(timeline, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        // Escape lets go of the selection; Ctrl+arrows still pan.
        QTest::keyClick(timeline, Qt::Key_Escape);
        QCOMPARE(state->selectedEvent(), qint64(0));
    }
}

void TestUi::tabAndCtrlTabLeaveTheTables()
{
    MainWindow window(m_backend.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // Tab leaves the graph's actor table instead of walking its cells.
    QTableView *actors = window.graphView()->actorTableView();
    QVERIFY(!actors->tabKeyNavigation());
    actors->setFocus();
    actors->setCurrentIndex(actors->model()->index(0, 0));
    QVERIFY(actors->hasFocus());
    QTest::keyClick(actors, Qt::Key_Tab);
    QVERIFY2(!actors->hasFocus(), "Tab stayed in the actor table");
    // Ctrl+Tab goes from panel to panel, from a table too, and Ctrl+Shift+Tab back.
    window.contactsDock()->show();
    window.contactsDock()->raise();
    window.contactsTable()->setFocus();
    QVERIFY(window.contactsTable()->hasFocus());
    const QList<QWidget *> panels = window.panelOrder();
    const qsizetype at = panels.indexOf(window.contactsDock());
    QVERIFY(at >= 0);
    QTest::keyClick(window.contactsTable(), Qt::Key_Tab, Qt::ControlModifier);
    QWidget *next = panels.at((at + 1) % panels.size());
    QVERIFY2(next->isAncestorOf(QApplication::focusWidget()) || next == QApplication::focusWidget(),
             qPrintable(QApplication::focusWidget()->objectName()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(window.contactsTable()->hasFocus());
    // Ctrl+number brings a panel forward, a tabbed one too: the graph's tab is behind the table now.
    QTest::keyClick(window.contactsTable(), Qt::Key_2, Qt::ControlModifier);
    QVERIFY(actors->hasFocus());
    QVERIFY(window.graphView()->isVisible());
    // Home and End in the contacts table: the first and last contact.
    window.contactsDock()->raise();
    ContactsTableView *table = window.contactsTable();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(2, 1));
    QTest::keyClick(table, Qt::Key_End);
    QCOMPARE(table->currentIndex().row(), table->model()->rowCount() - 1);
    QCOMPARE(window.state()->selectedEvent(), table->currentIndex().data(ContactsTableModel::EventIdRole).toLongLong());
    QTest::keyClick(table, Qt::Key_Home);
    QCOMPARE(table->currentIndex().row(), 0);
}

void TestUi::shortcutsWorkFromAnyFocus()
{
    MainWindow window(m_backend.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QLineEdit *search = window.filterBar()->searchField();
    // Ctrl+F from the timeline: the search box, its text selected to type over.
    window.timeline()->setFocus();
    search->setText(QStringLiteral("old"));
    QTest::keyClick(window.timeline(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QCOMPARE(search->selectedText(), QStringLiteral("old"));
    // Ctrl+E from inside the search box: the line edit must not swallow it.
    QSignalSpy exported(window.exportTimelineAction(), &QAction::triggered);
    closeModalsSoon();
    QTest::keyClick(search, Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(exported.size(), 1);
    // And from a date field, a table and the reader.
    for (QWidget *w : {static_cast<QWidget *>(window.filterBar()->fromField()), static_cast<QWidget *>(window.contactsTable()),
                       static_cast<QWidget *>(window.details())}) {
        QWidget *focus = w->focusProxy() ? w->focusProxy() : w;
        window.activateWindow(); // offscreen, a closed dialog does not give the window back by itself
        QVERIFY(QTest::qWaitForWindowActive(&window));
        focus->setFocus();
        closeModalsSoon();
        const qsizetype before = exported.size();
        QTest::keyClick(focus, Qt::Key_E, Qt::ControlModifier);
        QVERIFY2(exported.size() == before + 1, w->metaObject()->className());
    }
    QCOMPARE(exported.size(), 4);
    search->clear();
    window.filterBar()->applyText();
}

void TestUi::altLetterOpensTheMenus()
{
    MainWindow window(m_backend.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const auto opens = [&](QMenu *menu, QKeyCombination key) {
        // Offscreen, a closed popup does not give the window back by itself.
        QApplication::setActiveWindow(&window);
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        // sendKeyEvent with the letter: keyClick() knows only Latin keys.
        QTest::sendKeyEvent(QTest::Click, window.timeline(), key.key(), QString(QChar(char16_t(key.key()))).toLower(),
                            key.keyboardModifiers());
        const bool shown = menu->isVisible();
        // Escape twice, as a user would: once closes the menu, once leaves the menu bar's keyboard navigation.
        if (shown)
            QTest::keyClick(menu, Qt::Key_Escape);
        QTest::keyClick(window.menuBar(), Qt::Key_Escape);
        QTest::qWait(20);
        return shown;
    };
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
        window.setLanguage(lang);
        window.timeline()->setFocus();
        // Every title has its letter, and Alt with it opens that menu (Alt+F File, Alt+م ملف).
        for (QAction *a : window.menuBar()->actions()) {
            QVERIFY2(!QKeySequence::mnemonic(a->text()).isEmpty(), qPrintable(a->text()));
            QVERIFY2(opens(a->menu(), QKeySequence::mnemonic(a->text())[0]), qPrintable(lang + u' ' + a->text()));
        }
    }
    window.setLanguage(QStringLiteral("ar"));
}

void TestUi::countsUseEveryArabicPluralForm()
{
    LanguageManager languages;
    QVERIFY(languages.apply(QStringLiteral("ar")));
    const DisplayFormat ar = format(QStringLiteral("ar"));
    // Arabic's six forms: none, one, two, a few (3–10), many (11–99), a hundred and more; Arabic-Indic digits.
    QCOMPARE(Counts::contacts(0, ar), QStringLiteral("لا اتصالات"));
    QCOMPARE(Counts::contacts(1, ar), QStringLiteral("اتصال واحد"));
    QCOMPARE(Counts::contacts(2, ar), QStringLiteral("اتصالان"));
    QCOMPARE(Counts::contacts(3, ar), QStringLiteral("٣ اتصالات"));
    QCOMPARE(Counts::contacts(11, ar), QStringLiteral("١١ اتصالاً"));
    QCOMPARE(Counts::contacts(100, ar), QStringLiteral("١٠٠ اتصال"));
    QCOMPARE(Counts::actors(13, ar), QStringLiteral("١٣ شخصيةً"));
    QCOMPARE(Counts::articles(5, ar), QStringLiteral("٥ مقالات"));
    QVERIFY(!Counts::separator(ar).contains(u'·'));
    QVERIFY(languages.apply(QStringLiteral("en")));
    const DisplayFormat en = format(QStringLiteral("en"));
    QCOMPARE(Counts::contacts(1, en), QStringLiteral("1 contact"));
    QCOMPARE(Counts::contacts(8, en), QStringLiteral("8 contacts"));
    QVERIFY(languages.apply(QStringLiteral("ar")));
}

void TestUi::windowFitsASmallScreenAndResetsItsLayout()
{
    QSettings().remove(QStringLiteral("window"));
    for (const QString &lang : {QStringLiteral("ar"), QStringLiteral("en")}) {
        MainWindow window(m_backend.get());
        window.setLanguage(lang);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50);
        // A projector or a small laptop, every dock shown.
        const QSize smallest = window.minimumSizeHint();
        QVERIFY2(smallest.width() <= 1024 && smallest.height() <= 640,
                 qPrintable(QStringLiteral("%1: %2×%3").arg(lang).arg(smallest.width()).arg(smallest.height())));
        window.resize(1024, 640);
        QTest::qWait(50);
        QCOMPARE(window.size(), QSize(1024, 640));
        // A filter with many chips does not widen it again.
        EventFilter f;
        f.countries = {QStringLiteral("SY"), QStringLiteral("RU"), QStringLiteral("EG")};
        f.topics = {QStringLiteral("economy"), QStringLiteral("military")};
        f.from = QDate(2024, 1, 1);
        f.to = QDate(2025, 12, 31);
        window.state()->setFilter(f);
        QVERIFY(window.minimumSizeHint().width() <= 1024);
        window.filterBar()->clearAll();

        // The researcher moves things about…
        window.detailsDock()->setFloating(true);
        window.graphDock()->hide();
        window.removeDockWidget(window.statsDock());
        window.addDockWidget(Qt::LeftDockWidgetArea, window.statsDock());
        window.statsDock()->show();
        // … and View → Reset layout puts them back, in the first start's proportions.
        window.resetLayoutAction()->trigger();
        QTest::qWait(50);
        QVERIFY(!window.detailsDock()->isFloating());
        QCOMPARE(window.dockWidgetArea(window.detailsDock()), Qt::RightDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(window.readerDock()), Qt::RightDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(window.statsDock()), Qt::BottomDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(window.graphDock()), Qt::BottomDockWidgetArea);
        QVERIFY(window.graphDock()->isVisible());
        QVERIFY(window.graphView()->isVisible()); // in front of the contacts table
        QVERIFY(window.tabifiedDockWidgets(window.graphDock()).contains(window.contactsDock()));
        const double side = double(window.detailsDock()->width()) / window.width();
        QVERIFY2(side > 0.2 && side < 0.4, qPrintable(QString::number(side)));
        const double bottom = double(window.graphDock()->height()) / window.height();
        QVERIFY2(bottom > 0.3 && bottom < 0.5, qPrintable(QString::number(bottom)));
    }
}

QTEST_MAIN(TestUi)
#include "tst_ui.moc"
