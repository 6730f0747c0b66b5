#include "mainwindow/SlideShow.h"

#include "common/Counts.h"
#include "common/EventPalette.h"
#include "common/ExplorerState.h"
#include "export/ReportExporter.h"
#include "reader/DetailsPanel.h"
#include "timeline/TimeAxis.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace rasad {

namespace {
// The slide is designed at 1280×720 and scaled from there; sizes below are pixels at that size.
constexpr double kDesignWidth = 1280;
constexpr double kDesignHeight = 720;
constexpr int kMaxCards = 5; // more would shrink names below what the back of a classroom reads

QString actorName(const Actor &a, const DisplayFormat &f)
{
    return (!f.isArabic() && !a.nameEn.isEmpty()) ? a.nameEn : a.name;
}

/** The office the actor held on `day` in the interface language, else the part they played in the contact. */
QString roleOn(const Actor &a, const Participant &p, const QDate &day, const DisplayFormat &f)
{
    const Role *held = nullptr;
    for (const Role &r : a.roles)
        if (!day.isValid() || r.heldOn(day)) {
            held = &r;
            break;
        }
    if (held) {
        const QString title = (!f.isArabic() && !held->titleEn.isEmpty()) ? held->titleEn : held->title;
        if (!title.isEmpty())
            return title;
    }
    return p.part.isEmpty() ? QString() : DetailsPanel::partName(p.part);
}

/** The source a slide quotes: the surest one that has its sentence. */
const EventSource *quotedSource(const Event &e)
{
    const EventSource *best = nullptr;
    for (const EventSource &s : e.sources)
        if (!s.evidence.trimmed().isEmpty() && (!best || s.confidence > best->confidence))
            best = &s;
    return best ? best : (e.sources.isEmpty() ? nullptr : &e.sources.first());
}

/** `text` as a paragraph in the interface's direction, whatever script it starts with (an Arabic place name on an
 * English slide stays at the left, its comma after it). */
QString inDirection(const QString &text, const DisplayFormat &f)
{
    return text.isEmpty() ? text : QChar(f.direction() == Qt::RightToLeft ? 0x200F : 0x200E) + text;
}

QFont pixelFont(const QFont &base, double px, bool bold = false)
{
    QFont f = base;
    f.setPixelSize(std::max(8, int(std::lround(px))));
    f.setBold(bold);
    return f;
}
} // namespace

/**
 * A wrapped label that takes the largest type, between two sizes, at which its text fits the room the
 * layout gives it; at the smallest size it cuts the text at a word and ends it with "…". A long
 * evidence sentence is never clipped, and a short one is as large as the slide allows.
 */
class SlideFitLabel : public QLabel
{
public:
    explicit SlideFitLabel(QWidget *parent) : QLabel(parent)
    {
        setWordWrap(true);
        // The layout hands it whatever is left; it never asks for room by its text.
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    }
    void setFitText(const QString &text)
    {
        m_full = text;
        fit();
    }
    QString fullText() const { return m_full; }
    void setPixelRange(int smallest, int largest)
    {
        m_min = smallest;
        m_max = std::max(smallest, largest);
        fit();
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        fit();
    }

private:
    bool fits(const QFont &font, const QString &text, const QRect &room) const
    {
        const QRect need = QFontMetrics(font).boundingRect(QRect(0, 0, room.width(), 1 << 20),
                                                           int(alignment()) | Qt::TextWordWrap, text);
        return need.height() <= room.height() && need.width() <= room.width();
    }
    void fit()
    {
        const QRect room = contentsRect();
        QFont f = font();
        if (room.width() <= 0 || room.height() <= 0 || m_full.isEmpty()) {
            setText(m_full);
            return;
        }
        for (int px = m_max; px >= m_min; --px) {
            f.setPixelSize(px);
            if (fits(f, m_full, room)) {
                setFont(f);
                setText(m_full);
                return;
            }
        }
        f.setPixelSize(m_min);
        setFont(f);
        QStringList words = m_full.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString ellipsis = QStringLiteral("…");
        while (words.size() > 1 && !fits(f, words.join(QLatin1Char(' ')) + ellipsis, room))
            words.removeLast();
        setText(words.join(QLatin1Char(' ')) + ellipsis);
    }

    QString m_full;
    int m_min = 12;
    int m_max = 34;
};

