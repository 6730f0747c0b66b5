#include "export/ReportExporter.h"

#include "common/ExplorerState.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QHash>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QSvgGenerator>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace rasad {

namespace {

constexpr double kMargin = 24.0;
constexpr double kTitlePx = 22.0;
constexpr double kSubtitlePx = 14.0;
constexpr double kLegendPx = 13.0;
constexpr double kFooterPx = 11.0;
constexpr double kLegendRow = 24.0;
constexpr double kCaptionPx = 13.0;

QFont reportFont(const QWidget *view, double pixelSize, bool bold = false)
{
    QFont font = view ? view->font() : QFont();
    // An Arabic face after the interface one, so Arabic shapes even when the interface font lacks it.
    font.setFamilies({font.family(), QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Noto Sans Arabic")});
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setBold(bold);
    return font;
}

QString footerText(const ReportInfo &info)
{
    QString text;
    if (!info.sources.isEmpty())
    {
        // Each name isolated: Latin file names inside an Arabic line must not reorder each other.
        QStringList isolated;
        for (const QString &source : info.sources)
            isolated.append(QChar(0x2068) + source + QChar(0x2069));
        // Citations hold commas: a semicolon between them.
        const bool arabic = info.direction == Qt::RightToLeft;
        text =
            ReportExporter::tr("Sources: %1").arg(isolated.join(arabic ? QStringLiteral("؛ ") : QStringLiteral("; ")));
    }
    else
        text = ReportExporter::tr("Sources: none shown");
    if (!info.credit.trimmed().isEmpty())
        text += QStringLiteral(" — ") + info.credit.trimmed();
    return text + QStringLiteral(" — ") + ReportExporter::tr("Rasad, %1").arg(QChar(0x2066) + QDate::currentDate().toString(Qt::ISODate) + QChar(0x2069));
}

/** Legend entries flowed into rows that fit `width`; each row lists indexes into the legend. */
QList<QList<int>> legendRows(const ReportInfo &info, const QFont &font, double width)
{
    QList<QList<int>> rows;
    const QFontMetricsF fm(font);
    double x = 0;
    for (int i = 0; i < info.legend.size(); ++i) {
        const double w = 30 + fm.horizontalAdvance(info.legend[i].label) + 18;
        if (rows.isEmpty() || (x + w > width && !rows.last().isEmpty())) {
            rows.append(QList<int>());
            x = 0;
        }
        rows.last().append(i);
        x += w;
    }
    return rows;
}

/** Height of `text` wrapped into `width` with `font`, at least one line. */
double wrappedHeight(const QFont &font, double width, const QString &text)
{
    const QFontMetricsF fm(font);
    if (text.isEmpty())
        return 0;
    const QRectF r = fm.boundingRect(QRectF(0, 0, width, 100000), Qt::TextWordWrap, text);
    return std::max(r.height(), fm.height()) + fm.descent();
}

} // namespace

ReportExporter::ReportExporter(QWidget *view, ReportInfo info) : m_view(view), m_info(std::move(info)) {}

namespace {
/** What a widget shows: a graphics view's viewport (not its scroll bars), else the widget. */
QSize shownSize(const QWidget *view)
{
    if (!view)
        return {640, 480};
    if (auto *gv = qobject_cast<const QGraphicsView *>(view))
        return gv->viewport()->size();
    return view->size();
}
} // namespace

double ReportExporter::contentWidth() const
{
    return m_page.isEmpty() ? shownSize(m_view).width() : std::max(40.0, m_page.width() - 2 * kMargin);
}

QSize ReportExporter::viewSize() const
{
    if (m_page.isEmpty())
        return shownSize(m_view);
    const double room = m_page.height() - headerHeight() - footerHeight();
    return {int(std::floor(contentWidth())), std::max(40, int(std::floor(room)))};
}

namespace {
void setDotsPerInch(QImage &image, int dpi)
{
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
}
} // namespace

double ReportExporter::headerHeight() const
{
    const double width = contentWidth();
    return kMargin + wrappedHeight(reportFont(m_view, kTitlePx, true), width, m_info.title) +
           wrappedHeight(reportFont(m_view, kSubtitlePx), width, m_info.dateRange) +
           wrappedHeight(reportFont(m_view, kSubtitlePx), width, m_info.filter) + 8;
}

double ReportExporter::footerHeight() const
{
    const double width = contentWidth();
    const int rows = int(legendRows(m_info, reportFont(m_view, kLegendPx), width).size());
    double h = 10 + wrappedHeight(reportFont(m_view, kCaptionPx), width, m_info.caption.trimmed());
    h += rows * kLegendRow;
    h += wrappedHeight(reportFont(m_view, kLegendPx), width, m_info.legendNote);
    return h + 8 + wrappedHeight(reportFont(m_view, kFooterPx), width, footerText(m_info)) + kMargin;
}

QSizeF ReportExporter::logicalSize() const
{
    const QSize view = viewSize();
    const QSizeF natural(view.width() + 2 * kMargin, headerHeight() + view.height() + footerHeight());
    if (m_page.isEmpty())
        return natural;
    // A page too short for its header and footer grows rather than hide the view.
    return {m_page.width(), std::max(m_page.height(), natural.height())};
}

QSize ReportExporter::imageSize() const
{
    const QSizeF logical = logicalSize();
    const int width = std::max(1, m_pixelWidth);
    return {width, std::max(1, int(std::lround(width * logical.height() / logical.width())))};
}

void ReportExporter::paint(QPainter &painter) const
{
    const QSizeF page = logicalSize();
    const QSize view = viewSize();
    const bool rtl = m_info.direction == Qt::RightToLeft;
    // Absolute: with a right-to-left text direction Qt would otherwise mirror AlignRight back to the left.
    const Qt::Alignment leading = Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft);
    const double innerWidth = page.width() - 2 * kMargin;

    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), page), Qt::white);

    QTextOption option(leading | Qt::AlignVCenter);
    option.setTextDirection(m_info.direction);
    option.setWrapMode(QTextOption::WordWrap);

    // Header: title and the date range shown.
    double y = kMargin;
    painter.setPen(QColor(0x20, 0x20, 0x20));
    const QFont titleFont = reportFont(m_view, kTitlePx, true);
    painter.setFont(titleFont);
    const double titleHeight = wrappedHeight(titleFont, innerWidth, m_info.title);
    painter.drawText(QRectF(kMargin, y, innerWidth, titleHeight), m_info.title, option);
    y += titleHeight;
    const QFont subtitleFont = reportFont(m_view, kSubtitlePx);
    for (const QString &line : {m_info.dateRange, m_info.filter}) {
        if (line.isEmpty())
            continue;
        painter.setPen(QColor(0x50, 0x50, 0x50));
        painter.setFont(subtitleFont);
        const double h = wrappedHeight(subtitleFont, innerWidth, line);
        painter.drawText(QRectF(kMargin, y, innerWidth, h), line, option);
        y += h;
    }
    y = headerHeight();

    // The view: as laid out for the export, or as on screen scaled into the page's room.
    const QRectF target(kMargin, y, view.width(), view.height());
    painter.fillRect(target, Qt::white);
    if (m_view) {
        const QSize shown = shownSize(m_view);
        QRectF fitted = target;
        if (shown != view && shown.width() > 0 && shown.height() > 0) {
            const double scale = std::min(target.width() / shown.width(), target.height() / shown.height());
            fitted.setSize(QSizeF(shown) * scale);
            fitted.moveCenter(target.center());
        }
        painter.save();
        painter.setClipRect(target);
        if (auto *gv = qobject_cast<QGraphicsView *>(m_view.data())) {
            gv->render(&painter, fitted, gv->viewport()->rect(), Qt::IgnoreAspectRatio);
        } else {
            painter.translate(fitted.topLeft());
            painter.scale(fitted.width() / shown.width(), fitted.height() / shown.height());
            m_view->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        }
        painter.restore();
    }
    painter.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(target);
    y += view.height() + 10;

    // The user's caption, under the picture.
    if (const QString caption = m_info.caption.trimmed(); !caption.isEmpty()) {
        const QFont captionFont = reportFont(m_view, kCaptionPx);
        painter.setFont(captionFont);
        painter.setPen(QColor(0x20, 0x20, 0x20));
        const double h = wrappedHeight(captionFont, innerWidth, caption);
        painter.drawText(QRectF(kMargin, y, innerWidth, h), caption, option);
        y += h;
    }

    // Legend, flowed from the leading side.
    const QFont legendFont = reportFont(m_view, kLegendPx);
    painter.setFont(legendFont);
    const QFontMetricsF fm(legendFont);
    for (const QList<int> &row : legendRows(m_info, legendFont, innerWidth)) {
        double x = 0; // distance from the leading edge
        for (int i : row) {
            const ReportLegendEntry &entry = m_info.legend[i];
            const double textWidth = fm.horizontalAdvance(entry.label);
            const double itemWidth = 30 + textWidth;
            const double left = rtl ? kMargin + innerWidth - x - itemWidth : kMargin + x;
            const double mid = y + kLegendRow / 2;
            const double swatchLeft = rtl ? left + textWidth + 8 : left;
            painter.setPen(Qt::NoPen);
            painter.setBrush(entry.colour);
            if (entry.line)
                painter.drawRect(QRectF(swatchLeft, mid - 2, 22, 4));
            else
                painter.drawEllipse(QPointF(swatchLeft + 11, mid), 7, 7);
            painter.setPen(QColor(0x20, 0x20, 0x20));
            const double textLeft = rtl ? left : left + 30;
            QTextOption one(Qt::AlignVCenter | leading);
            one.setTextDirection(m_info.direction);
            painter.drawText(QRectF(textLeft, y, textWidth + 1, kLegendRow), entry.label, one);
            x += itemWidth + 18;
        }
        y += kLegendRow;
    }
    if (!m_info.legendNote.isEmpty()) {
        painter.setPen(QColor(0x50, 0x50, 0x50));
        const double noteHeight = wrappedHeight(legendFont, innerWidth, m_info.legendNote);
        painter.drawText(QRectF(kMargin, y, innerWidth, noteHeight), m_info.legendNote, option);
        y += noteHeight;
    }

    // Footer: the sources behind what is shown.
    y += 8;
    painter.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0.8));
    painter.drawLine(QPointF(kMargin, y - 4), QPointF(kMargin + innerWidth, y - 4));
    painter.setPen(QColor(0x50, 0x50, 0x50));
    painter.setFont(reportFont(m_view, kFooterPx));
    QTextOption footerOption(leading | Qt::AlignTop);
    footerOption.setTextDirection(m_info.direction);
    footerOption.setWrapMode(QTextOption::WordWrap);
    painter.drawText(QRectF(kMargin, y, innerWidth, page.height() - y), footerText(m_info), footerOption);
}

