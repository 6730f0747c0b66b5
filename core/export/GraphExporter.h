#pragma once

#include "model/Dataset.h"

#include <QByteArray>
#include <QString>

namespace rasad {

/**
 * Writes the contact network for network tools: actors who took part in at least one event are nodes,
 * two actors sharing events are joined by an edge weighted by how many. GraphML for general tools;
 * GEXF 1.3 in dynamic mode (start/end dates on nodes and edges) so Gephi's timeline replays it.
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
