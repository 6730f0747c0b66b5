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
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <optional>

namespace rasad {

namespace {
const QString kWidthKey = QStringLiteral("export/pixelWidth");
const QString kDpiKey = QStringLiteral("export/dpi");
const QString kFormatKey = QStringLiteral("export/format");
const QString kDirKey = QStringLiteral("export/directory");
const QString kPresetKey = QStringLiteral("export/preset");
const QString kCreditKey = QStringLiteral("export/credit");
const QString kRangeKey = QStringLiteral("export/screenRange");

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

ExportDialog::ExportDialog(QWidget *view, const ReportInfo &info, QWidget *parent, Source source)
    : QDialog(parent), m_view(view), m_info(info), m_source(std::move(source))
{
    setWindowTitle(tr("Export picture"));
    QSettings settings;

    m_title = new QLineEdit(info.title, this);
    m_caption = new QLineEdit(this);
    m_caption->setObjectName(QStringLiteral("caption"));
    m_caption->setPlaceholderText(tr("Printed under the picture"));
    m_credit = new QLineEdit(settings.value(kCreditKey).toString(), this);
    m_credit->setObjectName(QStringLiteral("credit"));
    m_credit->setPlaceholderText(tr("e.g. the author or the newsroom"));
    if (m_source.view) {
        m_range = new QComboBox(this);
        m_range->setObjectName(QStringLiteral("range"));
        m_range->addItem(tr("The filter's dates"), false);
        m_range->addItem(tr("The dates on screen"), true);
        m_range->setCurrentIndex(settings.value(kRangeKey, false).toBool() ? 1 : 0);
    }
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("preset"));
    m_preset->addItem(tr("As on screen"), int(Preset::Screen));
    m_preset->addItem(tr("A4 portrait"), int(Preset::A4Portrait));
    m_preset->addItem(tr("A4 landscape"), int(Preset::A4Landscape));
    m_preset->addItem(tr("Slide (16:9)"), int(Preset::Slide));
    m_preset->addItem(tr("Newspaper column (8.5 cm wide)"), int(Preset::Column));
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
    m_size->setObjectName(QStringLiteral("printSize"));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filePath"));
    auto *browseButton = new QToolButton(this);
    browseButton->setText(tr("Browse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Caption:"), m_caption);
    form->addRow(tr("Credit line:"), m_credit);
    if (m_range)
        form->addRow(tr("Dates:"), m_range);
    form->addRow(tr("Page:"), m_preset);
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
    if (const int index = m_preset->findData(settings.value(kPresetKey, int(Preset::Screen)).toInt()); index >= 0)
        m_preset->setCurrentIndex(index);

    connect(browseButton, &QToolButton::clicked, this, &ExportDialog::browse);
    connect(m_width, &QSpinBox::valueChanged, this, &ExportDialog::updateSizeLabel);
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportDialog::updateSizeLabel);
    connect(m_title, &QLineEdit::textChanged, this, &ExportDialog::updateSizeLabel);
    connect(m_caption, &QLineEdit::textChanged, this, &ExportDialog::updateSizeLabel);
    connect(m_credit, &QLineEdit::textChanged, this, &ExportDialog::updateSizeLabel);
    if (m_range)
        connect(m_range, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSizeLabel);
    // A page preset sets the print width at the resolution; the user may still change it after.
    auto presetWidth = [this] {
        if (const int width = presetPixelWidth(preset(), m_dpi->value()); width > 0)
            m_width->setValue(width);
        updateSizeLabel();
    };
    connect(m_preset, &QComboBox::currentIndexChanged, this, presetWidth);
    m_lastDpi = m_dpi->value();
    connect(m_dpi, &QSpinBox::valueChanged, this, [this] {
        // Paper keeps its size in centimetres, unless the user chose a width of their own.
        const int before = presetPixelWidth(preset(), m_lastDpi);
        if (before > 0 && preset() != Preset::Slide && m_width->value() == before)
            m_width->setValue(presetPixelWidth(preset(), m_dpi->value()));
        m_lastDpi = m_dpi->value();
    });
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
    // Room for a file path and, in Arabic, for the wider button row.
    setMinimumWidth(std::max(minimumSizeHint().width(), 480));
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

QSizeF ExportDialog::pageSize(Preset preset)
{
    // Logical pixels at 96 per inch, the scale the views are drawn at: A4 is 210 × 297 mm.
    switch (preset) {
    case Preset::A4Portrait:
        return {794, 1123};
    case Preset::A4Landscape:
        return {1123, 794};
    case Preset::Slide:
        return {1280, 720};
    case Preset::Column:
        return {360, 480}; // printed 8.5 cm wide: the text comes out at a column's reading size
    case Preset::Screen:
        break;
    }
    return {};
}

int ExportDialog::presetPixelWidth(Preset preset, int dpi)
{
    auto at = [dpi](double millimetres) { return int(std::lround(millimetres / 25.4 * dpi)); };
    switch (preset) {
    case Preset::A4Portrait:
        return at(210);
    case Preset::A4Landscape:
        return at(297);
    case Preset::Slide:
        return 1920; // a full-HD projector, whatever the DPI
    case Preset::Column:
        return at(85);
    case Preset::Screen:
        break;
    }
    return 0;
}

ExportDialog::Preset ExportDialog::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

void ExportDialog::setPreset(Preset preset)
{
    if (const int index = m_preset->findData(int(preset)); index >= 0)
        m_preset->setCurrentIndex(index);
}

bool ExportDialog::screenRange() const
{
    return m_range && m_range->currentData().toBool();
}

void ExportDialog::setScreenRange(bool screen)
{
    if (m_range)
        m_range->setCurrentIndex(screen ? 1 : 0);
}

void ExportDialog::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void ExportDialog::setCredit(const QString &credit)
{
    m_credit->setText(credit);
}

ReportExporter ExportDialog::exporter() const
{
    ReportInfo info = m_source.info ? m_source.info(screenRange()) : m_info;
    info.title = m_title->text();
    info.caption = m_caption->text();
    info.credit = m_credit->text();
    ReportExporter exporter(m_view, info);
    exporter.setPageSize(pageSize(preset()));
    exporter.setPixelWidth(m_width->value());
    exporter.setDpi(m_dpi->value());
    // Drawn afresh at the page's room for the view: nothing of the screen's passing state comes along.
    if (m_source.view)
        if (QWidget *fresh = m_source.view(screenRange(), exporter.viewSize()))
            exporter.setView(fresh);
    return exporter;
}

void ExportDialog::updateSizeLabel()
{
    const QSize size = exporter().imageSize();
    const double inchesWide = double(size.width()) / m_dpi->value();
    // In the digits of the fields above it (the dialog's locale: Arabic-Indic in Arabic).
    QLocale digits = m_width->locale();
    digits.setNumberOptions(QLocale::OmitGroupSeparator);
    m_size->setText(tr("%1 × %2 pixels, %3 × %4 cm printed")
                        .arg(digits.toString(size.width()), digits.toString(size.height()),
                             digits.toString(inchesWide * 2.54, 'f', 1),
                             digits.toString(double(size.height()) / m_dpi->value() * 2.54, 'f', 1)));
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
    settings.setValue(kPresetKey, int(preset()));
    settings.setValue(kCreditKey, m_credit->text());
    if (m_range)
        settings.setValue(kRangeKey, screenRange());
    return true;
}

void ExportDialog::copyNow()
{
    exporter().copyToClipboard();
}

} // namespace rasad
