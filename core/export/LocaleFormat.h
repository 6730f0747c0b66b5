#pragma once

#include "model/FuzzyDate.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace rasad {

struct Article;

/**
 * How dates and numbers are written for a reader: the language, Levantine or Gregorian Arabic month
 * names, Arabic-Indic or Latin digits. Month names come from Qt's CLDR data (ar_SY for كانون الثاني…,
 * ar_EG for يناير…), not from tables in code. The explorer's DisplayFormat builds on it; exports that
 * run without a window (rasad-cli) use it alone.
 */
class LocaleFormat
{
public:
    enum class MonthStyle { Levantine, Gregorian };
    enum class Digits { ArabicIndic, Latin };

    /** Arabic with Arabic-Indic digits and Levantine months, or English with Latin digits. */
    static LocaleFormat forLanguage(const QString &language);

    QString language() const { return m_language; } // "ar" or "en"
    void setLanguage(const QString &language);
    bool isArabic() const { return m_language == QLatin1String("ar"); }
    /** Kept from setLanguage(): views ask for it per event and frame, and a QLocale is costly to build. */
    Qt::LayoutDirection direction() const { return m_direction; }

    MonthStyle monthStyle() const { return m_monthStyle; }
    void setMonthStyle(MonthStyle style) { m_monthStyle = style; }
    Digits digits() const { return m_digits; }
    void setDigits(Digits digits) { m_digits = digits; }

    QString number(qint64 value) const;
    QString monthName(int month, bool shortForm = false) const;
    QString year(int year) const { return number(year); }
    /** "٢٣ كانون الأول ٢٠٢٥" / "23 December 2025". */
    QString date(const QDate &date) const;
    /** An interval at its own precision: "كانون الأول ٢٠٢٥", "٢٠–٢٣ كانون الأول ٢٠٢٥", "2025". */
    QString fuzzyDate(const FuzzyDate &date) const;
    /** "، " in Arabic, ", " otherwise. */
    QString listSeparator() const;

    /**
     * An article as a reader can find it again: outlet, publication date, address; the file name only when
     * neither outlet nor address is known. One wording for the report pictures and the TimelineJS slides.
     */
    QString citation(const Article &article) const;

    bool operator==(const LocaleFormat &) const = default;

private:
    QLocale monthLocale() const;
    QString m_language = QStringLiteral("ar");
    MonthStyle m_monthStyle = MonthStyle::Levantine;
    Digits m_digits = Digits::ArabicIndic;
    Qt::LayoutDirection m_direction = Qt::RightToLeft;
};

} // namespace rasad
