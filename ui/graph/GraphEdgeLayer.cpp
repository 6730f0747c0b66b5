#include "graph/GraphEdgeLayer.h"

#include "graph/GraphNodeItem.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace rasad {

namespace {

constexpr int kWidthSteps = 14; // widthFor() reaches its cap at 14 shared events
constexpr int kEmphasisCount = 3;
constexpr qreal kMaxHalfWidth = 8.0;

/** Batches are drawn in index order: faded, normal, then lit on top. */
int emphasisOrder(GraphEdgeLayer::Emphasis emphasis)
{
    switch (emphasis) {
    case GraphEdgeLayer::Emphasis::Faded:
        return 0;
    case GraphEdgeLayer::Emphasis::Normal:
        return 1;
    case GraphEdgeLayer::Emphasis::Lit:
        return 2;
    }
    return 1;
}

qreal distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const qreal length2 = QPointF::dotProduct(ab, ab);
    const qreal t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + ab * t);
    return std::sqrt(QPointF::dotProduct(d, d));
}

} // namespace

GraphEdgeLayer::GraphEdgeLayer(QList<GraphNodeItem *> nodes, QList<std::pair<int, int>> ends, QStringList names)
    : m_nodes(std::move(nodes)), m_ends(std::move(ends)), m_names(std::move(names)), m_counts(m_ends.size(), 0),
      m_emphasis(m_ends.size(), Emphasis::Normal)
{
    setZValue(1);
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption); // exposedRect: a node's repaint need not draw every edge
    for (const GraphNodeItem *node : std::as_const(m_nodes))
        m_bounds |= QRectF(node->pos(), QSizeF(0, 0));
    m_bounds.adjust(-kMaxHalfWidth, -kMaxHalfWidth, kMaxHalfWidth, kMaxHalfWidth);
}

qreal GraphEdgeLayer::widthFor(int count)
{
    // One unit per shared event, capped so a pair that met a hundred times does not swallow the picture.
    return std::min<qreal>(1.0 + 1.2 * (count - 1), 16.0);
}

int GraphEdgeLayer::widthStep(int count)
{
    return std::clamp(count, 1, kWidthSteps) - 1;
}

void GraphEdgeLayer::setCount(int edge, int count)
{
    if (edge < 0 || edge >= m_counts.size() || m_counts[edge] == count)
        return;
    m_counts[edge] = count;
    invalidate();
}

int GraphEdgeLayer::shownCount() const
{
    return int(std::count_if(m_counts.cbegin(), m_counts.cend(), [](int c) { return c > 0; }));
}

void GraphEdgeLayer::setEmphasis(int edge, Emphasis emphasis)
{
    if (edge < 0 || edge >= m_emphasis.size() || m_emphasis[edge] == emphasis)
        return;
    m_emphasis[edge] = emphasis;
    invalidate();
}

void GraphEdgeLayer::nodeMoved(const QPointF &position)
{
    const QRectF around(position - QPointF(kMaxHalfWidth, kMaxHalfWidth), QSizeF(2, 2) * kMaxHalfWidth);
    if (!m_bounds.contains(around)) {
        prepareGeometryChange();
        m_bounds |= around;
    }
    invalidate();
}

void GraphEdgeLayer::invalidate()
{
    // Many changes come at once (a slider step, a selection): gather once, at the next paint.
    if (m_batchesValid) {
        m_batchesValid = false;
        update();
    }
}

QRectF GraphEdgeLayer::boundingRect() const
{
    return m_bounds;
}

void GraphEdgeLayer::gatherBatches() const
{
    m_batches.assign(size_t(kEmphasisCount * kWidthSteps), Batch{});
    for (int order = 0; order < kEmphasisCount; ++order) {
        for (int step = 0; step < kWidthSteps; ++step) {
            QColor colour(0x90, 0x98, 0xa4, 200);
            if (order == emphasisOrder(Emphasis::Lit))
                colour = QColor(0x30, 0x30, 0x30);
            else if (order == emphasisOrder(Emphasis::Faded))
                colour.setAlpha(24); // what an opacity of 0.12 made of the normal colour
            m_batches[size_t(order * kWidthSteps + step)].pen =
                QPen(colour, widthFor(step + 1), Qt::SolidLine, Qt::RoundCap);
        }
    }
    for (int e = 0; e < m_ends.size(); ++e) {
        const int count = m_counts[e];
        if (count <= 0)
            continue;
        const auto [a, b] = m_ends[e];
        Batch &batch = m_batches[size_t(emphasisOrder(m_emphasis[e]) * kWidthSteps + widthStep(count))];
        batch.lines.emplace_back(m_nodes[a]->pos(), m_nodes[b]->pos());
    }
    m_batchesValid = true;
}

void GraphEdgeLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (!m_batchesValid)
        gatherBatches();
    const qreal pixelsPerUnit = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    // A line under a pixel long hides under its own end discs.
    const qreal minLength = 1.0 / std::max<qreal>(pixelsPerUnit, 1e-9);
    const qreal minLength2 = minLength * minLength;
    const QRectF exposed = option->exposedRect.adjusted(-kMaxHalfWidth, -kMaxHalfWidth, kMaxHalfWidth, kMaxHalfWidth);
    const bool everythingExposed = exposed.contains(m_bounds);

    painter->setRenderHint(QPainter::Antialiasing);
    std::vector<QLineF> visible;
    for (const Batch &batch : m_batches) {
        if (batch.lines.empty())
            continue;
        visible.clear();
        for (const QLineF &line : batch.lines) {
            const qreal dx = line.dx();
            const qreal dy = line.dy();
            if (dx * dx + dy * dy < minLength2)
                continue;
            if (!everythingExposed &&
                !exposed.intersects(QRectF(line.p1(), line.p2()).normalized().adjusted(-0.01, -0.01, 0.01, 0.01)))
                continue;
            visible.push_back(line);
        }
        if (visible.empty())
            continue;
        painter->setPen(batch.pen);
        painter->drawLines(visible.data(), int(visible.size()));
    }
}

int GraphEdgeLayer::edgeAt(const QPointF &scenePos, qreal tolerance) const
{
    // A faded edge answers only where no other does: the emphasised picture is what the user reads.
    int best = -1;
    qreal bestDistance = 0;
    bool bestFaded = true;
    for (int e = 0; e < m_ends.size(); ++e) {
        const int count = m_counts[e];
        if (count <= 0)
            continue;
        const QPointF a = m_nodes[m_ends[e].first]->pos();
        const QPointF b = m_nodes[m_ends[e].second]->pos();
        const qreal reach = widthFor(count) / 2 + tolerance;
        if (scenePos.x() < std::min(a.x(), b.x()) - reach || scenePos.x() > std::max(a.x(), b.x()) + reach ||
            scenePos.y() < std::min(a.y(), b.y()) - reach || scenePos.y() > std::max(a.y(), b.y()) + reach)
            continue;
        const qreal distance = distanceToSegment(scenePos, a, b) - widthFor(count) / 2;
        if (distance > tolerance)
            continue;
        const bool faded = m_emphasis[e] == Emphasis::Faded;
        if (best < 0 || (bestFaded && !faded) || (faded == bestFaded && distance < bestDistance)) {
            best = e;
            bestDistance = distance;
            bestFaded = faded;
        }
    }
    return best;
}

QString GraphEdgeLayer::toolTip(int edge) const
{
    if (!isShown(edge))
        return {};
    return QCoreApplication::translate("GraphEdgeLayer", "%1\n%n shared event(s)", nullptr, m_counts[edge])
        .arg(m_names.value(edge));
}

} // namespace rasad
