#include "timeline/TimelineView.h"

#include "common/EventPalette.h"
#include "common/ExplorerState.h"
#include "timeline/TimelineEventsItem.h"
#include "timeline/TimelineZoom.h"

#include <QGestureEvent>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace rasad {

/** The strip under the lanes that holds the legend, so it never covers an event. */
class TimelineLegendStrip : public QWidget
{
public:
    explicit TimelineLegendStrip(TimelineView *view)
        : QWidget(view)
        , m_view(view)
    {
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), palette().color(QPalette::Window));
        painter.setFont(m_view->font());
        m_view->drawLegend(&painter, width());
    }

private:
    TimelineView *m_view;
};

namespace {
constexpr qint64 kPaddingDays = 10;
constexpr int kClickSlop = 4;
} // namespace

TimelineView::TimelineView(ExplorerState *state, QWidget *parent)
    : QGraphicsView(parent)
    , m_state(state)
    , m_zoom(new TimelineZoom(this))
    , m_scene(new QGraphicsScene(this))
    , m_item(new TimelineEventsItem(this))
{
    setObjectName(QStringLiteral("timelineView"));
    // The scene mirrors time itself; the view's own scrolling stays left-to-right so panning maths is plain.
    setLayoutDirection(Qt::LeftToRight);
    setScene(m_scene);
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    m_scene->addItem(m_item);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // A vertical bar that comes and goes would change the viewport width, and with it the scale
    // that fits everything; keep it there so "fit all" is stable.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate); // axis and titles are painted over the viewport
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
    setMinimumHeight(110); // a 1024×640 window with the docks shown
    m_legendStrip = new TimelineLegendStrip(this);

    connect(m_zoom, &TimelineZoom::scaleChanged, this, [this] { rearrange(); });
    connect(m_state, &ExplorerState::datasetChanged, this, &TimelineView::onDatasetChanged);
    connect(m_state, &ExplorerState::recordsChanged, this, &TimelineView::onRecordsChanged);
    connect(m_state, &ExplorerState::filterChanged, this, [this] {
        const int scrolled = horizontalScrollBar()->value();
        reassign();
        // The view follows the filter, so its lanes are never left empty, unless the user chose a view by hand:
        // that view stays exactly (the record's span, and so the scene's width, is the same).
        if (m_movedByHand)
            horizontalScrollBar()->setValue(scrolled);
        else
            fitAll();
    });
    // Only the user's own use of the scroll bar (setValue() from code does not trigger an action).
    connect(horizontalScrollBar(), &QAbstractSlider::actionTriggered, this, [this] { movedByHand(); });
    connect(m_state, &ExplorerState::formatChanged, this, [this] {
        const QDate centre = dateAtViewportX(viewport()->width() / 2.0);
        updateLegendStrip(); // type names in the new language
        reassign();
        centreOn(centre);
    });
    connect(m_state, &ExplorerState::dateWindowChanged, this, [this] {
        // A window set elsewhere (a bar of the statistics chart) narrows the timeline to it.
        if (!m_settingWindow && m_state->windowStart().isValid() && m_state->windowEnd().isValid())
            showRange(m_state->windowStart(), m_state->windowEnd());
        viewport()->update();
    });
    connect(m_state, &ExplorerState::selectionChanged, this, [this] {
        if (const Event *e = m_state->eventById(m_state->selectedEvent()); e && e->date.isValid()) {
            const double x = viewportXOf(e->date.start);
            if (x < 0 || x > viewport()->width())
                centreOn(e->date.start);
        }
        viewport()->update();
    });
    onDatasetChanged();
}

TimelineView::~TimelineView() = default;

bool TimelineView::isTimeRightToLeft() const
{
    return m_state->format().direction() == Qt::RightToLeft;
}

void TimelineView::setLaneMode(LaneMode mode)
{
    if (mode == m_laneMode)
        return;
    m_laneMode = mode;
    reassign();
}

bool TimelineView::updateSpan()
{
    QDate first;
    QDate last;
    for (const Event &e : m_state->dataset().events) {
        if (!e.date.isValid())
            continue;
        if (!first.isValid() || e.date.start < first)
            first = e.date.start;
        if (!last.isValid() || e.date.end > last)
            last = e.date.end;
    }
    if (!first.isValid()) {
        last = QDate::currentDate();
        first = last.addDays(-60);
    }
    const QDate origin = first.addDays(-kPaddingDays);
    const qint64 totalDays = origin.daysTo(last) + 1 + kPaddingDays;
    const bool changed = origin != m_origin || totalDays != m_totalDays;
    m_origin = origin;
    m_totalDays = totalDays;
    return changed;
}

void TimelineView::onDatasetChanged()
{
    updateSpan();
    m_fitPending = true;
    reassign();
    fitAll();
}

