#pragma once

#include "common/DisplayFormat.h"
#include "model/FuzzyDate.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace rasad {

class DateField;

/**
 * Edits a date as news states it: a day, a part of a month (early / mid / late), a month, a year,
 * a range, or unknown. The value is always a well-formed interval with its granularity.
 *
 * The date is typed whole (see DateField). What is typed sets the precision: "1/10/2025" a day,
 * "October 2025" a month, "2025" a year; in part-of-month mode a typed day picks the part, and in
 * range mode the two fields give the first and the last day.
 */
class FuzzyDateEditor : public QWidget
{
    Q_OBJECT
public:
    enum Mode { Unknown, Day, PartOfMonth, Month, Year, Range };
    enum Part { Early, Middle, Late };

    explicit FuzzyDateEditor(QWidget *parent = nullptr);

    FuzzyDate value() const;
    void setValue(const FuzzyDate &date);

    Mode mode() const;
    void setMode(Mode mode);
    void setPart(Part part);
    void setDates(const QDate &start, const QDate &end = {});

    /** How dates are written back and named in the calendar. */
    void setFormat(const DisplayFormat &format);
    /** Where the calendars open while no date is set: the record's dates. */
    void setCalendarFallback(const QDate &date);
    /** False while a field holds text it could not read as a date. */
    bool isAcceptable() const;
    DateField *startField() const { return m_start; }
    DateField *endField() const { return m_end; }

Q_SIGNALS:
    void valueChanged();

private:
    void onStartTyped();
    void onEndTyped();
    /** Writes the anchor (and the range's end) into the fields at the mode's precision. */
    void showDates();
    void updateVisibility();

    QComboBox *m_mode = nullptr;
    QComboBox *m_part = nullptr;
    DateField *m_start = nullptr;
    DateField *m_end = nullptr;
    QLabel *m_until = nullptr;
    QLabel *m_preview = nullptr;
    QDate m_anchor;   // a day in the period the value names
    QDate m_rangeEnd; // the last day, in range mode
    QDate m_fallback;
    DisplayFormat m_format;
};

} // namespace rasad
