// Exports: report pictures (PNG size and DPI, SVG and PDF parse), clipboard, and the data files for
// network tools (GraphML, dynamic GEXF) and the web (TimelineJS), on a hand-made dataset.
#include "common/ExplorerState.h"
#include "export/DataExport.h"
#include "export/DatasetWriter.h"
#include "export/ExportDialog.h"
#include "export/GraphExporter.h"
#include "export/LocaleFormat.h"
#include "export/ReportExporter.h"
#include "export/TimelineJsExporter.h"
#include "graph/ActorGraphView.h"
#include "graph/GraphCanvas.h"
#include "stats/StatsPanel.h"
#include "timeline/TimeAxis.h"
#include "timeline/TimelinePicture.h"
#include "timeline/TimelineView.h"

#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

#include <cmath>

using namespace rasad;

namespace {

Actor person(qint64 id, const QString &name, const QString &nameEn, const QString &country)
{
    Actor a;
    a.id = id;
    a.key = QStringLiteral("test:%1").arg(id);
    a.name = name;
    a.nameEn = nameEn;
    a.country = country;
    return a;
}

Event event(qint64 id, EventType type, const FuzzyDate &date, const QList<qint64> &actors, const QString &evidence)
{
    Event e;
    e.id = id;
    e.type = type;
    e.date = date;
    e.location = QStringLiteral("عمّان");
    for (qint64 a : actors)
        e.participants.append({a, QStringLiteral("member")});
    EventSource s;
    s.articleId = 7;
    s.fileName = QStringLiteral("report-7.txt");
    s.evidence = evidence;
    e.sources.append(s);
    return e;
}

FuzzyDate day(int y, int m, int d, const QString &text = {})
{
    FuzzyDate f;
    f.start = f.end = QDate(y, m, d);
    f.granularity = Granularity::Day;
    f.text = text;
    return f;
}

FuzzyDate month(int y, int m, const QString &text)
{
    FuzzyDate f;
    f.start = QDate(y, m, 1);
    f.end = f.start.addMonths(1).addDays(-1);
    f.granularity = Granularity::Month;
    f.text = text;
    return f;
}

/*
 * Four invented officials, four events:
 *   1  2023-02-14  meeting  1 2     "Nour Haddad received Pavel Sokolov..."
 *   2  2023-04     visit    1 2 3   (month only)
 *   3  2023-04-28  call     3 4
 *   4  undated     meeting  2 4
 */
Dataset dataset()
{
    Dataset d;
    d.actors = {person(1, QStringLiteral("نور حداد"), QStringLiteral("Nour Haddad"), QStringLiteral("SY")),
                person(2, QStringLiteral("بافل سوكولوف"), QStringLiteral("Pavel Sokolov"), QStringLiteral("RU")),
                person(3, QStringLiteral("رامي عيسى"), QStringLiteral("Rami Issa"), QStringLiteral("SY")),
                person(4, QStringLiteral("أنا بيلايا"), QStringLiteral("Anna Belaya"), QStringLiteral("RU"))};
    d.events = {
        event(1, EventType::Meeting, day(2023, 2, 14, QStringLiteral("يوم الثلاثاء")), {1, 2},
              QStringLiteral("استقبل نور حداد نائب الوزير بافل سوكولوف & الوفد المرافق")),
        event(2, EventType::Visit, month(2023, 4, QStringLiteral("في نيسان الماضي")), {1, 2, 3},
              QStringLiteral("زار الوفد دمشق في نيسان")),
        event(3, EventType::Call, day(2023, 4, 28), {3, 4}, QStringLiteral("تلقى رامي عيسى اتصالاً هاتفياً")),
        event(4, EventType::Meeting, FuzzyDate(), {2, 4}, QString()),
    };
    Article a;
    a.id = 7;
    a.fileName = QStringLiteral("report-7.txt");
    a.source = QStringLiteral("example-news");
    a.url = QStringLiteral("https://example.org/a?x=1&y=2");
    d.articles = {a};
    return d;
}

/** Elements named `name` in an XML document, each as its attributes; fails the test on a parse error. */
QList<QXmlStreamAttributes> elements(const QByteArray &xml, const QString &name, QString *rootNamespace = nullptr)
{
    QList<QXmlStreamAttributes> found;
    QXmlStreamReader reader(xml);
    bool first = true;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement) {
            if (first && rootNamespace)
                *rootNamespace = reader.namespaceUri().toString();
            first = false;
            if (reader.name() == name)
                found.append(reader.attributes());
        }
    }
    if (reader.hasError())
        qWarning() << "XML error" << reader.errorString() << reader.lineNumber();
    return reader.hasError() ? QList<QXmlStreamAttributes>{} : found;
}

DisplayFormat english()
{
    DisplayFormat f;
    f.setLanguage(QStringLiteral("en"));
    return f;
}

/** The ids of the contacts a timeline view places on its lanes. */
QSet<qint64> drawnEvents(const TimelineView &view)
{
    QSet<qint64> ids;
    for (const TimelineLayout::Lane &lane : view.timelineLayout().lanes())
        for (const TimelineLayout::Placement &p : lane.placements)
            ids.insert(p.event->id);
    return ids;
}

/** The text of each <text> element of an SVG, in order (the writer splits a line into runs, spaces apart). */
QStringList svgTexts(const QByteArray &svg)
{
    QStringList texts;
    QXmlStreamReader reader(svg);
    while (!reader.atEnd())
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("text"))
            texts.append(reader.readElementText(QXmlStreamReader::IncludeChildElements));
    if (reader.hasError())
        qWarning() << "SVG error" << reader.errorString();
    return texts;
}

/** All the text of an SVG run together, as it reads. */
QString svgText(const QByteArray &svg)
{
    return svgTexts(svg).join(QString());
}

int countColour(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 6 && std::abs(c.green() - colour.green()) < 6 &&
                std::abs(c.blue() - colour.blue()) < 6)
                ++n;
        }
    return n;
}

} // namespace

class ExportTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pngHasAskedWidthAndDpi();
    void pngFollowsZoom();
    void timelineExportKeepsAxisAndTypeSize();
    void timelineExportDrawsTheFilteredRecordAndNamesIt();
    void timelineExportOverTheScreensDates();
    void timelineExportCarriesNoSelection();
    void fittedTimelineExportHasMonths();
    void unfilteredExportSaysAllContacts();
    void citationsNameOutletDateAndAddress();
    void dialogPresetsShapeThePage();
    void graphFitsAPagePreset();
    void svgParsesAndKeepsText();
    void pdfIsAPdf();
    void badPathGivesOneClearMessage();
    void dialogExportsWithItsChoices();
    void dialogSaysThePrintSizeInTheLanguagesDigits();
    void dialogReopensWithANameForItsFormat();
    void dialogFormatFollowsTheTypedName();
    void dialogNameFollowsTheChosenFormat();
    void clipboardGetsTheImage();
    void statsChartExports();
    void graphMlHasNodesAndWeightedEdges();
    void gexfIsDynamic();
    void dataWriterReportsBadPath();
    void timelineJsHasDatedEvents();
    void timelineJsSpeaksOneLanguage();
    void dataExportWritesWhatIsShown();

