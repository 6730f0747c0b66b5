#pragma once

#include "common/DisplayFormat.h"
#include "dates/TypedDate.h"
#include "model/FuzzyDate.h"

#include <QWidget>

class QCalendarWidget;
class QLineEdit;
class QToolButton;

namespace rasad {

/**
 * A date typed whole, as people write it (2025-10-01, 1/10/2025, ١ تشرين الأول ٢٠٢٥, October 2025;
 * see parseTypedDate()), read when the user presses Enter or leaves the field. What it understood is
 * written back in the interface's own words; what it could not read stays, framed red, with the
 * reason in the tooltip. A button beside it opens a calendar at the field's date or, when the field
 * is empty, at the fallback the owner gives (the record's dates), never at the calendar's first year.
 */
class DateField : public QWidget
{
    Q_OBJECT
public:
    /** The day a typed month or year stands for: its first (a "from" field) or its last (a "to" field). */
    enum class Bound { Start, End };

    explicit DateField(QWidget *parent = nullptr);

    void setBound(Bound bound) { m_bound = bound; }
    Bound bound() const { return m_bound; }
    /** How understood dates are written back and the calendar's language; by default the UI locale's. */
    void setFormat(const DisplayFormat &format);
    const DisplayFormat &format() const { return m_format; }

    /** What the field holds: a day, a month or a year; invalid when empty. */
    FuzzyDate value() const { return m_value; }
    /** The day the field stands for (first or last day of value(), by bound()); invalid when empty. */
    QDate date() const;
    /** Shows a value without signalling (a filter cleared elsewhere, an event loaded). */
    void setValue(const FuzzyDate &value);
    void setDate(const QDate &day);
    void clear() { setValue({}); }
    /** False while the typed text could not be read; problemText() says why. */
    bool isAcceptable() const { return m_problem.isEmpty(); }
    QString problemText() const { return m_problem; }
    /** Where the calendar opens while the field is empty. */
    void setCalendarFallback(const QDate &date) { m_fallback = date; }
    void setPlaceholderText(const QString &text);
    /** The interface locale's language with the default month names and digits. */
    static DisplayFormat formatOfLocale();

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *calendarButton() const { return m_button; }
    QCalendarWidget *calendar() const { return m_calendar; }
    /** Opens the calendar popup (the button does this). */
    void showCalendar();

Q_SIGNALS:
    /** The user gave a new value: Enter, leaving the field, or a day picked in the calendar. */
    void committed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commit();
    void showValue();
    void showProblem(TypedDate::Problem problem);
    void updateToolTip();
    QString help() const;

    QLineEdit *m_edit;
    QToolButton *m_button;
    QCalendarWidget *m_calendar;
    Bound m_bound = Bound::Start;
    DisplayFormat m_format;
    bool m_formatGiven = false; // else it follows the UI locale
    FuzzyDate m_value;
    QString m_problem;
    QString m_shown; // the text showValue() wrote: what the field has already read
    QDate m_fallback;
};

} // namespace rasad
