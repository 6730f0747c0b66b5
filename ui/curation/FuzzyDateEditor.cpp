#include "curation/FuzzyDateEditor.h"

#include "common/DateField.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace rasad {

namespace {

FuzzyDate dayValue(const QDate &d)
{
    return {d, d, Granularity::Day, {}, {}};
}

FuzzyDate monthValue(const QDate &d)
{
    return {QDate(d.year(), d.month(), 1), QDate(d.year(), d.month(), d.daysInMonth()), Granularity::Month, {}, {}};
}

FuzzyDate yearValue(const QDate &d)
{
    return {QDate(d.year(), 1, 1), QDate(d.year(), 12, 31), Granularity::Year, {}, {}};
}

} // namespace

FuzzyDateEditor::FuzzyDateEditor(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_part(new QComboBox(this))
    , m_start(new DateField(this))
    , m_end(new DateField(this))
    , m_until(new QLabel(tr("to"), this))
    , m_preview(new QLabel(this))
    , m_format(DateField::formatOfLocale())
{
    m_mode->addItem(tr("Unknown"), Unknown);
    m_mode->addItem(tr("Day"), Day);
    m_mode->addItem(tr("Part of a month"), PartOfMonth);
    m_mode->addItem(tr("Month"), Month);
    m_mode->addItem(tr("Year"), Year);
    m_mode->addItem(tr("Range"), Range);
    m_part->addItem(tr("Early (1–10)"), Early);
    m_part->addItem(tr("Mid (11–20)"), Middle);
    m_part->addItem(tr("Late (21–end)"), Late);
    m_start->setBound(DateField::Bound::Start);
    m_end->setBound(DateField::Bound::End);
    for (DateField *field : {m_start, m_end}) {
        field->setMinimumWidth(170);
        field->setPlaceholderText(tr("no date"));
    }
    m_mode->setObjectName(QStringLiteral("dateMode"));
    m_part->setObjectName(QStringLiteral("datePart"));
    m_start->setObjectName(QStringLiteral("dateStart"));
    m_end->setObjectName(QStringLiteral("dateEnd"));
    m_preview->setObjectName(QStringLiteral("datePreview"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mode);
    layout->addWidget(m_part);
    layout->addWidget(m_start);
    layout->addWidget(m_until);
    layout->addWidget(m_end);
    layout->addWidget(m_preview, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        // A precision chosen with nothing typed yet starts from the record's dates.
        if (mode() != Unknown && !m_anchor.isValid())
            m_anchor = m_fallback.isValid() ? m_fallback : QDate::currentDate();
        if (!m_rangeEnd.isValid() || m_rangeEnd < m_anchor)
            m_rangeEnd = m_anchor;
        showDates();
        updateVisibility();
        Q_EMIT valueChanged();
    });
    connect(m_part, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        Q_EMIT valueChanged();
    });
    connect(m_start, &DateField::committed, this, &FuzzyDateEditor::onStartTyped);
    connect(m_end, &DateField::committed, this, &FuzzyDateEditor::onEndTyped);
    showDates();
    updateVisibility();
}

FuzzyDateEditor::Mode FuzzyDateEditor::mode() const
{
    return Mode(m_mode->currentData().toInt());
}

void FuzzyDateEditor::setMode(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(mode));
}

void FuzzyDateEditor::setPart(Part part)
{
    m_part->setCurrentIndex(m_part->findData(part));
}

void FuzzyDateEditor::setDates(const QDate &start, const QDate &end)
{
    m_anchor = start;
    m_rangeEnd = end.isValid() ? end : start;
    showDates();
    updateVisibility();
    Q_EMIT valueChanged();
}

void FuzzyDateEditor::setFormat(const DisplayFormat &format)
{
    m_format = format;
    m_start->setFormat(format);
    m_end->setFormat(format);
    updateVisibility();
}

void FuzzyDateEditor::setCalendarFallback(const QDate &date)
{
    m_fallback = date;
    m_start->setCalendarFallback(date);
    m_end->setCalendarFallback(date);
}

bool FuzzyDateEditor::isAcceptable() const
{
    return m_start->isAcceptable() && (mode() != Range || m_end->isAcceptable());
}