void TimelineView::onRecordsChanged(const QSet<qint64> &events, const QSet<qint64> &actors)
{
    m_layout.forgetLabels(events, !actors.isEmpty());
    // An edit or its undo keeps the researcher's view: the same scale, the same days in view, the same
    // lanes scrolled to. Only "everything" (fitted) follows the record, as it does on a resize.
    const QDate centre = dateAtViewportX(viewport()->width() / 2.0);
    const int scrolled = horizontalScrollBar()->value();
    const int down = verticalScrollBar()->value();
    const bool spanChanged = updateSpan();
    // A date, place or type moved: only those marks move (the lanes, their order and every other mark
    // stay); anything more (a contact added or gone, other people, a new span) lays the lanes out again.
    if (!spanChanged && actors.isEmpty() && m_layout.update(*m_state, events, m_laneMode, m_origin))
        rearrange();
    else
        reassign();
    if (m_fitted) {
        const bool byHand = m_movedByHand;
        fitAll();
        m_movedByHand = byHand;
    } else if (spanChanged) {
        updateMinimumZoom();
        centreOn(centre);
    } else {
        horizontalScrollBar()->setValue(scrolled);
    }
    verticalScrollBar()->setValue(down);
}

void TimelineView::reassign()
{
    m_layout.setFont(font());
    m_layout.assign(*m_state, m_laneMode, m_origin);
    m_item->clearLabelCache();
    rearrange();
}

void TimelineView::rearrange()
{
    const double ppd = m_zoom->pixelsPerDay();
    m_layout.arrange(ppd, kAxisHeight);
    // Only as tall as the lanes: padding to the viewport would make scroll bars chase each other.
    const QSizeF size(double(m_totalDays) * ppd + kEndMargin, kAxisHeight + m_layout.height() + 24.0);
    m_item->setSize(size);
    m_scene->setSceneRect(QRectF(QPointF(0, 0), size));
    viewport()->update();
}

double TimelineView::sceneXOf(double logical) const
{
    return isTimeRightToLeft() ? m_scene->sceneRect().width() - logical : logical;
}

double TimelineView::logicalAtViewportX(double x) const
{
    const double sceneX = mapToScene(QPoint(0, 0)).x() + x;
    return isTimeRightToLeft() ? m_scene->sceneRect().width() - sceneX : sceneX;
}

void TimelineView::scrollLogicalTo(double logical, double viewportX)
{
    const double sceneX = sceneXOf(logical);
    horizontalScrollBar()->setValue(int(std::lround(sceneX - viewportX)));
}

QDate TimelineView::dateAtViewportX(double x) const
{
    return m_origin.addDays(qint64(std::floor(logicalAtViewportX(x) / m_zoom->pixelsPerDay())));
}

double TimelineView::viewportXOf(const QDate &date) const
{
    const double logical = (double(m_origin.daysTo(date)) + 0.5) * m_zoom->pixelsPerDay();
    return sceneXOf(logical) - mapToScene(QPoint(0, 0)).x();
}

QDate TimelineView::visibleStart() const
{
    const double w = viewport()->width();
    return isTimeRightToLeft() ? dateAtViewportX(w - 1) : dateAtViewportX(0);
}

QDate TimelineView::visibleEnd() const
{
    const double w = viewport()->width();
    return isTimeRightToLeft() ? dateAtViewportX(0) : dateAtViewportX(w - 1);
}

TimeAxis::Unit TimelineView::axisUnit() const
{
    return TimeAxis::unitFor(m_zoom->pixelsPerDay());
}

void TimelineView::updateMinimumZoom()
{
    m_zoom->setMinimum(std::max(1.0, double(viewport()->width()) - kEndMargin) / double(m_totalDays));
}

void TimelineView::movedByHand()
{
    m_movedByHand = true;
    m_fitted = false;
}

void TimelineView::zoomBy(double factor, const QPointF &viewportAnchor)
{
    movedByHand();
    const double logical = logicalAtViewportX(viewportAnchor.x());
    const double days = logical / m_zoom->pixelsPerDay();
    m_zoom->setPixelsPerDay(m_zoom->pixelsPerDay() * factor);
    scrollLogicalTo(days * m_zoom->pixelsPerDay(), viewportAnchor.x());
    Q_EMIT visibleRangeChanged();
}

void TimelineView::zoomIn()
{
    const QPoint cursor = viewport()->mapFromGlobal(QCursor::pos());
    const QPointF anchor = viewport()->rect().contains(cursor) ? QPointF(cursor) : QPointF(viewport()->rect().center());
    zoomBy(TimelineZoom::stepFactor, anchor);
}

void TimelineView::zoomOut()
{
    const QPoint cursor = viewport()->mapFromGlobal(QCursor::pos());
    const QPointF anchor = viewport()->rect().contains(cursor) ? QPointF(cursor) : QPointF(viewport()->rect().center());
    zoomBy(1.0 / TimelineZoom::stepFactor, anchor);
}

void TimelineView::fitAll()
{
    m_movedByHand = false;
    const QDate from = m_state->filteredFrom();
    const QDate to = m_state->filteredTo();
    if (m_state->filter().isEmpty() || !from.isValid() || !to.isValid() || to < from) {
        fitRecord();
        return;
    }
    showRange(from, to, 0.08); // the first contact clear of the lane titles
    m_fitted = true;           // a resize fits the filter again
}

