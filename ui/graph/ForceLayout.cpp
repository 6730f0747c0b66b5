#include "graph/ForceLayout.h"

#include <QCryptographicHash>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

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

qint64 cellKey(qint64 cx, qint64 cy)
{
    return (cx << 32) ^ (cy & 0xffffffff);
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

void ForceLayout::computeForces(QList<QPointF> &force) const
{
    const qsizetype n = m_pos.size();
    force.fill(QPointF(0, 0), n);
    const double k = m_k;
    const double k2 = k * k;
    const double cell = 2.0 * k; // repulsion beyond 2k is negligible and ignored (the FR grid variant)

    // Bucket nodes by grid cell: sorted (cell, index) pairs keep every sum in a fixed order.
    std::vector<std::pair<qint64, int>> byCell(n);
    for (qsizetype i = 0; i < n; ++i) {
        const qint64 cx = qint64(std::floor(m_pos[i].x() / cell));
        const qint64 cy = qint64(std::floor(m_pos[i].y() / cell));
        byCell[i] = {cellKey(cx, cy), int(i)};
    }
    std::sort(byCell.begin(), byCell.end());
    std::unordered_map<qint64, std::pair<int, int>> ranges; // cell → [begin, end) in byCell
    ranges.reserve(n);
    for (int i = 0; i < int(n);) {
        int j = i;
        while (j < int(n) && byCell[j].first == byCell[i].first)
            ++j;
        ranges.emplace(byCell[i].first, std::pair(i, j));
        i = j;
    }

    for (qsizetype i = 0; i < n; ++i) {
        const QPointF p = m_pos[i];
        const qint64 cx = qint64(std::floor(p.x() / cell));
        const qint64 cy = qint64(std::floor(p.y() / cell));
        double fx = 0, fy = 0;
        for (qint64 dx = -1; dx <= 1; ++dx) {
            for (qint64 dy = -1; dy <= 1; ++dy) {
                const auto it = ranges.find(cellKey(cx + dx, cy + dy));
                if (it == ranges.end())
                    continue;
                for (int r = it->second.first; r < it->second.second; ++r) {
                    const int j = byCell[r].second;
                    if (j == i)
                        continue;
                    double ddx = p.x() - m_pos[j].x();
                    double ddy = p.y() - m_pos[j].y();
                    double d2 = ddx * ddx + ddy * ddy;
                    if (d2 < 1e-6) {
                        // Coincident nodes: part them along a direction fixed by their indices.
                        const double angle = double((i * 7919 + j * 104729) % 360) * M_PI / 180.0;
                        ddx = std::cos(angle) * 0.01 * (i < j ? 1 : -1);
                        ddy = std::sin(angle) * 0.01 * (i < j ? 1 : -1);
                        d2 = 1e-4;
                    }
                    if (d2 > cell * cell)
                        continue;
                    // k²/d along the unit vector = k² · Δ / d²
                    fx += k2 * ddx / d2;
                    fy += k2 * ddy / d2;
                }
            }
        }
        force[i] += QPointF(fx, fy);
    }

    for (qsizetype e = 0; e < m_edges.size(); ++e) {
        const auto [a, b] = m_edges[e];
        const QPointF delta = m_pos[a] - m_pos[b];
        const double d = std::hypot(delta.x(), delta.y());
        if (d < 1e-9)
            continue;
        // d²/k along the unit vector = Δ · d / k
        const QPointF f = delta * (d / k) * m_edgeStrength[e];
        force[a] -= f;
        force[b] += f;
    }

    // Weak gravity towards the origin keeps separate components from drifting apart.
    for (qsizetype i = 0; i < n; ++i)
        force[i] -= m_pos[i] * 0.02;
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
        computeForces(force);
        double newEnergy = 0;
        double moved = 0;
        for (qsizetype i = 0; i < n; ++i) {
            if (m_pinned[i])
                continue;
            const double f = std::hypot(force[i].x(), force[i].y());
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
