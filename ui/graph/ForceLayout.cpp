#include "graph/ForceLayout.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRectF>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace rasad {

namespace {

/** A stable 64-bit value from a key: qHash is seeded per process, so it would not do. */
quint64 stableHash(const QString &key)
{
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1);
    quint64 h = 0;
    for (int i = 0; i < 8; ++i)
        h = (h << 8) | quint8(digest[i]);
    return h;
}

} // namespace

void ForceLayout::setGraph(const QStringList &keys, const QList<std::pair<int, int>> &edges, const QList<int> &weights)
{
    m_keys = keys;
    m_weights = weights;
    m_packedGroups.clear();
    m_packedOffsets.clear();
    m_edges = edges;
    m_edgeStrength.clear();
    m_edgeStrength.reserve(edges.size());
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const int w = i < weights.size() ? std::max(1, weights[i]) : 1;
        // Frequent partners sit closer, but only logarithmically so a hub does not collapse its star.
        m_edgeStrength.append(1.0 + std::log(double(w)));
    }
    m_pinned = QList<bool>(keys.size(), false);
    seedPositions(keys);
}

void ForceLayout::seedPositions(const QStringList &keys)
{
    const qsizetype n = keys.size();
    m_pos.resize(n);
    // Spread the start over the area the settled graph will roughly need.
    const double side = m_k * std::sqrt(double(std::max<qsizetype>(n, 1))) * 1.2;
    for (qsizetype i = 0; i < n; ++i) {
        const quint64 h = stableHash(keys[i]);
        const double u = double(h & 0xffffffff) / 4294967296.0;
        const double v = double(h >> 32) / 4294967296.0;
        m_pos[i] = QPointF((u - 0.5) * side, (v - 0.5) * side);
    }
}

void ForceLayout::pin(int node, const QPointF &position)
{
    if (node < 0 || node >= m_pos.size())
        return;
    m_pinned[node] = true;
    m_pos[node] = position;
}

void ForceLayout::unpin(int node)
{
    if (node >= 0 && node < m_pinned.size())
        m_pinned[node] = false;
}

bool ForceLayout::isPinned(int node) const
{
    return node >= 0 && node < m_pinned.size() && m_pinned[node];
}

namespace {

/**
 * A Barnes–Hut quadtree over the node positions: far groups of nodes push as one body at their centre of
 * mass, so repulsion costs O(n log n) however densely the nodes pack.
 */
class QuadTree
{
public:
    explicit QuadTree(const QList<QPointF> &points) : m_points(points)
    {
        double minX = 0, minY = 0, maxX = 0, maxY = 0;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QPointF p = points[i];
            if (i == 0 || p.x() < minX)
                minX = p.x();
            if (i == 0 || p.y() < minY)
                minY = p.y();
            if (i == 0 || p.x() > maxX)
                maxX = p.x();
            if (i == 0 || p.y() > maxY)
                maxY = p.y();
        }
        const double half = std::max(maxX - minX, maxY - minY) / 2 + 1.0;
        m_cells.reserve(points.size() * 2 + 1);
        m_cells.push_back(Cell{(minX + maxX) / 2, (minY + maxY) / 2, half});
        for (int i = 0; i < int(points.size()); ++i)
            insert(0, i);
        finish(0);
    }

    /** Repulsion k²/d from every other node on `i`, grouped by the opening criterion `theta`. */
    QPointF repulsion(int i, double k2, double theta) const
    {
        const QPointF p = m_points[i];
        double fx = 0, fy = 0;
        int stack[256];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            const Cell &c = m_cells[size_t(stack[--top])];
            if (c.mass == 0 || (c.body == i && c.mass == 1))
                continue;
            double dx = p.x() - c.comX;
            double dy = p.y() - c.comY;
            double d2 = dx * dx + dy * dy;
            const bool leaf = c.child[0] < 0;
            if (!leaf && (2 * c.half) * (2 * c.half) >= theta * theta * d2) {
                for (int q = 0; q < 4 && top < 252; ++q)
                    if (c.child[q] >= 0)
                        stack[top++] = c.child[q];
                continue;
            }
            double mass = c.mass;
            if (leaf && c.body == i)
                mass -= 1; // coincident nodes share a leaf: do not push i away from itself
            if (mass <= 0)
                continue;
            if (d2 < 1e-6) {
                // On top of each other: part along a direction fixed by the indices.
                const double angle = double((i * 7919 + c.body * 104729) % 360) * M_PI / 180.0;
                dx = std::cos(angle) * 0.01;
                dy = std::sin(angle) * 0.01;
                d2 = 1e-4;
            }
            fx += k2 * mass * dx / d2;
            fy += k2 * mass * dy / d2;
        }
        return {fx, fy};
    }

