#pragma once

#include "model/FuzzyDate.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace rasad {

/**
 * Edits a date as news states it: a day, a part of a month (early / mid / late), a month, a year,
 * a range, or unknown. The value is always a well-formed interval with its granularity.
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

Q_SIGNALS:
    void valueChanged();

private:
    void updateVisibility();
    QComboBox *m_mode = nullptr;
    QComboBox *m_part = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QLabel *m_until = nullptr;
    QLabel *m_preview = nullptr;
};

} // namespace rasad