private:
    QTemporaryDir m_dir;
    ExplorerState m_state;
};

void ExportTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The export dialog remembers its choices; start every run from the defaults.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("rasad-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_export"));
    // In this run's own folder: ~/.qttest is shared by every checkout's run of this test, and two
    // at once (ctest in two work trees) would read each other's choices.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
    // RASAD_KEEP_EXPORTS=dir keeps the pictures for a person to look at.
    if (qEnvironmentVariableIsSet("RASAD_KEEP_EXPORTS")) {
        m_dir.setAutoRemove(false);
        qInfo("exports kept in %s", qPrintable(m_dir.path()));
    }
    m_state.setDataset(dataset());
}

void ExportTest::pngHasAskedWidthAndDpi()
{
    ActorGraphView view(&m_state);
    view.resize(1000, 640);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.canvas()->fitAll();

    if (qEnvironmentVariableIsSet("RASAD_KEEP_EXPORTS"))
        view.grab().save(m_dir.filePath(QStringLiteral("graph-screen.png")));
    ReportExporter exporter(view.canvas(), view.reportInfo());
    exporter.setPixelWidth(2400);
    const QString path = m_dir.filePath(QStringLiteral("graph.png"));
    QString error;
    QVERIFY2(exporter.exportTo(path, ReportExporter::Format::Png, &error), qPrintable(error));
    QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), 2400);
    QCOMPARE(image.size(), exporter.imageSize());
    const QSizeF logical = exporter.logicalSize();
    QVERIFY(std::abs(image.height() - 2400 * logical.height() / logical.width()) <= 1.0);
    // 300 DPI by default, stored in the file (pHYs): 11811 dots per metre.
    QCOMPARE(exporter.dpi(), 300);
    QVERIFY(std::abs(image.dotsPerMeterX() - 11811) <= 1);
    QVERIFY(std::abs(image.dotsPerMeterY() - 11811) <= 1);
    // The graph is in it: Syrian green and Russian red discs, not a blank page.
    QVERIFY(countColour(image, QColor(0x00, 0x7A, 0x3D)) > 200);
    QVERIFY(countColour(image, QColor(0xD5, 0x2B, 0x1E)) > 200);

    exporter.setDpi(150);
    QVERIFY(exporter.exportTo(path, ReportExporter::Format::Png, &error));
    QVERIFY(std::abs(QImage(path).dotsPerMeterX() - 5906) <= 1);
}

void ExportTest::pngFollowsZoom()
{
    // What is exported is what is on screen: zoomed in on one corner, far less of the graph shows.
    ActorGraphView view(&m_state);
    view.resize(1000, 640);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.canvas()->fitAll();
    ReportExporter exporter(view.canvas(), view.reportInfo());
    exporter.setPixelWidth(1200);
    const int fitted = countColour(exporter.renderImage(), QColor(0x00, 0x7A, 0x3D));
    view.canvas()->zoomBy(6);
    view.canvas()->centerOn(*view.nodePosition(4) + QPointF(200, 200));
    const int zoomed = countColour(exporter.renderImage(), QColor(0x00, 0x7A, 0x3D));
    QVERIFY2(zoomed < fitted, qPrintable(QStringLiteral("%1 vs %2").arg(zoomed).arg(fitted)));
}