private:
    struct Cell
    {
        double cx, cy, half;
        double mass = 0;
        double comX = 0, comY = 0;
        int body = -1; // the node of a leaf holding one position
        int child[4] = {-1, -1, -1, -1};
    };

    int quadrant(const Cell &c, const QPointF &p) const { return (p.x() >= c.cx ? 1 : 0) + (p.y() >= c.cy ? 2 : 0); }

    void insert(int cell, int i)
    {
        const QPointF p = m_points[i];
        for (;;) {
            Cell &c = m_cells[size_t(cell)];
            c.mass += 1;
            c.comX += p.x(); // sums now, divided in finish()
            c.comY += p.y();
            if (c.child[0] < 0) {
                if (c.body < 0 && c.mass == 1) {
                    c.body = i;
                    return;
                }
                // Too small to split further (coincident nodes): the leaf just counts them.
                if (c.half < 1e-3 || c.body < 0)
                    return;
                const int old = c.body;
                c.body = -1;
                split(cell);
                Cell &again = m_cells[size_t(cell)];
                const int q = quadrant(again, m_points[old]);
                Cell &sub = m_cells[size_t(again.child[q])];
                sub.mass = 1;
                sub.comX = m_points[old].x();
                sub.comY = m_points[old].y();
                sub.body = old;
            }
            const Cell &parent = m_cells[size_t(cell)];
            cell = parent.child[quadrant(parent, p)];
        }
    }

    void split(int cell)
    {
        const Cell c = m_cells[size_t(cell)];
        const double h = c.half / 2;
        for (int q = 0; q < 4; ++q) {
            m_cells[size_t(cell)].child[q] = int(m_cells.size());
            m_cells.push_back(Cell{c.cx + ((q & 1) ? h : -h), c.cy + ((q & 2) ? h : -h), h});
        }
    }

    void finish(int cell)
    {
        std::vector<int> order{cell};
        for (size_t n = 0; n < order.size(); ++n) {
            Cell &c = m_cells[size_t(order[n])];
            if (c.mass > 0) {
                c.comX /= c.mass;
                c.comY /= c.mass;
            }
            for (int q = 0; q < 4; ++q)
                if (c.child[q] >= 0)
                    order.push_back(c.child[q]);
        }
    }

    const QList<QPointF> &m_points;
    std::vector<Cell> m_cells;
};

} // namespace

void ForceLayout::computeForces(QList<QPointF> &force) const
{
    const qsizetype n = m_pos.size();
    force.fill(QPointF(0, 0), n);
    const double k = m_k;
    const QuadTree tree(m_pos);
    for (qsizetype i = 0; i < n; ++i)
        force[i] = tree.repulsion(int(i), k * k, 1.0);

    for (qsizetype e = 0; e < m_edges.size(); ++e) {
        const auto [a, b] = m_edges[e];
        const QPointF delta = m_pos[a] - m_pos[b];
        // sqrt, not hypot: hypot guards against overflow we cannot reach and costs several times more,
        // here once per edge and iteration.
        const double d = std::sqrt(delta.x() * delta.x() + delta.y() * delta.y());
        if (d < 1e-9)
            continue;
        // d²/k along the unit vector = Δ · d / k
        const QPointF f = delta * (d / k) * m_edgeStrength[e];
        force[a] -= f;
        force[b] += f;
    }

    // Gravity towards the origin keeps separate components (and actors with no contact in view) near
    // the main one: the whole network pushes a lone node out as k²·n/d, gravity pulls it back as g·d,
    // so it rests near k·√(n/g), about twice the radius of a connected group of n nodes.
    constexpr double kGravity = 0.25;
    for (qsizetype i = 0; i < n; ++i)
        force[i] -= m_pos[i] * kGravity;
}

QList<QList<int>> ForceLayout::components() const
{
    const int n = int(m_pos.size());
    QList<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&parent](int i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    for (const auto &[a, b] : m_edges)
        parent[root(a)] = root(b);
    QHash<int, int> groupOfRoot;
    QList<QList<int>> groups;
    for (int i = 0; i < n; ++i) {
        const int r = root(i);
        auto it = groupOfRoot.find(r);
        if (it == groupOfRoot.end()) {
            it = groupOfRoot.insert(r, int(groups.size()));
            groups.append(QList<int>());
        }
        groups[*it].append(i);
    }
    // The order must not depend on the node order: size, then the smallest key.
    QStringList firstKey;
    for (const QList<int> &g : std::as_const(groups)) {
        QString key = m_keys.value(g.first());
        for (int i : g)
            key = std::min(key, m_keys.value(i));
        firstKey.append(key);
    }
    QList<int> order(groups.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int x, int y) {
        if (groups[x].size() != groups[y].size())
            return groups[x].size() > groups[y].size();
        return firstKey[x] < firstKey[y];
    });
    QList<QList<int>> sorted;
    sorted.reserve(groups.size());
    for (int i : order)
        sorted.append(groups[i]);
    return sorted;
}

