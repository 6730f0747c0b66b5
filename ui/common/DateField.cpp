#include "common/DateField.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScreen>
#include <QToolButton>
#include <QTableView>
#include <QHeaderView>
#include <QToolTip>

#include <algorithm>

namespace rasad {

DateField::DateField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_button(new QToolButton(this))
    , m_calendar(new QCalendarWidget(this))
    , m_format(formatOfLocale())
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    m_edit->setObjectName(QStringLiteral("dateText"));
    m_edit->setClearButtonEnabled(true);
    m_button->setObjectName(QStringLiteral("dateCalendarButton"));
    m_button->setArrowType(Qt::DownArrow);
    m_button->setFocusPolicy(Qt::NoFocus); // Tab goes from field to field; the calendar is for the mouse
    // A popup of its own, so it floats over the dialog or bar instead of taking room in it.
    m_calendar->setWindowFlags(Qt::Popup);
    m_calendar->setObjectName(QStringLiteral("dateCalendar"));
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader); // week numbers help nobody here
    m_calendar->hide();
    // The day grid's columns keep the header's default minimum width, which with the Arabic font is
    // some 90 pixels: a calendar as wide as the window. Digits need far less.
    if (auto *grid = m_calendar->findChild<QTableView *>(QStringLiteral("qt_calendar_calendarview"))) {
        grid->horizontalHeader()->setMinimumSectionSize(20);
        grid->verticalHeader()->setMinimumSectionSize(16);
    }
    setFocusProxy(m_edit);
    m_edit->installEventFilter(this);

    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::commit);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        // While retyping, the old complaint no longer applies.
        if (!m_problem.isEmpty()) {
            m_problem.clear();
            m_edit->setStyleSheet({});
            updateToolTip();
        }
    });
    connect(m_button, &QToolButton::clicked, this, &DateField::showCalendar);
    const auto picked = [this](const QDate &day) {
        m_calendar->hide();
        const bool changed = m_value != FuzzyDate{day, day, Granularity::Day, {}, {}};
        setDate(day);
        m_edit->setFocus();
        if (changed)
            Q_EMIT committed();
    };
    connect(m_calendar, &QCalendarWidget::clicked, this, picked);
    connect(m_calendar, &QCalendarWidget::activated, this, picked);
    updateToolTip();
}

DisplayFormat DateField::formatOfLocale()
{
    DisplayFormat format;
    format.setLanguage(QLocale().language() == QLocale::Arabic ? QStringLiteral("ar") : QStringLiteral("en"));
    return format;
}

void DateField::setFormat(const DisplayFormat &format)
{
    m_formatGiven = true;
    m_format = format;
    if (m_problem.isEmpty())
        showValue();
    updateToolTip();
}

void DateField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (!m_formatGiven)
            m_format = formatOfLocale();
        if (m_problem.isEmpty())
            showValue();
        updateToolTip();
    }
    QWidget::changeEvent(event);
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a new text reads it and stops there, so a dialog does not close before the user has
    // seen what was understood; Enter on a text already read passes on (to the dialog's default button).
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && (!m_problem.isEmpty() || m_edit->text() != m_shown)) {
            commit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QDate DateField::date() const
{
    if (!m_value.isValid())
        return {};
    return m_bound == Bound::Start ? m_value.start : m_value.end;
}

void DateField::setValue(const FuzzyDate &value)
{
    m_value = value.isValid() ? value : FuzzyDate();
    m_problem.clear();
    m_edit->setStyleSheet({});
    showValue();
    updateToolTip();
}

void DateField::setDate(const QDate &day)
{
    setValue(day.isValid() ? FuzzyDate{day, day, Granularity::Day, {}, {}} : FuzzyDate());
}

void DateField::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void DateField::showValue()
{
    // The value in the interface's words: the user sees at once which day "1/10/2025" was taken for.
    m_shown = m_value.isValid() ? m_format.fuzzyDate(m_value) : QString();
    m_edit->setText(m_shown);
}

void DateField::commit()
{
    const TypedDate typed = parseTypedDate(m_edit->text());
    if (typed.problem == TypedDate::Problem::Empty || typed.isValid()) {
        FuzzyDate next = typed.value;
        next.text.clear(); // the value, not the spelling, is what the owner keeps
        const bool changed = next != m_value;
        setValue(next);
        if (changed)
            Q_EMIT committed();
        return;
    }
    showProblem(typed.problem);
}

void DateField::showProblem(TypedDate::Problem problem)
{
    switch (problem) {
    case TypedDate::Problem::NoSuchDay:
        m_problem = tr("There is no such day. The day comes first: 1/10/2025 is 1 October 2025.");
        break;
    case TypedDate::Problem::NoYear:
        m_problem = tr("Give the year too, for example 1 October 2025 or October 2025.");
        break;
    default:
        m_problem = tr("This is not a date Rasad can read.");
        break;
    }
    m_edit->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #C62828; background: #FDECEA; }"));
    updateToolTip();
    if (m_edit->isVisible())
        QToolTip::showText(m_edit->mapToGlobal(QPoint(0, m_edit->height())), m_problem, m_edit);
}

QString DateField::help() const
{
    return tr("Type a date and press Enter: 2025-10-01, 1/10/2025 (day first, as in Syria and Russia), "
              "1 October 2025, or a month alone: October 2025.");
}

void DateField::updateToolTip()
{
    QString tip;
    if (!m_problem.isEmpty())
        tip = m_problem + QStringLiteral("\n\n");
    else if (m_value.isValid())
        tip = tr("Understood as: %1")
                  .arg(m_value.isExactDay()
                           ? m_format.date(m_value.start)
                           : m_format.date(m_value.start) + QStringLiteral(" – ") + m_format.date(m_value.end)) +
              QStringLiteral("\n\n");
    m_edit->setToolTip(tip + help());
    m_button->setToolTip(tr("Pick a day in a calendar"));
}

void DateField::showCalendar()
{
    // The field's own date, else the record's, else today: never the calendar's first page.
    const QDate shown = date().isValid() ? date() : m_fallback.isValid() ? m_fallback : QDate::currentDate();
    if (m_format.isArabic())
        m_calendar->setLocale(m_format.monthStyle() == DisplayFormat::MonthStyle::Levantine
                                  ? QLocale(QLocale::Arabic, QLocale::Syria)
                                  : QLocale(QLocale::Arabic, QLocale::Egypt));
    else
        m_calendar->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_calendar->setLayoutDirection(m_format.direction());
    // Arabic's short day names are the whole names (الأربعاء): seven of them make a calendar wider
    // than the window. One letter each, as Arabic calendars print them.
    m_calendar->setHorizontalHeaderFormat(m_format.isArabic() ? QCalendarWidget::SingleLetterDayNames
                                                              : QCalendarWidget::ShortDayNames);
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
    const QSize size(std::min(m_calendar->sizeHint().width(), 340), m_calendar->sizeHint().height());
    m_calendar->resize(size);
    // Under the field, its leading edge on the field's (the right edge in Arabic).
    QPoint at = mapToGlobal(QPoint(layoutDirection() == Qt::RightToLeft ? width() - size.width() : 0, height()));
    if (const QScreen *screen = this->screen()) {
        const QRect area = screen->availableGeometry();
        at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - size.width())));
        if (at.y() + size.height() > area.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - size.height());
    }
    m_calendar->move(at);
    m_calendar->show();
    m_calendar->setFocus();
}

} // namespace rasad
