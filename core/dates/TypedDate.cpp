#include "dates/TypedDate.h"

#include "dates/DateLexicon.h"
#include "text/ArabicNormalizer.h"

#include <QList>
#include <QRegularExpression>

namespace rasad {

namespace {

using Problem = TypedDate::Problem;

TypedDate problem(Problem p)
{
    TypedDate t;
    t.problem = p;
    return t;
}

TypedDate day(int y, int m, int d)
{
    const QDate date(y, m, d);
    if (!date.isValid())
        return problem(Problem::NoSuchDay);
    TypedDate t;
    t.value = {date, date, Granularity::Day, {}, {}};
    t.problem = Problem::None;
    return t;
}

TypedDate month(int y, int m)
{
    if (m < 1 || m > 12 || !QDate(y, m, 1).isValid())
        return problem(Problem::NoSuchDay);
    const QDate first(y, m, 1);
    TypedDate t;
    t.value = {first, first.addMonths(1).addDays(-1), Granularity::Month, {}, {}};
    t.problem = Problem::None;
    return t;
}

TypedDate year(int y)
{
    if (y < 1)
        return problem(Problem::NoSuchDay);
    TypedDate t;
    t.value = {QDate(y, 1, 1), QDate(y, 12, 31), Granularity::Year, {}, {}};
    t.problem = Problem::None;
    return t;
}

/**
 * The matching key (Arabic folding, every digit Latin) with the Arabic comma and decimal sign read as
 * the punctuation people mean by them, and white space collapsed, as the lexicon's phrase keys are.
 */
QString typedKey(QStringView text)
{
    QString key = matchingKey(text);
    for (QChar &c : key) {
        if (c == QChar(0x060C) || c == QLatin1Char(','))
            c = QLatin1Char(' ');
        else if (c == QChar(0x066B)) // ٫, typed for a dot between numbers
            c = QLatin1Char('.');
        else if (c == QChar(0x2044) || c == QChar(0x2215)) // fraction and division slashes
            c = QLatin1Char('/');
    }
    return key.simplified();
}

/** Dates written in numbers only: ISO year first, otherwise day first. */
TypedDate numericDate(const QString &compact)
{
    static const QRegularExpression yearFirst(QStringLiteral("^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})$"));
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})$"));
    static const QRegularExpression yearMonth(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})$"));
    static const QRegularExpression monthYear(QStringLiteral("^(\\d{1,2})[-/.](\\d{4})$"));
    static const QRegularExpression yearOnly(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression dayMonth(QStringLiteral("^(\\d{1,2})[-/.](\\d{1,2})$"));
    const auto n = [](const QRegularExpressionMatch &m, int group) { return m.captured(group).toInt(); };
    if (const auto m = yearFirst.match(compact); m.hasMatch())
        return day(n(m, 1), n(m, 3), n(m, 4));
    if (const auto m = dayFirst.match(compact); m.hasMatch())
        return day(n(m, 4), n(m, 3), n(m, 1));
    if (const auto m = yearMonth.match(compact); m.hasMatch())
        return month(n(m, 1), n(m, 2));
    if (const auto m = monthYear.match(compact); m.hasMatch())
        return month(n(m, 2), n(m, 1));
    if (const auto m = yearOnly.match(compact); m.hasMatch())
        return year(n(m, 1));
    if (dayMonth.match(compact).hasMatch())
        return problem(Problem::NoYear);
    return problem(Problem::NotADate);
}

/** One piece of a date written with words: a number, or a lexicon phrase. */
struct Token
{
    int number = -1; // the value of a digit run, else -1
    int digits = 0;  // how many digits it had
    const DateWord *word = nullptr;
};

