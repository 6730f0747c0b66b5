#pragma once

#include "export/LocaleFormat.h"
#include "model/Dataset.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace rasad {

class TimelineJsExporter;

/**
 * Writes a Dataset in any export format: the one place File → Export data and rasad-cli export
 * both go through, so the two always offer and write the same formats.
 */
class DatasetWriter
{
public:
    enum class Format { Json, Csv, GraphML, Gexf, TimelineJs };

    explicit DatasetWriter(const Dataset &dataset);

    /** TimelineJS only: the title slide (the record's title in the format's language when empty). */
    void setTitle(const QString &title) { m_title = title; }
    /** TimelineJS only: the language, digits and month names of every word on the slides. */
    void setFormat(const LocaleFormat &format) { m_format = format; }

    /** The whole file in `format`; empty for Csv, which is a folder of files. */
    QByteArray toBytes(Format format) const;
    /** Writes `format` to `path` (a folder for Csv); false with `error` naming the file and the problem. */
    bool write(Format format, const QString &path, QString *error) const;

    static QList<Format> formats();
    /** "json", "csv", "graphml", "gexf", "timelinejs": the names rasad-cli export --format takes. */
    static QString formatName(Format format);
    /** The format named (any case); nullopt for an unknown name. */
    static std::optional<Format> formatFromName(const QString &name);
    /** The format a file name asks for (.graphml, .gexf, .timeline.json, .json); Json otherwise. */
    static Format formatForPath(const QString &path);
    /** True for Csv: written as several files into a folder, so never to standard output. */
    static bool writesFolder(Format format) { return format == Format::Csv; }

private:
    TimelineJsExporter timelineExporter() const;

    Dataset m_dataset; // a copy is cheap: its lists are implicitly shared
    QString m_title;
    LocaleFormat m_format = LocaleFormat::forLanguage(QStringLiteral("ar"));
};

} // namespace rasad
