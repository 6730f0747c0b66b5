#include "graph/LabelPlacer.h"

#include <cmath>

namespace rasad {

template <typename F> void LabelPlacer::Grid::forCells(const QRectF &rect, F f) const
{
    const int x0 = int(std::floor(rect.left() / m_cell));
    const int x1 = int(std::floor(rect.right() / m_cell));
    const int y0 = int(std::floor(rect.top() / m_cell));
    const int y1 = int(std::floor(rect.bottom() / m_cell));
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            f(QPoint(x, y));
}

void LabelPlacer::Grid::insert(const QRectF &rect, int owner)
{
    const int index = int(m_rects.size());
    m_rects.append({rect, owner});
    forCells(rect, [&](const QPoint &cell) { m_cells[cell].append(index); });
}

bool LabelPlacer::Grid::hits(const QRectF &rect, int except) const
{
    bool hit = false;
    forCells(rect, [&](const QPoint &cell) {
        if (hit)
            return;
        const auto it = m_cells.constFind(cell);
        if (it == m_cells.cend())
            return;
        for (int i : *it) {
            const auto &[other, owner] = m_rects.at(i);
            if (owner != except && other.intersects(rect)) {
                hit = true;
                return;
            }
        }
    });
    return hit;
}

QRectF LabelPlacer::labelRect(const Candidate &c, Side side, bool rightToLeft)
{
    const qreal w = c.size.width();
    const qreal h = c.size.height();
    const qreal gap = 1;
    switch (side) {
    case Side::Below:
        return {c.centre.x() - w / 2, c.centre.y() + c.radius + gap, w, h};
    case Side::Above:
        return {c.centre.x() - w / 2, c.centre.y() - c.radius - gap - h, w, h};
    case Side::After:
    case Side::Before:
        break;
    }
    const bool right = (side == Side::After) != rightToLeft;
    return {right ? c.centre.x() + c.radius + 2 * gap : c.centre.x() - c.radius - 2 * gap - w, c.centre.y() - h / 2, w,
            h};
}

QList<LabelPlacer::Placement> LabelPlacer::place(const QList<Candidate> &ordered, int mustShow, bool rightToLeft)
{
    qreal cell = 32;
    for (const Candidate &c : ordered)
        cell = std::max(cell, c.size.height() * 2);
    Grid labels(cell);
    Grid discs(cell);
    for (int i = 0; i < ordered.size(); ++i) {
        const Candidate &c = ordered.at(i);
        discs.insert(QRectF(c.centre.x() - c.radius, c.centre.y() - c.radius, 2 * c.radius, 2 * c.radius), i);
    }
    QList<Placement> result(ordered.size());
    constexpr Side sides[] = {Side::Below, Side::Above, Side::After, Side::Before};
    for (int i = 0; i < ordered.size(); ++i) {
        const Candidate &c = ordered.at(i);
        for (int pass = 0; pass < (i < mustShow ? 2 : 1) && !result[i].shown; ++pass) {
            for (Side side : sides) {
                const QRectF rect = labelRect(c, side, rightToLeft);
                // A hair apart: two names touching read as one.
                const QRectF spaced = rect.adjusted(-2, -1, 2, 1);
                if (labels.hits(spaced, -1) || (pass == 0 && discs.hits(rect, i)))
                    continue;
                result[i] = {true, side, rect};
                labels.insert(rect, i);
                break;
            }
        }
    }
    return result;
}

} // namespace rasad
