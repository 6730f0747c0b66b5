#pragma once

#include "graph/LabelPlacer.h"

#include <QColor>
#include <QGraphicsObject>

class QGraphicsSimpleTextItem;

namespace rasad {

class GraphEdgeLayer;

/** An actor in the graph: a disc coloured by country, sized by contacts, with its name; drag to pin. */
class GraphNodeItem : public QGraphicsObject
{
    Q_OBJECT
public:
    enum class Emphasis { Normal, Selected, Neighbour, Dimmed };

    GraphNodeItem(int index, qint64 actorId, const QColor &colour, const QString &label, const QFont &font);

    int index() const { return m_index; }
    qint64 actorId() const { return m_actorId; }
    void setRadius(qreal radius);
    qreal radius() const { return m_radius; }
    void setEmphasis(Emphasis emphasis);
    Emphasis emphasis() const { return m_emphasis; }
    void setPinned(bool pinned);
    bool isPinned() const { return m_pinned; }
    void setLabelShown(bool shown);
    /** 1 / zoom keeps the name the same size on screen whatever the zoom. */
    void setLabelScale(qreal scale);
    bool isLabelShown() const;
    /** Which side of the disc the name is written on (LabelPlacer chooses). */
    void setLabelSide(LabelPlacer::Side side);
    /** The name's size unscaled: its size on screen, whatever the zoom. */
    QSizeF labelSize() const;
    QString labelText() const;
    /** Where the name is drawn, in scene coordinates. */
    QRectF labelSceneRect() const;
    /** Told when this node moves, so its lines follow. */
    void setEdgeLayer(GraphEdgeLayer *edges) { m_edges = edges; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

Q_SIGNALS:
    void clicked(qint64 actorId);
    /** The user dropped the node somewhere new: the view pins it there. */
    void draggedTo(int index, const QPointF &position);
    void unpinRequested(int index);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void placeLabel();

    int m_index;
    qint64 m_actorId;
    QColor m_colour;
    qreal m_radius = 8;
    Emphasis m_emphasis = Emphasis::Normal;
    bool m_pinned = false;
    QPointF m_pressPos;
    QGraphicsSimpleTextItem *m_label;
    GraphEdgeLayer *m_edges = nullptr;
    LabelPlacer::Side m_labelSide = LabelPlacer::Side::Below;
    qreal m_labelScale = 1;
};

} // namespace rasad
