#include "text/ArabicNormalizer.h"

#include <QChar>

#include <unicode/normalizer2.h>

#include <algorithm>

namespace rasad {

namespace {

bool isTashkeelOrTatweel(char16_t c)
{
    return (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670
        || (c >= 0x06D6 && c <= 0x06ED) || c == 0x0640;
}

/** The folded form of one UTF-16 unit, or 0 when the unit is kept as it is. */
char16_t fold(char16_t c)
{
    switch (c) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: return 0x0627; // آ أ إ ٱ → ا
    case 0x0649: case 0x06CC: return 0x064A;                           // ى and Farsi yeh → ي
    case 0x0629: return 0x0647;                                        // ة → ه
    case 0x06A9: return 0x0643;                                        // keheh → ك
    case 0x00A0: case 0x2007: case 0x202F: return u' ';                // no-break spaces
    default: break;
    }
    if (c >= 0x0660 && c <= 0x0669)
        return char16_t(u'0' + (c - 0x0660));
    if (c >= 0x06F0 && c <= 0x06F9)
        return char16_t(u'0' + (c - 0x06F0));
    if (c >= 0x2010 && c <= 0x2015)
        return u'-';
    if (c >= u'A' && c <= u'Z')
        return char16_t(c + (u'a' - u'A'));
    return 0;
}

const icu::Normalizer2 *nfc()
{
    static const icu::Normalizer2 *instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2 *n = icu::Normalizer2::getNFCInstance(status);
        return U_SUCCESS(status) ? n : nullptr;
    }();
    return instance;
}

enum UnitClass : quint8 { Kept = 0, Dropped = 1, NonSpacingMark = 2 };

/**
 * What the key does with each UTF-16 unit, computed once: asking QChar::category() and fold() per
 * character cost more than building the key itself.
 */
struct UnitTable
{
    char16_t folded[0x10000];
    quint8 unitClass[0x10000];

    UnitTable()
    {
        for (char32_t c = 0; c < 0x10000; ++c) {
            const char16_t f = fold(char16_t(c));
            folded[c] = f ? f : char16_t(c);
            if (isTashkeelOrTatweel(char16_t(c)) || (c >= 0x00AD && QChar::category(c) == QChar::Other_Format))
                unitClass[c] = Dropped;
            else if (QChar::category(c) == QChar::Mark_NonSpacing)
                unitClass[c] = NonSpacingMark;
            else
                unitClass[c] = Kept;
        }
    }
};

const UnitTable &units()
{
    static const auto *table = new UnitTable; // never freed: used until exit, also by static initialisers
    return *table;
}

/** Appends the key of `original` to `key`; records offsets when `map` is given. */
void buildKey(QStringView original, QString &key, QList<int> *map)
{
    const UnitTable &table = units();
    const qsizetype n = original.size();
    const qsizetype keyStart = key.size();
    const qsizetype mapStart = map ? map->size() : 0;
    // Written through raw pointers into buffers sized for the longest outcome, then cut to length.
    key.reserve(keyStart + n); // exact: resize() alone would round the capacity up
    key.resize(keyStart + n);
    if (map) {
        map->reserve(mapStart + n + 1);
        map->resize(mapStart + n + 1);
    }
    char16_t *const keyBegin = reinterpret_cast<char16_t *>(key.data());
    char16_t *out = keyBegin + keyStart;
    int *mapOut = map ? map->data() + mapStart : nullptr;
    const char16_t *in = original.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = in[i];
        const quint8 unitClass = table.unitClass[c];
        if (unitClass == Dropped)
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(in[i + 1])) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, in[i + 1]);
            if (QChar::category(ucs4) != QChar::Other_Format) {
                *out++ = c;
                *out++ = in[i + 1];
                if (mapOut) {
                    *mapOut++ = int(i);
                    *mapOut++ = int(i);
                }
            }
            ++i;
            continue;
        }
        // NFC: compose a combining mark with the character before it (é written as e + U+0301).
        if (unitClass == NonSpacingMark && out > keyBegin && nfc()) {
            const UChar32 composed = nfc()->composePair(out[-1], c);
            if (composed >= 0 && composed <= 0xFFFF) {
                out[-1] = table.folded[composed];
                continue;
            }
        }
        *out++ = table.folded[c];
        if (mapOut)
            *mapOut++ = int(i);
    }
    key.resize(out - keyBegin);
    if (map) {
        *mapOut++ = int(n);
        map->resize(mapOut - map->data());
    }
}

} // namespace

bool isIgnorableInKey(char16_t c)
{
    return units().unitClass[c] == Dropped;
}

bool isArabicLetter(char16_t c)
{
    return (c >= 0x0621 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A) || (c >= 0x0671 && c <= 0x06D3)
        || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC);
}

int NormalizedText::keyIndex(int originalIndex) const
{
    // toOriginal is non-decreasing: the first key character that starts at or after originalIndex.
    const auto last = toOriginal.cend() - 1;
    const auto it = std::lower_bound(toOriginal.cbegin(), last, originalIndex);
    return int(it - toOriginal.cbegin());
}

NormalizedText normalizeArabic(QStringView original)
{
    NormalizedText result;
    buildKey(original, result.key, &result.toOriginal);
    return result;
}

QString matchingKey(QStringView original)
{
    QString key;
    buildKey(original, key, nullptr);
    return key;
}

} // namespace rasad
