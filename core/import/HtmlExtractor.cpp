#include "import/HtmlExtractor.h"

#include <QHash>
#include <QSet>

#include <cctype>

namespace rasad {

namespace {

bool isAsciiSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}
bool isNameChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' ||
           c == u':';
}

const QSet<QString> &droppedElements()
{
    // Whatever these hold is never article text.
    static const QSet<QString> set{
        QStringLiteral("nav"),    QStringLiteral("header"), QStringLiteral("footer"),   QStringLiteral("aside"),
        QStringLiteral("form"),   QStringLiteral("svg"),    QStringLiteral("template"), QStringLiteral("iframe"),
        QStringLiteral("button"), QStringLiteral("select"), QStringLiteral("object"),   QStringLiteral("video"),
        QStringLiteral("audio"),  QStringLiteral("canvas"), QStringLiteral("map"),      QStringLiteral("dialog")};
    return set;
}

const QSet<QString> &rawTextElements()
{
    // Their content is not markup: it runs to the matching end tag whatever it contains.
    static const QSet<QString> set{QStringLiteral("script"),   QStringLiteral("style"), QStringLiteral("noscript"),
                                   QStringLiteral("textarea"), QStringLiteral("title"), QStringLiteral("xmp")};
    return set;
}

const QSet<QString> &voidElements()
{
    static const QSet<QString> set{QStringLiteral("area"),  QStringLiteral("base"),  QStringLiteral("br"),
                                   QStringLiteral("col"),   QStringLiteral("embed"), QStringLiteral("hr"),
                                   QStringLiteral("img"),   QStringLiteral("input"), QStringLiteral("link"),
                                   QStringLiteral("meta"),  QStringLiteral("param"), QStringLiteral("source"),
                                   QStringLiteral("track"), QStringLiteral("wbr"),   QStringLiteral("keygen")};
    return set;
}

const QSet<QString> &paragraphElements()
{
    // A blank line before and after: paragraphs, headings and other large blocks.
    static const QSet<QString> set{QStringLiteral("p"),       QStringLiteral("h1"),         QStringLiteral("h2"),
                                   QStringLiteral("h3"),      QStringLiteral("h4"),         QStringLiteral("h5"),
                                   QStringLiteral("h6"),      QStringLiteral("blockquote"), QStringLiteral("pre"),
                                   QStringLiteral("table"),   QStringLiteral("ul"),         QStringLiteral("ol"),
                                   QStringLiteral("dl"),      QStringLiteral("figure"),     QStringLiteral("section"),
                                   QStringLiteral("article"), QStringLiteral("main"),       QStringLiteral("hr"),
                                   QStringLiteral("address"), QStringLiteral("details"),    QStringLiteral("fieldset")};
    return set;
}

const QSet<QString> &lineElements()
{
    // A line break before and after.
    static const QSet<QString> set{QStringLiteral("br"),         QStringLiteral("div"),     QStringLiteral("li"),
                                   QStringLiteral("tr"),         QStringLiteral("dt"),      QStringLiteral("dd"),
                                   QStringLiteral("figcaption"), QStringLiteral("caption"), QStringLiteral("td"),
                                   QStringLiteral("th"),         QStringLiteral("summary"), QStringLiteral("body")};
    return set;
}

/** Structural elements whose class names never hide them: a body with class "has-related" is still the body. */
bool isStructural(const QString &name)
{
    return name == QLatin1String("html") || name == QLatin1String("body") || name == QLatin1String("main") ||
           name == QLatin1String("article");
}

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> table{
        {QStringLiteral("amp"), U'&'},      {QStringLiteral("lt"), U'<'},      {QStringLiteral("gt"), U'>'},
        {QStringLiteral("quot"), U'"'},     {QStringLiteral("apos"), U'\''},   {QStringLiteral("nbsp"), 0xA0},
        {QStringLiteral("laquo"), 0xAB},    {QStringLiteral("raquo"), 0xBB},   {QStringLiteral("hellip"), 0x2026},
        {QStringLiteral("mdash"), 0x2014},  {QStringLiteral("ndash"), 0x2013}, {QStringLiteral("lsquo"), 0x2018},
        {QStringLiteral("rsquo"), 0x2019},  {QStringLiteral("ldquo"), 0x201C}, {QStringLiteral("rdquo"), 0x201D},
        {QStringLiteral("sbquo"), 0x201A},  {QStringLiteral("bdquo"), 0x201E}, {QStringLiteral("zwnj"), 0x200C},
        {QStringLiteral("zwj"), 0x200D},    {QStringLiteral("lrm"), 0x200E},   {QStringLiteral("rlm"), 0x200F},
        {QStringLiteral("shy"), 0xAD},      {QStringLiteral("copy"), 0xA9},    {QStringLiteral("reg"), 0xAE},
        {QStringLiteral("trade"), 0x2122},  {QStringLiteral("middot"), 0xB7},  {QStringLiteral("bull"), 0x2022},
        {QStringLiteral("deg"), 0xB0},      {QStringLiteral("times"), 0xD7},   {QStringLiteral("divide"), 0xF7},
        {QStringLiteral("euro"), 0x20AC},   {QStringLiteral("pound"), 0xA3},   {QStringLiteral("dollar"), U'$'},
        {QStringLiteral("percnt"), U'%'},   {QStringLiteral("colon"), U':'},   {QStringLiteral("comma"), U','},
        {QStringLiteral("period"), U'.'},   {QStringLiteral("sol"), U'/'},     {QStringLiteral("lpar"), U'('},
        {QStringLiteral("rpar"), U')'},     {QStringLiteral("ensp"), 0x2002},  {QStringLiteral("emsp"), 0x2003},
        {QStringLiteral("thinsp"), 0x2009}, {QStringLiteral("iexcl"), 0xA1},   {QStringLiteral("eacute"), 0xE9}};
    return table;
}

