// Words that must show whole in Arabic: dialog buttons, menu shortcuts, lane titles over the timeline's
// rows. Offscreen, on invented data.
#include "FakeBackend.h"
#include "common/ExplorerState.h"
#include "common/ShortcutText.h"
#include "export/ExportDialog.h"
#include "mainwindow/LanguageManager.h"
#include "mainwindow/MainWindow.h"
#include "timeline/TimelineLayout.h"
#include "timeline/TimelineView.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleOptionButton>
#include <QTest>

using namespace rasad;

namespace {

Actor person(qint64 id, const QString &name, const QString &country)
{
    Actor a;
    a.id = id;
    a.key = QStringLiteral("test:%1").arg(id);
    a.name = name;
    a.country = country;
    return a;
}

Dataset record()
{
    Dataset d;
    d.actors = {person(1, QStringLiteral("سامر الحلبي"), QStringLiteral("SY")),
                person(2, QStringLiteral("إيغور سوكولوف"), QStringLiteral("RU"))};
    for (int i = 0; i < 6; ++i) {
        Event e;
        e.id = i + 1;
        e.type = EventType::Meeting;
        e.date.start = e.date.end = QDate(2025, 3, 1).addDays(i * 9);
        e.date.granularity = Granularity::Day;
        e.participants = {{1, QStringLiteral("host")}, {2, QStringLiteral("guest")}};
        d.events.append(e);
    }
    return d;
}

/** The dialog's push buttons whose text, drawn in the button's font, is wider than the room inside it. */
QStringList cutButtons(QWidget *dialog)
{
    QStringList cut;
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (!b->isVisible() || b->text().isEmpty())
            continue;
        QStyleOptionButton option;
        option.initFrom(b);
        option.text = b->text();
        option.icon = b->icon();
        option.iconSize = b->iconSize();
        const QRect contents = b->style()->subElementRect(QStyle::SE_PushButtonContents, &option, b);
        int room = contents.width();
        if (!b->icon().isNull())
            room -= b->iconSize().width() + 4;
        const QString text = QString(b->text()).remove(u'&');
        if (b->fontMetrics().horizontalAdvance(text) > room)
            cut.append(text);
    }
    return cut;
}

/**
 * How far the ink of a button's word stays from the button's two sides, in pixels: drawn off centre, a
 * right-to-left word met the far edge and lost its end there.
 */
std::pair<int, int> inkMargins(QPushButton *button)
{
    const QImage image = button->grab().toImage();
    const int frame = 4; // the button's own border and its focus frame
    int first = -1;
    int last = -1;
    for (int x = frame; x < image.width() - frame; ++x)
        for (int y = frame; y < image.height() - frame; ++y)
            if (image.pixelColor(x, y).lightness() < 110) {
                if (first < 0)
                    first = x;
                last = x;
                break;
            }
    if (first < 0)
        return {-1, -1};
    return {first - frame, image.width() - frame - 1 - last};
}

QPushButton *cancelOf(QWidget *dialog)
{
    for (QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>())
        if (QPushButton *b = box->button(QDialogButtonBox::Cancel))
            return b;
    return nullptr;
}

/** A desktop's style as under X11: dialog buttons with icons (the offscreen platform gives none). */
class IconButtonsStyle : public QProxyStyle
{
public:
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
            return 1;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};

/** Records the text a menu hands its style for each item, after RightToLeftStyle has seen it. */
class RecordingStyle : public QProxyStyle
{
public:
    mutable QStringList menuTexts;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override
    {
        if (const auto *item = qstyleoption_cast<const QStyleOptionMenuItem *>(option); item && element == CE_MenuItem)
            menuTexts.append(item->text);
        QProxyStyle::drawControl(element, option, painter, widget);
    }
};

} // namespace

class ClippingTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dialogButtonsShowTheirWholeWordInArabic();
    void shortcutsReadLeftToRightInArabic();
    void laneTitlesLeaveTheRowsFree();
    void cleanupTestCase();

private:
    LanguageManager m_language;
};

void ClippingTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RasadTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_clipping"));
    QSettings().clear();
    QApplication::setStyle(new RightToLeftStyle(new IconButtonsStyle)); // as rasad's main installs it, on X11
    QVERIFY(m_language.apply(QStringLiteral("ar")));
}

void ClippingTest::cleanupTestCase()
{
    QSettings().clear();
}

