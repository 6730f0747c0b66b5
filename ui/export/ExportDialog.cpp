#include "export/ExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include <optional>

namespace rasad {

namespace {
const QString kWidthKey = QStringLiteral("export/pixelWidth");
const QString kDpiKey = QStringLiteral("export/dpi");
const QString kFormatKey = QStringLiteral("export/format");
const QString kDirKey = QStringLiteral("export/directory");

const ReportExporter::Format kFormats[] = {ReportExporter::Format::Png, ReportExporter::Format::Svg,
                                           ReportExporter::Format::Pdf};

/** `path` ending in `format`'s extension: a picture extension is replaced, any other kept and added to. */
QString withSuffix(const QString &path, ReportExporter::Format format)
{
    if (path.isEmpty() || ReportExporter::formatForPath(path) == format)
        return path;
    QString base = path;
    if (ReportExporter::formatForPath(path))
        base.chop(QFileInfo(path).suffix().size() + 1);
    return base + QLatin1Char('.') + ReportExporter::suffix(format);
}
} // namespace

ExportDialog::ExportDialog(QWidget *view, const ReportInfo &info, QWidget *parent)
    : QDialog(parent), m_view(view), m_info(info)
{
    setWindowTitle(tr("Export picture"));
    QSettings settings;

    m_title = new QLineEdit(info.title, this);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("PNG image"), int(ReportExporter::Format::Png));
    m_format->addItem(tr("SVG vector drawing"), int(ReportExporter::Format::Svg));
    m_format->addItem(tr("PDF document"), int(ReportExporter::Format::Pdf));
    m_width = new QSpinBox(this);
    m_width->setRange(200, 20000);
    m_width->setSingleStep(100);
    m_width->setSuffix(tr(" px"));
    m_width->setValue(settings.value(kWidthKey, 3000).toInt());
    m_dpi = new QSpinBox(this);
    m_dpi->setRange(72, 1200);
    m_dpi->setSingleStep(50);
    m_dpi->setSuffix(tr(" DPI"));
    m_dpi->setValue(settings.value(kDpiKey, 300).toInt());
    m_size = new QLabel(this);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filePath"));
    auto *browseButton = new QToolButton(this);
    browseButton->setText(tr("Browse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Resolution:"), m_dpi);
    form->addRow(QString(), m_size);
    form->addRow(tr("File:"), pathRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *copyButton = buttons->addButton(tr("Copy to clipboard"), QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    const QString dir =
        settings.value(kDirKey, QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).toString();
    const QString base = m_info.title.isEmpty() ? QStringLiteral("rasad") : m_info.title;
    // The format last used, and a name that says it: never a PDF called ….png.
    setFormat(ReportExporter::Format(settings.value(kFormatKey, int(ReportExporter::Format::Png)).toInt()));
    m_path->setText(QDir(dir).filePath(base + QLatin1Char('.') + ReportExporter::suffix(format())));

    connect(browseButton, &QToolButton::clicked, this, &ExportDialog::browse);
    connect(m_width, &QSpinBox::valueChanged, this, &ExportDialog::updateSizeLabel);
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportDialog::updateSizeLabel);
    connect(m_title, &QLineEdit::textChanged, this, &ExportDialog::updateSizeLabel);
    // The name and the format follow each other: a chosen format changes the extension; a typed
    // extension chooses the format. The text is only set when it changes, so typing is not disturbed.
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const QString named = withSuffix(m_path->text(), format());
        if (named != m_path->text())
            m_path->setText(named);
    });
    connect(m_path, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (const std::optional<ReportExporter::Format> named = ReportExporter::formatForPath(text))
            setFormat(*named);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (exportNow())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copyButton, &QPushButton::clicked, this, &ExportDialog::copyNow);
    updateSizeLabel();
}

ReportExporter::Format ExportDialog::format() const
{
    return ReportExporter::Format(m_format->currentData().toInt());
}

void ExportDialog::setFormat(ReportExporter::Format format)
{
    const int index = m_format->findData(int(format));
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

QString ExportDialog::filePath() const
{
    return m_path->text();
}

void ExportDialog::setFilePath(const QString &path)
{
    // A picture extension picks the format; without one, the name gets the chosen format's.
    const std::optional<ReportExporter::Format> named = ReportExporter::formatForPath(path);
    m_path->setText(named ? path : withSuffix(path, format()));
    if (named)
        setFormat(*named);
}

int ExportDialog::pixelWidth() const
{
    return m_width->value();
}

void ExportDialog::setPixelWidth(int width)
{
    m_width->setValue(width);
}

int ExportDialog::dpi() const
{
    return m_dpi->value();
}

void ExportDialog::setDpi(int dpi)
{
    m_dpi->setValue(dpi);
}

QString ExportDialog::title() const
{
    return m_title->text();
}

ReportExporter ExportDialog::exporter() const
{
    ReportInfo info = m_info;
    info.title = m_title->text();
    ReportExporter exporter(m_view, info);
    exporter.setPixelWidth(m_width->value());
    exporter.setDpi(m_dpi->value());
    return exporter;
}

void ExportDialog::updateSizeLabel()
{
    const QSize size = exporter().imageSize();
    const double inchesWide = double(size.width()) / m_dpi->value();
    m_size->setText(tr("%1 × %2 pixels, %3 × %4 cm printed")
                        .arg(size.width())
                        .arg(size.height())
                        .arg(inchesWide * 2.54, 0, 'f', 1)
                        .arg(double(size.height()) / m_dpi->value() * 2.54, 0, 'f', 1));
}

void ExportDialog::browse()
{
    // Every format is offered, the current one first chosen; a name typed without an extension
    // takes the format of the filter chosen.
    QStringList filters;
    QString selected;
    for (const ReportExporter::Format f : kFormats) {
        filters << (f == ReportExporter::Format::Svg   ? tr("SVG drawings (*.svg)")
                    : f == ReportExporter::Format::Pdf ? tr("PDF documents (*.pdf)")
                                                       : tr("PNG images (*.png)"));
        if (f == format())
            selected = filters.constLast();
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export picture"), m_path->text(),
                                                      filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    if (const qsizetype chosen = filters.indexOf(selected); chosen >= 0 && !ReportExporter::formatForPath(path))
        setFormat(kFormats[chosen]);
    setFilePath(path);
}

bool ExportDialog::exportNow(bool quiet, QString *error)
{
    QString problem;
    // A name without the format's extension gets it, so the file says what it holds.
    const QString path = withSuffix(m_path->text().trimmed(), format());
    if (path != m_path->text())
        m_path->setText(path);
    bool ok = false;
    if (path.isEmpty())
        problem = tr("Choose a file to export to.");
    else
        ok = exporter().exportTo(path, format(), &problem);
    if (!ok) {
        if (error)
            *error = problem;
        if (!quiet)
            QMessageBox::warning(this, tr("Export failed"), problem);
        return false;
    }
    QSettings settings;
    settings.setValue(kWidthKey, m_width->value());
    settings.setValue(kDpiKey, m_dpi->value());
    settings.setValue(kFormatKey, int(format()));
    settings.setValue(kDirKey, QFileInfo(path).absolutePath());
    return true;
}

void ExportDialog::copyNow()
{
    exporter().copyToClipboard();
}

} // namespace rasad
