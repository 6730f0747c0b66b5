#pragma once

#include <QGraphicsLineItem>

namespace rasad {

class GraphNodeItem;

/** Shared events between two actors: a line as wide as their number, which the tooltip states. */
class GraphEdgeItem : public QGraphicsLineItem
{
public:
    GraphEdgeItem(GraphNodeItem *a, GraphNodeItem *b, const QString &namesForTooltip);

    GraphNodeItem *first() const { return m_a; }
    GraphNodeItem *second() const { return m_b; }
    void adjust();
    /** Events shown (the time slider may show fewer than all). */
    void setCount(int count);
    int count() const { return m_count; }
    void setEmphasis(bool highlighted, bool dimmed);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;

    static qreal widthFor(int count);

private:
    void updatePen();
    GraphNodeItem *m_a;
    GraphNodeItem *m_b;
    QString m_names;
    int m_count = 0;
    bool m_highlighted = false;
    bool m_dimmed = false;
};

} // namespace rasad