void TimelineView::fitRecord()
{
    const double before = m_zoom->pixelsPerDay();
    updateMinimumZoom();
    m_zoom->setPixelsPerDay(m_zoom->minimum());
    if (m_zoom->pixelsPerDay() == before)
        rearrange(); // a new scale was arranged already, on scaleChanged
    horizontalScrollBar()->setValue(isTimeRightToLeft() ? horizontalScrollBar()->maximum() : 0);
    m_fitted = true;
    Q_EMIT visibleRangeChanged();
}

void TimelineView::showRange(const QDate &from, const QDate &to, double marginFraction)
{
    if (!from.isValid() || !to.isValid())
        return;
    m_fitted = false;
    const double days = double(std::max<qint64>(1, from.daysTo(to) + 1));
    // A little room either side so the marks at the ends are not cut.
    const double margin = days * marginFraction + 1;
    const double before = m_zoom->pixelsPerDay();
    updateMinimumZoom();
    m_zoom->setPixelsPerDay(std::max(1.0, double(viewport()->width()) - kEndMargin) / (days + 2 * margin));
    if (m_zoom->pixelsPerDay() == before)
        rearrange(); // a new scale was arranged already, on scaleChanged
    const double centreDays = double(m_origin.daysTo(from)) + days / 2.0;
    // Centred in the room left of the label margin (right of it in Arabic).
    const double room = (double(viewport()->width()) - kEndMargin) / 2.0;
    scrollLogicalTo(centreDays * m_zoom->pixelsPerDay(), isTimeRightToLeft() ? viewport()->width() - room : room);
    Q_EMIT visibleRangeChanged();
}

void TimelineView::showSpan(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return;
    m_fitted = false;
    const double before = m_zoom->pixelsPerDay();
    updateMinimumZoom();
    m_zoom->setPixelsPerDay(std::max(1, viewport()->width()) / double(from.daysTo(to) + 1));
    if (m_zoom->pixelsPerDay() == before)
        rearrange();
    // The first day's start at the leading edge: the left in English, the right in Arabic.
    scrollLogicalTo(double(m_origin.daysTo(from)) * m_zoom->pixelsPerDay(),
                    isTimeRightToLeft() ? viewport()->width() : 0);
    Q_EMIT visibleRangeChanged();
}

void TimelineView::centreOn(const QDate &date)
{
    if (!date.isValid())
        return;
    if (m_fitted && m_zoom->pixelsPerDay() <= m_zoom->minimum() * 1.0001)
        return; // everything is on screen already
    const double logical = (double(m_origin.daysTo(date)) + 0.5) * m_zoom->pixelsPerDay();
    scrollLogicalTo(logical, viewport()->width() / 2.0);
    Q_EMIT visibleRangeChanged();
}

void TimelineView::zoomToSelection()
{
    if (const Event *e = m_state->eventById(m_state->selectedEvent()); e && e->date.isValid()) {
        showRange(e->date.start.addDays(-3), e->date.end.addDays(3));
        return;
    }
    if (const qint64 actorId = m_state->selectedActor()) {
        QDate first;
        QDate last;
        for (const Event *e : m_state->visibleEvents()) {
            if (!e->date.isValid()
                || std::none_of(e->participants.cbegin(), e->participants.cend(),
                                [&](const Participant &p) { return p.actorId == actorId; }))
                continue;
            first = first.isValid() ? std::min(first, e->date.start) : e->date.start;
            last = last.isValid() ? std::max(last, e->date.end) : e->date.end;
        }
        if (first.isValid()) {
            showRange(first, last);
            return;
        }
    }
    if (m_state->windowStart().isValid() && m_state->windowEnd().isValid())
        showRange(m_state->windowStart(), m_state->windowEnd());
}

const Event *TimelineView::eventAt(const QPoint &viewportPos) const
{
    const QPointF scenePos = mapToScene(viewportPos);
    const int laneNo = m_layout.laneAt(scenePos.y());
    if (laneNo < 0)
        return nullptr;
    const TimelineLayout::Lane &lane = m_layout.lanes().at(laneNo);
    const double logical = isTimeRightToLeft() ? m_scene->sceneRect().width() - scenePos.x() : scenePos.x();
    const double rowTop = lane.rowsTop();
    const double inLane = scenePos.y() - rowTop;
    int row = int(std::floor(inLane / TimelineLayout::kRowHeight));
    if (row >= lane.rows)
        row = lane.crowded ? TimelineLayout::kCrowdedRow : lane.rows - 1;
    row = std::max(row, row == TimelineLayout::kCrowdedRow ? row : 0);
    constexpr double slop = 3;
    const Event *best = nullptr;
    double bestDistance = 1e9;
    const auto &ps = lane.placements;
    auto it = std::lower_bound(ps.cbegin(), ps.cend(), logical - lane.widestExtent - slop,
                               [](const TimelineLayout::Placement &p, double v) { return p.markStart < v; });
    for (; it != ps.cend() && it->markStart <= logical + slop; ++it) {
        if (it->row != row)
            continue;
        if (logical < it->markStart - slop || logical > it->extentEnd() + slop)
            continue;
        const double distance = logical < it->markEnd ? 0 : logical - it->markEnd;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = it->event;
        }
    }
    return best;
}