ForceLayout ForceLayout::part(const QList<int> &nodes, std::optional<QPointF> packedOffset) const
{
    QHash<int, int> local;
    QStringList keys;
    for (int i : nodes) {
        local.insert(i, int(keys.size()));
        keys.append(m_keys.value(i));
    }
    QList<std::pair<int, int>> edges;
    QList<int> weights;
    for (qsizetype e = 0; e < m_edges.size(); ++e) {
        const auto it = local.constFind(m_edges[e].first);
        if (it == local.cend())
            continue;
        edges.append({*it, local.value(m_edges[e].second)});
        weights.append(m_weights.value(e, 1));
    }
    ForceLayout layout;
    layout.m_k = m_k;
    layout.m_maxIterations = m_maxIterations;
    layout.m_tolerance = m_tolerance;
    layout.m_cancel = m_cancel;
    layout.setGraph(keys, edges, weights);
    if (packedOffset)
        for (int j = 0; j < nodes.size(); ++j)
            layout.m_pos[j] = m_pos[nodes[j]] - *packedOffset;
    return layout;
}

namespace {

/**
 * Turns a component so its long axis is horizontal: a pair or a chain then takes a
 * flat box that packs beside the others, and the view is wider than tall.
 */
void lieFlat(QList<QPointF> &points)
{
    if (points.size() < 2)
        return;
    QPointF centre;
    for (const QPointF &p : std::as_const(points))
        centre += p;
    centre /= double(points.size());
    double xx = 0, yy = 0, xy = 0;
    for (const QPointF &p : std::as_const(points)) {
        const QPointF d = p - centre;
        xx += d.x() * d.x();
        yy += d.y() * d.y();
        xy += d.x() * d.y();
    }
    const double angle = 0.5 * std::atan2(2 * xy, xx - yy); // of the principal axis
    const double c = std::cos(-angle);
    const double s = std::sin(-angle);
    // About the origin, which gravity pulls towards: the turned layout is as balanced as before.
    for (QPointF &p : points)
        p = QPointF(p.x() * c - p.y() * s, p.x() * s + p.y() * c);
}

/**
 * Places `boxes` in order in rows no wider than `rowWidth`; within a row, smaller boxes stack in
 * columns beside the tall first one instead of leaving the space under them empty. Returns each box's
 * shift; `all` gets the rectangle they cover together.
 */
QList<QPointF> shelve(const QList<QRectF> &boxes, double rowWidth, QRectF *all)
{
    double rowTop = 0, rowHeight = 0, columnLeft = 0, columnWidth = 0, columnBottom = 0;
    QList<QPointF> offsets;
    offsets.reserve(boxes.size());
    *all = QRectF();
    for (qsizetype g = 0; g < boxes.size(); ++g) {
        const QRectF &box = boxes[g];
        QPointF place;
        if (g > 0 && columnBottom + box.height() <= rowTop + rowHeight && columnLeft + box.width() <= rowWidth) {
            place = QPointF(columnLeft, columnBottom);
            columnBottom += box.height();
            columnWidth = std::max(columnWidth, box.width());
        } else if (g > 0 && box.height() <= rowHeight && columnLeft + columnWidth + box.width() <= rowWidth) {
            columnLeft += columnWidth;
            columnWidth = box.width();
            place = QPointF(columnLeft, rowTop);
            columnBottom = rowTop + box.height();
        } else {
            rowTop += rowHeight;
            rowHeight = box.height();
            columnLeft = 0;
            columnWidth = box.width();
            place = QPointF(0, rowTop);
            columnBottom = rowTop + box.height();
        }
        offsets.append(place - box.topLeft());
        *all |= QRectF(place, box.size());
    }
    return offsets;
}

} // namespace

