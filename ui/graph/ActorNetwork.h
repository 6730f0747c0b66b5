#pragma once

#include "model/Dataset.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace rasad {

/**
 * The co-contact network of a set of events: one node per actor taking part, one edge per pair of actors
 * sharing events, with the dates that let the graph replay its growth. Pure data (no Gui), so the layout,
 * the metrics and the table are tested without widgets.
 */
class ActorNetwork
{
public:
    struct Node
    {
        qint64 actorId = 0;
        QString key; // Actor::key: seeds the layout so positions do not depend on database ids
        QString name;
        QString nameEn;
        QString country;
        int meetings = 0; // events the actor took part in
        int degree = 0;   // distinct counterparts
        QDate first;      // first and last contact
        QDate last;
        double betweenness = 0.0;
        QList<QDate> dates; // start date of every dated event, sorted
        int undated = 0;    // events without a date
    };
    struct Edge
    {
        int a = 0; // node indices, a < b
        int b = 0;
        int weight = 0; // shared events
        QDate first;
        QDate last;
        QList<QDate> dates; // start date of every dated shared event, sorted
        int undated = 0;
    };

    /** Builds the network of `events` (pointers into `dataset`); actors missing from the dataset are skipped. */
    static ActorNetwork build(const Dataset &dataset, const QList<const Event *> &events);

    const QList<Node> &nodes() const { return m_nodes; }
    const QList<Edge> &edges() const { return m_edges; }
    int indexOf(qint64 actorId) const { return m_index.value(actorId, -1); }
    QList<int> neighbours(int node) const;
    /** Dates of the first and last dated events (invalid when none is dated). */
    QDate firstDate() const { return m_first; }
    QDate lastDate() const { return m_last; }

    /** Fills Node::betweenness (Brandes, unweighted, undirected); estimated from sampled sources above `exactLimit`
     * nodes. */
    void computeBetweenness(int exactLimit = 1500, int samples = 256);
    /** True when the last computeBetweenness() sampled rather than counted every source. */
    bool betweennessEstimated() const { return m_estimated; }

    /** Events up to `day` (inclusive) an item counts; used by the time slider. */
    static int countUpTo(const QList<QDate> &sortedDates, const QDate &day);

    /** Brandes' betweenness for `nodeCount` nodes and undirected `edges`; `sources` empty = all nodes. */
    static QList<double> betweenness(int nodeCount, const QList<std::pair<int, int>> &edges,
                                     const QList<int> &sources = {});

private:
    QList<Node> m_nodes;
    QList<Edge> m_edges;
    QHash<qint64, int> m_index;
    QList<QList<int>> m_adjacency;
    QDate m_first;
    QDate m_last;
    bool m_estimated = false;
};

} // namespace rasad
