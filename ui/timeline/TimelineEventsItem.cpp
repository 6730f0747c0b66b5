#include "timeline/TimelineEventsItem.h"

#include "common/EventPalette.h"
#include "common/ExplorerState.h"
#include "timeline/TimelineView.h"

#include <QLinearGradient>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextOption>

#include <algorithm>
#include <array>
#include <cmath>

namespace rasad {

TimelineEventsItem::TimelineEventsItem(TimelineView *view)
    : m_view(view)
{
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
}

void TimelineEventsItem::setSize(const QSizeF &size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
}

QRectF TimelineEventsItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size);
}

void TimelineEventsItem::clearLabelCache()
{
    m_texts.clear();
}

const QStaticText &TimelineEventsItem::staticText(const QString &text, const QTextOption &option)
{
    auto it = m_texts.find(text);
    if (it == m_texts.end() || it->textOption().textDirection() != option.textDirection()) {
        QStaticText shaped(text);
        shaped.setTextFormat(Qt::PlainText);
        shaped.setTextOption(option);
        shaped.setPerformanceHint(QStaticText::AggressiveCaching);
        it = m_texts.insert(text, shaped);
    }
    return *it;
}

void TimelineEventsItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const ExplorerState &state = *m_view->state();
    const TimelineLayout &layout = m_view->timelineLayout();
    const bool rtl = m_view->isTimeRightToLeft();
    const QRectF exposed = option->exposedRect;
    const double width = m_size.width();
    const double logicalMin = rtl ? width - exposed.right() : exposed.left();
    const double logicalMax = rtl ? width - exposed.left() : exposed.right();
    // Mirrors TimelineView::sceneXOf without asking the view per event.
    auto sceneX = [rtl, width](double logical) { return rtl ? width - logical : logical; };
    const qint64 selectedEvent = state.selectedEvent();
    const qint64 selectedActor = state.selectedActor();
    const QPalette pal = m_view->palette();
    const QColor textColor = pal.color(QPalette::Text);
    QColor dimText = textColor;
    dimText.setAlpha(70);
    const QFontMetricsF fm(m_view->font());
    painter->setFont(m_view->font());
    painter->setLayoutDirection(state.format().direction());
    QTextOption textOption;
    textOption.setTextDirection(state.format().direction());
    textOption.setWrapMode(QTextOption::NoWrap);
    if (m_texts.size() > kMaxCachedTexts)
        m_texts.clear();

    auto involvesActor = [&](const Event *e) {
        return std::any_of(e->participants.cbegin(), e->participants.cend(),
                           [&](const Participant &p) { return p.actorId == selectedActor; });
    };

    // Crowded-row ticks by event type (times two: normal, dimmed), drawn after the lanes.
    std::array<QList<QRect>, kTickBatches> tickBatches;
    for (const TimelineLayout::Lane &lane : layout.lanes()) {
        if (lane.top > exposed.bottom() || lane.top + lane.height < exposed.top())
            continue;
        const auto &ps = lane.placements;
        // Dense strip: one tick per two pixel columns is all the eye can see.
        if (lane.crowded) {
            // Thousands of ticks: gathered by colour and drawn a batch at a time, in whole pixels so the
            // raster engine fills them without antialiasing work.
            const int y = int(std::lround(layout.rowCentre(lane, TimelineLayout::kCrowdedRow)));
            const auto &ticks = lane.crowdedTicks;
            auto tick = std::lower_bound(ticks.cbegin(), ticks.cend(), logicalMin - 2,
                                         [](const TimelineLayout::CrowdedTick &t, double v) { return t.x < v; });
            for (; tick != ticks.cend() && tick->x <= logicalMax + 2; ++tick) {
                const bool dimmed = selectedActor != 0 && !involvesActor(tick->event);
                const int x = int(std::lround(sceneX(tick->x)));
                tickBatches[int(tick->event->type) * 2 + (dimmed ? 1 : 0)].append(QRect(x - 1, y - 4, 3, 8));
            }
        }
        const auto &labelled = lane.labelled;
        auto it = std::lower_bound(labelled.cbegin(), labelled.cend(), logicalMin - lane.widestExtent,
                                   [&ps](int index, double v) { return ps[index].markStart < v; });
        for (; it != labelled.cend() && ps[*it].markStart <= logicalMax; ++it) {
            const TimelineLayout::Placement &p = ps[*it];
            if (p.extentEnd() < logicalMin)
                continue;
            const Event *e = p.event;
            const bool dimmed = selectedActor != 0 && !involvesActor(e);
            QColor color = EventPalette::color(e->type);
            if (dimmed)
                color.setAlpha(50);
            const double y = layout.rowCentre(lane, p.row);
            const double a = sceneX(p.markStart);
            const double b = sceneX(p.markEnd);
            const double left = std::min(a, b);
            const double right = std::max(a, b);

            const bool fuzzy = e->date.start != e->date.end;
            painter->setPen(Qt::NoPen);
            if (fuzzy) {
                // A bar over the interval with soft ends: the date is somewhere in there.
                const double w = right - left;
                QLinearGradient gradient(left, 0, right, 0);
                QColor clear = color;
                clear.setAlpha(0);
                const double fade = std::min(0.3, 14.0 / std::max(w, 1.0));
                gradient.setColorAt(0, clear);
                gradient.setColorAt(fade, color);
                gradient.setColorAt(1 - fade, color);
                gradient.setColorAt(1, clear);
                painter->setBrush(gradient);
                painter->drawRoundedRect(QRectF(left, y - 5, w, 10), 4, 4);
            } else {
                painter->setBrush(color);
                if (e->planned) {
                    painter->setBrush(Qt::NoBrush);
                    painter->setPen(QPen(color, 2, Qt::DotLine));
                }
                painter->drawEllipse(QPointF((left + right) / 2, y), 5, 5);
            }
            if (e->id == selectedEvent) {
                painter->setBrush(Qt::NoBrush);
                painter->setPen(QPen(pal.color(QPalette::Highlight), 2.5));
                painter->drawRoundedRect(QRectF(left - 3, y - 8, right - left + 6, 16), 6, 6);
            }
            if (p.labelWidth > 0) {
                const double gap = TimelineLayout::kLabelGap;
                const QRectF box = rtl ? QRectF(left - gap - p.labelWidth, y - fm.height() / 2, p.labelWidth, fm.height())
                                       : QRectF(right + gap, y - fm.height() / 2, p.labelWidth, fm.height());
                if (!box.intersects(exposed))
                    continue;
                // Emphasis by colour, not weight: a bold label would outgrow the room the layout measured.
                const bool emphasised = e->id == selectedEvent;
                painter->setPen(dimmed ? dimText : emphasised ? pal.color(QPalette::Highlight).darker(120) : textColor);
                // Piece by piece, from the label's leading edge: names recur across thousands of labels, so
                // after the first frames nothing is shaped again. No letters join across the pieces.
                double x = rtl ? box.right() : box.left();
                for (const QString &piece : layout.labelPieces(e->id)) {
                    const double pieceWidth = layout.pieceWidth(piece);
                    if (rtl)
                        x -= pieceWidth;
                    painter->drawStaticText(QPointF(x, box.top()), staticText(piece, textOption));
                    if (!rtl)
                        x += pieceWidth;
                }
            }
        }
    }
    painter->setPen(Qt::NoPen);
    for (int batch = 0; batch < kTickBatches; ++batch) {
        if (tickBatches[batch].isEmpty())
            continue;
        QColor color = EventPalette::color(static_cast<EventType>(batch / 2));
        if (batch % 2)
            color.setAlpha(50);
        painter->setBrush(color);
        painter->drawRects(tickBatches[batch].constData(), int(tickBatches[batch].size()));
    }
}

} // namespace rasad
