#include "import/UrlDate.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>

namespace rasad {

QDate publicationDateFromUrl(const QString &url, const QDate &today)
{
    if (url.isEmpty())
        return {};
    // Host and query are left out: a date there is rarely the page's (a tracking stamp, a search).
    const QString path = QUrl(url).path(QUrl::FullyDecoded);
    const auto plausible = [&](const QDate &d) { return d.isValid() && d.year() >= 1995 && d <= today; };

    // /2025/02/12 and 2025-02-12 (the separators must agree, so a 2025/02-12 is not read).
    static const QRegularExpression separated(
        QStringLiteral(R"((?<![0-9])((?:19|20)[0-9]{2})([/_-])([0-9]{1,2})\2([0-9]{1,2})(?![0-9]))"));
    for (auto it = separated.globalMatch(path); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QDate d(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
        if (plausible(d))
            return d;
    }
    // /20250212/ as one path piece or at the start of one (20250212-title).
    static const QRegularExpression compact(
        QStringLiteral(R"((?:^|[/_-])((?:19|20)[0-9]{2})([0-9]{2})([0-9]{2})(?=$|[/_.-]))"));
    for (auto it = compact.globalMatch(path); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (plausible(d))
            return d;
    }
    // A Unix time stamp closing a path piece (title_1547458829, /1547458829.html): ten digits only, so an
    // article number of another length is never read as a time.
    static const QRegularExpression stamp(QStringLiteral(R"((?:^|[/_-])(1[0-9]{9})(?=$|[/_.-]))"));
    for (auto it = stamp.globalMatch(path); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QDate d = QDateTime::fromSecsSinceEpoch(m.captured(1).toLongLong(), Qt::UTC).date();
        if (plausible(d) && d.year() >= 2005)
            return d;
    }
    return {};
}

} // namespace rasad
