#include "graph/ActorNetwork.h"

#include <QMap>

#include <algorithm>
#include <utility>

namespace rasad {

ActorNetwork ActorNetwork::build(const Dataset &dataset, const QList<const Event *> &events)
{
    ActorNetwork net;
    QHash<qint64, const Actor *> actors;
    actors.reserve(dataset.actors.size());
    for (const Actor &a : dataset.actors)
        actors.insert(a.id, &a);

    // Nodes in actor-id order and edges in index order, so the same data always gives the same network.
    QList<qint64> ids;
    for (const Event *e : events)
        for (const Participant &p : e->participants)
            if (actors.contains(p.actorId))
                ids.append(p.actorId);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    net.m_nodes.reserve(ids.size());
    for (qint64 id : ids) {
        const Actor *a = actors.value(id);
        Node n;
        n.actorId = id;
        n.key = a->key.isEmpty() ? QString::number(id) : a->key;
        n.name = a->name;
        n.nameEn = a->nameEn;
        n.country = a->country;
        net.m_index.insert(id, int(net.m_nodes.size()));
        net.m_nodes.append(n);
    }

    QHash<std::pair<int, int>, int> edgeIndex;
    QList<int> members;
    for (const Event *e : events) {
        members.clear();
        for (const Participant &p : e->participants) {
            const int i = net.m_index.value(p.actorId, -1);
            if (i >= 0 && !members.contains(i))
                members.append(i);
        }
        std::sort(members.begin(), members.end());
        const bool dated = e->date.isValid();
        for (int i : members) {
            Node &n = net.m_nodes[i];
            ++n.meetings;
            if (dated) {
                n.dates.append(e->date.start);
                if (!n.first.isValid() || e->date.start < n.first)
                    n.first = e->date.start;
                if (!n.last.isValid() || e->date.end > n.last)
                    n.last = e->date.end;
            } else {
                ++n.undated;
            }
        }
        for (qsizetype x = 0; x < members.size(); ++x) {
            for (qsizetype y = x + 1; y < members.size(); ++y) {
                const std::pair<int, int> key{members[x], members[y]};
                auto it = edgeIndex.find(key);
                if (it == edgeIndex.end()) {
                    it = edgeIndex.insert(key, int(net.m_edges.size()));
                    Edge edge;
                    edge.a = key.first;
                    edge.b = key.second;
                    net.m_edges.append(edge);
                }
                Edge &edge = net.m_edges[*it];
                ++edge.weight;
                if (dated) {
                    edge.dates.append(e->date.start);
                    if (!edge.first.isValid() || e->date.start < edge.first)
                        edge.first = e->date.start;
                    if (!edge.last.isValid() || e->date.end > edge.last)
                        edge.last = e->date.end;
                } else {
                    ++edge.undated;
                }
            }
        }
        if (dated) {
            if (!net.m_first.isValid() || e->date.start < net.m_first)
                net.m_first = e->date.start;
            if (!net.m_last.isValid() || e->date.start > net.m_last)
                net.m_last = e->date.start;
        }
    }

    // Edges sorted by their end points so their order does not depend on the order events came in.
    std::sort(net.m_edges.begin(), net.m_edges.end(),
              [](const Edge &l, const Edge &r) { return std::pair(l.a, l.b) < std::pair(r.a, r.b); });
    net.m_adjacency.resize(net.m_nodes.size());
    for (Edge &edge : net.m_edges) {
        std::sort(edge.dates.begin(), edge.dates.end());
        net.m_adjacency[edge.a].append(edge.b);
        net.m_adjacency[edge.b].append(edge.a);
    }
    for (qsizetype i = 0; i < net.m_nodes.size(); ++i) {
        std::sort(net.m_nodes[i].dates.begin(), net.m_nodes[i].dates.end());
        std::sort(net.m_adjacency[i].begin(), net.m_adjacency[i].end());
        net.m_nodes[i].degree = int(net.m_adjacency[i].size());
    }
    return net;
}

QList<int> ActorNetwork::neighbours(int node) const
{
    return node >= 0 && node < m_adjacency.size() ? m_adjacency[node] : QList<int>{};
}

int ActorNetwork::countUpTo(const QList<QDate> &sortedDates, const QDate &day)
{
    return int(std::upper_bound(sortedDates.cbegin(), sortedDates.cend(), day) - sortedDates.cbegin());
}

QList<double> ActorNetwork::betweenness(int nodeCount, const QList<std::pair<int, int>> &edges,
                                        const QList<int> &sources)
{
    QList<QList<int>> adj(nodeCount);
    for (const auto &[a, b] : edges) {
        adj[a].append(b);
        adj[b].append(a);
    }
    QList<double> result(nodeCount, 0.0);
    QList<int> order;
    QList<double> sigma(nodeCount), delta(nodeCount);
    QList<int> dist(nodeCount);
    QList<QList<int>> preds(nodeCount);
    QList<int> queue;
    order.reserve(nodeCount);
    queue.reserve(nodeCount);

    auto accumulateFrom = [&](int s) {
        order.clear();
        queue.clear();
        for (int v = 0; v < nodeCount; ++v) {
            preds[v].clear();
            sigma[v] = 0.0;
            dist[v] = -1;
            delta[v] = 0.0;
        }
        sigma[s] = 1.0;
        dist[s] = 0;
        queue.append(s);
        for (qsizetype head = 0; head < queue.size(); ++head) {
            const int v = queue[head];
            order.append(v);
            for (int w : adj[v]) {
                if (dist[w] < 0) {
                    dist[w] = dist[v] + 1;
                    queue.append(w);
                }
                if (dist[w] == dist[v] + 1) {
                    sigma[w] += sigma[v];
                    preds[w].append(v);
                }
            }
        }
        for (qsizetype i = order.size() - 1; i >= 0; --i) {
            const int w = order[i];
            for (int v : preds[w])
                delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
            if (w != s)
                result[w] += delta[w];
        }
    };

    if (sources.isEmpty()) {
        for (int s = 0; s < nodeCount; ++s)
            accumulateFrom(s);
    } else {
        for (int s : sources)
            accumulateFrom(s);
        // Scale the sample up to the whole graph (Brandes & Pich).
        const double scale = double(nodeCount) / double(sources.size());
        for (double &r : result)
            r *= scale;
    }
    // Each unordered pair was counted from both ends.
    for (double &r : result)
        r /= 2.0;
    return result;
}

void ActorNetwork::computeBetweenness(int exactLimit, int samples)
{
    QList<std::pair<int, int>> pairs;
    pairs.reserve(m_edges.size());
    for (const Edge &e : m_edges)
        pairs.append({e.a, e.b});
    const int n = int(m_nodes.size());
    QList<int> sources;
    m_estimated = n > exactLimit && samples > 0 && samples < n;
    if (m_estimated) {
        // Evenly spaced sources: deterministic, and spread over the id order.
        for (int i = 0; i < samples; ++i)
            sources.append(int(qint64(i) * n / samples));
    }
    const QList<double> values = betweenness(n, pairs, sources);
    for (int i = 0; i < n; ++i)
        m_nodes[i].betweenness = values[i];
}

} // namespace rasad