void TimelineView::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QPalette pal = palette();
    painter->fillRect(rect, pal.color(QPalette::Base));
    // Alternate lane shading, lanes tinted lightly with their country colour.
    const auto &lanes = m_layout.lanes();
    for (int i = 0; i < lanes.size(); ++i) {
        const auto &lane = lanes.at(i);
        const QRectF band(rect.left(), lane.top, rect.width(), lane.height);
        if (!band.intersects(rect))
            continue;
        // Mixed with the base colour here so the band is an opaque fill: blending a translucent tint
        // over the whole viewport cost milliseconds per frame.
        const QColor base = pal.color(QPalette::Base);
        const double alpha = (i % 2 ? 14 : 26) / 255.0;
        auto mix = [alpha](int under, int over) { return int(std::lround(under + (over - under) * alpha)); };
        const QColor tint(mix(base.red(), lane.color.red()), mix(base.green(), lane.color.green()),
                          mix(base.blue(), lane.color.blue()));
        painter->fillRect(band, tint);
        painter->setPen(QPen(pal.color(QPalette::Mid), 0));
        painter->drawLine(QPointF(rect.left(), lane.top + lane.height), QPointF(rect.right(), lane.top + lane.height));
    }
    // Grid lines at the axis ticks.
    const double ppd = m_zoom->pixelsPerDay();
    const QList<TimeAxis::Tick> ticks =
        TimeAxis::ticks(axisUnit(), visibleStart().addDays(-1), visibleEnd().addDays(1), ppd, m_state->format());
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(70);
    painter->setPen(QPen(grid, 0));
    for (const TimeAxis::Tick &t : ticks) {
        // Months too narrow for a label keep their axis tick but not a grid line, except at a year's start.
        if (t.label.isEmpty() && t.date.month() != 1)
            continue;
        const double x = sceneXOf(double(m_origin.daysTo(t.date)) * ppd);
        painter->drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
    }
    // A picture's dates: the days beyond them (room for labels) greyed, so they do not read as empty months.
    if (m_coveredFrom.isValid() && m_coveredTo.isValid()) {
        const double a = sceneXOf(double(m_origin.daysTo(m_coveredFrom)) * ppd);
        const double b = sceneXOf(double(m_origin.daysTo(m_coveredTo) + 1) * ppd);
        const QColor outside(0x80, 0x80, 0x80, 60);
        painter->fillRect(QRectF(QPointF(rect.left(), rect.top()), QPointF(std::min(a, b), rect.bottom())), outside);
        painter->fillRect(QRectF(QPointF(std::max(a, b), rect.top()), QPointF(rect.right(), rect.bottom())), outside);
    }
    // The date window the user dragged, shaded.
    if (m_state->windowStart().isValid() && m_state->windowEnd().isValid()) {
        const double a = sceneXOf(double(m_origin.daysTo(m_state->windowStart())) * ppd);
        const double b = sceneXOf(double(m_origin.daysTo(m_state->windowEnd()) + 1) * ppd);
        QColor shade = pal.color(QPalette::Highlight);
        shade.setAlpha(40);
        painter->fillRect(QRectF(QPointF(std::min(a, b), rect.top()), QPointF(std::max(a, b), rect.bottom())), shade);
    }
}

void TimelineView::drawForeground(QPainter *painter, const QRectF &)
{
    painter->save();
    // Draw in viewport coordinates. Not resetTransform(): render() for an export paints through a
    // transform to its target, and the axis and lane titles must land there too.
    painter->setTransform(viewportTransform().inverted() * painter->transform());
    painter->setLayoutDirection(m_state->format().direction());
    painter->setFont(font()); // the metrics below are the widget's: an export's painter starts with another font
    drawLaneTitles(painter);
    drawAxis(painter);
    // Where the keys go: a keyboard user must see that the timeline has them.
    if (painter->device() == viewport() && hasFocus()) {
        painter->setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
    }
    if (m_selectingWindow || m_brushing) {
        QColor shade = palette().color(QPalette::Highlight);
        shade.setAlpha(60);
        const QRect band(QPoint(std::min(m_pressPos.x(), m_windowDragEnd.x()), 0),
                         QPoint(std::max(m_pressPos.x(), m_windowDragEnd.x()), viewport()->height()));
        painter->fillRect(band, shade);
        if (m_brushing) {
            // The dates the brush will set, over the axis where the drag is.
            QDate a = dateAtViewportX(m_pressPos.x());
            QDate b = dateAtViewportX(m_windowDragEnd.x());
            if (a > b)
                std::swap(a, b);
            const DisplayFormat &f = m_state->format();
            const QString text = f.date(a) + QStringLiteral(" – ") + f.date(b);
            const QFontMetricsF fm(painter->font());
            const double w = fm.horizontalAdvance(text) + 12;
            const double x = std::clamp(band.center().x() - w / 2, 0.0, std::max(0.0, viewport()->width() - w));
            const QRectF box(x, kAxisHeight + 4, w, fm.height() + 6);
            painter->fillRect(box, palette().color(QPalette::Highlight));
            painter->setPen(palette().color(QPalette::HighlightedText));
            painter->drawText(box, Qt::AlignCenter, text);
        }
    }
    painter->restore();
}

