#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace rasad {

/**
 * The matching key of a text and the way back to it.
 *
 * Rasad keeps every article's original text for display and offsets and matches on a key derived
 * here, and only here: NFC; format characters ([:Cf:]: RLM, ALM, ZWNJ, ...) removed; tashkeel and
 * tatweel removed; أ إ آ ٱ → ا; ى → ي; ة → ه; Arabic-Indic and Extended Arabic-Indic digits → ASCII;
 * U+2010–2015 → '-'; no-break spaces → ' '; Latin letters lower-cased.
 */
struct NormalizedText
{
    QString key;
    /** toOriginal[i] is the index in the original text of key[i]; one extra entry holds the original length. */
    QList<int> toOriginal;

    /** The original span [start, end) that key span [keyStart, keyEnd) came from. */
    int originalStart(int keyStart) const { return toOriginal.at(keyStart); }
    int originalEnd(int keyEnd) const { return toOriginal.at(keyEnd); }
    /** The key index of the first key character at or after original index `originalIndex`. */
    int keyIndex(int originalIndex) const;
};

/** The key and its offset map. Linear in the text; no allocation beyond the two outputs. */
NormalizedText normalizeArabic(QStringView original);

/** The key alone, for lookups where offsets do not matter. */
QString matchingKey(QStringView original);

/** True for characters the key drops: tashkeel, tatweel and [:Cf:] format characters. */
bool isIgnorableInKey(char16_t c);

/** True for an Arabic letter (after folding), the unit words are made of. */
bool isArabicLetter(char16_t c);

} // namespace rasad
