#include "import/DatelineFinder.h"

#include "import/FurnitureDetector.h"
#include "text/ArabicNormalizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rasad {

struct DatelineFinder::Lexicon
{
    QStringList markers; // keys, longest first
    int headLines = 5;
    int tailLines = 4;
    int standaloneMaxWords = 9;
    int markerLineMaxWords = 14;
};

namespace {

const DatelineFinder::Lexicon *loadLexicon();

/** A word of a line's matching key: [start, end) in the key. */
struct Token
{
    int start = 0;
    int end = 0;
    QString text;
};

QList<Token> tokenize(const QString &key)
{
    QList<Token> tokens;
    int i = 0;
    const int n = int(key.size());
    while (i < n) {
        if (!key.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        const int start = i;
        const bool digits = key.at(i).isDigit();
        while (i < n && key.at(i).isLetterOrNumber() && key.at(i).isDigit() == digits)
            ++i;
        tokens.append(Token{start, i, key.mid(start, i - start)});
    }
    return tokens;
}

} // namespace

DatelineFinder::DatelineFinder() : m_lexicon(loadLexicon()) {}

namespace {

const DatelineFinder::Lexicon *loadLexicon()
{
    static const DatelineFinder::Lexicon lexicon = [] {
        DatelineFinder::Lexicon lex;
        QFile file(QStringLiteral(":/rasad/lexicon/dateline.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("rasad: :/rasad/lexicon/dateline.json is not compiled in; datelines will not be found");
            return lex;
        }
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue &v : root.value(QLatin1String("markers")).toArray()) {
            const QString key = matchingKey(v.toString()).simplified();
            if (!key.isEmpty())
                lex.markers.append(key);
        }
        std::sort(lex.markers.begin(), lex.markers.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        auto readInt = [&](const char *name, int *out) {
            const int value = root.value(QLatin1String(name)).toInt(0);
            if (value > 0)
                *out = value;
        };
        readInt("head_lines", &lex.headLines);
        readInt("tail_lines", &lex.tailLines);
        readInt("standalone_max_words", &lex.standaloneMaxWords);
        readInt("marker_line_max_words", &lex.markerLineMaxWords);
        return lex;
    }();
    return &lexicon;
}

} // namespace

QDate DatelineFinder::parseDate(QStringView line, int *start, int *end) const
{
    // The date engine reads every style (month names of every region, Arabic-Indic digits, numeric,
    // weekday and time around it); a dateline is a single, fully given day.
    for (const TemporalExpression &e : m_engine.find(line)) {
        if (e.value.granularity != Granularity::Day || !e.value.isExactDay())
            continue;
        if (start)
            *start = e.start;
        if (end)
            *end = e.end;
        return e.value.start;
    }
    return {};
}

std::optional<Dateline> DatelineFinder::find(QStringView text, const QList<TextSpan> &furniture) const
{
    // Non-blank lines with their positions.
    struct Line
    {
        int start;
        int end;
    };
    QList<Line> lines;
    int pos = 0;
    const int n = int(text.size());
    while (pos < n) {
        int end = int(text.indexOf(u'\n', pos));
        if (end < 0)
            end = n;
        int s = pos;
        int e = end;
        while (s < e && text.at(s).isSpace())
            ++s;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        if (e > s)
            lines.append(Line{s, e});
        pos = end + 1;
    }

    const Lexicon &lex = *m_lexicon;
    auto wordCount = [](QStringView key) { return int(tokenize(key.toString()).size()); };

    for (int li = 0; li < lines.size(); ++li) {
        const Line &line = lines.at(li);
        const bool atHead = li < lex.headLines;
        const bool atTail = li >= lines.size() - lex.tailLines;
        const bool inFurniture = FurnitureDetector::covers(furniture, line.start);
        if (!atHead && !atTail && !inFurniture)
            continue; // a dateline is at the top, at the bottom or in the furniture, never mid-article
        const QStringView lineText = text.mid(line.start, line.end - line.start);
        const QString key = matchingKey(lineText).simplified();
        const int words = wordCount(key);

        // A date after a marker: "نشر في 3 آذار 2024", "… بتاريخ ٢٤ كانون الأول ٢٠٢٥".
        if (inFurniture || ((atHead || atTail) && words <= lex.markerLineMaxWords)) {
            for (const QString &marker : lex.markers) {
                qsizetype at = key.indexOf(marker);
                while (at >= 0) {
                    const bool wordStart = at == 0 || !key.at(at - 1).isLetterOrNumber();
                    const qsizetype after = at + marker.size();
                    // Outside furniture the marker opens the line ("نشر في: …"); deeper in, it is a sentence.
                    const bool opensLine = inFurniture || wordCount(QStringView(key).left(at)) <= 1;
                    if (wordStart && opensLine && (after == key.size() || !key.at(after).isLetter())) {
                        int dateStart = 0;
                        const QString rest = key.mid(after);
                        const QDate date = parseDate(rest, &dateStart);
                        // The date must follow the marker closely (at most two words between them).
                        if (date.isValid() && wordCount(QStringView(rest).left(dateStart)) <= 2) {
                            Dateline found;
                            found.date = date;
                            found.line = TextSpan{line.start, line.end, QStringLiteral("dateline")};
                            found.standalone = !inFurniture && words <= lex.markerLineMaxWords;
                            return found;
                        }
                    }
                    at = key.indexOf(marker, at + 1);
                }
            }
        }
        // A date alone on one of the first lines.
        if (atHead && words <= lex.standaloneMaxWords) {
            int dateStart = 0;
            int dateEnd = 0;
            const QDate date = parseDate(lineText, &dateStart, &dateEnd);
            // The date (with its weekday and time) must be most of the line, or it is a headline with a date.
            if (date.isValid() && 5 * (dateEnd - dateStart) >= 2 * lineText.size()) {
                Dateline found;
                found.date = date;
                found.line = TextSpan{line.start, line.end, QStringLiteral("dateline")};
                found.standalone = true;
                return found;
            }
        }
    }
    return std::nullopt;
}

} // namespace rasad
