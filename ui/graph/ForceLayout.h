#pragma once

#include <QList>
#include <QPointF>
#include <QString>

#include <atomic>
#include <optional>
#include <utility>

namespace rasad {

/**
 * A deterministic force-directed layout (Fruchterman–Reingold forces, Barnes–Hut repulsion and
 * Hu's adaptive step). Start positions come from a hash of each node's key, never from a clock or a
 * global random generator, so the same graph always gives the same picture. Pinned nodes stay put
 * but still push and pull the others. Without pins, each connected component is laid out on its own and
 * the components are packed side by side, largest first, so a fit does not shrink the main group to
 * leave room for far-flung pairs.
 */
class ForceLayout
{
public:
    struct Result
    {
        int iterations = 0;
        bool converged = false; // stopped because nodes stopped moving, not because of the iteration cap
        double meanMove = 0.0;  // mean displacement in the last iteration, in units of idealLength()
    };

    /** `keys` give each node its seeded start; `edges` are node index pairs with a weight (shared events). */
    void setGraph(const QStringList &keys, const QList<std::pair<int, int>> &edges, const QList<int> &weights = {});
    void pin(int node, const QPointF &position);
    void unpin(int node);
    bool isPinned(int node) const;

    void setIdealLength(double length) { m_k = length; }
    double idealLength() const { return m_k; }
    void setMaxIterations(int n) { m_maxIterations = n; }
    /** Stop when the mean move per node falls below tolerance × idealLength(). */
    void setTolerance(double tolerance) { m_tolerance = tolerance; }

    /** Makes run() stop early (not converged) once `*cancel` turns true; for layouts in a worker thread. */
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    Result run();
    const QList<QPointF> &positions() const { return m_pos; }

    /** Mean length of the net force on the free nodes, in units of idealLength(): near zero at equilibrium. */
    double meanResidualForce() const;

    /** Node indices of each connected component, largest first (ties by key), indices ascending. */
    QList<QList<int>> components() const;

private:
    void seedPositions(const QStringList &keys);
    void computeForces(QList<QPointF> &force) const;
    Result runTogether();
    /** A layout of `nodes` alone: freshly seeded, or where they are now less the shift packing gave them. */
    ForceLayout part(const QList<int> &nodes, std::optional<QPointF> packedOffset = std::nullopt) const;
    /** Moves each component so their boxes sit side by side in rows, and returns each one's shift. */
    QList<QPointF> pack(const QList<QList<int>> &groups);

    QStringList m_keys;
    QList<int> m_weights;
    QList<QPointF> m_pos;
    QList<bool> m_pinned;
    QList<QList<int>> m_packedGroups; // after a packed run(): the components and how far each was moved
    QList<QPointF> m_packedOffsets;
    QList<std::pair<int, int>> m_edges;
    QList<double> m_edgeStrength;
    double m_k = 80.0;
    int m_maxIterations = 1000;
    const std::atomic_bool *m_cancel = nullptr;
    double m_tolerance = 0.01;
};

} // namespace rasad