/**
 * Where the slide's contact sits among the others: every filtered contact as a dot on a line of time
 * (running right to left in Arabic, as the timeline does), this one large, planned ones hollow.
 */
class SlideStrip : public QWidget
{
public:
    explicit SlideStrip(QWidget *parent) : QWidget(parent)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    void setContacts(const QList<const Event *> &events, qint64 current, const DisplayFormat &format)
    {
        m_events.clear();
        for (const Event *e : events)
            if (e->date.isValid())
                m_events.append(e);
        m_current = current;
        m_format = format;
        update();
    }
    /** Room for the dots, the marker, and a row of months with a row of years under them. */
    int preferredHeight() const { return int(std::ceil(labelTop() + 2 * QFontMetricsF(font()).lineSpacing() + 4)); }
    /** Strip x of a day's middle, for tests. */
    double xOf(const QDate &day) const
    {
        const auto [from, to] = span();
        const double left = margin();
        const double width = std::max(1.0, double(this->width()) - 2 * left);
        const double t = (double(from.daysTo(day)) + 0.5) / double(std::max<qint64>(1, from.daysTo(to) + 1));
        return m_format.direction() == Qt::RightToLeft ? left + width * (1 - t) : left + width * t;
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setLayoutDirection(m_format.direction());
        const QPalette pal = palette();
        const double lineY = this->lineY();
        const double left = margin();
        const double right = width() - margin();
        p.setPen(QPen(pal.color(QPalette::Mid), 2));
        p.drawLine(QPointF(left, lineY), QPointF(right, lineY));
        if (m_events.isEmpty())
            return;
        const auto [from, to] = span();
        // Month or year ticks and labels, as the timeline's axis words them; a label that would touch
        // the one before it is left out.
        const double ppd = (right - left) / double(std::max<qint64>(1, from.daysTo(to) + 1));
        const TimeAxis::Unit unit = std::max(TimeAxis::unitFor(ppd), TimeAxis::Unit::Month);
        const QFontMetricsF fm(font());
        p.setFont(font());
        double lastEdge = m_format.direction() == Qt::RightToLeft ? 1e9 : -1e9;
        const bool rtl = m_format.direction() == Qt::RightToLeft;
        auto drawLabels = [&](const QList<TimeAxis::Tick> &ticks, double y, bool bold) {
            QFont f = font();
            f.setBold(bold);
            p.setFont(f);
            const QFontMetricsF m(f);
            lastEdge = rtl ? 1e9 : -1e9;
            for (const TimeAxis::Tick &t : ticks) {
                // A year that began before the strip is named at the strip's start.
                if (t.next <= from || t.label.isEmpty())
                    continue;
                const double x = xOf(std::max(t.date, from));
                if (x < left - 1 || x > right + 1)
                    continue;
                p.setPen(QPen(pal.color(QPalette::Mid), 1));
                if (t.date >= from)
                    p.drawLine(QPointF(x, lineY - 5), QPointF(x, lineY + 5));
                const double w = m.horizontalAdvance(t.label) + 4;
                // The label starts at its tick and runs the way time does.
                const double a = rtl ? x - w : x;
                if (a < 0 || a + w > width() || (rtl ? a + w > lastEdge - 8 : a < lastEdge + 8))
                    continue;
                p.setPen(pal.color(QPalette::WindowText));
                p.drawText(QRectF(a, y, w, m.height()), Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft),
                           t.label);
                lastEdge = rtl ? a : a + w;
            }
        };
        if (unit == TimeAxis::Unit::Month) {
            drawLabels(TimeAxis::ticks(unit, from, to, ppd, m_format), labelTop(), false);
            drawLabels(TimeAxis::contextTicks(unit, from, to, m_format), labelTop() + fm.lineSpacing(), true);
        } else {
            drawLabels(TimeAxis::ticks(TimeAxis::Unit::Year, from, to, ppd, m_format), labelTop(), true);
        }
        const double r = radius();
        const Event *current = nullptr;
        for (const Event *e : m_events) {
            if (e->id == m_current) {
                current = e;
                continue;
            }
            drawDot(p, *e, r);
        }
        if (current) {
            const double x = xOf(current->date.start);
            p.setPen(QPen(pal.color(QPalette::WindowText), 2));
            p.drawLine(QPointF(x, lineY - r * 3.2), QPointF(x, lineY - r * 2.2));
            drawDot(p, *current, r * 2.1);
        }
    }