void ClippingTest::dialogButtonsShowTheirWholeWordInArabic()
{
    // qtbase's Arabic says "ألغِ": its last mark is lost in small type and the button reads "ألغ". Every
    // dialog takes the word from our translation, and every button's word fits inside it.
    QWidget picture;
    picture.resize(400, 300);
    ReportInfo info;
    info.title = QStringLiteral("الاتصالات");
    ExportDialog exportDialog(&picture, info);
    QMessageBox question(QMessageBox::Question, QStringLiteral("رصد"), QStringLiteral("حفظ التغييرات؟"),
                         QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    QFileDialog files(nullptr, QStringLiteral("تصدير"));
    files.setOption(QFileDialog::DontUseNativeDialog);
    QDialog editor; // as the contact and actor editors build theirs
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &editor);
    box->adjustSize();
    for (QDialog *dialog : std::initializer_list<QDialog *>{&exportDialog, &question, &files, &editor}) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QPushButton *cancel = cancelOf(dialog);
        if (!cancel) // QMessageBox keeps its box private, but its buttons are found by role
            cancel = qobject_cast<QPushButton *>(static_cast<QMessageBox *>(dialog)->button(QMessageBox::Cancel));
        QVERIFY2(cancel, dialog->metaObject()->className());
        QCOMPARE(QString(cancel->text()).remove(u'&'), QStringLiteral("إلغاء"));
        // Drawn, the word is centred with room on both sides (no icon pushing it to the edge).
        const auto [left, right] = inkMargins(cancel);
        QVERIFY2(left >= 2 && right >= 2 && std::abs(left - right) <= 6,
                 qPrintable(QStringLiteral("%1: ink %2 px from the left, %3 from the right")
                                .arg(QLatin1String(dialog->metaObject()->className()))
                                .arg(left)
                                .arg(right)));
        const QStringList cut = cutButtons(dialog);
        QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(
                                    QLatin1String(dialog->metaObject()->className()), cut.join(QStringLiteral(", ")))));
        dialog->hide();
    }
}

void ClippingTest::shortcutsReadLeftToRightInArabic()
{
    const QKeySequence zoomIn(QKeySequence::ZoomIn);
    const QString isolated = isolatedShortcut(zoomIn);
    QCOMPARE(isolated, QChar(0x2066) + zoomIn.toString(QKeySequence::NativeText) + QChar(0x2069));
    QCOMPARE(zoomIn.toString(QKeySequence::NativeText), QStringLiteral("Ctrl++"));
    QCOMPARE(isolateMenuShortcut(QStringLiteral("تكبير")), QStringLiteral("تكبير")); // no shortcut, no marks
    QCOMPARE(isolateMenuShortcut(isolateMenuShortcut(QStringLiteral("تكبير\tCtrl++"))),
             QStringLiteral("تكبير\t") + isolated); // never twice

    // A right-to-left menu hands the style "text\tshortcut": drawn, the shortcut is isolated left to right.
    auto *recorder = new RecordingStyle;
    RightToLeftStyle style(recorder);
    QMenu menu;
    menu.setStyle(&style);
    menu.setLayoutDirection(Qt::RightToLeft);
    menu.addAction(QStringLiteral("تكبير"))->setShortcut(zoomIn);
    menu.grab();
    QVERIFY(!recorder->menuTexts.isEmpty());
    QCOMPARE(recorder->menuTexts.constFirst(), QStringLiteral("تكبير\t") + isolated);

    // The window's zoom buttons say their keys, isolated too.
    test::FakeBackend backend;
    MainWindow window(&backend, &m_language);
    window.setLanguage(QStringLiteral("ar"));
    QAction *zoomAction = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->shortcut() == zoomIn)
            zoomAction = a;
    QVERIFY(zoomAction);
    QVERIFY2(zoomAction->toolTip().contains(isolated), qPrintable(zoomAction->toolTip()));
}

void ClippingTest::laneTitlesLeaveTheRowsFree()
{
    ExplorerState state;
    state.setDataset(record());
    TimelineView view(&state);
    view.setLaneMode(TimelineLayout::LaneMode::Country);
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitAll();
    const TimelineLayout &layout = view.timelineLayout();
    QVERIFY(layout.lanes().size() >= 2);
    for (const TimelineLayout::Lane &lane : layout.lanes()) {
        QVERIFY(!lane.title.isEmpty());
        // The title box (1 px below the lane's top, its font's height and 2 px) ends above the first row.
        const double titleBottom = lane.top + 1 + TimelineLayout::titleBoxHeight(view.font());
        const double firstRowTop = layout.rowCentre(lane, 0) - TimelineLayout::kRowHeight / 2;
        QVERIFY2(
            firstRowTop >= titleBottom,
            qPrintable(QStringLiteral("%1: row at %2, title to %3").arg(lane.title).arg(firstRowTop).arg(titleBottom)));
    }
}

QTEST_MAIN(ClippingTest)
#include "tst_clipping.moc"
