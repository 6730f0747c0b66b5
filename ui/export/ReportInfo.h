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
    QString filter;    // what the record shown is limited to, in words ("All contacts" when nothing)
    QString caption;   // the user's words under the picture
    QString credit;    // the user's credit line, in the footer
    QList<ReportLegendEntry> legend;
    QString legendNote;  // e.g. "size: contacts · width: shared events"
    QStringList sources; // citations (outlet, date, address; a file name when nothing else is known)
    Qt::LayoutDirection direction = Qt::RightToLeft;
};

} // namespace rasad
