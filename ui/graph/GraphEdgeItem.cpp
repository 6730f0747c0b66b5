#include "graph/GraphEdgeItem.h"

#include "graph/GraphNodeItem.h"

#include <QCoreApplication>
#include <QPainterPathStroker>
#include <QPen>

#include <algorithm>

namespace rasad {

GraphEdgeItem::GraphEdgeItem(GraphNodeItem *a, GraphNodeItem *b, const QString &namesForTooltip)
    : m_a(a), m_b(b), m_names(namesForTooltip)
{
    setAcceptHoverEvents(true);
    setZValue(1);
    a->addEdge(this);
    b->addEdge(this);
    adjust();
}

void GraphEdgeItem::adjust()
{
    setLine(QLineF(m_a->pos(), m_b->pos()));
}

qreal GraphEdgeItem::widthFor(int count)
{
    // One unit per shared event, capped so a pair that met a hundred times does not swallow the picture.
    return std::min<qreal>(1.0 + 1.2 * (count - 1), 16.0);
}

void GraphEdgeItem::setCount(int count)
{
    if (count == m_count)
        return;
    m_count = count;
    setToolTip(QCoreApplication::translate("GraphEdgeItem", "%1\n%n shared event(s)", nullptr, count).arg(m_names));
    updatePen();
}

void GraphEdgeItem::setEmphasis(bool highlighted, bool dimmed)
{
    if (highlighted == m_highlighted && dimmed == m_dimmed)
        return;
    m_highlighted = highlighted;
    m_dimmed = dimmed;
    setOpacity(dimmed ? 0.12 : 1.0);
    setZValue(highlighted ? 1.5 : 1);
    updatePen();
}

void GraphEdgeItem::updatePen()
{
    const QColor colour = m_highlighted ? QColor(0x30, 0x30, 0x30) : QColor(0x90, 0x98, 0xa4, 200);
    QPen pen(colour, widthFor(m_count), Qt::SolidLine, Qt::RoundCap);
    setPen(pen);
}

QRectF GraphEdgeItem::boundingRect() const
{
    // QGraphicsLineItem derives its bounds from shape(): a path stroke per edge on every paint.
    const qreal margin = std::max<qreal>(pen().widthF(), 6.0) / 2;
    return QRectF(line().p1(), line().p2()).normalized().adjusted(-margin, -margin, margin, margin);
}

QPainterPath GraphEdgeItem::shape() const
{
    // A thin edge is still easy to hover.
    QPainterPath path(line().p1());
    path.lineTo(line().p2());
    QPainterPathStroker stroker;
    stroker.setWidth(std::max<qreal>(pen().widthF(), 6.0));
    return stroker.createStroke(path);
}

} // namespace rasad
