#include "import/FurnitureDetector.h"

#include "text/ArabicNormalizer.h"
#include "text/PlainSearch.h"

#include <QHash>


namespace rasad {

namespace {

/** What one line is, judged alone. */
enum class LineClass {
    Blank,
    Content,
    Counter,       // a lone number, perhaps with "views"
    Share,         // share prompt or a row of network names
    Ad,            // exactly an ad marker
    AdLoose,       // a short line holding an ad marker: furniture only at the edges or among teasers
    Disclaimer,    // aggregator's "first published on … not responsible"
    RelatedBlock,  // a related-articles heading on its own line
    RelatedInline, // "اقرأ أيضاً: <teaser title>"
    Label,         // one section label
    Navigation,    // several labels on one line (breadcrumbs, menus)
};

struct Line
{
    int start = 0; // trimmed, in the original text
    int end = 0;
    QString raw;  // matching key of the trimmed line, simplified, punctuation kept
    QString norm; // its words joined by single spaces, punctuation dropped
    int words = 0;
    LineClass cls = LineClass::Blank;
    QString kind; // the furniture kind assigned; empty for content
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || isIgnorableInKey(c.unicode());
}

QString wordsOf(QStringView key, int *count)
{
    QString out;
    out.reserve(key.size()); // never longer than the key: no regrowth while appending
    int n = 0;
    bool inWord = false;
    for (QChar c : key) {
        if (c.isLetterOrNumber()) {
            if (!inWord && !out.isEmpty())
                out.append(u' ');
            if (!inWord)
                ++n;
            inWord = true;
            out.append(c);
        } else {
            inWord = false;
        }
    }
    if (count)
        *count = n;
    return out;
}

bool equalsAny(const QString &norm, const QStringList &list)
{
    return list.contains(norm);
}

/** True when `norm` contains one of the phrases as whole words. */
bool containsAny(const QString &norm, const QStringList &list)
{
    for (const QString &phrase : list) {
        qsizetype at = plainIndexOf(norm, phrase);
        while (at >= 0) {
            const qsizetype after = at + phrase.size();
            if ((at == 0 || norm.at(at - 1) == u' ') && (after == norm.size() || norm.at(after) == u' '))
                return true;
            at = plainIndexOf(norm, phrase, at + 1);
        }
    }
    return false;
}

/** True when every word of `norm` belongs to one of the phrases (read greedily, longest phrase first). */
bool coveredBy(const QString &norm, const QStringList &phrases)
{
    if (norm.isEmpty())
        return false;
    qsizetype pos = 0;
    while (pos < norm.size()) {
        bool matched = false;
        for (const QString &phrase : phrases) { // longest first
            if (QStringView(norm).mid(pos).startsWith(phrase) &&
                (pos + phrase.size() == norm.size() || norm.at(pos + phrase.size()) == u' ')) {
                pos += phrase.size() + 1;
                matched = true;
                break;
            }
        }
        if (!matched)
            return false;
    }
    return true;
}

bool isNumberToken(QStringView token)
{
    if (token.isEmpty())
        return false;
    for (QChar c : token)
        if (!c.isDigit())
            return false;
    return token.size() <= 9;
}

bool isCounter(const QString &norm, const QStringList &counterWords)
{
    bool number = false;
    // Token by token without building the list: most lines fail on their first word.
    for (QStringView token : QStringView(norm).tokenize(u' ', Qt::SkipEmptyParts)) {
        if (isNumberToken(token))
            number = true;
        else if (!counterWords.contains(token))
            return false;
    }
    return number;
}

/** Marker at the start of the line, followed by punctuation: "اقرأ أيضاً: …", "شارك الخبر: …". */
bool startsWithMarkerThenPunctuation(const QString &raw, const QStringList &markers)
{
    qsizetype begin = 0;
    while (begin < raw.size() && !isWordChar(raw.at(begin)))
        ++begin;
    const QStringView body = QStringView(raw).mid(begin);
    for (const QString &marker : markers) {
        if (!body.startsWith(marker) || body.size() == marker.size())
            continue;
        qsizetype i = marker.size();
        while (i < body.size() && body.at(i) == u' ')
            ++i;
        if (i < body.size() && !isWordChar(body.at(i)))
            return true;
    }
    return false;
}

/** Every piece between separators (| / > » • - ،) is a label: "الرئيسية > أخبار > سياسة". */
int labelPieces(const QString &raw, const QStringList &labels, int maxWords)
{
    int pieces = 0;
    // A piece is the run of letters, digits and spaces between two separators: a view, not a copy.
    qsizetype pieceStart = 0;
    auto flush = [&](qsizetype pieceEnd) -> bool {
        int words = 0; // the piece's words are the words of `norm`
        const QString norm = wordsOf(QStringView(raw).mid(pieceStart, pieceEnd - pieceStart), &words);
        pieceStart = pieceEnd + 1;
        if (norm.isEmpty())
            return true;
        if (words > maxWords && !coveredBy(norm, labels))
            return false;
        if (equalsAny(norm, labels)) {
            ++pieces;
            return true;
        }
        if (coveredBy(norm, labels)) { // "سياسة اقتصاد رياضة" on one line
            pieces += words;
            return true;
        }
        return false;
    };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (!c.isLetterOrNumber() && c != u' ' && !flush(i))
            return 0;
    }
    return flush(raw.size()) ? pieces : 0;
}

LineClass classify(const Line &line, const FurnitureLexicon &lex)
{
    if (line.norm.isEmpty())
        return line.raw.isEmpty() ? LineClass::Blank : LineClass::Content;
    if (isCounter(line.norm, lex.counterWords))
        return LineClass::Counter;
    if (containsAny(line.norm, lex.disclaimerStart) || containsAny(line.norm, lex.disclaimerContinuation))
        return LineClass::Disclaimer;
    if (equalsAny(line.norm, lex.relatedMarkers))
        return LineClass::RelatedBlock;
    if (line.words <= lex.teaserTitleMaxWords + 4 && startsWithMarkerThenPunctuation(line.raw, lex.relatedMarkers))
        return LineClass::RelatedInline;
    if (equalsAny(line.norm, lex.adMarkers))
        return LineClass::Ad;
    if (line.words <= 2 * lex.shareMaxWords && coveredBy(line.norm, lex.shareMarkers))
        return LineClass::Share;
    if (line.words <= lex.shareMaxWords + 2 && startsWithMarkerThenPunctuation(line.raw, lex.shareMarkers))
        return LineClass::Share;
    if (const int pieces = labelPieces(line.raw, lex.sectionLabels, lex.sectionLabelMaxWords))
        return pieces > 1 ? LineClass::Navigation : LineClass::Label;
    if (line.words <= lex.adMaxWords && containsAny(line.norm, lex.adMarkers))
        return LineClass::AdLoose;
    return LineClass::Content;
}

/** The furniture kind a line of this class always has, wherever it stands; empty when position decides. */
QString kindAnywhere(LineClass cls)
{
    switch (cls) {
    case LineClass::Counter:
        return QStringLiteral("view-counter");
    case LineClass::Share:
        return QStringLiteral("share");
    case LineClass::Ad:
        return QStringLiteral("ad");
    case LineClass::Disclaimer:
        return QStringLiteral("disclaimer");
    case LineClass::RelatedInline:
        return QStringLiteral("teaser");
    case LineClass::Navigation:
        return QStringLiteral("navigation");
    default:
        return {};
    }
}

/** The kind a line has when it stands in a run of furniture at the start or end of the page. */
QString kindAtEdge(LineClass cls)
{
    switch (cls) {
    case LineClass::Label:
        return QStringLiteral("section-label");
    case LineClass::AdLoose:
        return QStringLiteral("ad");
    default:
        return kindAnywhere(cls);
    }
}

QList<Line> splitLines(QStringView text)
{
    QList<Line> lines;
    int pos = 0;
    const int n = int(text.size());
    while (pos <= n) {
        int end = int(text.indexOf(u'\n', pos));
        if (end < 0)
            end = n;
        Line line;
        int s = pos;
        int e = end;
        while (s < e && (text.at(s).isSpace() || isIgnorableInKey(text.at(s).unicode())))
            ++s;
        while (e > s && (text.at(e - 1).isSpace() || isIgnorableInKey(text.at(e - 1).unicode())))
            --e;
        line.start = s;
        line.end = e;
        line.raw = matchingKey(text.mid(s, e - s)).simplified();
        line.norm = wordsOf(line.raw, &line.words);
        lines.append(line);
        if (end == n)
            break;
        pos = end + 1;
    }
    return lines;
}

} // namespace