void TimelineView::drawAxis(QPainter *painter)
{
    const QPalette pal = palette();
    const double w = viewport()->width();
    painter->fillRect(QRectF(0, 0, w, kAxisHeight), pal.color(QPalette::Window));
    painter->setPen(QPen(pal.color(QPalette::Mid), 0));
    painter->drawLine(QPointF(0, kAxisHeight - 0.5), QPointF(w, kAxisHeight - 0.5));

    const double ppd = m_zoom->pixelsPerDay();
    const TimeAxis::Unit unit = axisUnit();
    const QDate from = visibleStart().addDays(-1);
    const QDate to = visibleEnd().addDays(1);
    const double offset = mapToScene(QPoint(0, 0)).x();
    auto xOf = [&](const QDate &d) { return sceneXOf(double(m_origin.daysTo(d)) * ppd) - offset; };
    const QFontMetricsF fm(painter->font());
    constexpr double rowHeight = kAxisHeight / 2;

    // Context row (months or years) on top; the label sticks to the visible part of its period.
    QFont bold = painter->font();
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(pal.color(QPalette::WindowText));
    for (const TimeAxis::Tick &t : TimeAxis::contextTicks(unit, from, to, m_state->format())) {
        const double a = xOf(t.date);
        const double b = xOf(t.next);
        const double left = std::max(0.0, std::min(a, b));
        const double right = std::min(w, std::max(a, b));
        if (right - left < 4)
            continue;
        painter->drawLine(QPointF(a, 0), QPointF(a, rowHeight));
        const QRectF box(left + 4, 0, right - left - 8, rowHeight);
        const QString text = QFontMetricsF(bold).elidedText(t.label, Qt::ElideRight, box.width());
        // Absolute: the painter's right-to-left direction would mirror AlignRight back to the left.
        painter->drawText(box, Qt::AlignVCenter | Qt::AlignAbsolute | (isTimeRightToLeft() ? Qt::AlignRight : Qt::AlignLeft),
                          text);
    }
    painter->setFont(QFont(font()));

    // Unit row: a tick at each period start, its label centred on the period (weeks: on the tick).
    const QList<TimeAxis::Tick> ticks = TimeAxis::ticks(unit, from, to, ppd, m_state->format());
    for (const TimeAxis::Tick &t : ticks) {
        const double a = xOf(t.date);
        const double b = xOf(t.next);
        painter->setPen(QPen(pal.color(QPalette::Mid), 0));
        painter->drawLine(QPointF(a, rowHeight + 6), QPointF(a, kAxisHeight));
        painter->setPen(pal.color(QPalette::WindowText));
        const double centre = unit == TimeAxis::Unit::Week ? a : (a + b) / 2;
        const double room = unit == TimeAxis::Unit::Week ? std::abs(b - a) : std::abs(b - a) - 4;
        const QString text = fm.elidedText(t.label, Qt::ElideRight, room);
        painter->drawText(QRectF(centre - room / 2, rowHeight, room, rowHeight), Qt::AlignCenter, text);
    }
}

void TimelineView::drawLaneTitles(QPainter *painter)
{
    const double top = mapToScene(QPoint(0, 0)).y();
    const QFontMetricsF fm(font());
    const bool rtl = m_state->format().direction() == Qt::RightToLeft;
    for (const auto &lane : m_layout.lanes()) {
        if (lane.title.isEmpty())
            continue;
        const double y = lane.top - top;
        if (y + lane.height < kAxisHeight || y > viewport()->height())
            continue;
        const double textWidth = std::min(fm.horizontalAdvance(lane.title) + 12, viewport()->width() / 3.0);
        const double x = rtl ? viewport()->width() - textWidth - 2 : 2;
        const QRectF box(x, std::max(y + 1, kAxisHeight + 1), textWidth, TimelineLayout::titleBoxHeight(font()));
        QColor back = palette().color(QPalette::Window);
        back.setAlpha(220);
        painter->fillRect(box, back);
        painter->fillRect(QRectF(rtl ? box.right() - 3 : box.left(), box.top(), 3, box.height()), lane.color);
        painter->setPen(lane.color.darker(130));
        painter->drawText(box.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeading,
                          fm.elidedText(lane.title, Qt::ElideRight, textWidth - 12));
    }
}

QList<QList<EventType>> TimelineView::legendRows() const
{
    // Entries in reading order, wrapped onto more rows when the viewport is narrower than one row.
    const QFontMetricsF fm(font());
    const double room = std::max(60.0, double(viewport()->width()) - 8);
    QList<QList<EventType>> rows{{}};
    double width = 8;
    for (EventType t : EventPalette::types()) {
        const double w = fm.horizontalAdvance(m_state->format().eventTypeName(t)) + 26;
        if (!rows.last().isEmpty() && width + w > room) {
            rows.append(QList<EventType>());
            width = 8;
        }
        rows.last().append(t);
        width += w;
    }
    return rows;
}

