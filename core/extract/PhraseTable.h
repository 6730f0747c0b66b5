#pragma once

#include "text/KeySet.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace rasad {

struct Word;

/** Where a phrase matched: `words` words from the start position, carrying the payload it was added with. */
struct PhraseMatch
{
    int words = 0; // 0 = no match
    int payload = -1;
    explicit operator bool() const { return words > 0; }
};

/**
 * Multi-word phrases keyed by their words' matching keys, found longest first at a position in a word
 * list. The first word may carry proclitics (و ف ب ل ك, ال) which are tried off as Segmenter readings.
 */
class PhraseTable
{
public:
    /** Adds `phrase` (any text; its matching key is split on spaces). Empty phrases are ignored. */
    void add(const QString &phrase, int payload = 0);
    bool isEmpty() const { return m_byFirstWord.isEmpty(); }
    /** The longest phrase starting at words[index]; with `clitics`, the first word may carry proclitics. */
    PhraseMatch match(const QList<Word> &words, int index, bool clitics = true) const;
    /** The same with the first word's readings already computed (Segmenter::cliticReadings), for hot loops. */
    PhraseMatch match(const QList<Word> &words, int index, const QStringList &firstWordReadings) const;
    /** True when `key` (one word's matching key) is a whole one-word phrase of the table. */
    bool containsWord(const QString &key) const;

private:
    struct Entry
    {
        QStringList rest; // the words after the first
        int payload = -1;
    };
    QHash<QString, QList<Entry>> m_byFirstWord; // entries sorted longest first
    KeyFilter m_firstWords;                     // most words start no phrase: said before hashing them
};

} // namespace rasad
