#pragma once

#include "common/DisplayFormat.h"
#include "export/DatasetWriter.h"
#include "model/Dataset.h"

#include <QString>

class QWidget;

namespace rasad {

class ExplorerState;

/**
 * File → Export data: the record, or only what the filters and the date window show, as Rasad JSON,
 * CSV tables, GraphML, dynamic GEXF (Gephi's timeline) or TimelineJS JSON (publishing on the web).
 * The writing itself is core's DatasetWriter, which rasad-cli export uses too.
 */
class DataExport
{
public:
    using Kind = DatasetWriter::Format;

    /** The events the state shows (filter and date window), with the actors and articles they name. */
    static Dataset shownDataset(const ExplorerState &state);
    /** Writes `data` as `kind` to `path` (a folder for CSV); names and labels in `format`'s language. */
    static bool write(const Dataset &data, Kind kind, const QString &path, const DisplayFormat &format, QString *error);
    /** The kind a file name asks for (.graphml, .gexf, .timeline.json, .json); Json otherwise. */
    static Kind kindForPath(const QString &path);

    /** Asks where and what to export, writes it and says how it went. True when a file was written. */
    static bool run(QWidget *parent, const ExplorerState &state, bool onlyShown = true);
};

} // namespace rasad
