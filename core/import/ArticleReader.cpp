#include "import/ArticleReader.h"
#include "import/UrlDate.h"

#include "import/HtmlExtractor.h"
#include "import/ImportMessages.h"
#include "import/InputCollector.h"
#include "import/TextDecoder.h"
#include "text/ArabicNormalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace rasad {

namespace {

bool hasPresentationForms(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0xFB50 && u <= 0xFDFF) || (u >= 0xFE70 && u <= 0xFEFC);
    });
}

QString nfkc(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *normalizer = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status) || !normalizer)
        return text;
    const icu::UnicodeString in(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    const icu::UnicodeString out = normalizer->normalize(in, status);
    if (U_FAILURE(status))
        return text;
    return QString(reinterpret_cast<const QChar *>(out.getBuffer()), out.length());
}

} // namespace

namespace {

constexpr int kMaxTitleLength = 160; // a list row, not a paragraph: long first lines are cut at a word

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + u" MB";
}

/** One line ending: CR LF and lone CR become LF, so the same article saved on any system hashes the same. */
QString unifyLineEnds(QString text)
{
    if (!text.contains(u'\r'))
        return text;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

/** The first non-blank line outside the furniture, trimmed. */
QString firstContentLine(const QString &text, const QList<TextSpan> &furniture)
{
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = text.size();
        const QString line = text.mid(pos, end - pos).trimmed();
        if (!line.isEmpty()) {
            const qsizetype lineStart = pos + text.mid(pos, end - pos).indexOf(line.at(0));
            if (!FurnitureDetector::covers(furniture, int(lineStart)))
                return line;
        }
        pos = end + 1;
    }
    return {};
}

QString shorten(const QString &title)
{
    if (title.size() <= kMaxTitleLength)
        return title;
    qsizetype cut = title.lastIndexOf(u' ', kMaxTitleLength);
    if (cut < kMaxTitleLength / 2)
        cut = kMaxTitleLength;
    return title.left(cut) + QChar(0x2026);
}

/** Adds `span` unless it overlaps a span already there; keeps the list in text order. */
void addSpan(QList<TextSpan> &spans, const TextSpan &span)
{
    for (const TextSpan &s : std::as_const(spans))
        if (span.start < s.end && s.start < span.end)
            return;
    auto at = std::lower_bound(spans.begin(), spans.end(), span,
                               [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });
    spans.insert(at, span);
}

} // namespace

ArticleReader::ArticleReader(std::shared_ptr<const FurnitureLexicon> lexicon)
    : m_lexicon(lexicon ? std::move(lexicon) : FurnitureLexicon::builtIn()), m_furniture(m_lexicon)
{
}

ReadResult ArticleReader::read(const QString &path, const ManifestEntry *entry) const
{
    ReadResult result;
    auto fail = [&](const QString &problem) {
        result.error = path + QStringLiteral(": ") + problem;
        return result;
    };
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists())
        return fail(ImportMessages::tr("broken link (points to %1, which does not exist)").arg(info.symLinkTarget()));
    if (!info.exists())
        return fail(ImportMessages::tr("no such file"));
    if (info.isDir())
        return fail(ImportMessages::tr("is a folder, not a file"));
    if (!info.isFile())
        return fail(ImportMessages::tr("not a regular file (a pipe, socket or device); not read"));
    if (info.size() == 0)
        return fail(ImportMessages::tr("empty file"));
    if (info.size() > kMaxFileBytes)
        return fail(ImportMessages::tr("too large (%1; articles over %2 are refused)")
                        .arg(megabytes(info.size()), megabytes(kMaxFileBytes)));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ImportMessages::tr("cannot open (%1)").arg(file.errorString()));
    // Read at most one byte past the limit: a file that grew since it was listed is still refused.
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(ImportMessages::tr("cannot read (%1)").arg(file.errorString()));
    if (bytes.size() > kMaxFileBytes)
        return fail(ImportMessages::tr("too large (over %1)").arg(megabytes(kMaxFileBytes)));
    return readBytes(bytes, path, entry);
}

