#pragma once

#include "model/Event.h"
#include "model/FuzzyDate.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace rasad {

/**
 * How dates, numbers and names are written on screen: the interface language, Levantine or
 * Gregorian Arabic month names, Arabic-Indic or Latin digits. Month names come from Qt's CLDR
 * data (ar_SY for كانون الثاني…, ar_EG for يناير…), not from tables in code.
 */
class DisplayFormat
{
public:
    enum class MonthStyle { Levantine, Gregorian };
    enum class Digits { ArabicIndic, Latin };

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
    QString eventTypeName(EventType type) const;
    /** Country name in the interface language, from ICU's locale data; the code itself when unknown. */
    QString countryName(const QString &iso2) const;
    /** A topic id ("military") in the interface language, from resources/ui/topics.json. */
    QString topicName(const QString &topicId) const;
    /** The topic ids the explorer knows names for (resources/ui/topics.json), sorted. */
    static QStringList topicIds();
    /** The part of a name a crowded label shows: the family name, usually the last word. */
    static QString shortName(const QString &name);

    bool operator==(const DisplayFormat &) const = default;

private:
    QLocale monthLocale() const;
    QString m_language = QStringLiteral("ar");
    MonthStyle m_monthStyle = MonthStyle::Levantine;
    Digits m_digits = Digits::ArabicIndic;
    Qt::LayoutDirection m_direction = Qt::RightToLeft;
};

} // namespace rasad
