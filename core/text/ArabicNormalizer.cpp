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

/** Appends the key of `original` to `key`; records offsets when `map` is given. */
void buildKey(QStringView original, QString &key, QList<int> *map)
{
    key.reserve(original.size());
    if (map)
        map->reserve(original.size() + 1);
    const qsizetype n = original.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = original[i].unicode();
        if (c < 0x80) { // ASCII fast path: most of the non-Arabic text
            const char16_t f = fold(c);
            key.append(QChar(f ? f : c));
            if (map)
                map->append(int(i));
            continue;
        }
        if (isIgnorableInKey(c))
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(original[i + 1].unicode())) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, original[i + 1].unicode());
            if (QChar::category(ucs4) != QChar::Other_Format) {
                key.append(original[i]);
                key.append(original[i + 1]);
                if (map) {
                    map->append(int(i));
                    map->append(int(i));
                }
            }
            ++i;
            continue;
        }
        // NFC: compose a combining mark with the character before it (é written as e + U+0301).
        if (QChar::category(char32_t(c)) == QChar::Mark_NonSpacing && !key.isEmpty() && nfc()) {
            const UChar32 composed = nfc()->composePair(key.back().unicode(), c);
            if (composed >= 0 && composed <= 0xFFFF) {
                const char16_t f = fold(char16_t(composed));
                key.back() = QChar(f ? f : char16_t(composed));
                continue;
            }
        }
        const char16_t f = fold(c);
        key.append(QChar(f ? f : c));
        if (map)
            map->append(int(i));
    }
    if (map)
        map->append(int(n));
}

} // namespace

bool isIgnorableInKey(char16_t c)
{
    if (isTashkeelOrTatweel(c))
        return true;
    if (c < 0x00AD)
        return false;
    return QChar::category(char32_t(c)) == QChar::Other_Format;
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
