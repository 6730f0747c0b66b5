#include "export/LocaleFormat.h"

#include "export/Labels.h"
#include "model/Article.h"

#include <QStringBuilder>
#include <QStringList>

namespace rasad {

LocaleFormat LocaleFormat::forLanguage(const QString &language)
{
    LocaleFormat f;
    f.setLanguage(language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("ar"));
    f.setDigits(f.isArabic() ? Digits::ArabicIndic : Digits::Latin);
    return f;
}

void LocaleFormat::setLanguage(const QString &language)
{
    m_language = language;
    m_direction = QLocale(language).textDirection();
}

QString LocaleFormat::number(qint64 value) const
{
    QString text = QString::number(value);
    if (!isArabic() || m_digits == Digits::Latin)
        return text;
    const QChar zero = QLocale(QLocale::Arabic, QLocale::Egypt).zeroDigit().at(0);
    for (QChar &c : text)
        if (c.isDigit())
            c = QChar(zero.unicode() + c.digitValue());
    return text;
}

QLocale LocaleFormat::monthLocale() const
{
    if (!isArabic())
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return m_monthStyle == MonthStyle::Levantine ? QLocale(QLocale::Arabic, QLocale::Syria)
                                                 : QLocale(QLocale::Arabic, QLocale::Egypt);
}

QString LocaleFormat::monthName(int month, bool shortForm) const
{
    return monthLocale().standaloneMonthName(month, shortForm ? QLocale::ShortFormat : QLocale::LongFormat);
}

QString LocaleFormat::date(const QDate &date) const
{
    if (!date.isValid())
        return {};
    return number(date.day()) % QLatin1Char(' ') % monthName(date.month()) % QLatin1Char(' ') % year(date.year());
}

QString LocaleFormat::fuzzyDate(const FuzzyDate &d) const
{
    if (!d.isValid())
        return Labels::word(QStringLiteral("date unknown"), m_language);
    if (d.start == d.end)
        return date(d.start);
    const bool wholeMonth =
        d.start.day() == 1 && d.end == QDate(d.start.year(), d.start.month(), 1).addMonths(1).addDays(-1);
    if (wholeMonth)
        return monthName(d.start.month()) % QLatin1Char(' ') % year(d.start.year());
    const bool wholeYear = d.start == QDate(d.start.year(), 1, 1) && d.end == QDate(d.start.year(), 12, 31);
    if (wholeYear)
        return year(d.start.year());
    const QString dash = QStringLiteral("–");
    if (d.start.year() == d.end.year() && d.start.month() == d.end.month())
        return number(d.start.day()) % dash % number(d.end.day()) % QLatin1Char(' ') % monthName(d.start.month()) %
               QLatin1Char(' ') % year(d.start.year());
    return date(d.start) % QStringLiteral(" – ") % date(d.end);
}

QString LocaleFormat::listSeparator() const
{
    return isArabic() ? QStringLiteral("، ") : QStringLiteral(", ");
}

QString LocaleFormat::citation(const Article &a) const
{
    // In Arabic an address or a file name is a left-to-right island: isolated, "003_x.txt" does not come out
    // as "x.txt_003", nor an address's query before its path.
    const auto latin = [&](const QString &text) {
        return isArabic() ? QChar(0x2066) + text + QChar(0x2069) : text;
    };
    QStringList parts;
    if (!a.source.trimmed().isEmpty())
        parts.append(a.source.trimmed());
    if (a.published.isValid())
        parts.append(date(a.published));
    if (!a.url.trimmed().isEmpty())
        parts.append(latin(a.url.trimmed()));
    if (a.url.trimmed().isEmpty() && a.source.trimmed().isEmpty())
        parts.prepend(latin(a.fileName)); // a date alone does not find the article again
    return parts.join(listSeparator());
}

} // namespace rasad
