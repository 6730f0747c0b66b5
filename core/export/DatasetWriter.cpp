#include "export/DatasetWriter.h"

#include "export/CsvExporter.h"
#include "export/GraphExporter.h"
#include "export/JsonExporter.h"
#include "export/TimelineJsExporter.h"

#include <QFileInfo>

namespace rasad {

DatasetWriter::DatasetWriter(const Dataset &dataset) : m_dataset(dataset) {}

TimelineJsExporter DatasetWriter::timelineExporter() const
{
    TimelineJsExporter exporter(m_dataset);
    exporter.setTitle(m_title);
    exporter.setFormat(m_format);
    return exporter;
}

QByteArray DatasetWriter::toBytes(Format format) const
{
    switch (format) {
    case Format::Json:
        return JsonExporter(m_dataset).toBytes();
    case Format::Csv:
        break;
    case Format::GraphML:
        return GraphExporter(m_dataset).toGraphML();
    case Format::Gexf:
        return GraphExporter(m_dataset).toGexf();
    case Format::TimelineJs:
        return timelineExporter().toBytes();
    }
    return {};
}

bool DatasetWriter::write(Format format, const QString &path, QString *error) const
{
    switch (format) {
    case Format::Json:
        return JsonExporter(m_dataset).writeFile(path, error);
    case Format::Csv:
        return CsvExporter(m_dataset).writeFolder(path, error);
    case Format::GraphML:
        return GraphExporter(m_dataset).writeFile(path, GraphExporter::Format::GraphML, error);
    case Format::Gexf:
        return GraphExporter(m_dataset).writeFile(path, GraphExporter::Format::Gexf, error);
    case Format::TimelineJs:
        return timelineExporter().writeFile(path, error);
    }
    return false;
}

QList<DatasetWriter::Format> DatasetWriter::formats()
{
    return {Format::Json, Format::Csv, Format::GraphML, Format::Gexf, Format::TimelineJs};
}

QString DatasetWriter::formatName(Format format)
{
    switch (format) {
    case Format::Json:
        return QStringLiteral("json");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::GraphML:
        return QStringLiteral("graphml");
    case Format::Gexf:
        return QStringLiteral("gexf");
    case Format::TimelineJs:
        return QStringLiteral("timelinejs");
    }
    return {};
}

std::optional<DatasetWriter::Format> DatasetWriter::formatFromName(const QString &name)
{
    for (const Format format : formats())
        if (name.compare(formatName(format), Qt::CaseInsensitive) == 0)
            return format;
    return std::nullopt;
}

DatasetWriter::Format DatasetWriter::formatForPath(const QString &path)
{
    const QString name = QFileInfo(path).fileName().toLower();
    if (name.endsWith(QLatin1String(".graphml")))
        return Format::GraphML;
    if (name.endsWith(QLatin1String(".gexf")))
        return Format::Gexf;
    if (name.endsWith(QLatin1String(".timeline.json")))
        return Format::TimelineJs;
    return Format::Json;
}

} // namespace rasad