double TimelineView::legendHeight() const
{
    return double(legendRows().size()) * (QFontMetricsF(font()).height() + 6) + 6;
}

void TimelineView::updateLegendStrip()
{
    // The screen's legend (an exported report draws its own, larger one).
    const int h = int(std::ceil(legendHeight()));
    if (viewportMargins().bottom() != h)
        setViewportMargins(0, 0, 0, h);
    const QRect v = viewport()->geometry();
    m_legendStrip->setGeometry(v.left(), v.bottom() + 1, v.width(), h);
    m_legendStrip->update();
}

void TimelineView::drawLegend(QPainter *painter, double stripWidth)
{
    const QFontMetricsF fm(font());
    const bool rtl = m_state->format().direction() == Qt::RightToLeft;
    const double h = fm.height() + 6;
    const QList<QList<EventType>> rows = legendRows();
    double width = 0;
    for (const QList<EventType> &row : rows) {
        double w = 8;
        for (EventType t : row)
            w += fm.horizontalAdvance(m_state->format().eventTypeName(t)) + 26;
        width = std::max(width, w);
    }
    const double top = 3;
    const double left = rtl ? 4 : stripWidth - width - 4;
    QColor back = palette().color(QPalette::Window);
    back.setAlpha(230);
    painter->fillRect(QRectF(left, top, width, h * double(rows.size())), back);
    painter->setPen(QPen(palette().color(QPalette::Mid), 0));
    painter->drawRect(QRectF(left, top, width, h * double(rows.size())));
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const double y = top + h * double(r);
        // Legend entries follow reading order: right to left in Arabic.
        QList<EventType> ordered = rows.at(r);
        double rowWidth = 8;
        for (EventType t : ordered)
            rowWidth += fm.horizontalAdvance(m_state->format().eventTypeName(t)) + 26;
        double x = (rtl ? left + width - rowWidth : left) + 6;
        if (rtl)
            std::reverse(ordered.begin(), ordered.end());
        for (EventType t : ordered) {
            const QString name = m_state->format().eventTypeName(t);
            const double tw = fm.horizontalAdvance(name);
            painter->setBrush(EventPalette::color(t));
            painter->setPen(Qt::NoPen);
            if (rtl) {
                painter->setPen(palette().color(QPalette::WindowText));
                painter->drawText(QRectF(x, y, tw + 2, h), Qt::AlignVCenter, name);
                painter->setPen(Qt::NoPen);
                painter->drawEllipse(QPointF(x + tw + 12, y + h / 2), 5, 5);
            } else {
                painter->drawEllipse(QPointF(x + 6, y + h / 2), 5, 5);
                painter->setPen(palette().color(QPalette::WindowText));
                painter->drawText(QRectF(x + 16, y, tw + 2, h), Qt::AlignVCenter, name);
            }
            x += tw + 26;
        }
    }
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event); // lanes scroll vertically
        return;
    }
    if (event->angleDelta().x() != 0 && event->angleDelta().y() == 0) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - event->angleDelta().x());
        movedByHand();
        Q_EMIT visibleRangeChanged();
        return;
    }
    zoomBy(TimelineZoom::wheelFactor(event), event->position());
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    m_pressed = event->button() == Qt::LeftButton;
    if (m_pressed && (event->modifiers() & Qt::ShiftModifier)) {
        m_selectingWindow = true;
        m_windowDragEnd = m_pressPos;
        event->accept();
        return;
    }
    if (m_pressed && m_pressPos.y() < kAxisHeight) {
        // On the axis a drag picks dates (a brush) rather than panning.
        m_brushing = true;
        m_windowDragEnd = m_pressPos;
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_selectingWindow || m_brushing) {
        m_windowDragEnd = event->position().toPoint();
        viewport()->update();
        return;
    }
    if (!m_pressed) // over the axis the mouse picks dates; over the lanes it pans
        viewport()->setCursor(event->position().y() < kAxisHeight ? Qt::SizeHorCursor : Qt::OpenHandCursor);
    QGraphicsView::mouseMoveEvent(event);
    if (m_pressed) {
        if ((event->position().toPoint() - m_pressPos).manhattanLength() > kClickSlop)
            movedByHand(); // a pan with the hand
        Q_EMIT visibleRangeChanged();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_brushing) {
        m_brushing = false;
        m_pressed = false;
        if ((pos - m_pressPos).manhattanLength() > kClickSlop)
            brushDates(dateAtViewportX(m_pressPos.x()), dateAtViewportX(pos.x()));
        viewport()->update();
        return;
    }
    if (m_selectingWindow) {
        m_selectingWindow = false;
        QDate a = dateAtViewportX(m_pressPos.x());
        QDate b = dateAtViewportX(pos.x());
        if (a > b)
            std::swap(a, b);
        m_settingWindow = true;
        if ((pos - m_pressPos).manhattanLength() > kClickSlop)
            m_state->setDateWindow(a, b);
        else
            m_state->setDateWindow({}, {});
        m_settingWindow = false;
        viewport()->update();
        m_pressed = false;
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    if (m_pressed && (pos - m_pressPos).manhattanLength() <= kClickSlop) {
        const Event *e = eventAt(pos);
        m_state->selectEvent(e ? e->id : 0);
    }
    m_pressed = false;
}

