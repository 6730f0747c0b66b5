#pragma once

#include "model/Dataset.h"

#include <QByteArray>
#include <QString>

namespace rasad {

/**
 * Writes the contact network for network tools: actors who took part in at least one event are nodes,
 * two actors sharing events are joined by an edge weighted by how many. GraphML for general tools
 * (each contact's dates in a `dates` field); GEXF 1.2draft in dynamic mode, one spell per dated
 * contact on every node and edge, so Gephi's timeline replays the contacts and networkx reads it.
 */
class GraphExporter
{
public:
    enum class Format { GraphML, Gexf };

    explicit GraphExporter(const Dataset &dataset);

    QByteArray toGraphML() const;
    QByteArray toGexf() const;
    /** Writes `format` to `path`; false with `error` naming the file and the problem on failure. */
    bool writeFile(const QString &path, Format format, QString *error) const;
    /** Guesses the format from the suffix (.graphml / .gexf); GraphML otherwise. */
    static Format formatForPath(const QString &path);

    int nodeCount() const;
    int edgeCount() const;

private:
    struct Node;
    struct Edge;
    struct Network;
    static Network build(const Dataset &dataset);

    Dataset m_dataset; // a copy is cheap: its lists are implicitly shared
};

} // namespace rasad
