#pragma once

#include "model/Article.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace rasad {

/** A word of the original text, with its matching key and the readings left after stripping clitics. */
struct Word
{
    int start = 0;          // [start, end) in the original text
    int end = 0;
    QString key;            // matchingKey() of the whole word
};

/**
 * Sentence and word segmentation with ICU's break iterators, mended where ICU is wrong for Arabic:
 * no sentence break after an abbreviation such as "د." or a single-letter initial, and the
 * proclitics و ف ب ل ك and the article ال, which ICU leaves attached, are offered as readings.
 */
class Segmenter
{
public:
    /** Sentences as spans of `text`, trimmed of surrounding white space; blank lines always end one. */
    static QList<TextSpan> sentences(QStringView text);
    /** Words (letters or digits) of `text`; punctuation and spaces are not words. */
    static QList<Word> words(QStringView text);
    /**
     * The possible stems of a word key, longest first: the key itself, then with و/ف, then ب/ل/ك,
     * then ال (and لل) removed, e.g. "ومدفيديف" → ["ومدفيديف", "مدفيديف"]; "وبالعاصمه" → [..., "عاصمه"].
     * Only prefixes that leave at least two letters are stripped.
     */
    static QStringList cliticReadings(QStringView key);
    /** A one-letter proclitic ICU leaves attached to the next word: و ف ب ل ك. */
    static bool isProclitic(QChar c);
};

} // namespace rasad
