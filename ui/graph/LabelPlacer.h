#pragma once

#include <QHash>
#include <QList>
#include <QPoint>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace rasad {

/**
 * Where the graph's names go, on screen: greedily in the order given (the view passes the selection first,
 * then the most connected), each label at the first side of its disc (below, above, after, before) where
 * it overlaps no label placed before and no other disc. The first `mustShow` labels may cover a disc when no
 * side is free of them, never another label. A uniform grid of cells indexes the rectangles taken, so
 * each test looks at a few neighbours rather than every label.
 */
class LabelPlacer
{
public:
    enum class Side { Below, Above, After, Before };
    struct Candidate
    {
        QPointF centre; // the disc's centre, screen pixels
        qreal radius = 0;
        QSizeF size; // the label's size, screen pixels
    };
    struct Placement
    {
        bool shown = false;
        Side side = Side::Below;
        QRectF rect;
    };

    /** One placement per candidate, same order. `rightToLeft`: "after" is on the left. */
    static QList<Placement> place(const QList<Candidate> &ordered, int mustShow, bool rightToLeft);
    static QRectF labelRect(const Candidate &c, Side side, bool rightToLeft);

private:
    class Grid
    {
    public:
        explicit Grid(qreal cell) : m_cell(cell) {}
        void insert(const QRectF &rect, int owner);
        /** True when `rect` overlaps a rectangle of an owner other than `except`. */
        bool hits(const QRectF &rect, int except) const;

    private:
        template <typename F> void forCells(const QRectF &rect, F f) const;
        qreal m_cell;
        QList<std::pair<QRectF, int>> m_rects;
        QHash<QPoint, QList<int>> m_cells; // cell → indices into m_rects
    };
};

} // namespace rasad
