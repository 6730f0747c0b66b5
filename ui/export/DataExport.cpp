#include "export/DataExport.h"

#include "common/Counts.h"
#include "common/ExplorerState.h"
#include "model/EventFilter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QMessageBox>
#include <QSettings>

namespace rasad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rasad::DataExport", text);
}

} // namespace

Dataset DataExport::shownDataset(const ExplorerState &state)
{
    // The filter is already applied (visibleEvents); the timeline's window also drops undated events.
    const QDate from = state.windowStart();
    const QDate to = state.windowEnd();
    const bool windowed = from.isValid() || to.isValid();
    QList<const Event *> shown;
    for (const Event *e : state.visibleEvents()) {
        if (windowed &&
            (!e->date.isValid() || (from.isValid() && e->date.end < from) || (to.isValid() && e->date.start > to)))
            continue;
        shown.append(e);
    }
    return datasetOfEvents(state.dataset(), shown);
}

DataExport::Kind DataExport::kindForPath(const QString &path)
{
    return DatasetWriter::formatForPath(path);
}

bool DataExport::write(const Dataset &data, Kind kind, const QString &path, const DisplayFormat &format, QString *error)
{
    DatasetWriter writer(data);
    writer.setFormat(format); // TimelineJS: the slides in the interface's language, its digits and months
    return writer.write(kind, path, error);
}

bool DataExport::run(QWidget *parent, const ExplorerState &state, bool onlyShown)
{
    struct Choice
    {
        Kind kind;
        QString filter;
        QString suffix;
    };
    const QList<Choice> choices{
        {Kind::Json, tr("Rasad JSON (*.json)"), QStringLiteral(".json")},
        {Kind::Csv, tr("CSV tables, one folder (*)"), QString()},
        {Kind::GraphML, tr("GraphML network (*.graphml)"), QStringLiteral(".graphml")},
        {Kind::Gexf, tr("GEXF network with dates, for Gephi (*.gexf)"), QStringLiteral(".gexf")},
        {Kind::TimelineJs, tr("TimelineJS (*.timeline.json)"), QStringLiteral(".timeline.json")},
    };
    QStringList filters;
    for (const Choice &c : choices)
        filters.append(c.filter);

    QSettings settings;
    const QString dir = settings.value(QStringLiteral("export/dataDirectory"), QDir::homePath()).toString();
    QString selected = filters.first();
    QString path = QFileDialog::getSaveFileName(parent, tr("Export data"), QDir(dir).filePath(QStringLiteral("rasad")),
                                                filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return false;
    const Choice &choice = choices.at(std::max<qsizetype>(0, filters.indexOf(selected)));
    if (!choice.suffix.isEmpty() && !path.endsWith(choice.suffix, Qt::CaseInsensitive))
        path += choice.suffix;

    const Dataset data = onlyShown ? shownDataset(state) : state.dataset();
    QString error;
    if (!write(data, choice.kind, path, state.format(), &error)) {
        QMessageBox::warning(parent, tr("Export failed"), error);
        return false;
    }
    settings.setValue(QStringLiteral("export/dataDirectory"), QFileInfo(path).absolutePath());
    QMessageBox::information(parent, tr("Export data"),
                             tr("Exported %1 and %2 to %3.")
                                 .arg(Counts::contacts(data.events.size(), state.format()),
                                      Counts::actors(data.actors.size(), state.format()),
                                      QDir::toNativeSeparators(path)));
    return true;
}

} // namespace rasad