/** The longest lexicon phrase starting at `at` and ending before a non-letter; its length, 0 when none. */
int phraseAt(const DateLexicon &lexicon, const QString &key, int at, const DateWord **word)
{
    int best = 0;
    int node = DateLexicon::kRoot;
    for (int j = at; j < key.size(); ++j) {
        node = lexicon.step(node, key.at(j).unicode());
        if (node < 0)
            break;
        const DateWord *w = lexicon.wordAt(node);
        if (w && (j + 1 == key.size() || !key.at(j + 1).isLetter())) {
            best = j + 1 - at;
            *word = w;
        }
    }
    return best;
}

/** Splits the key into numbers and lexicon phrases; false when something is neither. */
bool tokenize(const DateLexicon &lexicon, const QString &key, QList<Token> *tokens)
{
    int i = 0;
    while (i < key.size()) {
        const QChar c = key.at(i);
        if (c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('/')) {
            ++i;
        } else if (c.isDigit()) {
            Token t;
            t.number = 0;
            for (; i < key.size() && key.at(i).isDigit() && t.digits < 5; ++i, ++t.digits)
                t.number = t.number * 10 + key.at(i).digitValue();
            tokens->append(t);
        } else if (c.isLetter()) {
            Token t;
            const int length = phraseAt(lexicon, key, i, &t.word);
            if (length == 0)
                return false;
            tokens->append(t);
            i += length;
        } else {
            return false;
        }
    }
    return true;
}

/** A date with a month name: the day and year are numbers around it, in either order. */
TypedDate namedMonthDate(const QList<Token> &tokens)
{
    int dayOfMonth = 0;
    int theYear = 0;
    int theMonth = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        const bool afterNumber = i > 0 && tokens.at(i - 1).number >= 0;
        if (t.number >= 0) {
            if (t.digits == 4 && !theYear)
                theYear = t.number;
            else if (t.digits <= 2 && !dayOfMonth && t.number >= 1)
                dayOfMonth = t.number;
            else
                return problem(Problem::NotADate);
        } else if (t.word->gregorianMonth && !theMonth) {
            theMonth = t.word->gregorianMonth;
        } else if (t.word->ordinalDay && !dayOfMonth) {
            dayOfMonth = t.word->ordinalDay; // الأول من تشرين الأول
        } else if (t.word->has(MarkEnglishOrdinal) && afterNumber && tokens.at(i - 1).digits <= 2) {
            continue; // 1st
        } else if (t.word->has(MarkGregorianEra) && afterNumber && tokens.at(i - 1).digits == 4) {
            continue; // ٢٠٢٥م
        } else if (t.word->has(MarkOf) || (t.word->has(MarkDayWord) && i == 0)) {
            continue; // يوم ١ من تشرين الأول
        } else {
            return problem(Problem::NotADate);
        }
    }
    if (!theMonth)
        return theYear && !dayOfMonth ? year(theYear) : problem(Problem::NotADate);
    if (!theYear)
        return problem(Problem::NoYear);
    return dayOfMonth ? day(theYear, theMonth, dayOfMonth) : month(theYear, theMonth);
}

} // namespace

TypedDate parseTypedDate(QStringView text, const DateLexicon &lexicon)
{
    const QString key = typedKey(text);
    if (key.isEmpty())
        return problem(Problem::Empty);
    // "1 / 10 / 2025" is a numeric date; "5 2025" is not one number.
    static const QRegularExpression spacedSeparator(QStringLiteral(" ?([./-]) ?"));
    const QString compact = QString(key).replace(spacedSeparator, QStringLiteral("\\1"));
    TypedDate result;
    static const QRegularExpression numbersOnly(QStringLiteral("^[0-9./-]+$"));
    if (numbersOnly.match(compact).hasMatch()) {
        result = numericDate(compact);
    } else {
        QList<Token> tokens;
        result = tokenize(lexicon, key, &tokens) ? namedMonthDate(tokens) : problem(Problem::NotADate);
    }
    if (result.isValid())
        result.value.text = text.trimmed().toString();
    return result;
}

TypedDate parseTypedDate(QStringView text)
{
    static const std::shared_ptr<const DateLexicon> lexicon = DateLexicon::bundled();
    return parseTypedDate(text, *lexicon);
}

} // namespace rasad