void ExportTest::timelineExportKeepsAxisAndTypeSize()
{
    TimelineView view(&m_state);
    view.resize(900, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitAll();
    ReportInfo info;
    info.title = QStringLiteral("Contacts");
    ReportExporter exporter(&view, info);
    const double logicalWidth = exporter.logicalSize().width();
    exporter.setPixelWidth(int(std::lround(2 * logicalWidth)));

    // The asked DPI is the file's print size only: the picture is the same at 96 and at 600 DPI
    // (point-sized labels once came out three times too big at 300).
    exporter.setDpi(96);
    const QImage at96 = exporter.renderImage();
    exporter.setDpi(600);
    const QImage at600 = exporter.renderImage();
    QCOMPARE(at600.size(), at96.size());
    QVERIFY(at600.convertToFormat(QImage::Format_RGB32) == at96.convertToFormat(QImage::Format_RGB32));

    // The time axis (drawn in viewport coordinates) lands in the exported view at the export's
    // scale: twice the screen's band in each direction, so about four times its area.
    const QColor band = view.palette().color(QPalette::Window);
    const int onScreen = countColour(view.viewport()->grab().toImage(), band); // not the legend strip under it
    const int exported = countColour(at96, band);
    QVERIFY2(onScreen > 50, qPrintable(QString::number(onScreen)));
    QVERIFY2(exported > 3 * onScreen && exported < 5 * onScreen,
             qPrintable(QStringLiteral("%1 exported vs %2 on screen").arg(exported).arg(onScreen)));
}

void ExportTest::timelineExportDrawsTheFilteredRecordAndNamesIt()
{
    // Filtered to April 2023 and Russian participants; the screen shows January–February with a contact
    // selected. The picture covers April, holds contacts 2 and 3 only, and says so in words.
    ExplorerState state;
    state.setFormat(english());
    state.setDataset(dataset());
    EventFilter filter;
    filter.from = QDate(2023, 4, 1);
    filter.to = QDate(2023, 4, 30);
    filter.countries = {QStringLiteral("RU")};
    state.setFilter(filter);
    TimelineView screen(&state);
    screen.resize(900, 420);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    screen.showRange(QDate(2023, 1, 1), QDate(2023, 2, 28));
    state.selectEvent(1);

    TimelinePicture picture(&screen);
    const ReportInfo info = picture.info(TimelinePicture::Range::Filter);
    QCOMPARE(info.dateRange, QStringLiteral("1 April 2023 – 30 April 2023"));
    QVERIFY2(info.filter.contains(QStringLiteral("from 1 April 2023 to 30 April 2023")), qPrintable(info.filter));
    QVERIFY2(info.filter.contains(QStringLiteral("countries: Russia")), qPrintable(info.filter));

    ReportExporter exporter(&screen, info);
    TimelineView *view = picture.view(TimelinePicture::Range::Filter, exporter.viewSize());
    exporter.setView(view);
    QCOMPARE(drawnEvents(*view), (QSet<qint64>{2, 3}));
    QVERIFY2(view->visibleStart() <= filter.from && view->visibleEnd() >= filter.to,
             qPrintable(view->visibleStart().toString(Qt::ISODate) + u' ' + view->visibleEnd().toString(Qt::ISODate)));
    QVERIFY(view->visibleStart().daysTo(view->visibleEnd()) < 60); // April, not the screen's months or a fit to all

    const QString path = m_dir.filePath(QStringLiteral("timeline-filtered.svg"));
    QString error;
    QVERIFY2(exporter.exportTo(path, ReportExporter::Format::Svg, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = svgText(file.readAll());
    QVERIFY2(text.contains(QStringLiteral("countries: Russia")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("1 April 2023 – 30 April 2023")));
    QVERIFY(text.contains(QStringLiteral("April"))); // the axis names the month
    QVERIFY(!text.contains(QStringLiteral("February")));
}

void ExportTest::timelineExportOverTheScreensDates()
{
    ExplorerState state;
    state.setFormat(english());
    state.setDataset(dataset());
    TimelineView screen(&state);
    screen.resize(900, 420);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    screen.showRange(QDate(2023, 2, 1), QDate(2023, 2, 28));
    TimelinePicture picture(&screen);
    const ReportInfo info = picture.info(TimelinePicture::Range::Screen);
    QCOMPARE(info.dateRange,
             english().date(screen.visibleStart()) + QStringLiteral(" – ") + english().date(screen.visibleEnd()));
    QCOMPARE(info.filter, QStringLiteral("All contacts"));
    TimelineView *view = picture.view(TimelinePicture::Range::Screen, screen.viewport()->size());
    QVERIFY(std::abs(view->visibleStart().daysTo(screen.visibleStart())) <= 3);
    QVERIFY(std::abs(view->visibleEnd().daysTo(screen.visibleEnd())) <= 3);
}

void ExportTest::timelineExportCarriesNoSelection()
{
    ExplorerState state;
    state.setDataset(dataset());
    TimelineView screen(&state);
    screen.resize(900, 420);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    screen.fitAll();
    auto picture = [&] {
        TimelinePicture p(&screen);
        ReportExporter exporter(&screen, p.info(TimelinePicture::Range::Filter));
        exporter.setView(p.view(TimelinePicture::Range::Filter, exporter.viewSize()));
        exporter.setPixelWidth(1200);
        return exporter.renderImage().convertToFormat(QImage::Format_RGB32);
    };
    const QImage plain = picture();
    const QImage before = screen.viewport()->grab().toImage();

    // A person selected (the others fade), a contact selected and a dragged date window, on screen.
    state.selectActor(1);
    state.selectEvent(3);
    state.setDateWindow(QDate(2023, 2, 1), QDate(2023, 4, 30));
    QTest::mouseMove(screen.viewport(), QPoint(300, 120));
    QVERIFY(screen.viewport()->grab().toImage() != before); // the screen shows it
    const QImage exported = picture();
    QCOMPARE(exported.size(), plain.size());
    QVERIFY(exported == plain); // the picture does not
}

void ExportTest::fittedTimelineExportHasMonths()
{
    // A record from August to the next January, fitted to all: months on the axis and both years,
    // on a slide, an A4 page and in a newspaper column.
    Dataset data = dataset();
    data.events = {::event(1, EventType::Meeting, day(2025, 8, 10), {1, 2}, QStringLiteral("نص")),
                   ::event(2, EventType::Visit, day(2025, 10, 3), {1, 2}, QStringLiteral("نص")),
                   ::event(3, EventType::Call, day(2026, 1, 20), {3, 4}, QStringLiteral("نص"))};
    ExplorerState state;
    state.setFormat(english());
    state.setDataset(data);
    TimelineView screen(&state);
    screen.resize(600, 400);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    screen.fitAll();
    TimelinePicture picture(&screen);
    for (const auto preset :
         {ExportDialog::Preset::Slide, ExportDialog::Preset::A4Portrait, ExportDialog::Preset::Column}) {
        for (const auto range : {TimelinePicture::Range::Filter, TimelinePicture::Range::Screen}) {
            ReportExporter exporter(&screen, picture.info(range));
            exporter.setPageSize(ExportDialog::pageSize(preset));
            TimelineView *view = picture.view(range, exporter.viewSize());
            exporter.setView(view);
            const QString where = QStringLiteral("preset %1 range %2").arg(int(preset)).arg(int(range));
            QVERIFY2(view->axisUnit() != TimeAxis::Unit::Year, qPrintable(where));
            const QString path = m_dir.filePath(QStringLiteral("fitted-%1-%2.svg").arg(int(preset)).arg(int(range)));
            QString error;
            QVERIFY2(exporter.exportTo(path, ReportExporter::Format::Svg, &error), qPrintable(error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QStringList texts = svgTexts(file.readAll());
            // Both years on the axis (alone, or after a month in the context row), and October by name or number.
            for (const QString &year : {QStringLiteral("2025"), QStringLiteral("2026")})
                QVERIFY2(!texts.filter(QRegularExpression(QStringLiteral("^([A-Za-z]+ )?%1$").arg(year))).isEmpty(),
                         qPrintable(where + u' ' + year + u' ' + texts.join(u'|')));
            const bool october =
                !texts.filter(QRegularExpression(QStringLiteral("^(Oct(ober)?( 2025)?|10)$"))).isEmpty();
            QVERIFY2(october, qPrintable(where + u' ' + texts.join(u'|')));
        }
    }
}

void ExportTest::unfilteredExportSaysAllContacts()
{
    ExplorerState state;
    state.setDataset(dataset());
    QCOMPARE(ReportExporter::filterInWords(state), ReportExporter::tr("All contacts"));
    state.setFormat(english());
    EventFilter filter;
    filter.actorIds = {1};
    filter.types = {eventTypeName(EventType::Visit)};
    filter.topics = {QStringLiteral("energy")};
    filter.text = QStringLiteral("gas");
    state.setFilter(filter);
    const QString words = ReportExporter::filterInWords(state);
    QVERIFY2(words.contains(QStringLiteral("Nour Haddad")), qPrintable(words));
    QVERIFY2(words.contains(english().eventTypeName(EventType::Visit)), qPrintable(words));
    QVERIFY2(words.contains(english().topicName(QStringLiteral("energy"))), qPrintable(words));
    QVERIFY2(words.contains(QStringLiteral("“gas”")), qPrintable(words));
}

void ExportTest::citationsNameOutletDateAndAddress()
{
    Dataset data = dataset();
    data.articles.first().published = QDate(2023, 4, 29);
    Article bare; // no outlet, no address: the file name, and the date it was published
    bare.id = 8;
    bare.fileName = QStringLiteral("000_bare.txt");
    bare.published = QDate(2023, 5, 2);
    data.articles.append(bare);
    data.events[2].sources.first().articleId = 8;
    data.events[2].sources.first().fileName = bare.fileName;
    ExplorerState state;
    state.setFormat(english());
    state.setDataset(data);
    const QStringList sources = ReportExporter::sourcesOf(state);
    QCOMPARE(sources.size(), 2);
    QCOMPARE(sources.first(), QStringLiteral("example-news, 29 April 2023, https://example.org/a?x=1&y=2"));
    QCOMPARE(sources.last(), QStringLiteral("000_bare.txt, 2 May 2023"));
    // Only what the picture covers: contact 3 (28 April) cites the bare file, the others article 7.
    QCOMPARE(ReportExporter::sourcesOf(state, QDate(2023, 4, 28), QDate(2023, 4, 28)).size(), 2); // 2 is April
    QCOMPARE(ReportExporter::sourcesOf(state, QDate(2023, 2, 1), QDate(2023, 2, 28)), QStringList{sources.first()});
    QCOMPARE(ReportExporter::sourcesOf(state, {}, {}, 1).size(), 2); // one, then "and 1 more"
}

void ExportTest::dialogPresetsShapeThePage()
{
    ExplorerState state;
    state.setFormat(english());
    state.setDataset(dataset());
    TimelineView screen(&state);
    screen.resize(900, 420);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    TimelinePicture picture(&screen);
    auto range = [](bool s) { return s ? TimelinePicture::Range::Screen : TimelinePicture::Range::Filter; };
    ExportDialog::Source source;
    source.info = [&](bool s) { return picture.info(range(s)); };
    source.view = [&](bool s, const QSize &size) -> QWidget * { return picture.view(range(s), size); };
    ExportDialog dialog(&screen, picture.info(TimelinePicture::Range::Filter), nullptr, source);
    QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("range")));
    QVERIFY(!dialog.screenRange());
    dialog.setDpi(300);

    dialog.setPreset(ExportDialog::Preset::A4Portrait);
    QCOMPARE(dialog.pixelWidth(), 2480);
    QCOMPARE(dialog.exporter().logicalSize(), QSizeF(794, 1123));
    QCOMPARE(dialog.exporter().imageSize(), QSize(2480, 3508));
    dialog.setPreset(ExportDialog::Preset::A4Landscape);
    QCOMPARE(dialog.exporter().imageSize(), QSize(3508, 2480));
    dialog.setPreset(ExportDialog::Preset::Slide);
    QCOMPARE(dialog.exporter().imageSize(), QSize(1920, 1080));
    // The view is laid out for the page: it fills the room the frame leaves.
    QCOMPARE(picture.view(TimelinePicture::Range::Filter, dialog.exporter().viewSize())->viewport()->size(),
             dialog.exporter().viewSize());
    dialog.setPreset(ExportDialog::Preset::Column);
    QCOMPARE(dialog.pixelWidth(), 1004); // 8.5 cm at 300 DPI

    dialog.setCaption(QStringLiteral("Contacts in spring"));
    dialog.setCredit(QStringLiteral("Graphic: NAME"));
    dialog.setFilePath(m_dir.filePath(QStringLiteral("column.svg")));
    QString error;
    QVERIFY2(dialog.exportNow(true, &error), qPrintable(error));
    QFile file(m_dir.filePath(QStringLiteral("column.svg")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = svgText(file.readAll());
    QVERIFY(text.contains(QStringLiteral("Contacts in spring")));
    QVERIFY(text.contains(QStringLiteral("Graphic: NAME")));
    QSettings().clear(); // the dialog remembers its page and credit: the later tests start from the defaults
}

void ExportTest::graphFitsAPagePreset()
{
    // A view that is not drawn afresh (the graph) is scaled into the page's room, whole and undistorted.
    ActorGraphView view(&m_state);
    view.resize(1000, 640);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.canvas()->fitAll();
    ReportInfo info = view.reportInfo();
    info.legend.clear(); // its green swatch is not the graph's
    ReportExporter exporter(view.canvas(), info);
    exporter.setPixelWidth(1200);
    const QColor green(0x00, 0x7A, 0x3D);
    // The box around the Syrian discs: its shape is the graph's, whatever the scale.
    auto box = [&](const QImage &image) {
        QRect r;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (const QColor c = image.pixelColor(x, y); std::abs(c.red() - green.red()) < 6 &&
                                                             std::abs(c.green() - green.green()) < 6 &&
                                                             std::abs(c.blue() - green.blue()) < 6)
                    r |= QRect(x, y, 1, 1);
        return r;
    };
    const QImage screenImage = exporter.renderImage();
    const int onScreen = countColour(screenImage, green);
    exporter.setPageSize(ExportDialog::pageSize(ExportDialog::Preset::A4Portrait));
    QCOMPARE(exporter.logicalSize(), QSizeF(794, 1123));
    QCOMPARE(exporter.imageSize(), QSize(1200, 1697));
    const QImage pageImage = exporter.renderImage();
    const int onPage = countColour(pageImage, green);
    const QRect a = box(screenImage);
    const QRect b = box(pageImage);
    QVERIFY(a.height() > 10 && b.height() > 10);
    const double shapeOnScreen = double(a.width()) / a.height();
    const double shapeOnPage = double(b.width()) / b.height();
    QVERIFY2(std::abs(shapeOnPage / shapeOnScreen - 1) < 0.05,
             qPrintable(QStringLiteral("%1 vs %2").arg(shapeOnPage).arg(shapeOnScreen)));
    // Scaled by 746/1000 into a page drawn 1200/794 px per unit, against 1200/1048 for the screen's picture:
    // the discs cover about 0.97 of their area there. Drawn unscaled and cut at the page's edge, about 1.3.
    QVERIFY2(onPage > 0.85 * onScreen && onPage < 1.15 * onScreen,
             qPrintable(QStringLiteral("%1 vs %2").arg(onPage).arg(onScreen)));
}

void ExportTest::svgParsesAndKeepsText()
{
    ActorGraphView view(&m_state);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ReportInfo info = view.reportInfo();
    info.title = QStringLiteral("لقاءات المسؤولين");
    ReportExporter exporter(view.canvas(), info);
    const QString path = m_dir.filePath(QStringLiteral("graph.svg"));
    QString error;
    QVERIFY2(exporter.exportTo(path, ReportExporter::Format::Svg, &error), qPrintable(error));
    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    QVERIFY(renderer.viewBoxF().width() > 100);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.size() > 2000);
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains(QStringLiteral("لقاءات المسؤولين").toUtf8())); // as text, not outlines
    QVERIFY(svg.contains("example-news"));                              // the footer names the source
    // Vector shapes, not one embedded bitmap: a disc per actor (4) and a line per pair (5).
    QVERIFY(!svg.contains("<image"));
    QVERIFY(svg.count("<path") + svg.count("<ellipse") + svg.count("<circle") >= 4);
    QVERIFY(svg.count("<path") + svg.count("<polyline") + svg.count("<line") >= 5);
}

void ExportTest::pdfIsAPdf()
{
    ActorGraphView view(&m_state);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ReportExporter exporter(view.canvas(), view.reportInfo());
    const QString path = m_dir.filePath(QStringLiteral("graph.pdf"));
    QString error;
    QVERIFY2(exporter.exportTo(path, ReportExporter::Format::Pdf, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.size() > 2000);
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    // One page whose size follows the PNG geometry: 3000 px at 300 DPI = 10 in = 720 pt wide.
    QVERIFY(pdf.contains("/MediaBox [0 0 720"));
}

void ExportTest::badPathGivesOneClearMessage()
{
    ActorGraphView view(&m_state);
    ReportExporter exporter(view.canvas(), view.reportInfo());
    const QString path = m_dir.filePath(QStringLiteral("no-such-dir/graph"));
    for (const auto format : {ReportExporter::Format::Png, ReportExporter::Format::Svg, ReportExporter::Format::Pdf}) {
        QString error;
        QVERIFY(!exporter.exportTo(path + QLatin1Char('.') + ReportExporter::suffix(format), format, &error));
        QVERIFY2(error.contains(QStringLiteral("no-such-dir")), qPrintable(error));
    }
    exporter.setPixelWidth(5);
    QString error;
    QVERIFY(!exporter.exportTo(m_dir.filePath(QStringLiteral("tiny.png")), ReportExporter::Format::Png, &error));
    QVERIFY(error.contains(QStringLiteral("tiny.png")));
}

void ExportTest::dialogExportsWithItsChoices()
{
    ActorGraphView view(&m_state);
    view.resize(900, 600);
    ExportDialog dialog(view.canvas(), view.reportInfo());
    QCOMPARE(dialog.dpi(), 300);
    const QString path = m_dir.filePath(QStringLiteral("dialog.pdf"));
    dialog.setFilePath(path);
    QCOMPARE(dialog.format(), ReportExporter::Format::Pdf);
    dialog.setPixelWidth(1500);
    dialog.setDpi(200);
    QString error;
    QVERIFY2(dialog.exportNow(true, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == "%PDF");
    dialog.setFormat(ReportExporter::Format::Png);
    QVERIFY(dialog.filePath().endsWith(QLatin1String("dialog.png")));
    QVERIFY(dialog.exportNow(true, &error));
    QCOMPARE(QImage(dialog.filePath()).width(), 1500);
}

void ExportTest::dialogSaysThePrintSizeInTheLanguagesDigits()
{
    // In Arabic the size line under the fields uses their Arabic-Indic digits, with no thousands mark.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    ActorGraphView view(&m_state);
    view.resize(900, 600);
    ExportDialog dialog(view.canvas(), view.reportInfo());
    dialog.setPixelWidth(3508);
    auto *size = dialog.findChild<QLabel *>(QStringLiteral("printSize"));
    QVERIFY(size);
    static const QRegularExpression latinDigit(QStringLiteral("[0-9]"));
    QVERIFY2(!size->text().contains(latinDigit), qPrintable(size->text()));
    QVERIFY2(size->text().contains(QStringLiteral("٣٥٠٨")), qPrintable(size->text()));
}

void ExportTest::dialogReopensWithANameForItsFormat()
{
    // The last export was a PDF: the dialog opens with PDF chosen and a .pdf name, and writes a PDF.
    ActorGraphView view(&m_state);
    view.resize(900, 600);
    QSettings settings;
    settings.setValue(QStringLiteral("export/format"), int(ReportExporter::Format::Pdf));
    settings.setValue(QStringLiteral("export/directory"), m_dir.path());
    ExportDialog dialog(view.canvas(), view.reportInfo());
    QCOMPARE(dialog.format(), ReportExporter::Format::Pdf);
    QVERIFY2(dialog.filePath().endsWith(QLatin1String(".pdf")), qPrintable(dialog.filePath()));
    QString error;
    QVERIFY2(dialog.exportNow(true, &error), qPrintable(error));
    QFile file(dialog.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(4), QByteArray("%PDF"));
    settings.remove(QStringLiteral("export"));
}

void ExportTest::dialogFormatFollowsTheTypedName()
{
    ActorGraphView view(&m_state);
    view.resize(900, 600);
    ExportDialog dialog(view.canvas(), view.reportInfo());
    dialog.setPixelWidth(600);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("filePath"));
    QVERIFY(name);
    auto type = [&](const QString &text) {
        name->selectAll();
        QTest::keyClicks(name, text);
        QCOMPARE(name->text(), text); // the typing itself is left alone
    };
    type(m_dir.filePath(QStringLiteral("typed.svg")));
    QCOMPARE(dialog.format(), ReportExporter::Format::Svg);
    type(m_dir.filePath(QStringLiteral("typed.PDF")));
    QCOMPARE(dialog.format(), ReportExporter::Format::Pdf);
    // Halfway through a name, or a name without a picture extension: the format stays.
    type(m_dir.filePath(QStringLiteral("typed.pn")));
    QCOMPARE(dialog.format(), ReportExporter::Format::Pdf);
    type(m_dir.filePath(QStringLiteral("typed")));
    QCOMPARE(dialog.format(), ReportExporter::Format::Pdf);
    // Saved so, the name gets the extension of what is written.
    QString error;
    QVERIFY2(dialog.exportNow(true, &error), qPrintable(error));
    QCOMPARE(dialog.filePath(), m_dir.filePath(QStringLiteral("typed.pdf")));
    QFile pdf(dialog.filePath());
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(4), QByteArray("%PDF"));

    type(m_dir.filePath(QStringLiteral("typed.png")));
    QCOMPARE(dialog.format(), ReportExporter::Format::Png);
    QVERIFY2(dialog.exportNow(true, &error), qPrintable(error));
    QCOMPARE(QImageReader(m_dir.filePath(QStringLiteral("typed.png"))).format(), QByteArray("png"));

    // A name chosen in the file dialog (setFilePath) chooses the format too.
    dialog.setFilePath(m_dir.filePath(QStringLiteral("chosen.svg")));
    QCOMPARE(dialog.format(), ReportExporter::Format::Svg);
    dialog.setFilePath(m_dir.filePath(QStringLiteral("chosen")));
    QCOMPARE(dialog.format(), ReportExporter::Format::Svg);
    QCOMPARE(dialog.filePath(), m_dir.filePath(QStringLiteral("chosen.svg")));
}

void ExportTest::dialogNameFollowsTheChosenFormat()
{
    ActorGraphView view(&m_state);
    view.resize(900, 600);
    ExportDialog dialog(view.canvas(), view.reportInfo());
    auto *formats = dialog.findChild<QComboBox *>(QStringLiteral("format"));
    QVERIFY(formats);
    auto choose = [&](ReportExporter::Format format) {
        formats->setCurrentIndex(formats->findData(int(format)));
        QCOMPARE(dialog.format(), format);
    };
    dialog.setFilePath(m_dir.filePath(QStringLiteral("map.png")));
    choose(ReportExporter::Format::Svg);
    QCOMPARE(dialog.filePath(), m_dir.filePath(QStringLiteral("map.svg")));
    choose(ReportExporter::Format::Pdf);
    QCOMPARE(dialog.filePath(), m_dir.filePath(QStringLiteral("map.pdf")));
    // An extension that is not a picture's stays part of the name.
    dialog.setFilePath(m_dir.filePath(QStringLiteral("map.v2.pdf")));
    choose(ReportExporter::Format::Png);
    QCOMPARE(dialog.filePath(), m_dir.filePath(QStringLiteral("map.v2.png")));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("filePath"));
    name->setText(m_dir.filePath(QStringLiteral("report.2023")));
    choose(ReportExporter::Format::Svg);
    QCOMPARE(dialog.filePath(), m_dir.filePath(QStringLiteral("report.2023.svg")));
    QString error;
    QVERIFY2(dialog.exportNow(true, &error), qPrintable(error));
    QVERIFY(QSvgRenderer(dialog.filePath()).isValid());
}

void ExportTest::clipboardGetsTheImage()
{
    ActorGraphView view(&m_state);
    view.resize(900, 600);
    ReportExporter exporter(view.canvas(), view.reportInfo());
    exporter.setPixelWidth(800);
    exporter.copyToClipboard();
    const QImage copied = QGuiApplication::clipboard()->image();
    if (copied.isNull())
        QSKIP("this platform plugin has no clipboard");
    QCOMPARE(copied.size(), exporter.imageSize());
}

void ExportTest::statsChartExports()
{
    StatsPanel stats(&m_state);
    stats.resize(800, 500);
    stats.show();
    QVERIFY(QTest::qWaitForWindowExposed(&stats));
    ReportExporter exporter(stats.chartView(), stats.reportInfo());
    exporter.setPixelWidth(1600);
    const QString path = m_dir.filePath(QStringLiteral("stats.png"));
    QString error;
    QVERIFY2(exporter.exportTo(path, ReportExporter::Format::Png, &error), qPrintable(error));
    const QImage image(path);
    QCOMPARE(image.width(), 1600);
    // The meeting bars' blue is in the picture.
    QVERIFY(countColour(image, QColor(0x00, 0x72, 0xB2)) > 50);
}

void ExportTest::graphMlHasNodesAndWeightedEdges()
{
    const GraphExporter exporter(dataset());
    const QByteArray xml = exporter.toGraphML();
    QString ns;
    const auto nodes = elements(xml, QStringLiteral("node"), &ns);
    QCOMPARE(ns, QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    QCOMPARE(nodes.size(), 4);
    // Pairs: 1-2 (events 1, 2), 1-3, 2-3 (event 2), 3-4 (event 3), 2-4 (event 4).
    const auto edges = elements(xml, QStringLiteral("edge"));
    QCOMPARE(edges.size(), 5);
    QCOMPARE(exporter.edgeCount(), 5);
    QSet<QString> ids;
    for (const auto &n : nodes)
        ids.insert(n.value(QStringLiteral("id")).toString());
    for (const auto &e : edges) {
        QVERIFY(ids.contains(e.value(QStringLiteral("source")).toString()));
        QVERIFY(ids.contains(e.value(QStringLiteral("target")).toString()));
    }
    QVERIFY(xml.contains(QStringLiteral("نور حداد").toUtf8()));
    // The 1-2 edge carries weight 2.
    QVERIFY(xml.contains("<edge id=\"e1\" source=\"n1\" target=\"n2\">"));
    const int e1 = xml.indexOf("<edge id=\"e1\"");
    const QByteArray e1Block = xml.mid(e1, xml.indexOf("</edge>", e1) - e1);
    QVERIFY2(e1Block.contains("<data key=\"weight\">2</data>"), e1Block.constData());
    QVERIFY(e1Block.contains("<data key=\"first_contact_e\">2023-02-14</data>"));
}

void ExportTest::gexfIsDynamic()
{
    const GraphExporter exporter(dataset());
    const QByteArray xml = exporter.toGexf();
    QString ns;
    const auto graphs = elements(xml, QStringLiteral("graph"), &ns);
    QCOMPARE(ns, QStringLiteral("http://www.gexf.net/1.2draft")); // the version networkx reads too
    QCOMPARE(graphs.size(), 1);
    QCOMPARE(graphs[0].value(QStringLiteral("mode")).toString(), QStringLiteral("dynamic"));
    QCOMPARE(graphs[0].value(QStringLiteral("timeformat")).toString(), QStringLiteral("date"));
    const auto nodes = elements(xml, QStringLiteral("node"));
    QCOMPARE(nodes.size(), 4);
    QCOMPARE(elements(xml, QStringLiteral("edge")).size(), 5);

    // Each node's and edge's spells, "start/end", in order.
    QMap<QString, QStringList> spells;
    QXmlStreamReader reader(xml);
    QString owner;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes at = reader.attributes();
        if (reader.name() == QLatin1String("node"))
            owner = at.value(QStringLiteral("id")).toString();
        else if (reader.name() == QLatin1String("edge"))
            owner = at.value(QStringLiteral("source")) + QLatin1Char('-') + at.value(QStringLiteral("target"));
        else if (reader.name() == QLatin1String("spell"))
            spells[owner] << at.value(QStringLiteral("start")) + QLatin1Char('/') + at.value(QStringLiteral("end"));
    }
    QVERIFY(!reader.hasError());
    // One spell per contact: 1 and 2 met on 14 February and in April, not all the weeks between.
    const QStringList febAndApril{QStringLiteral("2023-02-14/2023-02-14"), QStringLiteral("2023-04-01/2023-04-30")};
    QCOMPARE(spells.value(QStringLiteral("n1")), febAndApril);
    QCOMPARE(spells.value(QStringLiteral("n1-n2")), febAndApril);
    QCOMPARE(spells.value(QStringLiteral("n3-n4")), QStringList{QStringLiteral("2023-04-28/2023-04-28")});
    // A day inside a month-long contact joins its spell (Gephi refuses overlapping ones).
    QCOMPARE(spells.value(QStringLiteral("n3")), QStringList{QStringLiteral("2023-04-01/2023-04-30")});
    // Only the undated 2-4 contact has no spell.
    QVERIFY(!spells.contains(QStringLiteral("n2-n4")));
    QCOMPARE(spells.size(), 4 + 4);

    const QString path = m_dir.filePath(QStringLiteral("net.gexf"));
    QCOMPARE(GraphExporter::formatForPath(path), GraphExporter::Format::Gexf);
    QString error;
    QVERIFY2(exporter.writeFile(path, GraphExporter::formatForPath(path), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), xml);
}

void ExportTest::dataWriterReportsBadPath()
{
    const QString path = m_dir.filePath(QStringLiteral("missing/net.graphml"));
    QString error;
    QVERIFY(!GraphExporter(dataset()).writeFile(path, GraphExporter::Format::GraphML, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    error.clear();
    QVERIFY(!TimelineJsExporter(dataset()).writeFile(m_dir.filePath(QStringLiteral("missing/t.json")), &error));
    QVERIFY2(error.contains(QStringLiteral("t.json")), qPrintable(error));
}

void ExportTest::timelineJsHasDatedEvents()
{
    TimelineJsExporter exporter(dataset());
    exporter.setTitle(QStringLiteral("اتصالات ٢٠٢٣"), QStringLiteral("ملخص"));
    QCOMPARE(exporter.exportedCount(), 3);
    QCOMPARE(exporter.skippedCount(), 1);
    const QString path = m_dir.filePath(QStringLiteral("timeline.json"));
    QString error;
    QVERIFY2(exporter.writeFile(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains(QStringLiteral("نور حداد").toUtf8())); // characters, not \u escapes
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root[QStringLiteral("title")][QStringLiteral("text")][QStringLiteral("headline")].toString(),
             QStringLiteral("اتصالات ٢٠٢٣"));
    const QJsonArray events = root[QStringLiteral("events")].toArray();
    QCOMPARE(events.size(), 3);

    // In date order: the February meeting, the April visit (month only), the April call.
    const QJsonObject first = events[0].toObject();
    QCOMPARE(first[QStringLiteral("start_date")].toObject(),
             (QJsonObject{{QStringLiteral("year"), 2023}, {QStringLiteral("month"), 2}, {QStringLiteral("day"), 14}}));
    QVERIFY(!first.contains(QStringLiteral("end_date")));
    QCOMPARE(first[QStringLiteral("group")].toString(), QStringLiteral("لقاء"));
    const QJsonObject text = first[QStringLiteral("text")].toObject();
    QCOMPARE(text[QStringLiteral("headline")].toString(), QStringLiteral("نور حداد – بافل سوكولوف"));
    QVERIFY(text[QStringLiteral("text")].toString().contains(QStringLiteral("&amp; الوفد"))); // HTML-escaped
    QVERIFY(text[QStringLiteral("text")].toString().contains(QStringLiteral("https://example.org/a?x=1&amp;y=2")));

    const QJsonObject visit = events[1].toObject();
    QCOMPARE(visit[QStringLiteral("start_date")].toObject(),
             (QJsonObject{{QStringLiteral("year"), 2023}, {QStringLiteral("month"), 4}}));
    QCOMPARE(visit[QStringLiteral("end_date")].toObject(),
             (QJsonObject{{QStringLiteral("year"), 2023}, {QStringLiteral("month"), 4}}));
    QCOMPARE(visit[QStringLiteral("group")].toString(), QStringLiteral("زيارة"));
    QCOMPARE(events[2].toObject()[QStringLiteral("unique_id")].toString(), QStringLiteral("event-3"));

    // Without a title of the caller's, the record's own in the slides' language.
    QCOMPARE(TimelineJsExporter(dataset())
                 .toJson()[QStringLiteral("title")][QStringLiteral("text")][QStringLiteral("headline")]
                 .toString(),
             QStringLiteral("الاتصالات الرسمية السورية الروسية"));
}

/** The words of a slide as a reader sees them: headline, date and text with the markup taken out. */
QString slideWords(const QJsonObject &slide)
{
    QTextDocument doc;
    doc.setHtml(slide[QStringLiteral("text")][QStringLiteral("text")].toString());
    return slide[QStringLiteral("text")][QStringLiteral("headline")].toString() + u'\n' +
           slide[QStringLiteral("display_date")].toString() + u'\n' + slide[QStringLiteral("group")].toString() +
           u'\n' + doc.toPlainText();
}

void ExportTest::timelineJsSpeaksOneLanguage()
{
    // One contact as a teacher would show it: a meeting in Moscow (the gazetteer knows its English name),
    // a host with an office and a guest, two topics, reported by an outlet with a date and an address.
    Dataset d;
    Actor host = person(1, QStringLiteral("نور حداد"), QStringLiteral("Nour Haddad"), QStringLiteral("SY"));
    Role office;
    office.title = QStringLiteral("وزير النقل");
    office.titleEn = QStringLiteral("Minister of Transport");
    office.from = QDate(2020, 1, 1);
    host.roles = {office};
    d.actors = {host, person(2, QStringLiteral("بافل سوكولوف"), QStringLiteral("Pavel Sokolov"), QStringLiteral("RU"))};
    Event e = ::event(1, EventType::Meeting, day(2025, 10, 23, QStringLiteral("أمس")), {1, 2},
                      QStringLiteral("التقى نور حداد في موسكو نظيره بافل سوكولوف لبحث التعاون"));
    e.location = QStringLiteral("موسكو");
    e.participants = {{1, QStringLiteral("host")}, {2, QStringLiteral("guest")}};
    e.topics = {QStringLiteral("military"), QStringLiteral("economy")};
    Article a;
    a.id = 7;
    a.fileName = QStringLiteral("000_d817.txt");
    a.source = QStringLiteral("Example Wire");
    a.url = QStringLiteral("https://example.org/news/42");
    a.published = QDate(2025, 10, 24);
    d.articles = {a};
    d.events = {e};

    const auto exported = [&d](const QString &lang) {
        DatasetWriter writer(d);
        writer.setFormat(LocaleFormat::forLanguage(lang));
        const QJsonDocument doc = QJsonDocument::fromJson(writer.toBytes(DatasetWriter::Format::TimelineJs));
        return doc.object();
    };

    const QJsonObject ar = exported(QStringLiteral("ar"));
    QCOMPARE(ar[QStringLiteral("title")][QStringLiteral("text")][QStringLiteral("headline")].toString(),
             QStringLiteral("الاتصالات الرسمية السورية الروسية"));
    const QJsonObject arSlide = ar[QStringLiteral("events")][0].toObject();
    const QString arWords = slideWords(arSlide);
    QCOMPARE(arSlide[QStringLiteral("display_date")].toString(), QStringLiteral("٢٣ تشرين الأول ٢٠٢٥"));
    for (const QString &w : {QStringLiteral("لقاء"), QStringLiteral("جرى"), QStringLiteral("موسكو"),
                             QStringLiteral("عسكري"), QStringLiteral("اقتصاد"), QStringLiteral("مضيف"),
                             QStringLiteral("ضيف"), QStringLiteral("وزير النقل"), QStringLiteral("المصدر"),
                             QString(QStringLiteral("Example Wire، ٢٤ تشرين الأول ٢٠٢٥، ") + QChar(0x2066) +
                                     QStringLiteral("https://example.org/news/42") + QChar(0x2069))})
        QVERIFY2(arWords.contains(w), qPrintable(w + QStringLiteral(" missing in:\n") + arWords));
    // The address is a left-to-right island (isolated) in Arabic text. Every word Arabic: the only Latin
    // letters are the outlet's name and its address; digits Arabic-Indic.
    QString arRest = arWords;
    arRest.remove(QStringLiteral("Example Wire")).remove(QStringLiteral("https://example.org/news/42"));
    static const QRegularExpression latin(QStringLiteral("[A-Za-z0-9]"));
    QVERIFY2(!arRest.contains(latin), qPrintable(arRest));

    const QJsonObject en = exported(QStringLiteral("en"));
    QCOMPARE(en[QStringLiteral("title")][QStringLiteral("text")][QStringLiteral("headline")].toString(),
             QStringLiteral("Syrian–Russian official contacts"));
    const QJsonObject enSlide = en[QStringLiteral("events")][0].toObject();
    QCOMPARE(enSlide[QStringLiteral("display_date")].toString(), QStringLiteral("23 October 2025"));
    QCOMPARE(enSlide[QStringLiteral("group")].toString(), QStringLiteral("Meeting"));
    QCOMPARE(enSlide[QStringLiteral("text")][QStringLiteral("headline")].toString(),
             QStringLiteral("Nour Haddad – Pavel Sokolov"));
    const QString enWords = slideWords(enSlide);
    for (const QString &w : {QStringLiteral("took place"), QStringLiteral("Place: Moscow"), QStringLiteral("Military"),
                             QStringLiteral("Economy"), QStringLiteral("Nour Haddad, Minister of Transport (host)"),
                             QStringLiteral("Pavel Sokolov (guest)"),
                             QStringLiteral("Source: Example Wire, 24 October 2025, https://example.org/news/42")})
        QVERIFY2(enWords.contains(w), qPrintable(w + QStringLiteral(" missing in:\n") + enWords));
    // The evidence is the article's Arabic sentence: quoted as it is, marked right to left. Nothing else is Arabic.
    const QString html = enSlide[QStringLiteral("text")][QStringLiteral("text")].toString();
    QVERIFY2(html.contains(QStringLiteral("<blockquote lang=\"ar\" dir=\"rtl\">") + e.sources[0].evidence +
                           QStringLiteral("</blockquote>")),
             qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("<a href=\"https://example.org/news/42\">")));
    QString enRest = enWords;
    enRest.remove(e.sources[0].evidence);
    static const QRegularExpression arabic(QStringLiteral("[\\x{0600}-\\x{06FF}]"));
    QVERIFY2(!enRest.contains(arabic), qPrintable(enRest));

    // Without outlet or address, the file name is the citation's last resort.
    d.articles[0].source.clear();
    d.articles[0].url.clear();
    QVERIFY(slideWords(exported(QStringLiteral("en"))[QStringLiteral("events")][0].toObject())
                .contains(QStringLiteral("Source: 000_d817.txt, 24 October 2025")));
}

void ExportTest::dataExportWritesWhatIsShown()
{
    ExplorerState state;
    state.setDataset(dataset());
    state.setDateWindow(QDate(2023, 2, 1), QDate(2023, 2, 28));
    const Dataset shown = DataExport::shownDataset(state);
    QCOMPARE(shown.events.size(), 1); // the February meeting only
    QCOMPARE(shown.events.first().id, 1);
    QCOMPARE(shown.actors.size(), 2);
    QCOMPARE(shown.articles.size(), 1);
    state.setDateWindow(QDate(), QDate());
    QCOMPARE(DataExport::shownDataset(state).events.size(), 4);

    QCOMPARE(DataExport::kindForPath(QStringLiteral("a/b.GEXF")), DataExport::Kind::Gexf);
    QCOMPARE(DataExport::kindForPath(QStringLiteral("b.timeline.json")), DataExport::Kind::TimelineJs);
    QCOMPARE(DataExport::kindForPath(QStringLiteral("b.json")), DataExport::Kind::Json);

    DisplayFormat english;
    english.setLanguage(QStringLiteral("en"));
    const QList<std::pair<DataExport::Kind, QString>> outputs{
        {DataExport::Kind::Json, QStringLiteral("all.json")},
        {DataExport::Kind::Csv, QStringLiteral("csv")},
        {DataExport::Kind::GraphML, QStringLiteral("all.graphml")},
        {DataExport::Kind::Gexf, QStringLiteral("all.gexf")},
        {DataExport::Kind::TimelineJs, QStringLiteral("all.timeline.json")},
    };
    for (const auto &[kind, name] : outputs) {
        const QString path = m_dir.filePath(name);
        QString error;
        QVERIFY2(DataExport::write(shown, kind, path, english, &error), qPrintable(error));
        const QFileInfo info(path);
        QVERIFY(info.exists());
        if (kind != DataExport::Kind::Csv)
            QVERIFY(info.size() > 100);
    }
    QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("csv/events.csv"))).size() > 10);
    QFile timeline(m_dir.filePath(QStringLiteral("all.timeline.json")));
    QVERIFY(timeline.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(timeline.readAll()).object();
    QCOMPARE(root[QStringLiteral("events")].toArray().size(), 1);
    QCOMPARE(root[QStringLiteral("events")][0][QStringLiteral("group")].toString(), QStringLiteral("Meeting"));
}

QTEST_MAIN(ExportTest)
#include "tst_export.moc"
