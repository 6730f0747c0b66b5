#include "graph/GraphEdgeLayer.h"

#include "graph/GraphNodeItem.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPromise>
#include <QStyleOptionGraphicsItem>
#include <QThreadPool>

#include <algorithm>
#include <cmath>
#include <optional>

namespace rasad {

namespace {

constexpr int kWidthSteps = 14; // widthFor() reaches its cap at 14 shared events
constexpr int kEmphasisCount = 3;
constexpr qreal kMaxHalfWidth = 8.0;
constexpr qreal kFadedOpacity = 0.12;
// Above this many edges a full repaint takes longer than a frame (mostly filling pixels), so the
// screen shows a picture drawn in a worker.
constexpr int kBackgroundEdges = 20000;

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

/**
 * The part of `line` inside `rect` (Liang–Barsky), or nothing. Zoomed in, most lines run far past the
 * view, and the raster engine strokes such long lines many times slower than their visible piece.
 */
std::optional<QLineF> clipped(const QLineF &line, const QRectF &rect)
{
    const qreal dx = line.dx();
    const qreal dy = line.dy();
    qreal t0 = 0;
    qreal t1 = 1;
    const qreal p[4] = {-dx, dx, -dy, dy};
    const qreal q[4] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(),
                        rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return std::nullopt;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return std::nullopt;
    }
    if (t0 == 0 && t1 == 1)
        return line;
    return QLineF(line.pointAt(t0), line.pointAt(t1));
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
    // Not a union of rects: QRectF's drops empty ones, which a point is.
    if (!m_nodes.isEmpty()) {
        QPointF low = m_nodes.first()->pos();
        QPointF high = low;
        for (const GraphNodeItem *node : std::as_const(m_nodes)) {
            low = QPointF(std::min(low.x(), node->x()), std::min(low.y(), node->y()));
            high = QPointF(std::max(high.x(), node->x()), std::max(high.y(), node->y()));
        }
        m_bounds = QRectF(low, high).adjusted(-kMaxHalfWidth, -kMaxHalfWidth, kMaxHalfWidth, kMaxHalfWidth);
    }
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
    ++m_generation;
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
    ++m_generation;
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
    m_anyFaded = false;
    for (int order = 0; order < kEmphasisCount; ++order) {
        for (int step = 0; step < kWidthSteps; ++step) {
            QColor colour(0x90, 0x98, 0xa4, 200);
            if (order == emphasisOrder(Emphasis::Lit))
                colour = QColor(0x30, 0x30, 0x30);
            else if (order == emphasisOrder(Emphasis::Faded))
                colour.setAlphaF(colour.alphaF() * kFadedOpacity);
            m_batches[size_t(order * kWidthSteps + step)].pen =
                QPen(colour, widthFor(step + 1), Qt::SolidLine, Qt::RoundCap);
        }
    }
    for (int e = 0; e < m_ends.size(); ++e) {
        const int count = m_counts[e];
        if (count <= 0)
            continue;
        const auto [a, b] = m_ends[e];
        m_anyFaded = m_anyFaded || m_emphasis[e] == Emphasis::Faded;
        Batch &batch = m_batches[size_t(emphasisOrder(m_emphasis[e]) * kWidthSteps + widthStep(count))];
        batch.lines.emplace_back(m_nodes[a]->pos(), m_nodes[b]->pos());
    }
    m_batchesValid = true;
}

void GraphEdgeLayer::drawBatches(QPainter *painter, const std::vector<Batch> &batches, const QRectF &exposedRect)
{
    const qreal pixelsPerUnit = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    // A line under a pixel long hides under its own end discs.
    const qreal minLength = 1.0 / std::max<qreal>(pixelsPerUnit, 1e-9);
    const qreal minLength2 = minLength * minLength;
    const QRectF exposed = exposedRect.adjusted(-kMaxHalfWidth, -kMaxHalfWidth, kMaxHalfWidth, kMaxHalfWidth);

    painter->setRenderHint(QPainter::Antialiasing);
    std::vector<QLineF> visible;
    for (const Batch &batch : batches) {
        if (batch.lines.empty())
            continue;
        visible.clear();
        for (const QLineF &line : batch.lines) {
            const qreal dx = line.dx();
            const qreal dy = line.dy();
            if (dx * dx + dy * dy < minLength2)
                continue;
            if (const std::optional<QLineF> inside = clipped(line, exposed))
                visible.push_back(*inside);
        }
        if (visible.empty())
            continue;
        painter->setPen(batch.pen);
        painter->drawLines(visible.data(), int(visible.size()));
    }
}

void GraphEdgeLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    if (!m_batchesValid)
        gatherBatches();
    // Exports (an image, SVG, PDF) and small graphs draw every line now.
    if (!widget || painter->device() != widget || size() < kBackgroundEdges) {
        drawBatches(painter, m_batches, option->exposedRect);
        return;
    }

