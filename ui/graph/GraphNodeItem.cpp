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
    // Anchored at the disc's edge on the side LabelPlacer chose, and scaled by the view's 1 / zoom so names
    // keep their size on screen. The offset from the anchor is in the label's own units, scaled with it, so
    // on screen it is the pixels LabelPlacer measured at any zoom (setScale() would not scale the offset).
    // Not ItemIgnoresTransformations: QGraphicsView::render() would then leave names unscaled in a 300 DPI export.
    const QRectF r = m_label->boundingRect();
    using Side = LabelPlacer::Side;
    QPointF anchor;
    QPointF offset;
    switch (m_labelSide) {
    case Side::Below:
        anchor = {0, m_radius};
        offset = {-r.width() / 2, 1};
        break;
    case Side::Above:
        anchor = {0, -m_radius};
        offset = {-r.width() / 2, -r.height() - 1};
        break;
    case Side::After: // to the right on screen: the view resolves reading sides before it tells the item
        anchor = {m_radius, 0};
        offset = {2, -r.height() / 2};
        break;
    case Side::Before:
        anchor = {-m_radius, 0};
        offset = {-r.width() - 2, -r.height() / 2};
        break;
    }
    m_label->setPos(anchor);
    m_label->setTransform(QTransform::fromTranslate(offset.x(), offset.y()) *
                          QTransform::fromScale(m_labelScale, m_labelScale));
}

void GraphNodeItem::setLabelSide(LabelPlacer::Side side)
{
    if (side == m_labelSide)
        return;
    m_labelSide = side;
    placeLabel();
}

QSizeF GraphNodeItem::labelSize() const
{
    return m_label->boundingRect().size();
}

QString GraphNodeItem::labelText() const
{
    return m_label->text();
}

QRectF GraphNodeItem::labelSceneRect() const
{
    return m_label->sceneBoundingRect();
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
    if (qFuzzyCompare(scale, m_labelScale))
        return;
    m_labelScale = scale;
    placeLabel();
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
