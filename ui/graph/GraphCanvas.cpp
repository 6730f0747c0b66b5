#include "graph/GraphCanvas.h"

#include "graph/GraphEdgeLayer.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace rasad {

namespace {
constexpr qreal kMinZoom = 0.02;
constexpr qreal kMaxZoom = 8.0;
constexpr qreal kEdgeHoverPixels = 4.0; // how near the cursor must come to a line to name it
} // namespace

GraphCanvas::GraphCanvas(QGraphicsScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(BoundingRectViewportUpdate);
    setBackgroundBrush(Qt::white);
    setFocusPolicy(Qt::StrongFocus);
}

void GraphCanvas::zoomBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    const qreal applied = target / zoom();
    if (qFuzzyCompare(applied, 1.0))
        return;
    scale(applied, applied);
    m_followsSize = false;
    Q_EMIT zoomChanged(zoom());
}

void GraphCanvas::fitAll()
{
    if (!scene())
        return;
    QRectF bounds = m_content.isValid() ? m_content : scene()->itemsBoundingRect();
    if (bounds.isEmpty())
        return;
    bounds.adjust(-40, -40, 40, 60); // room for the names under the lowest discs
    fitInView(bounds, Qt::KeepAspectRatio);
    if (zoom() > 1.5) // a handful of nodes should not fill the screen
        setTransform(QTransform::fromScale(1.5, 1.5));
    centerOn(bounds.center());
    m_followsSize = true;
    Q_EMIT zoomChanged(zoom());
}

QString GraphCanvas::edgeToolTipAt(const QPoint &viewportPos) const
{
    if (!m_edges || itemAt(viewportPos))
        return {};
    const int edge = m_edges->edgeAt(mapToScene(viewportPos), kEdgeHoverPixels / std::max<qreal>(zoom(), 1e-6));
    return edge >= 0 ? m_edges->toolTip(edge) : QString();
}

bool GraphCanvas::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_edges) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (!itemAt(help->pos())) {
            const QString text = edgeToolTipAt(help->pos());
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), text, viewport());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void GraphCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // A fit made while the dock was still collapsed would leave the graph a speck.
    if (m_followsSize)
        fitAll();
}

void GraphCanvas::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, delta.y()));
    event->accept();
}

void GraphCanvas::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(0.8);
        return;
    case Qt::Key_0:
        fitAll();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void GraphCanvas::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    m_pressOnBackground = itemAt(m_pressPos) == nullptr;
    QGraphicsView::mousePressEvent(event);
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    // A click (not a pan) on empty space clears the selection; a pan keeps its place on a resize.
    const bool moved = (event->position().toPoint() - m_pressPos).manhattanLength() >= 4;
    if (m_pressOnBackground && event->button() == Qt::LeftButton && !moved)
        Q_EMIT backgroundClicked();
    if (m_pressOnBackground && moved)
        m_followsSize = false;
}

} // namespace rasad
