#pragma once

#include <QCoreApplication>

#include "export/ReportInfo.h"

#include <QImage>
#include <QPointer>
#include <QSize>
#include <QString>
#include <QWidget>

#include <optional>

class QPainter;

namespace rasad {

class ExplorerState;

/**
 * Turns what a view shows on screen (its zoom, its filters) into a report picture: title and date range
 * above, legend and a footer naming the sources below. PNG at a chosen pixel width and DPI (300 by
 * default, written into the file), SVG and PDF as vectors, or the clipboard. A QGraphicsView is drawn
 * from its scene, so SVG and PDF keep vector shapes and text; any other widget is drawn with render().
 */
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(rasad::ReportExporter)
public:
    enum class Format { Png, Svg, Pdf };

    ReportExporter(QWidget *view, ReportInfo info);

    void setPixelWidth(int width) { m_pixelWidth = width; }
    int pixelWidth() const { return m_pixelWidth; }
    void setDpi(int dpi) { m_dpi = dpi; }
    int dpi() const { return m_dpi; }
    const ReportInfo &info() const { return m_info; }
    void setInfo(const ReportInfo &info) { m_info = info; }

    /** The page in logical units (the view's on-screen size plus the frame). */
    QSizeF logicalSize() const;
    /** The PNG's size: pixelWidth() wide, as tall as the page's aspect asks. */
    QSize imageSize() const;

    QImage renderImage() const;
    /** The DPI the view was laid out at: what the scene's point-sized fonts assume. */
    int layoutDpi() const;
    /** Writes `path` in `format`; false with `error` naming the file and the problem. */
    bool exportTo(const QString &path, Format format, QString *error) const;
    void copyToClipboard() const;

    /** The format a file name's extension names (.png, .svg, .pdf, any case); nullopt for any other name. */
    static std::optional<Format> formatForPath(const QString &path);
    static QString suffix(Format format);
    /** The outlets behind the events the state shows (article source, else file name), most used first. */
    static QStringList sourcesOf(const ExplorerState &state);

private:
    void paint(QPainter &painter) const;
    QSize viewSize() const;
    double headerHeight() const;
    double footerHeight() const;

    QPointer<QWidget> m_view;
    ReportInfo m_info;
    int m_pixelWidth = 3000;
    int m_dpi = 300;
};

} // namespace rasad
