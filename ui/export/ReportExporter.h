#pragma once

#include <QCoreApplication>

#include "export/ReportInfo.h"

#include <QDate>
#include <QImage>
#include <QPointer>
#include <QSize>
#include <QString>
#include <QWidget>

#include <optional>

class QPainter;

namespace rasad {

class DisplayFormat;
class ExplorerState;
struct Article;

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

    /**
     * A fixed page in logical units (a preset: A4, a slide, a column); empty (the default) for the view's
     * on-screen size plus the frame. With a page, the view gets what the header and footer leave of it.
     */
    void setPageSize(const QSizeF &logical) { m_page = logical; }
    QSizeF pageSize() const { return m_page; }
    /** The room for the view on the page: its on-screen size without a page size. */
    QSize viewSize() const;
    /** Draws `view` in place of the one given at construction (a view laid out for the export). */
    void setView(QWidget *view) { m_view = view; }

    /** The page in logical units (the view's on-screen size plus the frame, or the page size set). */
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
    /**
     * Citations of the articles behind the events the state shows within [from, to] (the state's date
     * window when not given): outlet, publication date and address as far as known, the file name
     * only when none of them is; most cited first, at most `limit`, then a line saying how many more.
     */
    static QStringList sourcesOf(const ExplorerState &state, const QDate &from = {}, const QDate &to = {},
                                 int limit = 12);
    /**
     * One article as a reader can find it again: outlet, publication date, address as far as known; the
     * file name only when neither outlet nor address is (a date alone does not find it).
     */
    static QString citation(const Article &article, const DisplayFormat &format);
    /** The state's filter in words, in the display language: "All contacts" when nothing is set. */
    static QString filterInWords(const ExplorerState &state);

private:
    void paint(QPainter &painter) const;
    double contentWidth() const;
    double headerHeight() const;
    double footerHeight() const;

    QPointer<QWidget> m_view;
    ReportInfo m_info;
    QSizeF m_page;
    int m_pixelWidth = 3000;
    int m_dpi = 300;
};

} // namespace rasad
