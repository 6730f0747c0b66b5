#include "graph/GraphNodeItem.h"

#include "graph/GraphEdgeLayer.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QPainter>

namespace rasad {

GraphNodeItem::GraphNodeItem(int index, qint64 actorId, const QColor &colour, const QString &label, const QFont &font)
    : m_index(index), m_actorId(actorId), m_colour(colour), m_label(new QGraphicsSimpleTextItem(label, this))
{
    setFlags(ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setZValue(2);
    m_label->setFont(font);
    m_label->setBrush(QColor(0x20, 0x20, 0x20));
    placeLabel();
}

void GraphNodeItem::placeLabel()
{
    // Anchored at the bottom of the disc and centred; its scale (set by the view) undoes the zoom, so
    // names keep their size on screen. Not ItemIgnoresTransformations: QGraphicsView::render() would
    // then leave them unscaled in a 300 DPI export.
    const QRectF r = m_label->boundingRect();
    m_label->setPos(0, m_radius);
    m_label->setTransform(QTransform::fromTranslate(-r.width() / 2, 1));
}

void GraphNodeItem::setRadius(qreal radius)
{
    if (qFuzzyCompare(radius, m_radius))
        return;
    prepareGeometryChange();
    m_radius = radius;
    placeLabel();
}

void GraphNodeItem::setEmphasis(Emphasis emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    setOpacity(emphasis == Emphasis::Dimmed ? 0.18 : 1.0);
    setZValue(emphasis == Emphasis::Selected ? 4 : emphasis == Emphasis::Neighbour ? 3 : 2);
    update();
}

void GraphNodeItem::setPinned(bool pinned)
{
    if (pinned == m_pinned)
        return;
    m_pinned = pinned;
    update();
}

void GraphNodeItem::setLabelScale(qreal scale)
{
    m_label->setScale(scale);
}

void GraphNodeItem::setLabelShown(bool shown)
{
    m_label->setVisible(shown);
}

bool GraphNodeItem::isLabelShown() const
{
    return m_label->isVisible();
}

QRectF GraphNodeItem::boundingRect() const
{
    const qreal r = m_radius + 4;
    return {-r, -r, 2 * r, 2 * r};
}

QPainterPath GraphNodeItem::shape() const
{
    QPainterPath path;
    path.addEllipse(QPointF(0, 0), m_radius + 1, m_radius + 1);
    return path;
}

void GraphNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(m_colour.darker(150), 1.2);
    if (m_emphasis == Emphasis::Selected)
        pen = QPen(QColor(0x11, 0x11, 0x11), 3);
    else if (m_emphasis == Emphasis::Neighbour)
        pen = QPen(QColor(0x11, 0x11, 0x11), 1.8);
    painter->setPen(pen);
    painter->setBrush(m_colour);
    painter->drawEllipse(QPointF(0, 0), m_radius, m_radius);
    if (m_pinned) {
        // A small white dot in the middle marks a node the user placed by hand.
        painter->setPen(Qt::NoPen);
        painter->setBrush(Qt::white);
        const qreal r = std::max<qreal>(1.5, m_radius / 4);
        painter->drawEllipse(QPointF(0, 0), r, r);
    }
}

QVariant GraphNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged && m_edges)
        m_edges->nodeMoved(pos());
    return QGraphicsObject::itemChange(change, value);
}

void GraphNodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressPos = pos();
    QGraphicsObject::mousePressEvent(event);
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked(m_actorId);
}

void GraphNodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsObject::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && pos() != m_pressPos)
        Q_EMIT draggedTo(m_index, pos());
}

void GraphNodeItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_pinned)
        Q_EMIT unpinRequested(m_index);
    QGraphicsObject::mouseDoubleClickEvent(event);
}

} // namespace rasad