private:
    double margin() const { return std::max(16.0, width() * 0.04); }
    double radius() const { return std::max(3.0, QFontMetricsF(font()).height() * 0.28); }
    double lineY() const { return radius() * 3.6 + 2; }
    double labelTop() const { return lineY() + radius() * 2.1 + 2; }
    std::pair<QDate, QDate> span() const
    {
        QDate from = m_events.first()->date.start;
        QDate to = m_events.first()->date.end;
        for (const Event *e : m_events) {
            from = std::min(from, e->date.start);
            to = std::max(to, e->date.end);
        }
        // A single day or a few: a month around them, so the dot does not sit on the line's end.
        const qint64 pad = std::max<qint64>(15, from.daysTo(to) / 40);
        return {from.addDays(-pad), to.addDays(pad)};
    }
    void drawDot(QPainter &p, const Event &e, double r) const
    {
        const QPointF centre(xOf(e.date.start), lineY());
        const QColor c = EventPalette::color(e.type);
        p.setPen(QPen(c.darker(130), std::max(1.5, r / 4)));
        // Hollow: announced, not (yet) held; the slide says so in words too.
        p.setBrush(e.factuality == Factuality::Happened && !e.planned ? QBrush(c)
                                                                      : QBrush(palette().color(QPalette::Window)));
        p.drawEllipse(centre, r, r);
    }

    QList<const Event *> m_events;
    qint64 m_current = 0;
    DisplayFormat m_format;
};

SlideShow::SlideShow(ExplorerState *state, QWidget *parent) : QWidget(parent, Qt::Window), m_state(state)
{
    setObjectName(QStringLiteral("slideShow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setFocusPolicy(Qt::StrongFocus);
    // Dark text on a warm white: what reads best on a washed-out projector.
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xFB, 0xFA, 0xF6));
    pal.setColor(QPalette::WindowText, QColor(0x1D, 0x24, 0x30));
    pal.setColor(QPalette::Mid, QColor(0x9A, 0xA0, 0xA8));
    setPalette(pal);
    setAutoFillBackground(true);

    auto *outer = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_type = new QLabel(this);
    m_type->setObjectName(QStringLiteral("slideType"));
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("slideCounter"));
    top->addWidget(m_type);
    top->addStretch(1);
    top->addWidget(m_counter);
    outer->addLayout(top);
    m_date = new QLabel(this);
    m_date->setObjectName(QStringLiteral("slideDate"));
    m_date->setWordWrap(true);
    m_place = new QLabel(this);
    m_place->setObjectName(QStringLiteral("slidePlace"));
    m_place->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("slideStatus"));
    m_status->setStyleSheet(QStringLiteral("QLabel#slideStatus { background: #FFE3B3; color: #6B3B00; "
                                           "border: 1px solid #E0A040; border-radius: 6px; padding: 4px 12px; }"));
    outer->addWidget(m_date);
    outer->addWidget(m_place);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addStretch(1);
    outer->addLayout(statusRow);
    m_cardArea = new QWidget(this);
    m_cardLayout = new QHBoxLayout(m_cardArea);
    m_cardLayout->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_cardArea);
    m_quote = new SlideFitLabel(this);
    m_quote->setObjectName(QStringLiteral("slideQuote"));
    m_quote->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    outer->addWidget(m_quote, 1);
    m_citation = new QLabel(this);
    m_citation->setObjectName(QStringLiteral("slideCitation"));
    m_citation->setWordWrap(true);
    m_citation->setTextInteractionFlags(Qt::NoTextInteraction);
    QPalette muted = pal;
    muted.setColor(QPalette::WindowText, QColor(0x4A, 0x52, 0x5E));
    m_citation->setPalette(muted);
    outer->addWidget(m_citation);
    m_strip = new SlideStrip(this);
    m_strip->setObjectName(QStringLiteral("slideStrip"));
    outer->addWidget(m_strip);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("slideHint"));
    QPalette faint = pal;
    faint.setColor(QPalette::WindowText, QColor(0x8A, 0x90, 0x98));
    m_hint->setPalette(faint);
    m_hint->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_hint);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("slideEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    outer->addWidget(m_empty, 1);

    connect(state, &ExplorerState::datasetChanged, this, &SlideShow::rebuild);
    connect(state, &ExplorerState::recordsChanged, this, &SlideShow::rebuild);
    connect(state, &ExplorerState::filterChanged, this, &SlideShow::rebuild);
    connect(state, &ExplorerState::formatChanged, this, &SlideShow::refresh);
    rebuild();
    resize(int(kDesignWidth), int(kDesignHeight));
    applyFonts();
}