/** Reads a character reference at text[pos] == '&'; returns its length (0 when it is not one) and the character. */
qsizetype readEntity(QStringView text, qsizetype pos, char32_t *value)
{
    qsizetype i = pos + 1;
    if (i < text.size() && text.at(i) == u'#') {
        ++i;
        const bool hex = i < text.size() && (text.at(i) == u'x' || text.at(i) == u'X');
        if (hex)
            ++i;
        const qsizetype digitsStart = i;
        while (i < text.size() && i - digitsStart < 8 &&
               (text.at(i).isDigit() ||
                (hex && ((text.at(i) >= u'a' && text.at(i) <= u'f') || (text.at(i) >= u'A' && text.at(i) <= u'F')))))
            ++i;
        if (i == digitsStart)
            return 0;
        bool ok = false;
        uint code = text.mid(digitsStart, i - digitsStart).toUInt(&ok, hex ? 16 : 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            code = 0xFFFD;
        *value = code;
        if (i < text.size() && text.at(i) == u';')
            ++i;
        return i - pos;
    }
    const qsizetype nameStart = i;
    while (i < text.size() && i - nameStart < 10 && text.at(i).isLetterOrNumber() && text.at(i).unicode() < 0x80)
        ++i;
    if (i == nameStart)
        return 0;
    const auto it = namedEntities().constFind(text.mid(nameStart, i - nameStart).toString());
    if (it == namedEntities().constEnd())
        return 0;
    *value = it.value();
    if (i < text.size() && text.at(i) == u';')
        ++i;
    return i - pos;
}

void appendCodePoint(QString &out, char32_t c)
{
    if (c > 0xFFFF) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

/** One start tag: name (lower case), attributes (names lower case, values decoded), self-closing flag. */
struct Tag
{
    QString name;
    QHash<QString, QString> attributes;
    bool selfClosing = false;
    bool end = false;
};

/** Parses the tag starting at html[pos] == '<'; returns the index after its '>' (or the end of the text). */
qsizetype readTag(QStringView html, qsizetype pos, Tag *tag)
{
    qsizetype i = pos + 1;
    if (i < html.size() && html.at(i) == u'/') {
        tag->end = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < html.size() && isNameChar(html.at(i).unicode()))
        ++i;
    tag->name = html.mid(nameStart, i - nameStart).toString().toLower();
    while (i < html.size()) {
        const char16_t c = html.at(i).unicode();
        if (c == u'>')
            return i + 1;
        if (c == u'/') {
            tag->selfClosing = true;
            ++i;
            continue;
        }
        if (isAsciiSpace(c)) {
            ++i;
            continue;
        }
        tag->selfClosing = false;
        const qsizetype attrStart = i;
        while (i < html.size() && !isAsciiSpace(html.at(i).unicode()) && html.at(i) != u'=' && html.at(i) != u'>' &&
               html.at(i) != u'/')
            ++i;
        const QString attrName = html.mid(attrStart, i - attrStart).toString().toLower();
        if (attrName.isEmpty()) { // a stray '=' or quote: skip it
            ++i;
            continue;
        }
        while (i < html.size() && isAsciiSpace(html.at(i).unicode()))
            ++i;
        QString value;
        if (i < html.size() && html.at(i) == u'=') {
            ++i;
            while (i < html.size() && isAsciiSpace(html.at(i).unicode()))
                ++i;
            if (i < html.size() && (html.at(i) == u'"' || html.at(i) == u'\'')) {
                const QChar quote = html.at(i);
                const qsizetype valueStart = ++i;
                while (i < html.size() && html.at(i) != quote)
                    ++i;
                value = HtmlExtractor::decodeEntities(html.mid(valueStart, i - valueStart));
                if (i < html.size())
                    ++i;
            } else {
                const qsizetype valueStart = i;
                while (i < html.size() && !isAsciiSpace(html.at(i).unicode()) && html.at(i) != u'>')
                    ++i;
                value = HtmlExtractor::decodeEntities(html.mid(valueStart, i - valueStart));
            }
        }
        if (!tag->end)
            tag->attributes.insert(attrName, value);
    }
    return html.size();
}

/** True when the tag's class or id names furniture, e.g. class="post-share" with token "share". */
bool namesFurniture(const Tag &tag, const QStringList &skipTokens)
{
    if (skipTokens.isEmpty() || isStructural(tag.name))
        return false;
    for (const QString &attribute : {QStringLiteral("class"), QStringLiteral("id")}) {
        const QString value = tag.attributes.value(attribute).toLower();
        if (value.isEmpty())
            continue;
        QString part;
        for (qsizetype i = 0; i <= value.size(); ++i) {
            const QChar c = i < value.size() ? value.at(i) : QChar(u' ');
            if (c.isLetterOrNumber()) {
                part.append(c);
                continue;
            }
            if (!part.isEmpty() && skipTokens.contains(part))
                return true;
            part.clear();
        }
    }
    return false;
}

/** Collapses white space within lines, trims them and keeps at most one blank line between blocks. */
QString tidyLines(QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    int pendingBreaks = 0;
    bool pendingSpace = false;
    for (QChar c : raw) {
        const char16_t u = c.unicode();
        if (u == u'\n') {
            ++pendingBreaks;
            pendingSpace = false;
        } else if (isAsciiSpace(u)) {
            pendingSpace = true;
        } else {
            if (!out.isEmpty()) {
                if (pendingBreaks >= 2)
                    out.append(QStringLiteral("\n\n"));
                else if (pendingBreaks == 1)
                    out.append(u'\n');
                else if (pendingSpace)
                    out.append(u' ');
            }
            pendingBreaks = 0;
            pendingSpace = false;
            out.append(c);
        }
    }
    return out;
}

qsizetype indexOfCaseInsensitive(QStringView haystack, QStringView needle, qsizetype from)
{
    return haystack.indexOf(needle, from, Qt::CaseInsensitive);
}

// "2025-07-31T14:20:00+03:00": the day as the page wrote it (its own time zone is the outlet's day).
QDate dayOfTimestamp(QStringView value)
{
    const QStringView v = value.trimmed();
    if (v.size() < 10)
        return {};
    const QDate day = QDate::fromString(v.left(10).toString(), Qt::ISODate);
    return day.isValid() && day.year() >= 1990 ? day : QDate();
}

// The first "datePublished" of a JSON-LD block, read as text: pages often break the JSON around it.
QDate datePublishedInJsonLd(QStringView json)
{
    const qsizetype key = json.indexOf(u"\"datePublished\"");
    if (key < 0)
        return {};
    const qsizetype open = json.indexOf(u'"', json.indexOf(u':', key + 15) + 1);
    if (open < 0)
        return {};
    const qsizetype close = json.indexOf(u'"', open + 1);
    return close < 0 ? QDate() : dayOfTimestamp(json.mid(open + 1, close - open - 1));
}


} // namespace

QString HtmlExtractor::decodeEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            char32_t value = 0;
            if (const qsizetype length = readEntity(text, i, &value)) {
                appendCodePoint(out, value);
                i += length - 1;
                continue;
            }
        }
        out.append(text.at(i));
    }
    return out;
}

