#pragma once

#include "import/TextDecoder.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace rasad {

/** What a web page holds for Rasad: its title and its readable text. */
struct HtmlDocument
{
    QString title;
    QString siteName;     // the outlet the page names (og:site_name), empty when it does not
    QString url;          // the page's own address (og:url, else <link rel="canonical">)
    QDate published;      // the day the page says it was first published (article:published_time, JSON-LD)
    QString text;         // body text; one line per block element, a blank line between paragraphs
    DecodedText decoding; // how the bytes were read; text is empty when decoding.ok() is false
};

/**
 * Reads the text of a saved web page with a small, tolerant tag scanner (one left-to-right pass, no
 * regular expression over the page, no DOM): drops script, style, head, nav, header, footer, aside,
 * form and comments, and elements whose class or id names page furniture (`skipTokens`, from
 * resources/lexicon/furniture.json); decodes character references; turns block elements into line
 * breaks. Unclosed and misnested tags are tolerated, as browsers do.
 */
class HtmlExtractor
{
public:
    /** Decodes `bytes` (BOM, then <meta charset>, then detection) and extracts title and text. */
    static HtmlDocument extract(const QByteArray &bytes, const QStringList &skipTokens = {});
    /** Extracts from already decoded markup. */
    static HtmlDocument extractText(QStringView html, const QStringList &skipTokens = {});
    /** The charset a page declares in its first 4 KiB (<meta charset> or http-equiv content type), or empty. */
    static QByteArray declaredCharset(const QByteArray &bytes);
    /** `text` with character references (&amp; &#1587; &#x633; &nbsp; …) replaced by their characters. */
    static QString decodeEntities(QStringView text);
};

} // namespace rasad