QList<QPointF> ForceLayout::pack(const QList<QList<int>> &groups)
{
    // Each component's box, with room around it for the names under the discs and a gap to the next.
    // Names are wider than tall, so neighbours side by side need the wider gap.
    const double marginX = m_k;
    const double marginY = 0.5 * m_k;
    QList<QRectF> boxes;
    double area = 0;
    double widest = 0;
    for (const QList<int> &g : groups) {
        double left = m_pos[g.first()].x(), right = left, top = m_pos[g.first()].y(), bottom = top;
        for (int i : g) {
            left = std::min(left, m_pos[i].x());
            right = std::max(right, m_pos[i].x());
            top = std::min(top, m_pos[i].y());
            bottom = std::max(bottom, m_pos[i].y());
        }
        const QRectF box =
            QRectF(QPointF(left, top), QPointF(right, bottom)).adjusted(-marginX, -marginY, marginX, marginY);
        boxes.append(box);
        area += box.width() * box.height();
        widest = std::max(widest, box.width());
    }
    // Several row widths are tried; the one whose picture fits a landscape view largest wins.
    constexpr double kViewAspect = 16.0 / 9.0;
    QList<QPointF> offsets;
    QRectF all;
    double bestExtent = std::numeric_limits<double>::max();
    const double step = std::max(widest / 4, std::sqrt(area) / 8);
    for (double rowWidth = widest; rowWidth <= widest + std::sqrt(area) * 4 + step; rowWidth += step) {
        QRectF candidateAll;
        const QList<QPointF> candidate = shelve(boxes, rowWidth, &candidateAll);
        const double extent = std::max(candidateAll.width(), candidateAll.height() * kViewAspect);
        if (extent < bestExtent - 1e-9) {
            bestExtent = extent;
            offsets = candidate;
            all = candidateAll;
        }
    }
    // Centred on the origin, where the single-component layout sits too.
    for (QPointF &offset : offsets)
        offset -= all.center();
    for (qsizetype g = 0; g < groups.size(); ++g)
        for (int i : groups[g])
            m_pos[i] += offsets[g];
    return offsets;
}

ForceLayout::Result ForceLayout::run()
{
    m_packedGroups.clear();
    m_packedOffsets.clear();
    const QList<QList<int>> groups = components();
    // Pinned nodes keep the place the user chose, so the picture around them is laid out as one.
    if (groups.size() < 2 || std::find(m_pinned.cbegin(), m_pinned.cend(), true) != m_pinned.cend())
        return runTogether();

    Result result;
    result.converged = true;
    double moved = 0;
    for (const QList<int> &g : groups) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            result.converged = false;
            break;
        }
        if (g.size() == 1) {
            m_pos[g.first()] = QPointF(0, 0);
            continue;
        }
        ForceLayout layout = part(g);
        const Result r = layout.runTogether();
        result.iterations = std::max(result.iterations, r.iterations);
        result.converged = result.converged && r.converged;
        moved += r.meanMove * double(g.size());
        lieFlat(layout.m_pos);
        for (int j = 0; j < g.size(); ++j)
            m_pos[g[j]] = layout.m_pos[j];
    }
    result.meanMove = moved / double(m_pos.size());
    m_packedOffsets = pack(groups);
    m_packedGroups = groups;
    return result;
}

ForceLayout::Result ForceLayout::runTogether()
{
    Result result;
    const qsizetype n = m_pos.size();
    if (n == 0) {
        result.converged = true;
        return result;
    }
    QList<QPointF> force;
    double step = m_k;
    double energy = std::numeric_limits<double>::max();
    int progress = 0;
    const qsizetype freeCount = std::count(m_pinned.cbegin(), m_pinned.cend(), false);
    if (freeCount == 0) {
        result.converged = true;
        return result;
    }

    for (int it = 0; it < m_maxIterations; ++it) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            break;
        computeForces(force);
        double newEnergy = 0;
        double moved = 0;
        for (qsizetype i = 0; i < n; ++i) {
            if (m_pinned[i])
                continue;
            const double f = std::sqrt(force[i].x() * force[i].x() + force[i].y() * force[i].y());
            newEnergy += f * f;
            if (f < 1e-12)
                continue;
            const double move = std::min(f, step);
            m_pos[i] += force[i] * (move / f);
            moved += move;
        }
        // Hu's adaptive cooling: grow the step after a run of improvements, shrink it otherwise.
        if (newEnergy < energy) {
            if (++progress >= 5) {
                progress = 0;
                step /= 0.9;
            }
        } else {
            progress = 0;
            step *= 0.9;
        }
        energy = newEnergy;
        result.iterations = it + 1;
        result.meanMove = moved / double(freeCount) / m_k;
        if (result.meanMove < m_tolerance) {
            result.converged = true;
            break;
        }
    }
    return result;
}

double ForceLayout::meanResidualForce() const
{
    if (!m_packedGroups.isEmpty()) {
        // Packed components each balance on their own: measure each against its own forces.
        double sum = 0;
        for (qsizetype g = 0; g < m_packedGroups.size(); ++g)
            sum += part(m_packedGroups[g], m_packedOffsets[g]).meanResidualForce() * double(m_packedGroups[g].size());
        return sum / double(m_pos.size());
    }
    QList<QPointF> force;
    computeForces(force);
    double sum = 0;
    int count = 0;
    for (qsizetype i = 0; i < m_pos.size(); ++i) {
        if (m_pinned[i])
            continue;
        sum += std::hypot(force[i].x(), force[i].y());
        ++count;
    }
    return count ? sum / count / m_k : 0.0;
}

} // namespace rasad