int ReportExporter::layoutDpi() const
{
    return m_view ? m_view->logicalDpiX() : 96;
}

QImage ReportExporter::renderImage() const
{
    const QSize size = imageSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    // Painted at the view's own DPI, so the scene's point-sized fonts keep their size against its
    // geometry; the asked DPI is only the file's print size, set once the picture is made.
    setDotsPerInch(image, layoutDpi());
    QPainter painter(&image);
    const double scale = size.width() / logicalSize().width();
    painter.scale(scale, scale);
    paint(painter);
    painter.end();
    setDotsPerInch(image, m_dpi);
    return image;
}

bool ReportExporter::exportTo(const QString &path, Format format, QString *error) const
{
    auto fail = [&](const QString &problem) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), problem);
        return false;
    };
    if (m_pixelWidth < 16 || m_pixelWidth > 30000)
        return fail(tr("width must be between 16 and 30000 pixels"));
    if (m_dpi < 36 || m_dpi > 2400)
        return fail(tr("resolution must be between 36 and 2400 DPI"));

    if (format == Format::Png) {
        QImageWriter writer(path, "png");
        if (!writer.write(renderImage()))
            return fail(writer.errorString());
        return true;
    }

    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(file.errorString());
    const QSizeF logical = logicalSize();
    if (format == Format::Svg) {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(imageSize());
        generator.setResolution(layoutDpi()); // see renderImage(): fonts in points must match the view
        generator.setViewBox(QRectF(QPointF(0, 0), logical));
        // QSvgGenerator writes both as they are: an address's '&' would break the XML.
        generator.setTitle(m_info.title.toHtmlEscaped());
        generator.setDescription(footerText(m_info).toHtmlEscaped());
        QPainter painter;
        if (!painter.begin(&generator))
            return fail(tr("cannot start the SVG writer"));
        paint(painter);
        painter.end();
    } else {
        QPdfWriter writer(&file);
        writer.setResolution(layoutDpi()); // the page keeps the asked print size; fonts match the view
        writer.setCreator(QStringLiteral("Rasad"));
        writer.setTitle(m_info.title);
        const QSize pixels = imageSize();
        const QSizeF points(pixels.width() * 72.0 / m_dpi, pixels.height() * 72.0 / m_dpi);
        writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(tr("cannot start the PDF writer"));
        const double scale = writer.width() / logical.width();
        painter.scale(scale, scale);
        paint(painter);
        painter.end();
    }
    file.close();
    if (file.error() != QFileDevice::NoError)
        return fail(file.errorString());
    return true;
}