void TimelineView::brushDates(const QDate &a, const QDate &b)
{
    if (!a.isValid() || !b.isValid())
        return;
    EventFilter filter = m_state->filter();
    filter.from = std::min(a, b);
    filter.to = std::max(a, b);
    m_movedByHand = false; // the brush asks to see those dates: the filter change zooms to them
    const bool same = filter == m_state->filter();
    m_state->setFilter(filter);
    if (same)
        fitAll();
}

void TimelineView::leaveEvent(QEvent *event)
{
    viewport()->setCursor(Qt::OpenHandCursor);
    QGraphicsView::leaveEvent(event);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const Event *e = eventAt(event->position().toPoint())) {
        m_state->selectEvent(e->id);
        Q_EMIT eventActivated(e->id);
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const double step = viewport()->width() * 0.15;
    // Ctrl with an arrow pans and scrolls, as the plain arrows did before they stepped through contacts.
    const bool pan = event->modifiers() & Qt::ControlModifier;
    // The Right key goes forward in time in English, back in Arabic (time runs to the left there).
    const int rightKey = isTimeRightToLeft() ? -1 : +1;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitAll();
        return;
    case Qt::Key_Home:
    case Qt::Key_End:
        selectEnd(event->key() == Qt::Key_End);
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (pan) {
            const int sign = event->key() == Qt::Key_Left ? -1 : +1;
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() + sign * int(step));
            movedByHand();
            Q_EMIT visibleRangeChanged();
        } else {
            stepSelection(event->key() == Qt::Key_Right ? rightKey : -rightKey);
        }
        return;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int sign = event->key() == Qt::Key_Up ? -1 : +1;
        if (pan || !stepLane(sign))
            verticalScrollBar()->setValue(verticalScrollBar()->value() + sign * int(TimelineLayout::kRowHeight * 2));
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_state->eventById(m_state->selectedEvent()))
            Q_EMIT eventActivated(m_state->selectedEvent());
        return;
    case Qt::Key_Escape:
        // First the dragged date window, then the selection.
        if (m_state->windowStart().isValid() || m_state->windowEnd().isValid())
            m_state->setDateWindow({}, {});
        else
            m_state->selectEvent(0);
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    viewport()->update(); // the focus frame
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    QGraphicsView::focusOutEvent(event);
    viewport()->update();
}

QList<const Event *> TimelineView::steppable() const
{
    QList<const Event *> events;
    for (const Event *e : m_state->visibleEvents()) // date order
        if (e->date.isValid())
            events.append(e);
    return events;
}

bool TimelineView::stepSelection(int direction)
{
    const QList<const Event *> events = steppable();
    if (events.isEmpty() || direction == 0)
        return false;
    const qint64 selected = m_state->selectedEvent();
    const auto at = std::find_if(events.cbegin(), events.cend(), [&](const Event *e) { return e->id == selected; });
    if (at == events.cend()) {
        // Nothing selected yet: start from what is on screen, at the end the key points from.
        const QDate from = visibleStart();
        const QDate to = visibleEnd();
        const auto onScreen = [&](const Event *e) { return e->date.end >= from && e->date.start <= to; };
        if (direction > 0) {
            const auto first = std::find_if(events.cbegin(), events.cend(), onScreen);
            selectFromKeyboard(first != events.cend() ? *first : events.first());
        } else {
            const auto last = std::find_if(events.crbegin(), events.crend(), onScreen);
            selectFromKeyboard(last != events.crend() ? *last : events.last());
        }
        return true;
    }
    const qsizetype next = (at - events.cbegin()) + (direction > 0 ? 1 : -1);
    if (next < 0 || next >= events.size())
        return false;
    selectFromKeyboard(events.at(next));
    return true;
}

bool TimelineView::selectEnd(bool last)
{
    const QList<const Event *> events = steppable();
    if (events.isEmpty())
        return false;
    selectFromKeyboard(last ? events.last() : events.first());
    return true;
}

int TimelineView::currentLane() const
{
    const qint64 id = m_state->selectedEvent();
    if (!id)
        return -1;
    const QList<TimelineLayout::Lane> &lanes = m_layout.lanes();
    const auto holds = [&](int lane) {
        const auto &placements = lanes.at(lane).placements;
        return std::any_of(placements.cbegin(), placements.cend(),
                           [&](const TimelineLayout::Placement &p) { return p.event->id == id; });
    };
    if (m_keyLane >= 0 && m_keyLane < lanes.size() && holds(m_keyLane))
        return m_keyLane;
    for (int i = 0; i < lanes.size(); ++i)
        if (holds(i))
            return i;
    return -1;
}

