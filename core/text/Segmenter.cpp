#include "text/Segmenter.h"

#include "text/ArabicNormalizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>

namespace rasad {

namespace {

const QSet<QString> &abbreviations()
{
    static const QSet<QString> set = [] {
        QSet<QString> result;
        QFile file(QStringLiteral(":/rasad/lexicon/abbreviations.json"));
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonArray list = QJsonDocument::fromJson(file.readAll()).object().value(u"abbreviations").toArray();
            for (const QJsonValue &v : list)
                result.insert(matchingKey(v.toString()));
        }
        return result;
    }();
    return set;
}

icu::UnicodeString aliasOf(QStringView text)
{
    // Read-only alias: ICU iterates over our UTF-16 buffer without copying it.
    return icu::UnicodeString(false, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
}

/**
 * A break iterator of the kind asked for, made once per thread and reused: creating one loads and
 * builds its rules, which costs as much as segmenting a short article.
 */
icu::BreakIterator *reusableIterator(UBreakIteratorType type)
{
    struct Iterators
    {
        std::unique_ptr<icu::BreakIterator> sentence, word;
        bool sentenceFailed = false, wordFailed = false;
    };
    thread_local Iterators iterators;
    const bool sentence = type == UBRK_SENTENCE;
    std::unique_ptr<icu::BreakIterator> &it = sentence ? iterators.sentence : iterators.word;
    bool &failed = sentence ? iterators.sentenceFailed : iterators.wordFailed;
    if (!it && !failed) {
        UErrorCode status = U_ZERO_ERROR;
        it.reset(sentence ? icu::BreakIterator::createSentenceInstance(icu::Locale("ar"), status)
                          : icu::BreakIterator::createWordInstance(icu::Locale("ar"), status));
        if (U_FAILURE(status))
            it.reset();
        failed = !it;
    }
    return it.get();
}

bool isSpace(QChar c)
{
    return c.isSpace() || c.category() == QChar::Other_Format;
}

/** True when the sentence ending at `end` (exclusive) stops on an abbreviation such as "د." rather than a real full stop. */
bool endsWithAbbreviation(QStringView text, int start, int end)
{
    int i = end;
    while (i > start && isSpace(text[i - 1]))
        --i;
    if (i <= start || text[i - 1] != u'.')
        return false;
    const int stop = i - 1;
    int wordStart = stop;
    while (wordStart > start && !isSpace(text[wordStart - 1]) && text[wordStart - 1] != u'.')
        --wordStart;
    const QString key = matchingKey(text.mid(wordStart, stop - wordStart));
    if (key.isEmpty())
        return false;
    if (key.size() == 1 && key[0].isLetter())
        return true; // an initial
    return abbreviations().contains(key);
}

/** A bullet that opens an item of a list run together on one line ("… دمشق. - وبحث …"). */
bool isBullet(QChar c)
{
    return c == u'-' || c == u'\u2013' || c == u'\u2014' || c == u'\u2022' || c == u'\u00B7' || c == u'*';
}

bool isFullStop(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u061F' || c == u'\u06D4';
}

bool hasLineBreak(QStringView text, int from, int to)
{
    for (int i = from; i < to; ++i)
        if (text[i] == u'\n' || text[i] == u'\r' || text[i] == QChar(0x2029))
            return true;
    return false;
}

} // namespace

QList<TextSpan> Segmenter::sentences(QStringView text)
{
    QList<TextSpan> result;
    if (text.isEmpty())
        return result;
    icu::BreakIterator *it = reusableIterator(UBRK_SENTENCE);
    if (!it)
        return {TextSpan{0, int(text.size()), {}}};
    const icu::UnicodeString alias = aliasOf(text);
    it->setText(alias);

    int pending = -1; // start of a sentence carried over an abbreviation
    int start = it->first();
    for (int end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        const int from = pending >= 0 ? pending : start;
        // ICU breaks after "د." in "د. أحمد"; keep going unless a line ends there.
        if (endsWithAbbreviation(text, from, end) && !hasLineBreak(text, start, end) && end < text.size()) {
            pending = from;
            continue;
        }
        pending = -1;
        int s = from, e = end;
        while (s < e && isSpace(text[s]))
            ++s;
        while (e > s && isSpace(text[e - 1]))
            --e;
        // ICU reads "دمشق. - وبحث" as one sentence: a full stop, space and a bullet start a new one.
        for (int i = s; e > s && i + 3 < e; ++i) {
            if (!isFullStop(text[i]) || !isSpace(text[i + 1]))
                continue;
            int bullet = i + 1;
            while (bullet < e && isSpace(text[bullet]))
                ++bullet;
            if (bullet + 1 < e && isBullet(text[bullet]) && isSpace(text[bullet + 1])) {
                result.append(TextSpan{s, i + 1, {}});
                s = bullet;
                i = bullet;
            }
        }
        if (e > s)
            result.append(TextSpan{s, e, {}});
    }
    return result;
}

QList<Word> Segmenter::words(QStringView text)
{
    QList<Word> result;
    if (text.isEmpty())
        return result;
    icu::BreakIterator *it = reusableIterator(UBRK_WORD);
    if (!it)
        return result;
    const icu::UnicodeString alias = aliasOf(text);
    it->setText(alias);
    int start = it->first();
    for (int end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        if (it->getRuleStatus() == UBRK_WORD_NONE)
            continue; // spaces and punctuation
        QString key = matchingKey(text.mid(start, end - start));
        if (key.isEmpty())
            continue;
        result.append(Word{start, end, std::move(key)});
    }
    return result;
}

bool Segmenter::isProclitic(QChar c)
{
    return c == u'\u0648' || c == u'\u0641' || c == u'\u0628' || c == u'\u0644' || c == u'\u0643'; // و ف ب ل ك
}

QStringList Segmenter::cliticReadings(QStringView key)
{
    QStringList readings;
    const auto add = [&](QStringView r) {
        if (r.size() >= 2 && !readings.contains(r))
            readings.append(r.toString());
    };
    add(key);
    QStringView afterConjunction = key;
    QList<QStringView> stems{key};
    if (key.size() > 2 && (key[0] == u'\u0648' || key[0] == u'\u0641')) { // و ف
        afterConjunction = key.mid(1);
        stems.append(afterConjunction);
        add(afterConjunction);
    }
    for (QStringView stem : QList<QStringView>(stems)) {
        if (stem.size() > 2 && (stem[0] == u'\u0628' || stem[0] == u'\u0644' || stem[0] == u'\u0643')) { // ب ل ك
            // لل: ل + ال with the alef dropped (للرئيس → الرئيس, رئيس)
            if (stem[0] == u'\u0644' && stem.size() > 3 && stem[1] == u'\u0644') {
                add(QString(u'\u0627' + stem.mid(1).toString()));
                add(stem.mid(2));
            }
            add(stem.mid(1));
            stems.append(stem.mid(1));
        }
    }
    for (QStringView stem : QList<QStringView>(stems))
        if (stem.size() > 3 && stem[0] == u'\u0627' && stem[1] == u'\u0644') // ال
            add(stem.mid(2));
    // Longest first, stable for equal lengths.
    std::stable_sort(readings.begin(), readings.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return readings;
}

} // namespace rasad
