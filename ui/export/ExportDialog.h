#pragma once

#include "export/ReportExporter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rasad {

/**
 * Asks how to export a view for a report: format (PNG, SVG, PDF), pixel width and DPI (300 by default),
 * title and file; or copies the picture to the clipboard. The timeline and the graph both use it.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(QWidget *view, const ReportInfo &info, QWidget *parent = nullptr);

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
    ReportExporter exporter() const;

    QWidget *m_view;
    ReportInfo m_info;
    QLineEdit *m_title;
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_dpi;
    QLineEdit *m_path;
    QLabel *m_size;
};

} // namespace rasad