QByteArray HtmlExtractor::declaredCharset(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(4096).toLower();
    qsizetype pos = 0;
    while ((pos = head.indexOf("<meta", pos)) >= 0) {
        const qsizetype close = head.indexOf('>', pos);
        const QByteArray tag = head.mid(pos, close < 0 ? -1 : close - pos);
        pos += 5;
        const qsizetype at = tag.indexOf("charset");
        if (at < 0)
            continue;
        qsizetype i = at + 7;
        while (i < tag.size() && (tag.at(i) == ' ' || tag.at(i) == '='))
            ++i;
        while (i < tag.size() && (tag.at(i) == '"' || tag.at(i) == '\''))
            ++i;
        const qsizetype start = i;
        while (i < tag.size() &&
               (std::isalnum(static_cast<unsigned char>(tag.at(i))) || tag.at(i) == '-' || tag.at(i) == '_'))
            ++i;
        if (i > start)
            return tag.mid(start, i - start);
    }
    return {};
}

namespace {

/**
 * Where a page marks its story (<article>, itemprop="articleBody"), what stands outside it is the site's:
 * tickers, most-read lists, teasers of other stories that name other contacts. The longest marked span
 * is the story (teaser lists are often <article>s too), with the headline before it when the page put
 * the <h1> outside. A marked span too short to be the story (a teaser on an unmarked page) is ignored.
 */
QString articleBodyOf(const QString &raw, const QList<std::pair<qsizetype, qsizetype>> &spans, const QString &headline)
{
    constexpr int kStoryWords = 15; // about one sentence
    const std::pair<qsizetype, qsizetype> *longest = nullptr;
    for (const auto &span : spans)
        if (!longest || span.second - span.first > longest->second - longest->first)
            longest = &span;
    if (!longest)
        return raw;
    const QString body = raw.mid(longest->first, longest->second - longest->first);
    if (body.simplified().count(u' ') + 1 < kStoryWords)
        return raw;
    if (!headline.isEmpty() && !body.simplified().contains(headline)) // the headline is kept simplified
        return headline + QStringLiteral("\n\n") + body;
    return body;
}

} // namespace

