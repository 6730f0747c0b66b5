#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace rasad {

/** One legend line of an exported picture: a colour swatch (a dot, or a line when `line`) and its label. */
struct ReportLegendEntry
{
    QColor colour;
    QString label;
    bool line = false;
};

/** What frames an exported view: title, the date range shown, the legend and the sources for the footer. */
struct ReportInfo
{
    QString title;
    QString dateRange; // as the reader should see it, e.g. "كانون الثاني ٢٠٢٥ – آذار ٢٠٢٥"
    QList<ReportLegendEntry> legend;
    QString legendNote;  // e.g. "size: contacts · width: shared events"
    QStringList sources; // outlets (or files) behind what is shown
    Qt::LayoutDirection direction = Qt::RightToLeft;
};

} // namespace rasad