SlideShow::~SlideShow() = default;

qint64 SlideShow::currentEvent() const
{
    return m_index >= 0 && m_index < m_slides.size() ? m_slides.at(m_index)->id : 0;
}

void SlideShow::rebuild()
{
    // By id, not through m_slides: a new dataset has already freed the events those pointers point to.
    const qint64 keep = m_shownId;
    // The filter's contacts in date order, undated ones last (ExplorerState keeps them so).
    m_slides = m_state ? m_state->visibleEvents() : QList<const Event *>();
    m_index = m_slides.isEmpty() ? -1 : 0;
    for (qsizetype i = 0; i < m_slides.size(); ++i)
        if (m_slides.at(i)->id == keep)
            m_index = i;
    refresh();
}

void SlideShow::startAt(qint64 eventId)
{
    m_index = m_slides.isEmpty() ? -1 : 0;
    for (qsizetype i = 0; i < m_slides.size(); ++i)
        if (m_slides.at(i)->id == eventId)
            m_index = i;
    refresh();
}

bool SlideShow::goTo(qsizetype index)
{
    if (m_slides.isEmpty())
        return false;
    const qsizetype next = std::clamp<qsizetype>(index, 0, m_slides.size() - 1);
    if (next != m_index) {
        m_index = next;
        refresh();
    }
    return true;
}

bool SlideShow::step(int direction)
{
    const qsizetype next = m_index + (direction > 0 ? 1 : -1);
    if (m_slides.isEmpty() || direction == 0 || next < 0 || next >= m_slides.size())
        return false;
    return goTo(next);
}

void SlideShow::clearCards()
{
    for (QWidget *card : std::as_const(m_cards))
        delete card;
    m_cards.clear();
    while (QLayoutItem *item = m_cardLayout->takeAt(0))
        delete item;
}

