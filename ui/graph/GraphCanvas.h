#pragma once

#include <QGraphicsView>

namespace rasad {

class GraphEdgeLayer;

/** The graph's view: wheel and +/− zoom anchored under the cursor, drag to pan, 0 to fit everything. */
class GraphCanvas : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphCanvas(QGraphicsScene *scene, QWidget *parent = nullptr);

    qreal zoom() const { return transform().m11(); }
    void zoomBy(qreal factor);
    void fitAll();
    /** What fitAll() frames: the nodes, not their names (which are scaled against the zoom). */
    void setContentRect(const QRectF &rect) { m_content = rect; }
    /** The edges, whose tooltips the canvas finds itself: the layer has no shape to hover. */
    void setEdgeLayer(GraphEdgeLayer *edges) { m_edges = edges; }
    /** The tooltip of the edge under `viewportPos` when no node is there; empty otherwise. */
    QString edgeToolTipAt(const QPoint &viewportPos) const;

Q_SIGNALS:
    void zoomChanged(qreal zoom);
    void backgroundClicked();

protected:
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool m_followsSize = true; // fitted, not zoomed by hand: a resize fits again
    QRectF m_content;
    GraphEdgeLayer *m_edges = nullptr;
    QPoint m_pressPos;
    bool m_pressOnBackground = false;
};

} // namespace rasad
