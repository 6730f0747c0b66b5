#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace rasad {

/** Where an article's publication date came from. Export names: manifest, text, user, unknown, url. */
enum class DateOrigin { Unknown, Manifest, Text, User, Url, Metadata };

/** A span of the original text: [start, end) in UTF-16 code units, as QString counts. */
struct TextSpan
{
    int start = 0;
    int end = 0;
    QString kind; // for furniture: "teaser", "share", "section-label", "view-counter", "navigation", ...

    int length() const { return end - start; }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

/** One imported article. The original text is kept verbatim: every offset Rasad stores points into it. */
struct Article
{
    qint64 id = 0;
    QString fileName;          // base name, e.g. "003_4c56dec80d0ba4d6.txt"
    QString sourcePath;        // where it was imported from
    QByteArray contentHash;    // SHA-256 hex of the decoded original text
    int version = 1;           // >1 when a changed file with the same name was imported again
    QString title;
    QString source;            // outlet, e.g. "syriahomenews"
    QString url;
    QDate published;
    DateOrigin publishedOrigin = DateOrigin::Unknown;
    QString encoding;          // what the bytes were decoded from, e.g. "UTF-8", "windows-1256 (assumed)"
    QString originalText;
    QString normalizedText;    // matching key of originalText (see text/ArabicNormalizer.h)
    QList<TextSpan> furniture; // page furniture kept out of extraction
    QDateTime importedAt;
};

QString dateOriginName(DateOrigin origin);
DateOrigin dateOriginFromName(const QString &name);

} // namespace rasad
