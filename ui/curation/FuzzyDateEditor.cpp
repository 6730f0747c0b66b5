#include "curation/FuzzyDateEditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace rasad {

FuzzyDateEditor::FuzzyDateEditor(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_part(new QComboBox(this))
    , m_start(new QDateEdit(this))
    , m_end(new QDateEdit(this))
    , m_until(new QLabel(tr("to"), this))
    , m_preview(new QLabel(this))
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
    for (QDateEdit *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(QDate::currentDate());
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

    const auto changed = [this] {
        updateVisibility();
        Q_EMIT valueChanged();
    };
    connect(m_mode, &QComboBox::currentIndexChanged, this, changed);
    connect(m_part, &QComboBox::currentIndexChanged, this, changed);
    connect(m_start, &QDateEdit::dateChanged, this, changed);
    connect(m_end, &QDateEdit::dateChanged, this, changed);
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
    m_start->setDate(start);
    m_end->setDate(end.isValid() ? end : start);
}

FuzzyDate FuzzyDateEditor::value() const
{
    FuzzyDate date;
    const QDate d = m_start->date();
    switch (mode()) {
    case Unknown:
        return date;
    case Day:
        date = {d, d, Granularity::Day, {}, {}};
        break;
    case PartOfMonth: {
        const int part = m_part->currentData().toInt();
        const int first = part == Early ? 1 : part == Middle ? 11 : 21;
        const int last = part == Early ? 10 : part == Middle ? 20 : d.daysInMonth();
        date = {QDate(d.year(), d.month(), first), QDate(d.year(), d.month(), last), Granularity::PartOfMonth, {}, {}};
        break;
    }
    case Month:
        date = {QDate(d.year(), d.month(), 1), QDate(d.year(), d.month(), d.daysInMonth()), Granularity::Month, {}, {}};
        break;
    case Year:
        date = {QDate(d.year(), 1, 1), QDate(d.year(), 12, 31), Granularity::Year, {}, {}};
        break;
    case Range: {
        const QDate e = m_end->date();
        date = {std::min(d, e), std::max(d, e), Granularity::Range, {}, {}};
        break;
    }
    }
    return date;
}

void FuzzyDateEditor::setValue(const FuzzyDate &date)
{
    if (!date.isValid()) {
        setMode(Unknown);
        return;
    }
    setDates(date.start, date.end);
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
}

void FuzzyDateEditor::updateVisibility()
{
    const Mode m = mode();
    m_part->setVisible(m == PartOfMonth);
    m_start->setVisible(m != Unknown);
    m_until->setVisible(m == Range);
    m_end->setVisible(m == Range);
    const FuzzyDate v = value();
    const QLocale locale;
    m_preview->setText(v.isValid() ? (v.isExactDay() ? locale.toString(v.start, QLocale::LongFormat)
                                                     : locale.toString(v.start, QLocale::ShortFormat) + QStringLiteral(" – ")
                                                           + locale.toString(v.end, QLocale::ShortFormat))
                                   : tr("no date"));
}

} // namespace rasad
