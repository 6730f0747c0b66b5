#pragma once

#include <QString>
#include <QStringList>

namespace rasad {

/**
 * Foreign names reach Arabic news in several spellings: ف/ڤ, ج/غ/ك/ق for g, ت/ط, س/ص, long vowels
 * written or left out (كوزنتسوف / كوزنيتسوف / كوزنيتسووف), hamza seats. The skeleton of a word's matching key
 * keeps its consonants by sound class and drops the vowel letters, so two spellings of one name share it.
 */
QString transliterationSkeleton(const QString &wordKey);

/**
 * True when the names `a` and `b` (word keys) may be spellings of one person: the same number of words,
 * every word but the last equal or of one skeleton, and the last words' skeletons equal or, when at least
 * four sounds long, one edit apart; with `foreignName` (the text says the person is of a country whose names
 * are transliterated) three-sound skeletons may match too. A guess: callers check country and role first.
 */
bool maySpellTheSameName(const QStringList &a, const QStringList &b, bool foreignName = false);

} // namespace rasad
