#include "graph/ForceLayout.h"

#include <QCryptographicHash>
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

ForceLayout::Result ForceLayout::run()
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
