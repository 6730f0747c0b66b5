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
class TimelineZoom;
struct Event;

/**
 * The time line of contacts. Time runs right-to-left in Arabic and left-to-right in English: the
 * scene itself is mirrored (x = width − t), so the view's scrolling stays plain. The scale lives in
 * TimelineZoom; the axis and lane titles are painted over the viewport so they stay put while
 * the events pan under them. Hover shows an event, click selects it, Shift+drag picks a date window.
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
    void fitAll();
    /** Fits the selected event, the selected actor's events or the date window. */
    void zoomToSelection();
    /** Shows [from, to] across the viewport. */
    void showRange(const QDate &from, const QDate &to);
    /** Scrolls so `date` is in the middle, without zooming. */
    void centreOn(const QDate &date);
    /** Scene x of a logical (time-forward) pixel position. */
    double sceneXOf(double logical) const;

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
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;

private:
    friend class TimelineEventsItem;
    void onDatasetChanged();
    void reassign();
    void rearrange();
    void updateMinimumZoom();
    double logicalAtViewportX(double x) const;
    void scrollLogicalTo(double logical, double viewportX);
    void showTooltip(const QPoint &viewportPos, const QPoint &globalPos);
    void drawAxis(QPainter *painter);
    void drawLaneTitles(QPainter *painter);
    void drawLegend(QPainter *painter);

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
};

} // namespace rasad