void ReportExporter::copyToClipboard() const
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setImage(renderImage());
}

std::optional<ReportExporter::Format> ReportExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("png"))
        return Format::Png;
    return std::nullopt; // not PNG: a name that says nothing must not choose a format
}

QString ReportExporter::suffix(Format format)
{
    switch (format) {
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Png:
        break;
    }
    return QStringLiteral("png");
}

QString ReportExporter::citation(const Article &a, const DisplayFormat &format)
{
    return format.citation(a);
}

QStringList ReportExporter::sourcesOf(const ExplorerState &state, const QDate &fromDate, const QDate &toDate, int limit)
{
    const Dataset &data = state.dataset();
    QHash<qint64, const Article *> articleOf;
    for (const Article &a : data.articles)
        articleOf.insert(a.id, &a);
    const QDate from = fromDate.isValid() || toDate.isValid() ? fromDate : state.windowStart();
    const QDate to = fromDate.isValid() || toDate.isValid() ? toDate : state.windowEnd();
    QHash<QString, int> counts;
    QHash<QString, QDate> published;
    for (const Event *e : state.visibleEvents()) {
        if (e->date.isValid() && ((from.isValid() && e->date.end < from) || (to.isValid() && e->date.start > to)))
            continue;
        QSet<QString> cited; // an event citing one article twice counts it once
        for (const EventSource &s : e->sources) {
            const Article *a = articleOf.value(s.articleId);
            const QString name = a ? state.format().citation(*a) : s.fileName;
            if (name.isEmpty() || cited.contains(name))
                continue;
            cited.insert(name);
            ++counts[name];
            if (a)
                published.insert(name, a->published);
        }
    }
    QStringList names = counts.keys();
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        if (counts[a] != counts[b])
            return counts[a] > counts[b];
        if (published.value(a) != published.value(b))
            return published.value(a) < published.value(b);
        return a < b;
    });
    if (limit > 0 && names.size() > limit) {
        const int more = int(names.size()) - limit;
        names.resize(limit);
        names.append(tr("and %n more article(s)", nullptr, more));
    }
    return names;
}

