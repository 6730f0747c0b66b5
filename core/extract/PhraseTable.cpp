#include "extract/PhraseTable.h"

#include "text/ArabicNormalizer.h"
#include "text/Segmenter.h"

#include <algorithm>

namespace rasad {

void PhraseTable::add(const QString &phrase, int payload)
{
    QStringList parts = matchingKey(phrase).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return;
    const QString first = parts.takeFirst();
    m_firstWords.add(first);
    QList<Entry> &entries = m_byFirstWord[first];
    for (const Entry &e : std::as_const(entries))
        if (e.rest == parts)
            return; // first payload wins: the lexicon lists preferred readings first
    entries.append(Entry{parts, payload});
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.rest.size() > b.rest.size(); });
}

bool PhraseTable::containsWord(const QString &key) const
{
    if (!m_firstWords.mayContain(key))
        return false;
    const auto it = m_byFirstWord.constFind(key);
    if (it == m_byFirstWord.cend())
        return false;
    return std::any_of(it->cbegin(), it->cend(), [](const Entry &e) { return e.rest.isEmpty(); });
}

PhraseMatch PhraseTable::match(const QList<Word> &words, int index, bool clitics) const
{
    if (index < 0 || index >= words.size())
        return {};
    if (!clitics && !m_firstWords.mayContain(words.at(index).key))
        return {};
    return match(words, index,
                 clitics ? Segmenter::cliticReadings(words.at(index).key) : QStringList{words.at(index).key});
}

PhraseMatch PhraseTable::match(const QList<Word> &words, int index, const QStringList &readings) const
{
    if (index < 0 || index >= words.size())
        return {};
    PhraseMatch best;
    for (const QString &reading : readings) {
        if (!m_firstWords.mayContain(reading))
            continue;
        const auto it = m_byFirstWord.constFind(reading);
        if (it == m_byFirstWord.cend())
            continue;
        for (const Entry &e : *it) {
            const int length = 1 + int(e.rest.size());
            if (length <= best.words || index + length > words.size())
                continue;
            bool same = true;
            for (int k = 0; k < e.rest.size() && same; ++k)
                same = words.at(index + 1 + k).key == e.rest.at(k);
            if (same)
                best = PhraseMatch{length, e.payload};
        }
    }
    return best;
}

} // namespace rasad