void FuzzyDateEditor::onStartTyped()
{
    const FuzzyDate typed = m_start->value();
    if (!typed.isValid()) {
        // The field emptied: the date is no longer known.
        m_anchor = QDate();
        setMode(Unknown);
        return;
    }
    m_anchor = typed.start;
    const QSignalBlocker blockMode(m_mode);
    const QSignalBlocker blockPart(m_part);
    if (mode() == Range) {
        if (m_rangeEnd < m_anchor)
            m_rangeEnd = typed.end;
    } else if (mode() == PartOfMonth && typed.granularity != Granularity::Year) {
        if (typed.granularity == Granularity::Day)
            setPart(typed.start.day() <= 10 ? Early : typed.start.day() <= 20 ? Middle : Late);
    } else {
        setMode(typed.granularity == Granularity::Year ? Year : typed.granularity == Granularity::Month ? Month : Day);
    }
    showDates();
    updateVisibility();
    Q_EMIT valueChanged();
}

void FuzzyDateEditor::onEndTyped()
{
    const QDate end = m_end->date(); // the last day of a typed month or year
    m_rangeEnd = end.isValid() ? end : m_anchor;
    showDates();
    updateVisibility();
    Q_EMIT valueChanged();
}

void FuzzyDateEditor::showDates()
{
    if (!m_anchor.isValid()) {
        m_start->clear();
        m_end->clear();
        return;
    }
    switch (mode()) {
    case Unknown:
        m_start->clear();
        break;
    case Day:
    case Range:
        m_start->setValue(dayValue(m_anchor));
        break;
    case PartOfMonth:
    case Month:
        m_start->setValue(monthValue(m_anchor));
        break;
    case Year:
        m_start->setValue(yearValue(m_anchor));
        break;
    }
    m_end->setValue(m_rangeEnd.isValid() ? dayValue(m_rangeEnd) : FuzzyDate());
}

FuzzyDate FuzzyDateEditor::value() const
{
    const QDate d = m_anchor;
    if (!d.isValid())
        return {};
    switch (mode()) {
    case Unknown:
        return {};
    case Day:
        return dayValue(d);
    case PartOfMonth: {
        const int part = m_part->currentData().toInt();
        const int first = part == Early ? 1 : part == Middle ? 11 : 21;
        const int last = part == Early ? 10 : part == Middle ? 20 : d.daysInMonth();
        return {QDate(d.year(), d.month(), first), QDate(d.year(), d.month(), last), Granularity::PartOfMonth, {}, {}};
    }
    case Month:
        return monthValue(d);
    case Year:
        return yearValue(d);
    case Range: {
        const QDate e = m_rangeEnd.isValid() ? m_rangeEnd : d;
        return {std::min(d, e), std::max(d, e), Granularity::Range, {}, {}};
    }
    }
    return {};
}

void FuzzyDateEditor::setValue(const FuzzyDate &date)
{
    if (!date.isValid()) {
        m_anchor = QDate();
        m_rangeEnd = QDate();
        setMode(Unknown);
        showDates();
        updateVisibility();
        return;
    }
    const QSignalBlocker blockMode(m_mode);
    const QSignalBlocker blockPart(m_part);
    m_anchor = date.start;
    m_rangeEnd = date.end;
    switch (date.granularity) {
    case Granularity::Day:
        setMode(date.isExactDay() ? Day : Range);
        break;
    case Granularity::PartOfMonth:
        setMode(PartOfMonth);
        setPart(date.start.day() <= 1 ? Early : date.start.day() <= 11 ? Middle : Late);
        break;
    case Granularity::Month:
        setMode(Month);
        break;
    case Granularity::Year:
        setMode(Year);
        break;
    default:
        setMode(date.isExactDay() ? Day : Range);
        break;
    }
    showDates();
    updateVisibility();
    Q_EMIT valueChanged();
}

void FuzzyDateEditor::updateVisibility()
{
    const Mode m = mode();
    m_part->setVisible(m == PartOfMonth);
    m_until->setVisible(m == Range);
    m_end->setVisible(m == Range);
    const FuzzyDate v = value();
    m_preview->setText(v.isValid()
                           ? (v.isExactDay() ? m_format.date(v.start)
                                             : m_format.date(v.start) + QStringLiteral(" – ") + m_format.date(v.end))
                           : tr("no date"));
}

} // namespace rasad
