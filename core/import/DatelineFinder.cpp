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
    QStringList markers;                     // keys, longest first
    QList<QPair<QString, int>> monthNames;   // key → month, longest first
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

int toNumber(const Token &t, bool *ok)
{
    *ok = !t.text.isEmpty() && t.text.at(0).isDigit() && t.text.size() <= 4;
    return *ok ? t.text.toInt(ok) : 0;
}

} // namespace

DatelineFinder::DatelineFinder()
    : m_lexicon(loadLexicon())
{
}

namespace {

/** Month starting at token i (a name may be two words, and a clitic و/ب may be glued on); its word count. */
int monthAt(const QList<Token> &tokens, int i, const DatelineFinder::Lexicon &lex, int *month)
{
    for (const auto &[name, number] : lex.monthNames) {
        const QStringList parts = name.split(u' ');
        if (i + parts.size() > tokens.size())
            continue;
        bool match = true;
        for (int k = 0; k < parts.size() && match; ++k)
            match = tokens.at(i + k).text == parts.at(k);
        if (match) {
            *month = number;
            return int(parts.size());
        }
    }
    return 0;
}

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
        const QJsonArray months = root.value(QLatin1String("months")).toArray();
        for (int m = 0; m < months.size(); ++m)
            for (const QJsonValue &v : months.at(m).toArray())
                lex.monthNames.append({matchingKey(v.toString()).simplified(), m + 1});
        std::sort(lex.monthNames.begin(), lex.monthNames.end(),
                  [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
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

QDate plausible(int year, int month, int day)
{
    if (year < 1950 || year > 2100)
        return {};
    return QDate(year, month, day);
}

} // namespace

QDate DatelineFinder::parseDate(QStringView line, int *keyStart, int *keyEnd) const
{
    // Interim parser: day-month-year with month names, and numeric dates. The date engine (core/dates)
    // takes over once it lands; this keeps import useful until then.
    const QString key = matchingKey(line);
    const QList<Token> tokens = tokenize(key);
    for (int i = 0; i < tokens.size(); ++i) {
        bool ok = false;
        const int first = toNumber(tokens.at(i), &ok);
        if (!ok)
            continue;
        QDate date;
        int last = i;
        int month = 0;
        // 17 نوفمبر 2025; 16 تشرين الثاني/نوفمبر 2025 (a second month name may follow the first)
        if (const int words = i + 1 < tokens.size() ? monthAt(tokens, i + 1, *m_lexicon, &month) : 0) {
            int j = i + 1 + words;
            int again = 0;
            if (const int more = j < tokens.size() ? monthAt(tokens, j, *m_lexicon, &again) : 0)
                j += again == month ? more : 0;
            bool yearOk = false;
            const int year = j < tokens.size() ? toNumber(tokens.at(j), &yearOk) : 0;
            if (yearOk && tokens.at(j).text.size() == 4) {
                date = plausible(year, month, first);
                last = j;
            }
        } else if (i + 2 < tokens.size()) {
            // 17/11/2025, 17-11-2025, 2025-11-17: three numbers separated by / - or .
            bool ok2 = false;
            bool ok3 = false;
            const int second = toNumber(tokens.at(i + 1), &ok2);
            const int third = toNumber(tokens.at(i + 2), &ok3);
            auto separated = [&](int a) {
                const QStringView gap = QStringView(key).mid(tokens.at(a).end, tokens.at(a + 1).start - tokens.at(a).end);
                return gap == u"/" || gap == u"-" || gap == u".";
            };
            if (ok2 && ok3 && separated(i) && separated(i + 1)) {
                if (tokens.at(i).text.size() == 4)
                    date = plausible(first, second, third);
                else if (tokens.at(i + 2).text.size() == 4)
                    date = plausible(third, second, first);
                last = i + 2;
            }
        }
        if (date.isValid()) {
            if (keyStart)
                *keyStart = tokens.at(i).start;
            if (keyEnd)
                *keyEnd = tokens.at(last).end;
            return date;
        }
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
            const QDate date = parseDate(lineText);
            if (date.isValid()) {
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