QString ReportExporter::filterInWords(const ExplorerState &state)
{
    const EventFilter &f = state.filter();
    const DisplayFormat &format = state.format();
    const QString comma = format.isArabic() ? QStringLiteral("، ") : QStringLiteral(", ");
    QStringList parts;
    if (f.from.isValid() && f.to.isValid())
        parts.append(tr("from %1 to %2").arg(format.date(f.from), format.date(f.to)));
    else if (f.from.isValid())
        parts.append(tr("from %1").arg(format.date(f.from)));
    else if (f.to.isValid())
        parts.append(tr("until %1").arg(format.date(f.to)));
    if (!f.actorIds.isEmpty()) {
        QStringList names;
        for (qint64 id : f.actorIds)
            if (const Actor *a = state.actorById(id))
                names.append(format.isArabic() || a->nameEn.isEmpty() ? a->name : a->nameEn);
        names.sort();
        parts.append(tr("people: %1").arg(names.join(comma)));
    }
    if (!f.countries.isEmpty()) {
        QStringList names;
        for (const QString &iso : f.countries)
            names.append(format.countryName(iso));
        parts.append(tr("countries: %1").arg(names.join(comma)));
    }
    if (!f.types.isEmpty()) {
        QStringList names;
        for (const QString &type : f.types)
            names.append(format.eventTypeName(eventTypeFromName(type)));
        parts.append(tr("types: %1").arg(names.join(comma)));
    }
    if (!f.topics.isEmpty()) {
        QStringList names;
        for (const QString &topic : f.topics)
            names.append(format.topicName(topic));
        parts.append(tr("topics: %1").arg(names.join(comma)));
    }
    if (!f.text.trimmed().isEmpty())
        parts.append(tr("search: “%1”").arg(f.text.trimmed()));
    if (f.withUnconfirmed)
        parts.append(tr("denied and hypothetical contacts included"));
    if (parts.isEmpty())
        return tr("All contacts");
    return tr("Filter: %1").arg(parts.join(QStringLiteral(" · ")));
}

} // namespace rasad
