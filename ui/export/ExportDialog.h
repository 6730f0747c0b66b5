#pragma once

#include "export/ReportExporter.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rasad {

/**
 * Asks how to export a view for a report: format (PNG, SVG, PDF), a page (as on screen, A4 portrait or
 * landscape, a 16:9 slide, a newspaper column), pixel width and DPI (300 by default), title, caption,
 * credit line and file; or copies the picture to the clipboard. The timeline, the graph and the
 * statistics use it. A view that can be drawn afresh for the export (the timeline) also offers the
 * dates to cover: the filter's, or those on screen.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Preset { Screen, A4Portrait, A4Landscape, Slide, Column };

    /** A view drawn afresh for the export: its frame, and the view laid out at a size, for either range. */
    struct Source
    {
        std::function<ReportInfo(bool screenRange)> info;
        std::function<QWidget *(bool screenRange, const QSize &viewportSize)> view;
    };

    ExportDialog(QWidget *view, const ReportInfo &info, QWidget *parent = nullptr, Source source = {});

    /** The page a preset lays out in logical pixels (empty for as on screen), and its pixel width at `dpi`. */
    static QSizeF pageSize(Preset preset);
    static int presetPixelWidth(Preset preset, int dpi);

    Preset preset() const;
    void setPreset(Preset preset);
    /** True for the dates on screen, false for the filter's (the default); only with a Source. */
    bool screenRange() const;
    void setScreenRange(bool screen);
    void setCaption(const QString &caption);
    void setCredit(const QString &credit);
    /** The exporter the current choices make (what Save writes). */
    ReportExporter exporter() const;

    ReportExporter::Format format() const;
    void setFormat(ReportExporter::Format format);
    QString filePath() const;
    void setFilePath(const QString &path);
    int pixelWidth() const;
    void setPixelWidth(int width);
    int dpi() const;
    void setDpi(int dpi);
    QString title() const;

    /** Exports with the current choices; false (and a message box unless `quiet`) on failure. */
    bool exportNow(bool quiet = false, QString *error = nullptr);
    void copyNow();

private:
    void browse();
    void updateSizeLabel();

    QWidget *m_view;
    ReportInfo m_info;
    Source m_source;
    QLineEdit *m_title;
    QLineEdit *m_caption;
    QLineEdit *m_credit;
    QComboBox *m_range = nullptr;
    QComboBox *m_preset;
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_dpi;
    QLineEdit *m_path;
    QLabel *m_size;
    int m_lastDpi = 300;
};

} // namespace rasad
