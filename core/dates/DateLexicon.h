#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

namespace rasad {

/** Marker roles a lexicon phrase can play; a phrase may carry several. */
enum DateMarker : quint32 {
    MarkDayWord = 1u << 0,      // يوم, بتاريخ
    MarkMonthWord = 1u << 1,    // شهر
    MarkOf = 1u << 2,           // من (الخامس من أيار)
    MarkFrom = 1u << 3,         // من, خلال الفترة من (opens a range)
    MarkBetween = 1u << 4,      // بين
    MarkTo = 1u << 5,           // إلى, حتى
    MarkAnd = 1u << 6,          // و (closes بين … و …)
    MarkEquivalent = 1u << 7,   // الموافق
    MarkHijriEra = 1u << 8,     // هـ
    MarkGregorianEra = 1u << 9, // م
    MarkAm = 1u << 10,
    MarkPm = 1u << 11,
    MarkAgo = 1u << 12,   // قبل, منذ
    MarkAfter = 1u << 13, // بعد
    MarkApproximately = 1u << 14,
    MarkHour = 1u << 15, // الساعة
    MarkEnglishOrdinal = 1u << 16,
    MarkYearPrefix = 1u << 17, // في 2024, منذ 2011
    MarkCountNoun = 1u << 18,  // الذكرى الـ80: the number after it is no day
    MarkSame = 1u << 19,       // الشهر نفسه: the period named before
    MarkRecurring = 1u << 20,  // من كل عام: a recurrence, not a date
    MarkSameDay = 1u << 21,    // في مثل هذا اليوم (من عام 2015): the publication's day in another year
};

enum class DateUnit : quint8 { None, Day, Week, Month, Year };
enum class DateDirection : qint8 { None, Past, Current, Future, PastButOne }; // PastButOne: قبل الماضي
enum class PeriodPart : quint8 { None, Early, Mid, Late };
enum class DayPart : quint8 { None, Morning, Evening, Night };

/** Everything one lexicon phrase may mean; the grammar picks the role from the context. */
struct DateWord
{
    int gregorianMonth = 0;      // 1..12
    int hijriMonth = 0;          // 1..12
    bool ambiguousMonth = false; // also an ordinary word: needs a day, a year, a pair or شهر
    int weekday = 0;             // ISO 1 = Monday … 7 = Sunday
    bool bareWeekday = false;    // without the article: needs يوم, a day part or a relative day
    bool relativeDay = false;
    bool bareRelativeDay = false; // غد, الغد: a relative day only after يوم or a day part
    int relativeDayOffset = 0;    // أمس = -1
    DayPart dayPart = DayPart::None;
    DateDirection direction = DateDirection::None;
    PeriodPart part = PeriodPart::None;
    DateUnit unit = DateUnit::None;
    int unitCount = 0;         // 1 singular, 2 dual, 0 plural (needs a number)
    bool definiteUnit = false; // الشهر, العام
    int number = 0;            // number words: ثلاثة = 3
    int ordinalDay = 0;        // الخامس عشر = 15
    quint32 markers = 0;       // DateMarker bits
    bool verb = false;         // التقى: shaped like a nisba adjective (ال…ي) but a verb, "اليوم التقى" is today

    bool has(DateMarker m) const { return (markers & m) != 0; }
};

/**
 * The date vocabulary of resources/lexicon/dates.json, folded with matchingKey() and kept in a
 * character trie over the key (words joined by one space) so the engine matches the longest phrase
 * at a word without allocating.
 */
class DateLexicon
{
public:
    /** The lexicon compiled into the binary (:/rasad/lexicon/dates.json); loaded once. */
    static std::shared_ptr<const DateLexicon> bundled();
    /** A lexicon from JSON text; on error returns null and sets `error` to "<origin>: <problem>". */
    static std::shared_ptr<const DateLexicon> fromJson(const QByteArray &json, const QString &origin,
                                                       QString *error = nullptr);
    static std::shared_ptr<const DateLexicon> fromFile(const QString &path, QString *error = nullptr);

    static constexpr int kRoot = 0;
    /** The trie node after `c` from `node`, or -1. Words of a phrase are joined by u' '. */
    int step(int node, char16_t c) const
    {
        // Open addressing over a power-of-two table: this lookup runs for most characters of a text.
        const quint64 key = (quint64(quint32(node)) << 16) | c;
        if (m_keys.empty())
            return -1;
        size_t h = size_t((key * 0x9E3779B97F4A7C15ull) >> m_shift);
        for (;;) {
            const quint64 k = m_keys[h];
            if (k == key)
                return m_targets[h];
            if (k == kNoKey)
                return -1;
            h = (h + 1) & m_mask;
        }
    }
    /** The phrase ending at `node`, or null. */
    const DateWord *wordAt(int node) const
    {
        const int w = m_wordOfNode[size_t(node)];
        return w < 0 ? nullptr : &m_words[size_t(w)];
    }
    bool isClitic(char16_t c) const { return m_clitics.contains(QChar(c)); }

    /** Every spelling of every month as written in the lexicon: (name, month), for tests and tools. */
    const QList<std::pair<QString, int>> &gregorianMonthNames() const { return m_gregorianNames; }
    const QList<std::pair<QString, int>> &hijriMonthNames() const { return m_hijriNames; }
    const QList<std::pair<QString, int>> &weekdayNames() const { return m_weekdayNames; }
    int phraseCount() const { return int(m_words.size()); }

private:
    DateWord &wordFor(const QString &phrase); // creates the trie path and the entry
    void freeze();                            // builds the lookup table from m_edges

    static constexpr quint64 kNoKey = ~quint64(0);
    std::unordered_map<quint64, int> m_edges; // while loading
    std::vector<quint64> m_keys;
    std::vector<int> m_targets;
    size_t m_mask = 0;
    int m_shift = 64;
    std::vector<int> m_wordOfNode{-1};
    std::vector<DateWord> m_words;
    QString m_clitics;
    QList<std::pair<QString, int>> m_gregorianNames;
    QList<std::pair<QString, int>> m_hijriNames;
    QList<std::pair<QString, int>> m_weekdayNames;
};

} // namespace rasad