void SlideShow::refresh()
{
    m_shownId = currentEvent();
    if (!m_state)
        return;
    const DisplayFormat &f = m_state->format();
    setLayoutDirection(f.direction());
    setWindowTitle(tr("Rasad — presentation"));
    const bool rtl = f.direction() == Qt::RightToLeft;
    // The arrow that points to the next slide: the way the reader reads and the strip's time runs.
    m_hint->setText(
        tr("%1, Space or Page Down: next   %2 or Page Up: back   Home, End: first, last   Esc: leave")
            .arg(rtl ? QStringLiteral("←") : QStringLiteral("→"), rtl ? QStringLiteral("→") : QStringLiteral("←")));
    clearCards();
    const Event *e = m_index >= 0 && m_index < m_slides.size() ? m_slides.at(m_index) : nullptr;
    for (QWidget *w :
         {static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_counter), static_cast<QWidget *>(m_date),
          static_cast<QWidget *>(m_place), static_cast<QWidget *>(m_cardArea), static_cast<QWidget *>(m_quote),
          static_cast<QWidget *>(m_citation), static_cast<QWidget *>(m_strip)})
        w->setVisible(e != nullptr);
    m_empty->setVisible(e == nullptr);
    m_empty->setText(tr("No contact passes the filter. Escape returns to the explorer, where the filter can be "
                        "changed."));
    if (!e) {
        m_status->hide();
        return;
    }
    m_counter->setText(tr("%1 / %2").arg(f.number(m_index + 1), f.number(m_slides.size())));
    m_type->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                        .arg(EventPalette::color(e->type).name(), f.eventTypeName(e->type).toHtmlEscaped()));
    m_date->setText(e->date.isValid() ? f.fuzzyDate(e->date) : tr("Date not known"));
    if (e->location.isEmpty())
        m_place->setText(e->locationCountry.isEmpty() ? tr("Place not stated") : f.countryName(e->locationCountry));
    else if (e->locationCountry.isEmpty())
        m_place->setText(inDirection(f.placeName(e->location), f));
    else
        m_place->setText(inDirection(f.placeName(e->location) + (f.isArabic() ? QStringLiteral("، ") : QStringLiteral(", ")) +
                                         f.countryName(e->locationCountry),
                                     f));

    QString status;
    if (e->factuality == Factuality::Planned || e->planned)
        status = tr("Planned: announced, not yet held");
    else if (e->factuality == Factuality::Denied)
        status = tr("Denied: the text says this contact did not take place");
    else if (e->factuality == Factuality::Hypothetical)
        status = tr("Supposed or asked about, not reported as held");
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());

    m_cardLayout->addStretch(1);
    qsizetype shown = 0;
    qsizetype people = 0;
    for (const Participant &p : e->participants)
        if (m_state->actorById(p.actorId))
            ++people;
    for (const Participant &p : e->participants) {
        const Actor *a = m_state->actorById(p.actorId);
        if (!a)
            continue;
        if (shown == kMaxCards - 1 && people > kMaxCards) {
            auto *more = new QLabel(Counts::inDigits(tr("and %n more", "", int(people - shown)), f), m_cardArea);
            more->setObjectName(QStringLiteral("slideMoreCards"));
            m_cardLayout->addWidget(more);
            m_cards.append(more);
            break;
        }
        auto *card = new QFrame(m_cardArea);
        card->setObjectName(QStringLiteral("slideCard"));
        const QColor stripe = EventPalette::countryColor(a->country);
        card->setStyleSheet(QStringLiteral("QFrame#slideCard { background: white; border: 1px solid #D5D8DC; "
                                           "border-top: 6px solid %1; border-radius: 8px; }"
                                           "QFrame#slideCard QLabel { border: none; background: transparent; }")
                                .arg(stripe.name()));
        auto *lines = new QVBoxLayout(card);
        auto *name = new QLabel(actorName(*a, f), card);
        name->setObjectName(QStringLiteral("cardName"));
        name->setWordWrap(true);
        name->setAlignment(Qt::AlignCenter);
        lines->addWidget(name);
        const QString role = roleOn(*a, p, e->date.start, f);
        if (!role.isEmpty()) {
            auto *roleLabel = new QLabel(role, card);
            roleLabel->setObjectName(QStringLiteral("cardRole"));
            roleLabel->setWordWrap(true);
            roleLabel->setAlignment(Qt::AlignCenter);
            lines->addWidget(roleLabel);
        }
        if (!a->country.isEmpty()) {
            auto *country = new QLabel(f.countryName(a->country), card);
            country->setObjectName(QStringLiteral("cardCountry"));
            country->setAlignment(Qt::AlignCenter);
            QPalette pal = country->palette();
            pal.setColor(QPalette::WindowText, stripe.darker(110));
            country->setPalette(pal);
            lines->addWidget(country);
        }
        m_cardLayout->addWidget(card);
        m_cards.append(card);
        ++shown;
    }
    m_cardLayout->addStretch(1);

    const EventSource *source = quotedSource(*e);
    const QString evidence = source ? source->evidence.simplified() : QString();
    m_quote->setFitText(evidence.isEmpty() ? tr("(no sentence was kept for this contact)")
                                           : QStringLiteral("«") + evidence + QStringLiteral("»"));
    // An Arabic sentence on an English slide still reads right to left.
    m_quote->setLayoutDirection(evidence.isRightToLeft() ? Qt::RightToLeft : f.direction());
    QString cite;
    if (source) {
        const Article *article = nullptr;
        for (const Article &a : m_state->dataset().articles)
            if (a.id == source->articleId) {
                article = &a;
                break;
            }
        cite = article ? ReportExporter::citation(*article, f) : source->fileName;
        if (e->sources.size() > 1)
            cite +=
                QLatin1Char(' ') + Counts::inDigits(tr("(and %n more source(s))", "", int(e->sources.size() - 1)), f);
    }
    m_citation->setText(cite.isEmpty() ? QString() : inDirection(tr("Source: %1").arg(cite), f));
    m_strip->setContacts(m_slides, e->id, f);
    applyFonts();
    Q_EMIT currentChanged(e->id);
}