bool TimelineView::stepLane(int direction)
{
    const int lane = currentLane();
    if (lane < 0 || direction == 0)
        return false;
    const QList<TimelineLayout::Lane> &lanes = m_layout.lanes();
    const qint64 id = m_state->selectedEvent();
    double day = 0;
    for (const TimelineLayout::Placement &p : lanes.at(lane).placements)
        if (p.event->id == id)
            day = p.startDay;
    for (int l = lane + (direction > 0 ? 1 : -1); l >= 0 && l < lanes.size(); l += direction > 0 ? 1 : -1) {
        const auto &placements = lanes.at(l).placements;
        if (placements.isEmpty())
            continue;
        const auto nearest = std::min_element(placements.cbegin(), placements.cend(),
                                              [&](const TimelineLayout::Placement &a, const TimelineLayout::Placement &b) {
                                                  return std::abs(a.startDay - day) < std::abs(b.startDay - day);
                                              });
        selectFromKeyboard(nearest->event, l);
        return true;
    }
    return false;
}

void TimelineView::selectFromKeyboard(const Event *event, int lane)
{
    if (!event)
        return;
    m_keyLane = lane;
    m_state->selectEvent(event->id); // the other views follow; the handler scrolls the day into view
    const int shownLane = currentLane();
    if (shownLane < 0)
        return;
    const TimelineLayout::Lane &l = m_layout.lanes().at(shownLane);
    for (const TimelineLayout::Placement &p : l.placements) {
        if (p.event->id != event->id)
            continue;
        // Down the lanes too: the mark must not stay under the axis or below the viewport.
        const double y = m_layout.rowCentre(l, p.row) - mapToScene(QPoint(0, 0)).y();
        if (y < kAxisHeight + TimelineLayout::kRowHeight / 2 || y > viewport()->height() - TimelineLayout::kRowHeight / 2)
            verticalScrollBar()->setValue(verticalScrollBar()->value()
                                          + int(std::lround(y - (viewport()->height() + kAxisHeight) / 2.0)));
        break;
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    const QDate centre = dateAtViewportX(viewport()->width() / 2.0);
    QGraphicsView::resizeEvent(event);
    updateLegendStrip();
    updateMinimumZoom();
    const bool byHand = m_movedByHand; // a resize is not the user choosing another view
    if (m_fitPending || m_fitted) {
        fitAll();
        m_fitPending = false;
        m_movedByHand = byHand;
    } else if (m_zoom->pixelsPerDay() <= m_zoom->minimum() * 1.0001) {
        fitRecord();
    } else {
        rearrange();
        centreOn(centre);
    }
}

bool TimelineView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        if (help->pos().y() < kAxisHeight) {
            QToolTip::showText(help->globalPos(), tr("Drag along the dates to show only the contacts between them"),
                               viewport());
            return true;
        }
        showTooltip(help->pos(), help->globalPos());
        return true;
    }
    case QEvent::Gesture: {
        auto *gesture = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gesture->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomBy(pinch->scaleFactor(), viewport()->mapFromGlobal(pinch->centerPoint().toPoint()));
            gesture->accept(pinch);
            return true;
        }
        break;
    }
    case QEvent::NativeGesture: {
        auto *native = static_cast<QNativeGestureEvent *>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + native->value(), native->position());
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QGraphicsView::viewportEvent(event);
}

void TimelineView::showTooltip(const QPoint &viewportPos, const QPoint &globalPos)
{
    const Event *e = eventAt(viewportPos);
    if (!e) {
        QToolTip::hideText();
        return;
    }
    const DisplayFormat &format = m_state->format();
    QStringList names;
    for (const Participant &p : e->participants)
        if (const Actor *a = m_state->actorById(p.actorId))
            names.append(((!format.isArabic() && !a->nameEn.isEmpty()) ? a->nameEn : a->name).toHtmlEscaped());
    const QString where = e->location.isEmpty() ? tr("place not stated") : format.placeName(e->location).toHtmlEscaped();
    const QString written = e->date.text.isEmpty() ? format.fuzzyDate(e->date) : e->date.text;
    const QString dir = format.isArabic() ? QStringLiteral("rtl") : QStringLiteral("ltr");
    const QString html = QStringLiteral("<div dir=\"%1\"><b>%2</b> — %3<br/>%4<br/>%5: %6<br/>%7: «%8»<br/>%9</div>")
                             .arg(dir, format.eventTypeName(e->type).toHtmlEscaped(), format.fuzzyDate(e->date).toHtmlEscaped(),
                                  names.join(QStringLiteral("، ")), tr("Where"), where, tr("Date as written"),
                                  written.toHtmlEscaped(),
                                  tr("Sources: %1").arg(format.number(e->sources.size())));
    QToolTip::showText(globalPos, html, viewport());
}

void TimelineView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    viewport()->update();
}

void TimelineView::changeEvent(QEvent *event)
{
    // Showing the window re-sends the font it already has; sorting 100,000 events again costs a second.
    if (event->type() == QEvent::FontChange && font() != m_layout.font()) {
        reassign();
        updateLegendStrip();
    }
    QGraphicsView::changeEvent(event);
}

} // namespace rasad
