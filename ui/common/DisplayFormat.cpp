#include "common/DisplayFormat.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace rasad {

void DisplayFormat::setLanguage(const QString &language)
{
    m_language = language;
    m_direction = QLocale(language).textDirection();
}

QString DisplayFormat::number(qint64 value) const
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

QLocale DisplayFormat::monthLocale() const
{
    if (!isArabic())
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return m_monthStyle == MonthStyle::Levantine ? QLocale(QLocale::Arabic, QLocale::Syria)
                                                 : QLocale(QLocale::Arabic, QLocale::Egypt);
}

QString DisplayFormat::monthName(int month, bool shortForm) const
{
    return monthLocale().standaloneMonthName(month, shortForm ? QLocale::ShortFormat : QLocale::LongFormat);
}

QString DisplayFormat::date(const QDate &date) const
{
    if (!date.isValid())
        return {};
    return number(date.day()) % QLatin1Char(' ') % monthName(date.month()) % QLatin1Char(' ') % year(date.year());
}

QString DisplayFormat::fuzzyDate(const FuzzyDate &d) const
{
    if (!d.isValid())
        return QCoreApplication::translate("DisplayFormat", "date unknown");
    if (d.start == d.end)
        return date(d.start);
    const bool wholeMonth = d.start.day() == 1 && d.end == QDate(d.start.year(), d.start.month(), 1).addMonths(1).addDays(-1);
    if (wholeMonth)
        return monthName(d.start.month()) % QLatin1Char(' ') % year(d.start.year());
    const bool wholeYear = d.start == QDate(d.start.year(), 1, 1) && d.end == QDate(d.start.year(), 12, 31);
    if (wholeYear)
        return year(d.start.year());
    const QString dash = QStringLiteral("–");
    if (d.start.year() == d.end.year() && d.start.month() == d.end.month())
        return number(d.start.day()) % dash % number(d.end.day()) % QLatin1Char(' ') % monthName(d.start.month())
            % QLatin1Char(' ') % year(d.start.year());
    return date(d.start) % QStringLiteral(" – ") % date(d.end);
}

QString DisplayFormat::eventTypeName(EventType type) const
{
    switch (type) {
    case EventType::Meeting:
        return QCoreApplication::translate("DisplayFormat", "Meeting");
    case EventType::Visit:
        return QCoreApplication::translate("DisplayFormat", "Visit");
    case EventType::Call:
        return QCoreApplication::translate("DisplayFormat", "Phone call");
    case EventType::Delegation:
        return QCoreApplication::translate("DisplayFormat", "Delegation");
    case EventType::Message:
        return QCoreApplication::translate("DisplayFormat", "Message");
    case EventType::Other:
        break;
    }
    return QCoreApplication::translate("DisplayFormat", "Other contact");
}

QString DisplayFormat::countryName(const QString &iso2) const
{
    if (iso2.isEmpty())
        return QCoreApplication::translate("DisplayFormat", "Unknown country");
    static QHash<QString, QString> cache;
    const QString key = m_language % QLatin1Char('/') % iso2;
    if (auto it = cache.constFind(key); it != cache.cend())
        return *it;
    const icu::Locale region("", iso2.toLatin1().constData());
    icu::UnicodeString name;
    region.getDisplayCountry(icu::Locale(m_language.toLatin1().constData()), name);
    QString result = QString(reinterpret_cast<const QChar *>(name.getBuffer()), name.length());
    if (result.isEmpty() || result == iso2)
        result = iso2;
    cache.insert(key, result);
    return result;
}

namespace {
const QJsonObject &topicNames()
{
    static const QJsonObject topics = [] {
        QFile file(QStringLiteral(":/rasad/ui/topics.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("topics")).toObject();
    }();
    return topics;
}
} // namespace

QStringList DisplayFormat::topicIds()
{
    return topicNames().keys();
}

QString DisplayFormat::topicName(const QString &topicId) const
{
    const QString name = topicNames().value(topicId).toObject().value(m_language).toString();
    return name.isEmpty() ? topicId : name;
}

QString DisplayFormat::shortName(const QString &name)
{
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() <= 1)
        return name;
    return words.last();
}

} // namespace rasad