FurnitureDetector::FurnitureDetector(std::shared_ptr<const FurnitureLexicon> lexicon)
    : m_lexicon(lexicon ? std::move(lexicon) : std::make_shared<const FurnitureLexicon>())
{
}

bool FurnitureDetector::covers(const QList<TextSpan> &spans, int offset)
{
    for (const TextSpan &span : spans)
        if (offset >= span.start && offset < span.end)
            return true;
    return false;
}

QList<TextSpan> FurnitureDetector::detect(QStringView text) const
{
    const FurnitureLexicon &lex = *m_lexicon;
    QList<Line> lines = splitLines(text);
    for (Line &line : lines) {
        line.cls = classify(line, lex);
        line.kind = kindAnywhere(line.cls);
    }
    const int count = int(lines.size());

    // Related-article blocks: near the end, everything after the heading is teasers; inside the
    // article (a long paragraph follows), only the short lines right after the heading are.
    for (int i = 0; i < count; ++i) {
        if (lines[i].cls != LineClass::RelatedBlock)
            continue;
        int longest = 0;
        for (int j = i + 1; j < count; ++j)
            if (lines[j].kind.isEmpty())
                longest = std::max(longest, lines[j].words);
        lines[i].kind = QStringLiteral("teaser");
        if (longest <= lex.teaserBlockMaxWords) {
            for (int j = i + 1; j < count; ++j)
                if (lines[j].cls != LineClass::Blank)
                    lines[j].kind = QStringLiteral("teaser");
            break;
        }
        for (int j = i + 1; j < count; ++j) {
            if (lines[j].cls == LineClass::Blank)
                continue;
            if (lines[j].words > lex.teaserTitleMaxWords && lines[j].cls != LineClass::Counter)
                break;
            lines[j].kind = QStringLiteral("teaser");
        }
    }

    // A short line repeating an earlier one: the title printed twice, a teaser's title above its link.
    QHash<QString, int> seen;
    for (int i = 0; i < count; ++i) {
        Line &line = lines[i];
        if (line.cls == LineClass::Blank || line.words < 2 || line.words > lex.teaserTitleMaxWords)
            continue;
        if (seen.contains(line.norm)) {
            if (line.kind.isEmpty())
                line.kind = QStringLiteral("duplicate");
        } else {
            seen.insert(line.norm, i);
        }
    }

    // Runs of labels, counters, share and ad lines at either edge of the page.
    auto markEdge = [&](int from, int step) {
        for (int i = from; i >= 0 && i < count; i += step) {
            Line &line = lines[i];
            if (line.cls == LineClass::Blank)
                continue;
            const QString edgeKind = kindAtEdge(line.cls);
            if (!line.kind.isEmpty() && line.kind != QLatin1String("duplicate"))
                continue;
            if (edgeKind.isEmpty())
                return;
            line.kind = edgeKind;
        }
    };
    markEdge(0, 1);
    markEdge(count - 1, -1);

    // Neighbouring lines of one kind (blank lines between them included) become one span.
    QList<TextSpan> spans;
    for (const Line &line : lines) {
        if (line.kind.isEmpty() || line.end <= line.start)
            continue;
        if (!spans.isEmpty() && spans.last().kind == line.kind) {
            bool onlySpace = true;
            for (int k = spans.last().end; k < line.start && onlySpace; ++k)
                onlySpace = text.at(k).isSpace();
            if (onlySpace) {
                spans.last().end = line.end;
                continue;
            }
        }
        spans.append(TextSpan{line.start, line.end, line.kind});
    }
    return spans;
}

} // namespace rasad