ReadResult ArticleReader::readBytes(const QByteArray &bytes, const QString &path, const ManifestEntry *entry) const
{
    ReadResult result;
    const QFileInfo info(path);
    auto fail = [&](const QString &problem) {
        result.error = path + QStringLiteral(": ") + problem;
        return result;
    };
    if (bytes.isEmpty())
        return fail(ImportMessages::tr("empty file"));

    Article article;
    QString htmlTitle;
    QString htmlSite;
    QString htmlUrl;
    QDate htmlPublished;
    DecodedText decoded;
    const bool html = InputCollector::isHtmlName(info.fileName());
    if (html) {
        HtmlDocument doc = HtmlExtractor::extract(bytes, m_lexicon->htmlSkipTokens);
        decoded = std::move(doc.decoding);
        decoded.text = std::move(doc.text);
        htmlTitle = doc.title;
        htmlSite = doc.siteName;
        htmlUrl = doc.url;
        htmlPublished = doc.published;
    } else {
        decoded = TextDecoder::decode(bytes);
    }
    if (!decoded.ok())
        return fail(decoded.error);
    if (!decoded.note.isEmpty())
        result.notes.append(path + QStringLiteral(": ") + decoded.note);

    QString text = unifyLineEnds(std::move(decoded.text));
    // The decoder drops the marks before the bytes' text; a page can carry more inside its markup
    // (two files joined), which lead the story once the tags are gone.
    qsizetype marks = 0;
    while (marks < text.size() && text.at(marks) == QChar(0xFEFF))
        ++marks;
    text.remove(0, marks);
    if (hasPresentationForms(text)) {
        // Text copied from a PDF carries Arabic presentation forms (one code point per letter shape):
        // nothing would match them. NFKC gives the letters back; the stored text is the normalised one.
        text = nfkc(text);
        result.notes.append(path + ImportMessages::tr(": Arabic presentation forms (text copied from a PDF?) "
                                                  "normalised to ordinary letters (NFKC)"));
    }
    if (text.trimmed().isEmpty())
        return fail(html ? ImportMessages::tr("the page holds no article text")
                         : ImportMessages::tr("empty file (only white space)"));

    article.furniture = m_furniture.detect(text);

    // The dateline is looked for even when the manifest gives the date: its line is still furniture.
    const std::optional<Dateline> dateline = m_dateline.find(text, article.furniture);
    if (dateline && dateline->standalone)
        addSpan(article.furniture, dateline->line);
    if (entry && entry->published.isValid()) {
        article.published = entry->published;
        article.publishedOrigin = DateOrigin::Manifest;
        if (dateline && dateline->date != entry->published)
            result.notes.append(path +
                                ImportMessages::tr(": the manifest says published %1, the page says %2; the manifest wins")
                                    .arg(entry->published.toString(Qt::ISODate), dateline->date.toString(Qt::ISODate)));
    } else if (htmlPublished.isValid()) {
        // The page's own metadata (article:published_time, JSON-LD datePublished): what the outlet says.
        article.published = htmlPublished;
        article.publishedOrigin = DateOrigin::Metadata;
        result.notes.append(path + ImportMessages::tr(": publication date %1 read from the page's metadata")
                                       .arg(htmlPublished.toString(Qt::ISODate)));
    } else if (const QDate fromUrl = publicationDateFromUrl(entry && !entry->url.isEmpty() ? entry->url : htmlUrl);
               fromUrl.isValid()) {
        // A site writes the day into the address when it publishes; a date on the page may be the day it
        // was rendered or fetched.
        article.published = fromUrl;
        article.publishedOrigin = DateOrigin::Url;
        result.notes.append(path + ImportMessages::tr(": publication date %1 read from the address")
                                       .arg(fromUrl.toString(Qt::ISODate)));
    } else if (dateline) {
        article.published = dateline->date;
        article.publishedOrigin = DateOrigin::Text;
        result.notes.append(
            path +
            ImportMessages::tr(": publication date %1 read from the text").arg(dateline->date.toString(Qt::ISODate)));
    }
    if (entry) {
        article.source = entry->source;
        article.url = entry->url;
    }
    // What the manifest leaves out, the page's own metadata may say: outlet and address for citations.
    if (article.source.isEmpty())
        article.source = htmlSite;
    if (article.url.isEmpty())
        article.url = htmlUrl;

    article.title = shorten((htmlTitle.isEmpty() ? firstContentLine(text, article.furniture) : htmlTitle).simplified());
    article.fileName = info.fileName();
    article.sourcePath = info.absoluteFilePath();
    article.encoding = decoded.encoding;
    article.normalizedText = matchingKey(text);
    article.contentHash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
    article.originalText = std::move(text);
    article.importedAt = QDateTime::currentDateTimeUtc();
    result.article = std::move(article);
    return result;
}

} // namespace rasad