void SlideShow::applyFonts()
{
    const double s = std::max(0.4, std::min(width() / kDesignWidth, height() / kDesignHeight));
    const QFont base = font();
    const int side = int(std::lround(56 * s));
    layout()->setContentsMargins(side, int(22 * s), side, int(10 * s));
    layout()->setSpacing(int(std::lround(8 * s)));
    m_counter->setFont(pixelFont(base, 20 * s));
    m_type->setFont(pixelFont(base, 22 * s, true));
    m_date->setFont(pixelFont(base, 42 * s, true));
    m_place->setFont(pixelFont(base, 26 * s));
    m_status->setFont(pixelFont(base, 19 * s, true));
    m_citation->setFont(pixelFont(base, 17 * s));
    m_hint->setFont(pixelFont(base, 12 * s));
    m_empty->setFont(pixelFont(base, 30 * s));
    m_strip->setFont(pixelFont(base, 14 * s));
    m_strip->setFixedHeight(m_strip->preferredHeight());
    m_quote->setPixelRange(int(std::lround(16 * s)), int(std::lround(34 * s)));
    // At least three lines of the smallest type: the sentence is what the slide is for.
    m_quote->setMinimumHeight(QFontMetrics(pixelFont(base, 16 * s)).lineSpacing() * 3);
    m_cardLayout->setSpacing(int(std::lround(20 * s)));
    for (QWidget *card : std::as_const(m_cards)) {
        if (card->objectName() == QLatin1String("slideMoreCards")) {
            card->setFont(pixelFont(base, 24 * s));
            continue;
        }
        card->setMinimumWidth(int(std::lround(180 * s)));
        card->setMaximumWidth(int(std::lround(300 * s)));
        card->layout()->setContentsMargins(int(14 * s), int(8 * s), int(14 * s), int(8 * s));
        card->layout()->setSpacing(int(2 * s));
        for (QLabel *l : card->findChildren<QLabel *>()) {
            if (l->objectName() == QLatin1String("cardName"))
                l->setFont(pixelFont(base, 24 * s, true));
            else if (l->objectName() == QLatin1String("cardRole"))
                l->setFont(pixelFont(base, 18 * s));
            else
                l->setFont(pixelFont(base, 16 * s));
        }
    }
}

void SlideShow::keyPressEvent(QKeyEvent *event)
{
    const bool rtl = m_state && m_state->format().direction() == Qt::RightToLeft;
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_Down:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        step(+1);
        return;
    case Qt::Key_Backspace:
    case Qt::Key_PageUp:
    case Qt::Key_Up:
        step(-1);
        return;
    case Qt::Key_Left:
        step(rtl ? +1 : -1);
        return;
    case Qt::Key_Right:
        step(rtl ? -1 : +1);
        return;
    case Qt::Key_Home:
        goTo(0);
        return;
    case Qt::Key_End:
        goTo(m_slides.size() - 1);
        return;
    case Qt::Key_Escape:
        Q_EMIT closeRequested();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void SlideShow::mousePressEvent(QMouseEvent *event)
{
    // As slide programs do: a click goes on, the other button back.
    if (event->button() == Qt::LeftButton)
        step(+1);
    else if (event->button() == Qt::RightButton)
        step(-1);
    else
        QWidget::mousePressEvent(event);
}

void SlideShow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyFonts();
}

void SlideShow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void SlideShow::closeEvent(QCloseEvent *event)
{
    // Closed by the window manager (Alt+F4): leave presentation mode as Escape does.
    QWidget::closeEvent(event);
    Q_EMIT closeRequested();
}

QString SlideShow::dateText() const
{
    return m_date->text();
}

namespace {
QString withoutMark(QString text)
{
    if (text.startsWith(QChar(0x200E)) || text.startsWith(QChar(0x200F)))
        text.remove(0, 1);
    return text;
}
} // namespace

QString SlideShow::placeText() const
{
    return withoutMark(m_place->text());
}

QString SlideShow::quoteText() const
{
    return m_quote->fullText();
}

QString SlideShow::citationText() const
{
    return withoutMark(m_citation->text());
}

QString SlideShow::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QStringList SlideShow::cardTexts() const
{
    QStringList cards;
    for (QWidget *card : m_cards) {
        if (auto *label = qobject_cast<QLabel *>(card)) {
            cards.append(label->text());
            continue;
        }
        QStringList lines;
        for (QLabel *l : card->findChildren<QLabel *>())
            lines.append(l->text());
        cards.append(lines.join(QLatin1Char('\n')));
    }
    return cards;
}

} // namespace rasad
