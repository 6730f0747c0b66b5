#pragma once

#include "timeline/TimeAxis.h"
#include "timeline/TimelineLayout.h"

#include <QDate>
#include <QGraphicsView>
#include <QPointer>

class QGraphicsScene;

namespace rasad {

class ExplorerState;
class TimelineEventsItem;
class TimelineLegendStrip;
class TimelineZoom;
struct Event;

/**
 * The time line of contacts. Time runs right-to-left in Arabic and left-to-right in English: the
 * scene itself is mirrored (x = width − t), so the view's scrolling stays plain. The scale lives in
 * TimelineZoom; the axis and lane titles are painted over the viewport so they stay put while
 * the events pan under them. Hover shows an event, click selects it, Shift+drag picks a date window, and a
 * drag along the axis (a brush) sets the filter's date range. The view follows the filter: after a filter
 * change it shows the filtered contacts' dates, unless the user has zoomed or panned by hand since the view
 * last followed it (Fit all or a brush makes it follow again).
 * Keys: the arrows along time step through the contacts (mirrored in Arabic, where time runs to the left),
 * Up/Down move to the next lane, Home/End pick the first and last, Enter opens the source, Ctrl+arrows pan.
 */
class TimelineView : public QGraphicsView
{
    Q_OBJECT
public:
    using LaneMode = TimelineLayout::LaneMode;

    explicit TimelineView(ExplorerState *state, QWidget *parent = nullptr);
    ~TimelineView() override;

    ExplorerState *state() const { return m_state; }
    TimelineZoom *zoom() const { return m_zoom; }
    const TimelineLayout &timelineLayout() const { return m_layout; }

    LaneMode laneMode() const { return m_laneMode; }
    void setLaneMode(LaneMode mode);
    bool isTimeRightToLeft() const;

    /** First and last day at least partly on screen. */
    QDate visibleStart() const;
    QDate visibleEnd() const;
    /** Viewport x of the middle of `date`'s day. */
    double viewportXOf(const QDate &date) const;
    /** The day under viewport x. */
    QDate dateAtViewportX(double x) const;
    TimeAxis::Unit axisUnit() const;
    /** The event whose mark or label is under a viewport point, or null. */
    const Event *eventAt(const QPoint &viewportPos) const;

    /** Zooms by `factor` keeping the moment under `viewportAnchor` where it is. */
    void zoomBy(double factor, const QPointF &viewportAnchor);
    void zoomIn();
    void zoomOut();
    /**
     * Fits what the filter lets through: the filter's dates where it sets them, else the filtered contacts'
     * span; the whole record when nothing is filtered. The view follows the filter again after it.
     */
    void fitAll();
    /** True until the user zooms or pans by hand: the next filter change then zooms to the filter. */
    bool followsFilter() const { return !m_movedByHand; }
    /** Fits the selected event, the selected actor's events or the date window. */
    void zoomToSelection();
    /** Shows [from, to] across the viewport, with `marginFraction` of the span spare either side. */
    void showRange(const QDate &from, const QDate &to, double marginFraction = 0.1);
    /** Shows exactly [from, to] across the whole viewport, without room for labels (an export of the screen's dates).
     */
    void showSpan(const QDate &from, const QDate &to);
    /** The dates a picture covers: the days outside are greyed. Invalid dates (the default): none are. */
    void setCoveredRange(const QDate &from, const QDate &to)
    {
        m_coveredFrom = from;
        m_coveredTo = to;
        viewport()->update();
    }
    /** Scrolls so `date` is in the middle, without zooming. */
    void centreOn(const QDate &date);
    /** Scene x of a logical (time-forward) pixel position. */
    double sceneXOf(double logical) const;

    /**
     * Keyboard stepping, outside presentation mode: selects the next (`direction` > 0) or previous
     * contact on the timeline in time order, the first when none is selected. False at either end.
     */
    bool stepSelection(int direction);
    /** Selects the earliest (`last` false) or latest contact on the timeline. */
    bool selectEnd(bool last);
    /** Selects the contact nearest in time to the selected one in the next lane down (`direction` > 0) or up. */
    bool stepLane(int direction);

    static constexpr double kAxisHeight = 46;
    /** Room after the latest event for its label (on the left in Arabic). */
    static constexpr double kEndMargin = 170;

Q_SIGNALS:
    void visibleRangeChanged();
    /** Double-click on an event: show its details and sources. */
    void eventActivated(qint64 eventId);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;

private:
    friend class TimelineEventsItem;
    friend class TimelineLegendStrip;
    /** Keeps the legend in its own strip under the lanes (a viewport margin), sized to its rows. */
    void updateLegendStrip();
    void onDatasetChanged();
    void onRecordsChanged(const QSet<qint64> &events, const QSet<qint64> &actors);
    /** The record's span (m_origin, m_totalDays) read again; true when it changed. */
    bool updateSpan();
    void reassign();
    void rearrange();
    void updateMinimumZoom();
    double logicalAtViewportX(double x) const;
    void scrollLogicalTo(double logical, double viewportX);
    void showTooltip(const QPoint &viewportPos, const QPoint &globalPos);
    void drawAxis(QPainter *painter);
    void drawLaneTitles(QPainter *painter);
    /** The legend's rows in a strip `width` wide, right-aligned in English, left in Arabic. */
    void drawLegend(QPainter *painter, double width);
    /** The legend's entries by row: one row, or more when the viewport is too narrow for it. */
    QList<QList<EventType>> legendRows() const;
    /** The legend strip's height. */
    double legendHeight() const;
    /** The whole record's span at the smallest scale (what Fit all shows when nothing is filtered). */
    void fitRecord();
    /** A zoom or pan the user made: the view stops following the filter. */
    void movedByHand();
    /** The brush along the axis picked [a, b]: the filter's date range becomes it. */
    void brushDates(const QDate &a, const QDate &b);
    /** The dated contacts the timeline shows, in time order (what the keys step through). */
    QList<const Event *> steppable() const;
    /** Selects `event` from the keyboard and scrolls its mark into view, across and down. */
    void selectFromKeyboard(const Event *event, int lane = -1);
    /** The lane the keyboard is in: the one last stepped into while it holds the selected contact. */
    int currentLane() const;

    QPointer<ExplorerState> m_state;
    TimelineZoom *m_zoom;
    QGraphicsScene *m_scene;
    TimelineEventsItem *m_item;
    TimelineLayout m_layout;
    LaneMode m_laneMode = LaneMode::Country;
    QDate m_origin;
    qint64 m_totalDays = 60;
    QPoint m_pressPos;
    bool m_pressed = false;
    bool m_selectingWindow = false;
    QPoint m_windowDragEnd;
    bool m_fitPending = true;
    bool m_fitted = false; // showing everything: stays so when the window is resized
    bool m_settingWindow = false; // our own Shift+drag set the window: do not zoom to it
    bool m_brushing = false;      // a drag along the axis is picking the filter's dates
    bool m_movedByHand = false;   // zoomed or panned by the user since the view last followed the filter
    TimelineLegendStrip *m_legendStrip = nullptr; // under the viewport: the legend never covers a lane
    QDate m_coveredFrom;                          // a picture's dates, see setCoveredRange()
    QDate m_coveredTo;
    int m_keyLane = -1;           // the lane Up/Down last moved into (a contact sits in each participant's lane)
};

} // namespace rasad