    // On screen, a big graph's plain lines come from a picture drawn in the background at the view's
    // transform; until it is ready the last one stands in, moved and scaled to the new transform.
    const QTransform transform = painter->worldTransform();
    const QSize viewSize = widget->size();
    if (m_picture.image.isNull() || m_picture.generation != m_generation || m_picture.transform != transform ||
        m_picture.viewSize != viewSize)
        requestPicture(transform, viewSize, widget->devicePixelRatioF());
    if (!m_picture.image.isNull()) {
        painter->save();
        painter->setWorldTransform(m_picture.transform.inverted() * transform);
        // The picture holds every line as normal; a selection fades them all and draws its own on top.
        painter->setOpacity(m_anyFaded ? kFadedOpacity : 1.0);
        painter->drawImage(QPointF(0, 0), m_picture.image);
        painter->restore();
    }
    const auto lit = m_batches.cbegin() + emphasisOrder(Emphasis::Lit) * kWidthSteps;
    const auto normal = m_batches.cbegin() + emphasisOrder(Emphasis::Normal) * kWidthSteps;
    drawBatches(painter, std::vector<Batch>(m_anyFaded ? normal : lit, lit + kWidthSteps), option->exposedRect);
}

void GraphEdgeLayer::requestPicture(const QTransform &transform, const QSize &viewSize, qreal pixelRatio)
{
    if (m_rendering)
        return; // when it is done, the next paint asks again if the view has moved on
    // Every shown line in the normal pen, whatever its emphasis: a selection does not redraw the picture.
    std::vector<Batch> plain(static_cast<size_t>(kWidthSteps));
    for (int step = 0; step < kWidthSteps; ++step) {
        Batch &batch = plain[size_t(step)];
        batch.pen = m_batches[size_t(emphasisOrder(Emphasis::Normal) * kWidthSteps + step)].pen;
        for (int order = 0; order < kEmphasisCount; ++order) {
            const std::vector<QLineF> &lines = m_batches[size_t(order * kWidthSteps + step)].lines;
            batch.lines.insert(batch.lines.end(), lines.cbegin(), lines.cend());
        }
    }
    Picture request;
    request.transform = transform;
    request.viewSize = viewSize;
    request.generation = m_generation;

    m_rendering = std::make_unique<QFutureWatcher<Picture>>();
    QObject::connect(m_rendering.get(), &QFutureWatcherBase::finished, m_rendering.get(), [this] {
        m_picture = m_rendering->result();
        m_rendering.release()->deleteLater();
        update();
    });
    QPromise<Picture> promise;
    m_rendering->setFuture(promise.future());
    // The worker owns copies of the lines, so the layer may change or go away meanwhile.
    QThreadPool::globalInstance()->start([promise = std::make_shared<QPromise<Picture>>(std::move(promise)),
                                          plain = std::move(plain), request, pixelRatio]() mutable {
        promise->start();
        Picture picture = request;
        picture.image = QImage(request.viewSize * pixelRatio, QImage::Format_ARGB32_Premultiplied);
        picture.image.setDevicePixelRatio(pixelRatio);
        picture.image.fill(Qt::transparent);
        QPainter painter(&picture.image);
        painter.setWorldTransform(request.transform);
        drawBatches(&painter, plain, request.transform.inverted().mapRect(QRectF(QPointF(0, 0), request.viewSize)));
        painter.end();
        promise->addResult(std::move(picture));
        promise->finish();
    });
}

bool GraphEdgeLayer::isDrawingInBackground() const
{
    return m_rendering != nullptr;
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
