#include "common/Counts.h"

#include "common/DisplayFormat.h"

namespace rasad {

// Qt writes %n in Latin digits; the display may want Arabic-Indic ones.
QString Counts::inDigits(const QString &text, const DisplayFormat &format)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        out += c.isDigit() && c.unicode() < 0x80 ? format.number(c.digitValue()) : QString(c);
    return out;
}

QString Counts::contacts(qint64 n, const DisplayFormat &format)
{
    return inDigits(tr("%n contact(s)", "", int(n)), format);
}

QString Counts::articles(qint64 n, const DisplayFormat &format)
{
    return inDigits(tr("%n article(s)", "", int(n)), format);
}

QString Counts::actors(qint64 n, const DisplayFormat &format)
{
    return inDigits(tr("%n actor(s)", "", int(n)), format);
}

QString Counts::links(qint64 n, const DisplayFormat &format)
{
    return inDigits(tr("%n link(s)", "", int(n)), format);
}

QString Counts::counterparts(qint64 n, const DisplayFormat &format)
{
    return inDigits(tr("%n counterpart(s)", "", int(n)), format);
}

QString Counts::separator(const DisplayFormat &format)
{
    return format.language() == QLatin1String("ar") ? QStringLiteral("، ") : QStringLiteral(" · ");
}

} // namespace rasad
