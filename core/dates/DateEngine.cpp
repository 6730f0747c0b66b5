#include "dates/DateEngine.h"

#include "dates/DateLexicon.h"
#include "dates/HijriCalendar.h"
#include "text/ArabicNormalizer.h"

#include <QTime>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <vector>

namespace rasad {

namespace {

// ---------------------------------------------------------------------------------------------
// Tokens and lexemes over the matching key

/** A run of the key: a word (one script), a digit run or one punctuation character. */
struct RawToken
{
    enum Kind : quint8 { Word, Number, Punct };
    Kind kind = Word;
    bool breakBefore = false; // a line break since the previous token
    int start = 0;
    int end = 0;
};

/** A token after lexicon lookup: words may span several tokens (كانون الثاني) and lose a clitic. */
struct Lexeme
{
    RawToken::Kind kind = RawToken::Word;
    bool breakBefore = false;
    char16_t punct = 0;
    int digits = 0;
    qint64 value = 0;
    int keyStart = 0;
    int keyEnd = 0;
    const DateWord *word = nullptr; // null for a word the lexicon does not know
};

bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C || c == 0x85;
}

bool isLatinLetter(char16_t c)
{
    return c >= u'a' && c <= u'z';
}

std::vector<RawToken> tokenize(const QString &key)
{
    std::vector<RawToken> tokens;
    tokens.reserve(size_t(key.size() / 4 + 4));
    const char16_t *s = reinterpret_cast<const char16_t *>(key.constData());
    const int n = int(key.size());
    bool pendingBreak = false;
    int i = 0;
    while (i < n) {
        const char16_t c = s[i];
        if (isLineBreak(c)) {
            pendingBreak = true;
            ++i;
            continue;
        }
        if (c == u' ' || c == u'\t' || (c >= 0x2000 && c <= 0x200A) || c == 0x3000) {
            ++i;
            continue;
        }
        RawToken t;
        t.start = i;
        t.breakBefore = pendingBreak;
        pendingBreak = false;
        if (c >= u'0' && c <= u'9') {
            t.kind = RawToken::Number;
            while (i < n && s[i] >= u'0' && s[i] <= u'9')
                ++i;
        } else if (isArabicLetter(c)) {
            t.kind = RawToken::Word;
            while (i < n && isArabicLetter(s[i]))
                ++i;
        } else if (isLatinLetter(c)) {
            t.kind = RawToken::Word;
            while (i < n && isLatinLetter(s[i]))
                ++i;
        } else {
            t.kind = RawToken::Punct;
            ++i;
        }
        t.end = i;
        tokens.push_back(t);
    }
    return tokens;
}

/** Longest lexicon phrase starting at word token `t` (from `offset` in it, after `virtualPrefix`). */
struct PhraseMatch
{
    const DateWord *word = nullptr;
    int lastToken = -1;
};

PhraseMatch matchPhrase(const DateLexicon &lex, const QString &key, const std::vector<RawToken> &tokens, size_t t,
                        int offset, char16_t virtualPrefix)
{
    const char16_t *s = reinterpret_cast<const char16_t *>(key.constData());
    int node = DateLexicon::kRoot;
    if (virtualPrefix) {
        node = lex.step(node, virtualPrefix);
        if (node < 0)
            return {};
    }
    PhraseMatch best;
    for (size_t u = t; u < tokens.size(); ++u) {
        const RawToken &tok = tokens[u];
        if (u > t) {
            // A phrase goes on with the next word, or with a number (ك1, ت 2: the Levantine month numbers).
            const bool glued = tok.start == tokens[u - 1].end;
            if (tok.breakBefore || (tok.kind != RawToken::Word && tok.kind != RawToken::Number) ||
                (glued && tok.kind == RawToken::Word))
                break;
            if (!glued)
                node = lex.step(node, u' ');
            if (node < 0)
                break;
        }
        for (int i = (u == t ? tok.start + offset : tok.start); i < tok.end && node >= 0; ++i)
            node = lex.step(node, s[i]);
        if (node < 0)
            break;
        if (const DateWord *w = lex.wordAt(node))
            best = {w, int(u)};
    }
    return best;
}

std::vector<Lexeme> lexemes(const DateLexicon &lex, const QString &key)
{
    const std::vector<RawToken> tokens = tokenize(key);
    std::vector<Lexeme> out;
    out.reserve(tokens.size());
    const char16_t *s = reinterpret_cast<const char16_t *>(key.constData());
    for (size_t t = 0; t < tokens.size(); ++t) {
        const RawToken &tok = tokens[t];
        Lexeme l;
        l.kind = tok.kind;
        l.breakBefore = tok.breakBefore;
        l.keyStart = tok.start;
        l.keyEnd = tok.end;
        if (tok.kind == RawToken::Number) {
            l.digits = tok.end - tok.start;
            if (l.digits <= 9) {
                for (int i = tok.start; i < tok.end; ++i)
                    l.value = l.value * 10 + (s[i] - u'0');
            } else {
                l.value = -1;
            }
        } else if (tok.kind == RawToken::Punct) {
            l.punct = s[tok.start];
        } else {
            PhraseMatch m = matchPhrase(lex, key, tokens, t, 0, 0);
            int offset = 0;
            const int length = tok.end - tok.start;
            // Proclitics: strip one (or two) of و ف ب ل ك, leaving at least two letters; لل → ال.
            if (!m.word && length > 2 && lex.isClitic(s[tok.start])) {
                if (s[tok.start] == u'\u0644' && s[tok.start + 1] == u'\u0644' && length > 3) {
                    m = matchPhrase(lex, key, tokens, t, 1, u'\u0627');
                    offset = 1;
                }
                if (!m.word) {
                    m = matchPhrase(lex, key, tokens, t, 1, 0);
                    offset = 1;
                }
                if (!m.word && length > 3 && lex.isClitic(s[tok.start + 1])) {
                    m = matchPhrase(lex, key, tokens, t, 2, 0);
                    offset = 2;
                }
            }
            if (m.word) {
                l.word = m.word;
                l.keyStart = tok.start + offset;
                l.keyEnd = tokens[size_t(m.lastToken)].end;
                t = size_t(m.lastToken);
            }
        }
        out.push_back(l);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic

QDate lastOfMonth(int year, int month)
{
    return QDate(year, month, 1).addMonths(1).addDays(-1);
}

FuzzyDate interval(const QDate &start, const QDate &end, Granularity g)
{
    FuzzyDate f;
    if (start.isValid() && end.isValid() && start <= end) {
        f.start = start;
        f.end = end;
        f.granularity = g;
    }
    return f;
}

FuzzyDate dayValue(const QDate &d)
{
    return interval(d, d, Granularity::Day);
}

FuzzyDate monthValue(int year, int month)
{
    return interval(QDate(year, month, 1), lastOfMonth(year, month), Granularity::Month);
}

FuzzyDate yearValue(int year)
{
    return interval(QDate(year, 1, 1), QDate(year, 12, 31), Granularity::Year);
}

/** Early 1–10, mid 11–20, late 21–end of a month of `lastDay` days starting on `first`. */
FuzzyDate partOfMonth(const QDate &first, int lastDay, PeriodPart part)
{
    switch (part) {
    case PeriodPart::Early:
        return interval(first, first.addDays(9), Granularity::PartOfMonth);
    case PeriodPart::Mid:
        return interval(first.addDays(10), first.addDays(19), Granularity::PartOfMonth);
    case PeriodPart::Late:
        return interval(first.addDays(20), first.addDays(lastDay - 1), Granularity::PartOfMonth);
    case PeriodPart::None:
        break;
    }
    return {};
}

/** Thirds of the year: Jan–Apr, May–Aug, Sep–Dec. */
FuzzyDate partOfYear(int year, PeriodPart part)
{
    switch (part) {
    case PeriodPart::Early:
        return interval(QDate(year, 1, 1), QDate(year, 4, 30), Granularity::Year);
    case PeriodPart::Mid:
        return interval(QDate(year, 5, 1), QDate(year, 8, 31), Granularity::Year);
    case PeriodPart::Late:
        return interval(QDate(year, 9, 1), QDate(year, 12, 31), Granularity::Year);
    case PeriodPart::None:
        break;
    }
    return {};
}

/** A calendar month: Gregorian or Hijri, as Gregorian days. */
struct CalendarMonth
{
    bool hijri = false;
    int year = 0;
    int month = 0;

    QDate first() const { return hijri ? HijriCalendar::toGregorian(year, month, 1) : QDate(year, month, 1); }
    int days() const { return hijri ? HijriCalendar::daysInMonth(year, month) : QDate(year, month, 1).daysInMonth(); }
    QDate day(int d) const
    {
        if (d < 1 || d > days())
            return {};
        return hijri ? HijriCalendar::toGregorian(year, month, d) : QDate(year, month, d);
    }
    FuzzyDate whole() const
    {
        const QDate f = first();
        return f.isValid() ? interval(f, f.addDays(days() - 1), Granularity::Month) : FuzzyDate{};
    }
};

// ---------------------------------------------------------------------------------------------
// The grammar

/** An expression parsed over lexemes [first, end). */
struct Parsed
{
    int first = 0;
    int end = 0;
    FuzzyDate value;
    bool anchored = false;
    bool noAnchor = false;
    bool hijri = false;
    double confidence = 0.9;
    QStringList flags;
    // A day-and-month phrase whose year was inferred can take the year of a later range end.
    bool dayMonth = false;
    bool yearExplicit = false;
    int month = 0;
    int day = 0;
    int dayTo = 0;
    DateClues clues;
};

/** A month reference: a named month (Gregorian or Hijri, maybe paired) or الشهر + direction. */
struct MonthRef
{
    int end = 0;
    bool hijri = false;
    int month = 0;         // 0 for a relative month
    bool relative = false; // الشهر الماضي
    int relativeMonths = 0;
    bool weak = false; // الشهر without a direction: the current month, less sure
    int year = 0;
    bool yearExplicit = false;
    bool relativeYear = false; // من العام الماضي
    int yearOffset = 0;
    DateDirection direction = DateDirection::None;
    double penalty = 0.0;
    QStringList flags;
};

struct YearSpec
{
    int end = 0;
    int year = 0;
    bool explicitYear = false;
    bool hijriEra = false;
    int offset = 0; // relative year
};

struct DaySpec
{
    int day = 0;
    int end = 0;
};

int directionOffset(DateDirection d)
{
    switch (d) {
    case DateDirection::Past:
        return -1;
    case DateDirection::PastButOne:
        return -2;
    case DateDirection::Future:
        return 1;
    default:
        return 0;
    }
}

class Grammar
{
public:
    Grammar(const std::vector<Lexeme> &lexemes, const QString &key, const QDate &published)
        : L(lexemes), n(int(lexemes.size())), m_key(key), m_pub(published)
    {
    }

    std::optional<Parsed> parseAt(int i);

private:
    const std::vector<Lexeme> &L;
    const int n;
    const QString &m_key;
    const QDate m_pub;
    mutable std::optional<HijriDate> m_hijriPub;
    bool m_between = false;
    // What "الشهر نفسه" / "العام ذاته" point back to: the month and year of the last dated expression.
    int m_lastYear = 0;
    int m_lastMonth = 0;
    QDate m_lastDay;

    // Lexeme access. "Continues" means: exists and is not across a line break.
    bool cont(int i) const { return i >= 0 && i < n && !L[size_t(i)].breakBefore; }
    const DateWord *wordFirst(int i) const
    {
        return i >= 0 && i < n && L[size_t(i)].kind == RawToken::Word ? L[size_t(i)].word : nullptr;
    }
    const DateWord *word(int i) const { return cont(i) ? wordFirst(i) : nullptr; }
    bool marker(int i, DateMarker m) const
    {
        const DateWord *w = word(i);
        return w && w->has(m);
    }
    bool punct(int i, char16_t c) const
    {
        return cont(i) && L[size_t(i)].kind == RawToken::Punct && L[size_t(i)].punct == c;
    }
    bool comma(int i) const { return punct(i, u',') || punct(i, u'\u060C'); }
    bool isNumber(int i) const { return i >= 0 && i < n && L[size_t(i)].kind == RawToken::Number; }
    bool number(int i) const { return cont(i) && L[size_t(i)].kind == RawToken::Number; }
    bool adjacent(int i) const { return i > 0 && i < n && L[size_t(i)].keyStart == L[size_t(i - 1)].keyEnd; }
    qint64 value(int i) const { return L[size_t(i)].value; }
    int digits(int i) const { return L[size_t(i)].digits; }
    bool year4(int i) const { return number(i) && digits(i) == 4; }
    /** من كل عام, كل شهر: a yearly or monthly recurrence, no date on the calendar. */
    bool recurring(int i) const
    {
        return marker(i, MarkRecurring) || (marker(i, MarkOf) && marker(i + 1, MarkRecurring));
    }
    /** A definite relative adjective (العالمي, الوطنية): after اليوم it names a day, not today. */
    bool nisbaAdjective(int i) const
    {
        if (!cont(i) || L[size_t(i)].kind != RawToken::Word)
            return false;
        if (L[size_t(i)].word) // اليوم الأول, اليوم السابع; a verb of the lexicon (اليوم التقى) is none
            return L[size_t(i)].word->ordinalDay != 0;
        const QStringView w =
            QStringView(m_key).mid(L[size_t(i)].keyStart, L[size_t(i)].keyEnd - L[size_t(i)].keyStart);
        return w.size() >= 5 && w.startsWith(u"\u0627\u0644") && (w.endsWith(u'\u064A') || w.endsWith(u"\u064A\u0647"));
    }

    const HijriDate &hijriPub() const
    {
        if (!m_hijriPub)
            m_hijriPub = HijriCalendar::fromGregorian(m_pub);
        return *m_hijriPub;
    }

    /** The publication date is needed: mark the result as unresolved when there is none. */
    bool anchor(Parsed &p) const
    {
        if (m_pub.isValid()) {
            p.anchored = true;
            return true;
        }
        p.noAnchor = true;
        return false;
    }

    std::optional<Parsed> parseCore(int i);
    std::optional<Parsed> parseDayGroup(int i);
    std::optional<Parsed> parseSameDay(int i);
    std::optional<Parsed> parseNumericDate(int i);
    std::optional<Parsed> parseDayMonth(int i);
    std::optional<Parsed> parseMonthOnly(int i);
    std::optional<Parsed> parsePart(int i);
    std::optional<Parsed> parseAgo(int i);
    std::optional<Parsed> parseRelativeUnit(int i);
    std::optional<Parsed> parseYear(int i);

    std::optional<DaySpec> parseDay(int i, bool rangeEnd = false) const;
    std::optional<YearSpec> parseYearSpec(int i) const;
    std::optional<MonthRef> parseMonthRef(int i, bool supported) const;
    std::optional<CalendarMonth> resolveMonth(const MonthRef &m, Parsed &p) const;
    bool parseTime(int i, QTime &time, int &end) const;

    void trailingTime(Parsed &p) const;
    void equivalenceTail(Parsed &p);
    bool rangeTail(Parsed &p);
    void remember(const Parsed &p);
    void checkWeekday(Parsed &p, int weekday, bool relative) const;
};

std::optional<DaySpec> Grammar::parseDay(int i, bool rangeEnd) const
{
    if (const DateWord *w = word(i); w && w->ordinalDay) {
        // الأسبوع الأول من الشهر: an adjective of the unit before it, not a day.
        if (const DateWord *before = wordFirst(i - 1); before && before->definiteUnit && before->unit != DateUnit::Day)
            return std::nullopt;
        return DaySpec{w->ordinalDay, i + 1};
    }
    if (!isNumber(i) || digits(i) > 2 || value(i) < 1 || value(i) > 31)
        return std::nullopt;
    // Part of a longer numeric run (2.5, 16:25, 0933-123) is no day.
    if (punct(i + 1, u'.') && adjacent(i + 1) && number(i + 2) && adjacent(i + 2))
        return std::nullopt;
    if (!rangeEnd && adjacent(i) && i >= 2 && L[size_t(i - 1)].kind == RawToken::Punct && isNumber(i - 2) &&
        adjacent(i - 1))
        return std::nullopt;
    // الذكرى الـ80, صفحة 12: a count, not a day.
    if (const DateWord *w = wordFirst(i - 1); w && w->has(MarkCountNoun))
        return std::nullopt;
    if (i >= 2 && adjacent(i) && L[size_t(i - 1)].kind == RawToken::Word) {
        if (const DateWord *w = wordFirst(i - 2); w && w->has(MarkCountNoun))
            return std::nullopt;
    }
    int k = i + 1;
    if (marker(k, MarkEnglishOrdinal) && adjacent(k)) {
        ++k;
        if (comma(k))
            ++k;
    }
    return DaySpec{int(value(i)), k};
}

std::optional<YearSpec> Grammar::parseYearSpec(int i) const
{
    int k = i;
    const bool of = marker(k, MarkOf);
    if (of)
        ++k;
    YearSpec y;
    if (year4(k) && !of) {
        y.year = int(value(k));
        y.explicitYear = true;
        ++k;
    } else if (const DateWord *w = word(k); w && w->unit == DateUnit::Year && w->unitCount == 1 && year4(k + 1)) {
        y.year = int(value(k + 1));
        y.explicitYear = true;
        k += 2;
    } else if (w && w->unit == DateUnit::Year && w->definiteUnit && marker(k + 1, MarkSame)) {
        if (!m_lastYear)
            return std::nullopt;
        y.year = m_lastYear; // من العام نفسه: the year stated before
        y.explicitYear = true;
        k += 2;
    } else if (w && w->unit == DateUnit::Year && w->definiteUnit) {
        const DateWord *d = word(k + 1);
        if (!d || d->direction == DateDirection::None)
            return std::nullopt;
        y.offset = directionOffset(d->direction);
        k += 2;
    } else if (w && w->direction == DateDirection::Current && word(k + 1) && word(k + 1)->unit == DateUnit::Year &&
               word(k + 1)->definiteUnit) {
        y.offset = 0;
        k += 2;
    } else {
        return std::nullopt;
    }
    if (y.explicitYear) {
        if (y.year < 1000 || y.year > 2999)
            return std::nullopt;
        // 2024-2025 or 2024/5: not a plain year.
        if ((punct(k, u'-') || punct(k, u'/')) && adjacent(k) && number(k + 1) && adjacent(k + 1))
            return std::nullopt;
        if (marker(k, MarkHijriEra)) {
            y.hijriEra = true;
            ++k;
        } else if (marker(k, MarkGregorianEra)) {
            ++k;
        }
    }
    y.end = k;
    return y;
}

std::optional<MonthRef> Grammar::parseMonthRef(int i, bool supported) const
{
    MonthRef m;
    int k = i;
    bool support = supported;
    const DateWord *w = word(k);
    if (w && w->has(MarkMonthWord) && word(k + 1) && (word(k + 1)->gregorianMonth || word(k + 1)->hijriMonth)) {
        support = true;
        w = word(++k);
    }
    if (w && (w->gregorianMonth || w->hijriMonth)) {
        m.hijri = w->gregorianMonth == 0;
        m.month = m.hijri ? w->hijriMonth : w->gregorianMonth;
        const bool ambiguous = w->ambiguousMonth;
        ++k;
        // Doubled names: تشرين الثاني/نوفمبر, نوفمبر (تشرين الثاني), أكتوبر (تشرين الأول الجاري).
        if (!m.hijri && (punct(k, u'/') || punct(k, u'(') || punct(k, u'-') || punct(k, u'\\'))) {
            const bool paren = punct(k, u'(');
            const DateWord *w2 = word(k + 1);
            if (w2 && w2->gregorianMonth) {
                int k2 = k + 2;
                std::optional<YearSpec> inner;
                DateDirection innerDir = DateDirection::None;
                if (paren) {
                    inner = parseYearSpec(k2);
                    if (inner) {
                        k2 = inner->end;
                    } else if (word(k2) && word(k2)->direction != DateDirection::None) {
                        innerDir = word(k2)->direction;
                        ++k2;
                    }
                }
                if (!paren || punct(k2, u')')) {
                    if (paren)
                        ++k2;
                    support = true;
                    if (w2->gregorianMonth != m.month) {
                        m.flags << QStringLiteral("month-pair-mismatch");
                        m.penalty += 0.3;
                    }
                    k = k2;
                    if (inner) {
                        m.year = inner->year;
                        m.yearExplicit = inner->explicitYear;
                        m.relativeYear = !inner->explicitYear;
                        m.yearOffset = inner->offset;
                    }
                    m.direction = innerDir;
                }
            }
        }
        if (!m.yearExplicit && !m.relativeYear && m.direction == DateDirection::None) {
            if (auto y = parseYearSpec(k); y && !(y->hijriEra && !m.hijri)) {
                m.year = y->year;
                m.yearExplicit = y->explicitYear;
                m.relativeYear = !y->explicitYear;
                m.yearOffset = y->offset;
                support = true;
                k = y->end;
            } else if (const DateWord *d = word(k); d && d->direction != DateDirection::None) {
                m.direction = d->direction;
                support = true;
                ++k;
            }
        }
        if (ambiguous && !support)
            return std::nullopt;
        m.end = k;
        return m;
    }
    // في 12 الجاري, 5 الماضي: after a day, a bare direction word means this (last, next) month.
    if (supported && w && w->direction != DateDirection::None && !w->definiteUnit && i > 0 && isNumber(i - 1)) {
        m.relative = true;
        m.relativeMonths = directionOffset(w->direction);
        m.end = k + 1;
        return m;
    }
    // الشهر الماضي, هذا الشهر, (الـ28 من) الشهر الجاري
    if (w && w->direction == DateDirection::Current && word(k + 1) && word(k + 1)->unit == DateUnit::Month &&
        word(k + 1)->definiteUnit) {
        m.relative = true;
        m.end = k + 2;
        return m;
    }
    if (w && w->unit == DateUnit::Month && w->definiteUnit && marker(k + 1, MarkSame)) {
        if (!m_lastMonth)
            return std::nullopt;
        m.month = m_lastMonth; // من الشهر نفسه: the month stated before
        m.year = m_lastYear;
        m.yearExplicit = true;
        m.end = k + 2;
        return m;
    }
    if (w && w->unit == DateUnit::Month && w->definiteUnit) {
        m.relative = true;
        if (const DateWord *d = word(k + 1); d && d->direction != DateDirection::None) {
            m.relativeMonths = directionOffset(d->direction);
            m.end = k + 2;
            return m;
        }
        if (!supported)
            return std::nullopt;
        m.weak = true;
        m.penalty += 0.15;
        m.end = k + 1;
        return m;
    }
    return std::nullopt;
}

std::optional<CalendarMonth> Grammar::resolveMonth(const MonthRef &m, Parsed &p) const
{
    p.confidence -= m.penalty;
    p.flags << m.flags;
    CalendarMonth c;
    c.hijri = m.hijri;
    if (m.relative) {
        if (!anchor(p))
            return std::nullopt;
        const QDate d = QDate(m_pub.year(), m_pub.month(), 1).addMonths(m.relativeMonths);
        c.year = d.year();
        c.month = d.month();
        return c;
    }
    c.month = m.month;
    if (m.yearExplicit) {
        c.year = m.year;
        p.yearExplicit = true;
        return c;
    }
    if (!anchor(p))
        return std::nullopt;
    const int pubYear = m.hijri ? hijriPub().year : m_pub.year();
    const int pubMonth = m.hijri ? hijriPub().month : m_pub.month();
    if (pubYear <= 0)
        return std::nullopt;
    if (m.relativeYear) {
        c.year = pubYear + m.yearOffset;
        return c;
    }
    switch (m.direction) {
    case DateDirection::None:
        c.year = m.month <= pubMonth ? pubYear : pubYear - 1;
        p.confidence -= 0.05;
        break;
    case DateDirection::Past:
        c.year = m.month < pubMonth ? pubYear : pubYear - 1;
        break;
    case DateDirection::PastButOne:
        c.year = (m.month < pubMonth ? pubYear : pubYear - 1) - 1;
        break;
    case DateDirection::Current:
        c.year = pubYear;
        break;
    case DateDirection::Future:
        c.year = m.month > pubMonth ? pubYear : pubYear + 1;
        break;
    }
    return c;
}

bool Grammar::parseTime(int i, QTime &time, int &end) const
{
    if (!number(i) || digits(i) > 2 || value(i) > 24 || !punct(i + 1, u':') || !adjacent(i + 1) || !number(i + 2) ||
        !adjacent(i + 2) || digits(i + 2) != 2 || value(i + 2) > 59)
        return false;
    int hour = int(value(i));
    const int minute = int(value(i + 2));
    int k = i + 3;
    int second = 0;
    if (punct(k, u':') && adjacent(k) && number(k + 1) && adjacent(k + 1) && digits(k + 1) == 2 && value(k + 1) < 60) {
        second = int(value(k + 1));
        k += 2;
    }
    if (marker(k, MarkPm) && hour <= 12) {
        if (hour < 12)
            hour += 12;
        ++k;
    } else if (marker(k, MarkAm) && hour <= 12) {
        if (hour == 12)
            hour = 0;
        ++k;
    }
    if (hour == 24)
        hour = 0;
    time = QTime(hour, minute, second);
    end = k;
    return time.isValid();
}

void Grammar::trailingTime(Parsed &p) const
{
    if (p.value.granularity != Granularity::Day && !(p.noAnchor))
        return;
    int k = p.end;
    if (comma(k) || punct(k, u'-') || punct(k, u'|'))
        ++k;
    if (marker(k, MarkHour))
        ++k;
    QTime t;
    int end = 0;
    if (parseTime(k, t, end)) {
        p.value.time = t;
        p.end = end;
    }
}

void Grammar::checkWeekday(Parsed &p, int weekday, bool relative) const
{
    if (!p.value.isValid() || p.value.granularity != Granularity::Day || p.value.start.dayOfWeek() == weekday)
        return;
    p.flags << QStringLiteral("weekday-mismatch");
    // Late-night reports ("أمس الثلاثاء" written after midnight), and Hijri days, which the sighting of the
    // moon puts a day either side of the calculated calendar: the weekday wins.
    if (relative || p.hijri) {
        for (const int delta : {-1, 1}) {
            const QDate d = p.value.start.addDays(delta);
            if (d.dayOfWeek() == weekday) {
                p.value = dayValue(d);
                p.confidence -= relative ? 0.15 : 0.1;
                return;
            }
        }
    }
    p.confidence -= 0.3;
}

std::optional<Parsed> Grammar::parseNumericDate(int i)
{
    if (!number(i) || !(digits(i) <= 2 || digits(i) == 4))
        return std::nullopt;
    const int k = i + 1;
    if (!(punct(k, u'/') || punct(k, u'-') || punct(k, u'.')) || !adjacent(k))
        return std::nullopt;
    const char16_t sep = L[size_t(k)].punct;
    if (!number(k + 1) || !adjacent(k + 1) || digits(k + 1) > 2 || !punct(k + 2, sep) || !adjacent(k + 2) ||
        !number(k + 3) || !adjacent(k + 3))
        return std::nullopt;
    // Not part of a longer run of numbers (phone numbers, versions).
    if ((punct(k + 4, u'/') || punct(k + 4, u'-') || punct(k + 4, u'.')) && adjacent(k + 4) && number(k + 5) &&
        adjacent(k + 5))
        return std::nullopt;
    if (adjacent(i) && i >= 1 && L[size_t(i - 1)].kind == RawToken::Punct && L[size_t(i - 1)].punct != u'(')
        if (isNumber(i - 2) && adjacent(i - 1))
            return std::nullopt;
    int y = 0, m = 0, d = 0;
    if (digits(i) == 4 && digits(k + 3) <= 2) {
        y = int(value(i));
        m = int(value(k + 1));
        d = int(value(k + 3));
    } else if (digits(i) <= 2 && digits(k + 3) == 4) {
        d = int(value(i));
        m = int(value(k + 1));
        y = int(value(k + 3));
    } else {
        return std::nullopt;
    }
    if (y < 1000 || y > 2999)
        return std::nullopt;
    Parsed p;
    p.first = i;
    p.end = k + 4;
    bool hijri = false;
    if (marker(p.end, MarkHijriEra)) {
        hijri = true;
        ++p.end;
    } else if (marker(p.end, MarkGregorianEra) && !(number(p.end + 1))) {
        ++p.end;
    }
    if (hijri) {
        p.value = dayValue(HijriCalendar::toGregorian(y, m, d));
        p.hijri = true;
    } else {
        p.value = dayValue(QDate(y, m, d));
    }
    p.confidence = 0.95;
    if (!p.value.isValid() && !hijri && m > 12 && d <= 12) {
        // 11/16/2025: the American order, met in wire copy; read it so, but say so.
        p.value = dayValue(QDate(y, d, m));
        p.flags << QStringLiteral("month-day-swapped");
        p.confidence = 0.7;
    }
    if (!p.value.isValid())
        return std::nullopt;
    p.yearExplicit = true;
    return p;
}

std::optional<Parsed> Grammar::parseDayMonth(int i)
{
    const auto d1 = parseDay(i);
    if (!d1)
        return std::nullopt;
    int k = d1->end;
    int dayTo = 0;
    // من 7 إلى 10 مايو, بين 28 و30 تشرين الأول, 28-30 أكتوبر
    if (marker(k, MarkTo) || punct(k, u'-') || (m_between && marker(k, MarkAnd))) {
        if (const auto d2 = parseDay(k + 1, true); d2 && d2->day > d1->day) {
            dayTo = d2->day;
            k = d2->end;
        }
    } else if (marker(k, MarkAnd)) {
        // في 10 و11 أكتوبر: two days running are one contact's span; 10 و20 are two occasions.
        if (const auto d2 = parseDay(k + 1, true); d2 && d2->day == d1->day + 1) {
            dayTo = d2->day;
            k = d2->end;
        }
    }
    std::optional<MonthRef> m = parseMonthRef(k, true);
    if (!m && marker(k, MarkOf))
        m = parseMonthRef(k + 1, true);
    if (!m || recurring(m->end))
        return std::nullopt;
    Parsed p;
    p.first = i;
    p.end = m->end;
    p.hijri = m->hijri;
    p.confidence = 0.95;
    if (m->weak)
        p.confidence -= 0.1;
    p.dayMonth = !m->hijri && !m->relative;
    p.month = m->month;
    p.day = d1->day;
    if (p.dayMonth && !dayTo) {
        p.clues.month = m->month;
        p.clues.day = d1->day;
    }
    p.dayTo = dayTo;
    const auto cm = resolveMonth(*m, p);
    if (!cm)
        return p.noAnchor ? std::optional<Parsed>(p) : std::nullopt;
    const QDate from = cm->day(d1->day);
    const QDate to = dayTo ? cm->day(dayTo) : from;
    if (!from.isValid() || !to.isValid())
        return std::nullopt;
    p.value = dayTo ? interval(from, to, Granularity::Range) : dayValue(from);
    return p;
}

std::optional<Parsed> Grammar::parseMonthOnly(int i)
{
    const auto m = parseMonthRef(i, false);
    if (!m || m->weak || recurring(m->end))
        return std::nullopt;
    Parsed p;
    p.first = i;
    p.end = m->end;
    p.hijri = m->hijri;
    p.confidence = m->relative ? 0.85 : 0.9;
    // January 29, 2025: the English order, only with the comma and a year.
    if (!m->relative && !m->yearExplicit && !m->relativeYear && m->direction == DateDirection::None && number(m->end) &&
        digits(m->end) <= 2 && comma(m->end + 1) && year4(m->end + 2)) {
        MonthRef full = *m;
        full.year = int(value(m->end + 2));
        full.yearExplicit = true;
        const auto cm = resolveMonth(full, p);
        if (cm) {
            p.value = dayValue(cm->day(int(value(m->end))));
            if (p.value.isValid()) {
                p.end = m->end + 3;
                p.confidence = 0.9;
                return p;
            }
        }
        return std::nullopt;
    }
    const auto cm = resolveMonth(*m, p);
    if (!cm)
        return p.noAnchor ? std::optional<Parsed>(p) : std::nullopt;
    p.value = cm->whole();
    if (!p.value.isValid())
        return std::nullopt;
    return p;
}

std::optional<Parsed> Grammar::parsePart(int i)
{
    const DateWord *w = wordFirst(i);
    if (!w || w->part == PeriodPart::None)
        return std::nullopt;
    const PeriodPart part = w->part;
    int k = i + 1;
    Parsed p;
    p.first = i;
    p.confidence = 0.85;
    if (const auto m = parseMonthRef(k, true)) {
        p.end = m->end;
        p.hijri = m->hijri;
        const auto cm = resolveMonth(*m, p);
        if (!cm)
            return p.noAnchor ? std::optional<Parsed>(p) : std::nullopt;
        const QDate first = cm->first();
        if (!first.isValid())
            return std::nullopt;
        p.value = partOfMonth(first, cm->days(), part);
        return p.value.isValid() ? std::optional<Parsed>(p) : std::nullopt;
    }
    // Parts of a year: مطلع 2024, منتصف عام 2023, أواخر العام الماضي, نهاية هذا العام, أواخر العام.
    int year = 0;
    const DateWord *u = word(k);
    if (year4(k) && value(k) >= 1900 && value(k) <= 2100) {
        year = int(value(k));
        p.end = k + 1;
        p.yearExplicit = true;
    } else if (u && u->unit == DateUnit::Year && u->unitCount == 1 && !u->definiteUnit && year4(k + 1)) {
        year = int(value(k + 1));
        p.end = k + 2;
        p.yearExplicit = true;
    } else if (u && u->unit == DateUnit::Year && u->definiteUnit) {
        if (year4(k + 1)) {
            year = int(value(k + 1));
            p.end = k + 2;
            p.yearExplicit = true;
        } else {
            const DateWord *d = word(k + 1);
            const DateDirection dir = d ? d->direction : DateDirection::None;
            p.end = dir == DateDirection::None ? k + 1 : k + 2;
            if (dir == DateDirection::None)
                p.confidence -= 0.15;
            if (!anchor(p))
                return p;
            year = m_pub.year() + directionOffset(dir);
        }
    } else if (u && u->direction == DateDirection::Current && word(k + 1) && word(k + 1)->unit == DateUnit::Year &&
               word(k + 1)->definiteUnit) {
        p.end = k + 2;
        if (!anchor(p))
            return p;
        year = m_pub.year();
    } else {
        return std::nullopt;
    }
    if (marker(p.end, MarkGregorianEra) && p.yearExplicit)
        ++p.end;
    p.value = partOfYear(year, part);
    p.flags << QStringLiteral("part-of-year");
    return p;
}

std::optional<Parsed> Grammar::parseAgo(int i)
{
    const DateWord *w = wordFirst(i);
    if (!w || !(w->has(MarkAgo) || w->has(MarkAfter)))
        return std::nullopt;
    const bool future = w->has(MarkAfter);
    Parsed p;
    p.first = i;
    p.confidence = 0.8;
    int k = i + 1;
    if (marker(k, MarkApproximately)) {
        p.confidence -= 0.1;
        ++k;
    }
    int count = 0;
    if (number(k) && digits(k) <= 3 && value(k) >= 1) {
        count = int(value(k));
        ++k;
    } else if (const DateWord *nw = word(k); nw && nw->number && nw->unit == DateUnit::None) {
        count = nw->number;
        ++k;
    }
    const DateWord *u = word(k);
    if (!u || u->unit == DateUnit::None || u->definiteUnit)
        return std::nullopt;
    if (!count)
        count = u->unitCount;
    if (!count)
        return std::nullopt; // أيام without a number: "a few days", no date
    ++k;
    if (const DateWord *nw = word(k); nw && nw->number == 1 && u->unitCount == 1) // عام واحد
        ++k;
    // بعد ثلاثة أيام من الهجوم: counted from another event, not from publication.
    // منذ عام 2011: "since 2011", a year, not "a year ago".
    // منذ شهر رمضان: "since Ramadan", a month name, not "a month ago".
    const DateWord *next = word(k);
    if (marker(k, MarkOf) || year4(k) || (next && (next->gregorianMonth || next->hijriMonth)))
        return std::nullopt;
    p.end = k;
    if (!anchor(p))
        return p;
    const int sign = future ? 1 : -1;
    switch (u->unit) {
    case DateUnit::Day:
        p.value = dayValue(m_pub.addDays(qint64(sign) * count));
        break;
    case DateUnit::Week: {
        const QDate c = m_pub.addDays(qint64(sign) * 7 * count);
        p.value = interval(c.addDays(-3), c.addDays(3), Granularity::Week);
        break;
    }
    case DateUnit::Month: {
        const QDate c = QDate(m_pub.year(), m_pub.month(), 1).addMonths(sign * count);
        p.value = monthValue(c.year(), c.month());
        break;
    }
    case DateUnit::Year:
        p.value = yearValue(m_pub.year() + sign * count);
        break;
    case DateUnit::None:
        break;
    }
    if (!p.value.isValid())
        return std::nullopt;
    return p;
}

std::optional<Parsed> Grammar::parseRelativeUnit(int i)
{
    const DateWord *w = wordFirst(i);
    if (!w)
        return std::nullopt;
    const DateWord *unit = nullptr;
    DateDirection dir = DateDirection::None;
    if (w->direction == DateDirection::Current && word(i + 1) && word(i + 1)->definiteUnit) {
        unit = word(i + 1);
        dir = DateDirection::Current;
    } else if (w->definiteUnit && word(i + 1) && word(i + 1)->direction != DateDirection::None) {
        unit = w;
        dir = word(i + 1)->direction;
    } else if (w->definiteUnit && marker(i + 1, MarkSame) && m_lastYear &&
               (w->unit == DateUnit::Year || (w->unit == DateUnit::Month && m_lastMonth))) {
        Parsed p; // العام نفسه, الشهر ذاته: the period stated before
        p.first = i;
        p.end = i + 2;
        p.confidence = 0.75;
        p.yearExplicit = true;
        p.value = w->unit == DateUnit::Year ? yearValue(m_lastYear) : monthValue(m_lastYear, m_lastMonth);
        return p;
    } else {
        return std::nullopt;
    }
    Parsed p;
    p.first = i;
    p.end = i + 2;
    p.confidence = 0.85;
    if (!anchor(p))
        return p;
    const int offset = directionOffset(dir);
    switch (unit->unit) {
    case DateUnit::Week: {
        const QDate saturday = m_pub.addDays(-((m_pub.dayOfWeek() - 6 + 7) % 7));
        const QDate start = saturday.addDays(7 * offset);
        p.value = interval(start, start.addDays(6), Granularity::Week);
        break;
    }
    case DateUnit::Month: {
        const QDate c = QDate(m_pub.year(), m_pub.month(), 1).addMonths(offset);
        p.value = monthValue(c.year(), c.month());
        break;
    }
    case DateUnit::Year:
        p.value = yearValue(m_pub.year() + offset);
        break;
    default:
        return std::nullopt;
    }
    return p;
}

std::optional<Parsed> Grammar::parseYear(int i)
{
    Parsed p;
    p.first = i;
    p.confidence = 0.9;
    p.yearExplicit = true;
    int k = i;
    bool prefixed = false;
    if (const DateWord *w = wordFirst(i); w && w->unit == DateUnit::Year && w->unitCount == 1 && year4(i + 1)) {
        k = i + 1;
        prefixed = true;
    } else if (!isNumber(i) || digits(i) != 4) {
        return std::nullopt;
    }
    const int year = int(value(k));
    const bool beforeRun = (punct(k + 1, u'-') || punct(k + 1, u'/') || punct(k + 1, u'.') || punct(k + 1, u':')) &&
                           adjacent(k + 1) && number(k + 2);
    const bool afterRun = adjacent(k) && k >= 2 && L[size_t(k - 1)].kind == RawToken::Punct && isNumber(k - 2);
    if (beforeRun || afterRun)
        return std::nullopt;
    if (marker(k + 1, MarkHijriEra)) {
        const QDate first = HijriCalendar::toGregorian(year, 1, 1);
        const QDate next = HijriCalendar::toGregorian(year + 1, 1, 1);
        p.value = interval(first, next.addDays(-1), Granularity::Year);
        p.hijri = true;
        p.end = k + 2;
        return p.value.isValid() ? std::optional<Parsed>(p) : std::nullopt;
    }
    if (year < 1000 || year > 2999)
        return std::nullopt;
    if (marker(k + 1, MarkGregorianEra)) {
        p.end = k + 2;
    } else if (prefixed ||
               (year >= 1900 && year <= 2100 && wordFirst(i - 1) && wordFirst(i - 1)->has(MarkYearPrefix))) {
        p.end = k + 1;
    } else {
        return std::nullopt;
    }
    p.value = yearValue(year);
    return p;
}

std::optional<Parsed> Grammar::parseDayGroup(int i)
{
    int k = i;
    DayPart dayPart = DayPart::None;
    const DateWord *rel = nullptr;
    bool dayWord = false;
    int weekday = 0;
    DateDirection dir = DateDirection::None;
    for (int guard = 0; guard < 5; ++guard) {
        const DateWord *w = k == i ? wordFirst(k) : word(k);
        if (!w)
            break;
        if (w->weekday && (!w->bareWeekday || dayPart != DayPart::None || rel || dayWord)) {
            weekday = w->weekday;
            ++k;
            break;
        }
        if (w->relativeDay && !rel && (!w->bareRelativeDay || dayPart != DayPart::None || dayWord)) {
            rel = w;
            ++k;
            continue;
        }
        if (w->dayPart != DayPart::None && dayPart == DayPart::None && !rel && !dayWord) {
            dayPart = w->dayPart;
            ++k;
            continue;
        }
        if (w->has(MarkDayWord) && !dayWord) {
            dayWord = true;
            ++k;
            continue;
        }
        break;
    }
    if (!weekday && !rel) {
        // يوم 16 نوفمبر, بتاريخ 2025/11/16
        if (!dayWord && dayPart == DayPart::None)
            return std::nullopt;
        std::optional<Parsed> core = parseNumericDate(k);
        if (!core)
            core = parseDayMonth(k);
        if (!core)
            return std::nullopt;
        core->first = i;
        return core;
    }
    Parsed p;
    p.first = i;
    p.end = k;
    p.confidence = 0.9;
    p.clues.weekday = weekday;
    if (rel) {
        p.clues.fromPublication = true;
        p.clues.dayOffset = rel->relativeDayOffset;
    }
    if (weekday) {
        if (const DateWord *d = word(k); d && d->direction != DateDirection::None) {
            dir = d->direction;
            p.end = ++k;
        }
        // الثلاثاء من الأسبوع الماضي
        if (marker(k, MarkOf) && word(k + 1) && word(k + 1)->unit == DateUnit::Week && word(k + 1)->definiteUnit &&
            word(k + 2) && word(k + 2)->direction != DateDirection::None && !rel) {
            p.end = k + 3;
            if (!anchor(p))
                return p;
            const QDate saturday =
                m_pub.addDays(-((m_pub.dayOfWeek() - 6 + 7) % 7)).addDays(7 * directionOffset(word(k + 2)->direction));
            p.value = dayValue(saturday.addDays((weekday - 6 + 7) % 7));
            return p;
        }
        // الأحد 16 تشرين الثاني, الإثنين، 17 نوفمبر 2025: the stated date wins, the weekday checks it.
        int c = k;
        if (comma(c) || punct(c, u'-'))
            ++c;
        if (marker(c, MarkEquivalent))
            ++c;
        std::optional<Parsed> core = parseNumericDate(c);
        if (!core)
            core = parseDayMonth(c);
        if (core) {
            core->first = i;
            core->clues.weekday = weekday;
            if (core->value.isValid())
                checkWeekday(*core, weekday, false);
            return core;
        }
    }
    // في اليوم التالي, اليوم السابق: the day after (before) the day stated last, not today.
    if (rel && !weekday && rel->relativeDayOffset == 0 && dayPart == DayPart::None && !dayWord && word(k) &&
        (word(k)->direction == DateDirection::Future || word(k)->direction == DateDirection::Past)) {
        if (!m_lastDay.isValid())
            return std::nullopt;
        p.end = k + 1;
        p.value = dayValue(m_lastDay.addDays(word(k)->direction == DateDirection::Future ? 1 : -1));
        p.confidence = 0.75;
        return p;
    }
    // اليوم العالمي للمرأة, اليوم الأول: "the day …", not today.
    if (rel && !weekday && rel->relativeDayOffset == 0 && dayPart == DayPart::None && !dayWord && nisbaAdjective(k))
        return std::nullopt;
    // في اليوم ذاته, مساء اليوم نفسه: the day stated before, not today.
    if (rel && !weekday && rel->relativeDayOffset == 0 && marker(k, MarkSame)) {
        if (!m_lastDay.isValid())
            return std::nullopt;
        p.end = k + 1;
        p.value = dayValue(m_lastDay);
        p.confidence = 0.75;
        return p;
    }
    if (!anchor(p))
        return p;
    if (rel) {
        p.value = dayValue(m_pub.addDays(rel->relativeDayOffset));
        if (weekday)
            checkWeekday(p, weekday, true);
        return p;
    }
    const int pubDow = m_pub.dayOfWeek();
    int delta = 0;
    switch (dir) {
    case DateDirection::Future:
        delta = (weekday - pubDow + 7) % 7;
        if (delta == 0)
            delta = 7;
        break;
    case DateDirection::Past:
    case DateDirection::PastButOne: // السبت قبل الماضي: a week before last Saturday
        delta = -((pubDow - weekday + 7) % 7);
        if (delta == 0)
            delta = -7;
        if (dir == DateDirection::PastButOne)
            delta -= 7;
        break;
    default:
        delta = -((pubDow - weekday + 7) % 7);
        p.confidence = 0.85;
        break;
    }
    p.value = dayValue(m_pub.addDays(delta));
    return p;
}

std::optional<Parsed> Grammar::parseSameDay(int i)
{
    // "في مثل هذا اليوم من عام 2015", "… من العام الماضي": the publication's day and month in that year;
    // "… قبل عشر سنوات" counts back from the publication day itself.
    if (auto ago = parseAgo(i + 1); ago && ago->value.isValid()) {
        ago->first = i;
        if (ago->value.granularity == Granularity::Year || ago->value.granularity == Granularity::Month) {
            // قبل عشر سنوات alone is a year; on this very day of it, a day.
            const int year = ago->value.start.year();
            const int month = ago->value.granularity == Granularity::Month ? ago->value.start.month() : m_pub.month();
            QDate day(year, month, m_pub.day());
            if (!day.isValid())
                day = QDate(year, month, 1).addMonths(1).addDays(-1);
            ago->value = dayValue(day);
        }
        return ago;
    }
    const auto y = parseYearSpec(i + 1);
    if (!y || y->hijriEra)
        return std::nullopt;
    Parsed p;
    p.first = i;
    p.end = y->end;
    p.confidence = 0.85;
    if (!anchor(p))
        return p;
    const int year = y->explicitYear ? y->year : m_pub.year() + y->offset;
    QDate day(year, m_pub.month(), m_pub.day());
    if (!day.isValid()) // 29 February in a common year
        day = QDate(year, m_pub.month(), 28);
    if (!day.isValid())
        return std::nullopt;
    p.yearExplicit = y->explicitYear;
    p.value = dayValue(day);
    return p;
}

std::optional<Parsed> Grammar::parseCore(int i)
{
    const DateWord *w = wordFirst(i);
    std::optional<Parsed> p;
    if (w) {
        if (w->part != PeriodPart::None && (p = parsePart(i)))
            return p;
        if ((w->dayPart != DayPart::None || w->relativeDay || w->has(MarkDayWord) || w->weekday) &&
            (p = parseDayGroup(i)))
            return p;
        if (w->ordinalDay && (p = parseDayMonth(i)))
            return p;
        if ((w->has(MarkAgo) || w->has(MarkAfter)) && (p = parseAgo(i)))
            return p;
        if (w->has(MarkSameDay) && (p = parseSameDay(i)))
            return p;
        if ((w->gregorianMonth || w->hijriMonth || w->has(MarkMonthWord) || w->unit == DateUnit::Month) &&
            (p = parseMonthOnly(i)))
            return p;
        if ((w->definiteUnit || w->direction == DateDirection::Current) && (p = parseRelativeUnit(i)))
            return p;
        if (w->unit == DateUnit::Year && (p = parseYear(i)))
            return p;
        return std::nullopt;
    }
    if (isNumber(i)) {
        if ((p = parseNumericDate(i)) || (p = parseDayMonth(i)) || (p = parseYear(i)))
            return p;
    }
    return std::nullopt;
}

void Grammar::equivalenceTail(Parsed &p)
{
    int k = p.end;
    bool separated = false;
    if (comma(k) || punct(k, u'-') || punct(k, u'|') || punct(k, u'/')) {
        separated = true;
        ++k;
    }
    bool paren = false, marked = false;
    if (marker(k, MarkEquivalent)) {
        marked = true;
        ++k;
    } else if (punct(k, u'(')) {
        paren = true;
        ++k;
    } else if (!separated) {
        return;
    }
    auto other = parseCore(k);
    if (!other || other->hijri == p.hijri)
        return;
    if (paren && !punct(other->end, u')'))
        return;
    // "15 ربيع الآخر 1447 هـ - 8 أكتوبر 2025": without الموافق, only two whole days of the two calendars are
    // one date (a range between calendars is no range).
    if (!marked && !paren &&
        !(p.value.granularity == Granularity::Day && other->value.granularity == Granularity::Day))
        return;
    Parsed &greg = p.hijri ? *other : p;
    Parsed &hijri = p.hijri ? p : *other;
    Parsed result = greg;
    result.first = p.first;
    result.end = other->end + (paren ? 1 : 0);
    result.flags = p.flags;
    result.flags << other->flags;
    if (greg.value.isValid() && hijri.value.isValid()) {
        // Hijri days are reckoned by sighting, which differs by a day between countries: a day apart agrees,
        // and the civil (Gregorian) day is the date.
        const qint64 apart = std::max(std::llabs(greg.value.start.daysTo(hijri.value.start)),
                                      std::llabs(greg.value.end.daysTo(hijri.value.end)));
        const int weekday = p.clues.weekday ? p.clues.weekday : other->clues.weekday;
        if (weekday && result.value.granularity == Granularity::Day && result.value.start.dayOfWeek() == weekday)
            result.flags.removeAll(QStringLiteral("weekday-mismatch"));
        if (apart > 1) {
            result.flags << QStringLiteral("hijri-mismatch");
            result.confidence = std::min(greg.confidence, hijri.confidence) - 0.2;
        } else {
            result.confidence = std::max(greg.confidence, hijri.confidence);
        }
    } else if (!greg.value.isValid()) {
        result = hijri;
        result.first = p.first;
        result.end = other->end + (paren ? 1 : 0);
    }
    p = result;
}

bool Grammar::rangeTail(Parsed &p)
{
    const int k = p.end;
    if (!(marker(k, MarkTo) || punct(k, u'-') || (m_between && marker(k, MarkAnd))))
        return false;
    const bool savedBetween = m_between;
    m_between = false;
    auto right = parseCore(k + 1);
    m_between = savedBetween;
    if (!right || !right->value.isValid())
        return false;
    trailingTime(*right);
    Parsed left = p;
    // من 28 أكتوبر إلى 2 نوفمبر 2025: the left end takes the right end's year.
    if (left.dayMonth && !left.yearExplicit && right->yearExplicit && !right->hijri) {
        const int y = right->value.end.year() - (left.month > right->value.end.month() ? 1 : 0);
        const QDate from = QDate(y, left.month, left.day);
        const QDate to = left.dayTo ? QDate(y, left.month, left.dayTo) : from;
        if (from.isValid() && to.isValid()) {
            left.value.start = from;
            left.value.end = to;
            left.value.granularity = Granularity::Day;
            left.anchored = false;
            left.noAnchor = false;
            left.yearExplicit = true;
            left.flags.removeAll(QStringLiteral("no-anchor"));
        }
    }
    if (!left.value.isValid() || left.value.start > right->value.end)
        return false;
    p = left;
    p.value.end = right->value.end;
    p.value.granularity = Granularity::Range;
    p.value.time = QTime();
    p.end = right->end;
    p.anchored = left.anchored || right->anchored;
    p.confidence = std::min(left.confidence, right->confidence);
    p.flags << right->flags;
    return true;
}

std::optional<Parsed> Grammar::parseAt(int i)
{
    const DateWord *w = wordFirst(i);
    if (w && (w->has(MarkFrom) || w->has(MarkBetween))) {
        m_between = w->has(MarkBetween);
        auto inner = parseCore(i + 1);
        if (inner && (!inner->noAnchor || inner->dayMonth)) {
            trailingTime(*inner);
            if (inner->value.granularity == Granularity::Range || rangeTail(*inner)) {
                m_between = false;
                inner->first = i;
                remember(*inner);
                return inner;
            }
        }
        m_between = false;
    }
    auto p = parseCore(i);
    if (!p)
        return std::nullopt;
    trailingTime(*p);
    equivalenceTail(*p);
    if (!p->noAnchor || p->dayMonth)
        rangeTail(*p);
    remember(*p);
    return p;
}

void Grammar::remember(const Parsed &p)
{
    if (p.noAnchor || !p.value.isValid())
        return;
    const QDate s = p.value.start;
    m_lastYear = s.year();
    const bool withinMonth = s.year() == p.value.end.year() && s.month() == p.value.end.month();
    m_lastMonth = withinMonth && p.value.granularity != Granularity::Year ? s.month() : 0;
    m_lastDay = p.value.isExactDay() ? s : QDate();
}

} // namespace

// ---------------------------------------------------------------------------------------------

DateEngine::DateEngine() : m_lexicon(DateLexicon::bundled()) {}

DateEngine::DateEngine(std::shared_ptr<const DateLexicon> lexicon)
    : m_lexicon(lexicon ? std::move(lexicon) : DateLexicon::bundled())
{
}

DateEngine::~DateEngine() = default;

QList<TemporalExpression> DateEngine::find(QStringView text, const QDate &published) const
{
    QList<TemporalExpression> found;
    if (text.isEmpty() || m_lexicon->phraseCount() == 0)
        return found;
    const NormalizedText norm = normalizeArabic(text);
    const std::vector<Lexeme> lex = lexemes(*m_lexicon, norm.key);
    Grammar grammar(lex, norm.key, published);
    const int n = int(lex.size());
    for (int i = 0; i < n; ++i) {
        const Lexeme &l = lex[size_t(i)];
        if (l.kind == RawToken::Punct || (l.kind == RawToken::Word && !l.word))
            continue;
        const std::optional<Parsed> p = grammar.parseAt(i);
        if (!p || p->end <= p->first)
            continue;
        TemporalExpression e;
        e.start = norm.originalStart(lex[size_t(p->first)].keyStart);
        e.end = norm.originalEnd(lex[size_t(p->end - 1)].keyEnd);
        // The key end maps to the next kept character; give back trailing white space it may cover.
        while (e.end > e.start && QChar::isSpace(text[e.end - 1].unicode()))
            --e.end;
        e.text = text.mid(e.start, e.end - e.start).toString();
        e.value = p->value;
        e.value.text = e.text;
        e.anchored = p->anchored;
        e.flags = p->flags;
        e.clues = p->clues;
        if (p->noAnchor) {
            e.value = FuzzyDate{};
            e.value.text = e.text;
            e.flags << QStringLiteral("no-anchor");
            e.anchored = false;
            e.confidence = 0.3;
        } else {
            e.confidence = std::clamp(p->confidence, 0.05, 1.0);
            e.planned = published.isValid() && e.value.isValid() && e.value.start > published;
        }
        e.flags.removeDuplicates();
        found.append(e);
        i = p->end - 1;
    }
    return found;
}

} // namespace rasad
