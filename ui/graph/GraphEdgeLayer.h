#pragma once

#include <QFutureWatcher>
#include <QGraphicsItem>
#include <QImage>
#include <QList>
#include <QPen>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

namespace rasad {

class GraphNodeItem;

/**
 * Every edge of the graph in one item. A line per pair of actors who met, as wide as their shared
 * events; drawn in batches of equal pens with QPainter::drawLines, so a full repaint of a big record
 * costs one pass over the edges instead of one item (bounds, state, stroke) per edge. Hit-testing for
 * the tooltip is done here too (edgeAt), since the item has no shape of its own: clicks and hovers
 * fall through it to the nodes or the background.
 */
class GraphEdgeLayer : public QGraphicsItem
{
public:
    enum class Emphasis : quint8 { Normal, Lit, Faded };

    /** `ends` are node index pairs into `nodes`; `names` the tooltip's "A — B" for each edge. */
    GraphEdgeLayer(QList<GraphNodeItem *> nodes, QList<std::pair<int, int>> ends, QStringList names);

    int size() const { return int(m_ends.size()); }
    /** Events the edge shows (the time slider may show fewer than all); 0 hides it. */
    void setCount(int edge, int count);
    int count(int edge) const { return m_counts.value(edge); }
    bool isShown(int edge) const { return count(edge) > 0; }
    int shownCount() const;
    void setEmphasis(int edge, Emphasis emphasis);
    Emphasis emphasis(int edge) const { return m_emphasis.value(edge, Emphasis::Normal); }

    /** A node moved: the lines are gathered again at the next paint. */
    void nodeMoved(const QPointF &position);

    /** The shown edge nearest to `scenePos` whose stroke passes within `tolerance`, or -1. Linear in the edges. */
    int edgeAt(const QPointF &scenePos, qreal tolerance) const;
    QString toolTip(int edge) const;

    static qreal widthFor(int count);
    /** A big graph's on-screen picture is being drawn in a worker; the screen shows the previous one. */
    bool isDrawingInBackground() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override { return {}; }
    bool contains(const QPointF &) const override { return false; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    /** Lines sharing one pen; drawn in one call. */
    struct Batch
    {
        QPen pen;
        std::vector<QLineF> lines;
    };
    /** What a worker drew: every shown edge in the normal pen, at one view transform and size. */
    struct Picture
    {
        QImage image;
        QTransform transform;
        QSize viewSize;
        quint64 generation = 0;
    };
    void invalidate();
    void gatherBatches() const;
    void requestPicture(const QTransform &transform, const QSize &viewSize, qreal pixelRatio);
    static void drawBatches(QPainter *painter, const std::vector<Batch> &batches, const QRectF &exposedRect);
    static int widthStep(int count);

    QList<GraphNodeItem *> m_nodes;
    QList<std::pair<int, int>> m_ends;
    QStringList m_names;
    QList<int> m_counts;
    QList<Emphasis> m_emphasis;
    QRectF m_bounds;

    // Faded first, lit last: the emphasised lines lie on top.
    mutable std::vector<Batch> m_batches;
    mutable bool m_batchesValid = false;
    mutable bool m_anyFaded = false;

    quint64 m_generation = 0; // counts up when a line appears, goes or moves
    Picture m_picture;
    std::unique_ptr<QFutureWatcher<Picture>> m_rendering;
};

} // namespace rasad