HtmlDocument HtmlExtractor::extract(const QByteArray &bytes, const QStringList &skipTokens)
{
    DecodedText decoded = TextDecoder::decode(bytes, declaredCharset(bytes));
    if (!decoded.ok()) {
        HtmlDocument doc;
        doc.decoding = std::move(decoded);
        return doc;
    }
    HtmlDocument doc = extractText(decoded.text, skipTokens);
    decoded.text.clear(); // the markup is not needed any more
    doc.decoding = std::move(decoded);
    return doc;
}

HtmlDocument HtmlExtractor::extractText(QStringView html, const QStringList &skipTokens)
{
    HtmlDocument doc;
    QString raw;
    raw.reserve(html.size() / 2);
    QString titleText;
    QString ogTitle;
    QString ogUrl;
    QString canonicalUrl;
    QString h1Text;
    qsizetype h1Start = -1;
    bool inHead = false;
    QString skipName; // the element being dropped; nested elements of the same name are counted
    int skipDepth = 0;
    // The page's <article> elements (or itemprop="articleBody") as spans of `raw`: outermost ones only.
    QList<std::pair<qsizetype, qsizetype>> bodySpans;
    QString bodyName;
    int bodyDepth = 0;

    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        const QChar c = html.at(i);
        if (c == u'<' && i + 1 < n) {
            const QChar next = html.at(i + 1);
            if (html.mid(i).startsWith(u"<!--")) {
                const qsizetype close = html.indexOf(u"-->", i + 4);
                i = close < 0 ? n : close + 3;
                continue;
            }
            if (next == u'!' || next == u'?') {
                const qsizetype close = html.indexOf(u'>', i + 2);
                i = close < 0 ? n : close + 1;
                continue;
            }
            const bool isTag = next.isLetter() || (next == u'/' && i + 2 < n && html.at(i + 2).isLetter());
            if (!isTag) {
                if (skipDepth == 0 && !inHead)
                    raw.append(c);
                ++i;
                continue;
            }
            Tag tag;
            i = readTag(html, i, &tag);
            const QString &name = tag.name;

            if (!tag.end && rawTextElements().contains(name)) {
                const QString closeTag = QStringLiteral("</") + name;
                const qsizetype close = indexOfCaseInsensitive(html, closeTag, i);
                const qsizetype contentEnd = close < 0 ? n : close;
                if (name == QLatin1String("title") && titleText.isEmpty())
                    titleText = decodeEntities(html.mid(i, contentEnd - i)).simplified();
                else if (name == QLatin1String("script") && !doc.published.isValid() &&
                         tag.attributes.value(QStringLiteral("type")).trimmed().toLower() ==
                             QLatin1String("application/ld+json"))
                    doc.published = datePublishedInJsonLd(html.mid(i, contentEnd - i));
                else if (name == QLatin1String("textarea") && skipDepth == 0 && !inHead)
                    raw.append(decodeEntities(html.mid(i, contentEnd - i)));
                const qsizetype after = close < 0 ? n : html.indexOf(u'>', close);
                i = after < 0 ? n : after + 1;
                continue;
            }
            if (name == QLatin1String("head")) {
                inHead = !tag.end;
                continue;
            }
            if (name == QLatin1String("body") && !tag.end)
                inHead = false;
            if (name == QLatin1String("meta")) {
                const QString property =
                    tag.attributes.value(QStringLiteral("property"), tag.attributes.value(QStringLiteral("name")));
                if (ogTitle.isEmpty() &&
                    (property == QLatin1String("og:title") || property == QLatin1String("twitter:title")))
                    ogTitle = tag.attributes.value(QStringLiteral("content")).simplified();
                // Where the page says it came from: what a citation of it needs.
                if (doc.siteName.isEmpty() && property == QLatin1String("og:site_name"))
                    doc.siteName = tag.attributes.value(QStringLiteral("content")).simplified();
                if (property == QLatin1String("og:url"))
                    ogUrl = tag.attributes.value(QStringLiteral("content")).trimmed();
                // When the page was first published, in the names sites use for it.
                static const QSet<QString> publishedNames{
                    QStringLiteral("article:published_time"), QStringLiteral("og:published_time"),
                    QStringLiteral("datepublished"),          QStringLiteral("pubdate"),
                    QStringLiteral("publishdate"),            QStringLiteral("publish-date"),
                    QStringLiteral("dc.date.issued"),         QStringLiteral("parsely-pub-date"),
                    QStringLiteral("sailthru.date")};
                const QString itemprop = tag.attributes.value(QStringLiteral("itemprop")).toLower();
                if (!doc.published.isValid() &&
                    (publishedNames.contains(property.toLower()) || itemprop == QLatin1String("datepublished")))
                    doc.published = dayOfTimestamp(tag.attributes.value(QStringLiteral("content")));
                continue;
            }
            if (name == QLatin1String("link") && canonicalUrl.isEmpty() &&
                tag.attributes.value(QStringLiteral("rel"))
                    .split(u' ')
                    .contains(QLatin1String("canonical"), Qt::CaseInsensitive))
                canonicalUrl = tag.attributes.value(QStringLiteral("href")).trimmed();

            if (skipDepth > 0) {
                if (name == skipName && !voidElements().contains(name)) {
                    if (tag.end)
                        --skipDepth;
                    else if (!tag.selfClosing)
                        ++skipDepth;
                }
                continue;
            }
            if (!tag.end && !tag.selfClosing && !voidElements().contains(name) &&
                (droppedElements().contains(name) || namesFurniture(tag, skipTokens))) {
                skipName = name;
                skipDepth = 1;
                continue;
            }
            if (inHead)
                continue;
            if (bodyDepth == 0 && !tag.end && !tag.selfClosing &&
                (name == QLatin1String("article") ||
                 tag.attributes.value(QStringLiteral("itemprop")).compare(u"articleBody", Qt::CaseInsensitive) == 0)) {
                bodyName = name;
                bodyDepth = 1;
                bodySpans.append({raw.size(), -1});
            } else if (bodyDepth > 0 && name == bodyName && !tag.selfClosing) {
                bodyDepth += tag.end ? -1 : 1;
                if (bodyDepth == 0)
                    bodySpans.last().second = raw.size();
            }

            if (name == QLatin1String("h1") && h1Text.isEmpty()) {
                if (!tag.end)
                    h1Start = raw.size();
                else if (h1Start >= 0)
                    h1Text = raw.mid(h1Start).simplified();
            }
            if (paragraphElements().contains(name))
                raw.append(QStringLiteral("\n\n"));
            else if (lineElements().contains(name))
                raw.append(u'\n');
            continue;
        }
        if (c == u'&') {
            char32_t value = 0;
            if (const qsizetype length = readEntity(html, i, &value)) {
                if (skipDepth == 0 && !inHead)
                    appendCodePoint(raw, value);
                i += length;
                continue;
            }
        }
        if (skipDepth == 0 && !inHead)
            raw.append(c);
        ++i;
    }

    for (auto &span : bodySpans)
        if (span.second < 0)
            span.second = raw.size(); // an article left open runs to the end of the page
    doc.text = tidyLines(articleBodyOf(raw, bodySpans, h1Text));
    const QString pageUrl = !ogUrl.isEmpty() ? ogUrl : canonicalUrl;
    if (pageUrl.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
        pageUrl.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        doc.url = pageUrl; // a relative or odd address would not find the page again
    // <title> often carries the outlet's name ("Headline - Outlet"); og:title or the first <h1> usually does not.
    const QString cleaner = !ogTitle.isEmpty() ? ogTitle : h1Text;
    if (titleText.isEmpty())
        doc.title = cleaner;
    else if (!cleaner.isEmpty() && titleText.contains(cleaner))
        doc.title = cleaner;
    else
        doc.title = titleText;
    return doc;
}

} // namespace rasad
