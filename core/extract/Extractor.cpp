#include "extract/Extractor.h"

#include "dates/DateEngine.h"
#include "extract/ActorRegistry.h"
#include "extract/ExtractionLexicon.h"
#include "extract/ExtractionRun.h"
#include "gazetteer/Gazetteer.h"
#include "text/ArabicNormalizer.h"
#include "text/PlainSearch.h"
#include "text/Segmenter.h"
#include "text/Transliteration.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <bitset>
#include <limits>

namespace rasad {

// Per-article working state: words, sentences, dates and who was named last.
struct Extractor::Scan
{
    const Article *article = nullptr;
    QString text;
    QList<Word> words;
    QList<bool> breakBefore; // punctuation between word i-1 and word i
    QList<bool> commaBefore;
    QList<bool> strongBreakBefore; // a colon or semicolon between word i-1 and word i
    QList<bool> inDate;            // inside a temporal expression
    QList<QStringList> readings;   // clitic readings of each word, computed once
    QList<TextSpan> sentences;
    QList<int> firstWord; // per sentence: [firstWord, endWord)
    QList<int> endWord;
    QList<bool> paragraphStart;
    QList<TemporalExpression> dates;
    QList<int> recentPeople;             // actors in the order named, for نظيره and later mentions
    QHash<QString, int> recentSurnames;  // last word of the name of each person named → the latest of them
    QHash<int, QString> titleKeyOfActor; // canonical office this article gives a person
    QHash<QString, int> officesNamed;     // office + country → the one person this article names in it (first pass)
    QHash<QString, int> delegationHeads; // country → the head of the delegation this article named
    int lastDelegationHead = -1;
    int firstDelegationHead = -1; // the article's own delegation: a bare "الوفد" later is it
    int datelinePlace = -1;     // the city a dateline names ("موسكو –", "شفق نيوز- موسكو"), or -1
    int datelineParagraphs = 0; // how many paragraphs from the top it places
};

struct Extractor::Mention
{
    int actor = -1;
    int phraseBegin = 0; // first word of title, rank or name
    int nameBegin = 0;
    int end = 0;             // one past the last word
    bool byRole = false;     // named by office only
    bool background = false; // the object of a background phrase (سقوط نظام …, عقيلة …): never a party
};

struct Extractor::TitlePhrase
{
    int begin = 0;
    int end = 0;
    QStringList keys;
    QString country;
    bool counterpart = false;
    QStringList dualTitleKeys; // وزيري الخارجية والدفاع → two canonical keys
    QString secondCountry;     // وزيرا خارجية روسيا وسوريا: one office of two countries
    int titleIndex = -1;
    bool fullMatch = false;
    int surfaceStart = 0;
};

namespace {

/**
 * The article's dates within a span. DateEngine::find gives them in text order without overlaps, so
 * they are one run, found by bisection: scanning them all for every sentence made long articles quadratic.
 */
struct DateRun
{
    QList<TemporalExpression>::const_iterator first, last;
    auto begin() const { return first; }
    auto end() const { return last; }
};
DateRun datesWithin(const QList<TemporalExpression> &dates, const TextSpan &span)
{
    const auto first = std::partition_point(dates.cbegin(), dates.cend(),
                                            [&](const TemporalExpression &e) { return e.start < span.start; });
    const auto last =
        std::partition_point(first, dates.cend(), [&](const TemporalExpression &e) { return e.start <= span.end; });
    return {first, last};
}

const QString kAl = QStringLiteral("ال");

/**
 * The matching keys of the phrases that start at one word (read as `first`), longest first: at most
 * `most` words and never across a break. The longest is built once and cut back word by word.
 */
class PhraseKeys
{
public:
    PhraseKeys(const QString &first, const QList<Word> &words, const QList<bool> &breakBefore, int index, int most)
        : m_key(first)
    {
        if (most < 1)
            return;
        m_ends.append(m_key.size());
        for (int k = 1; k < most && !breakBefore.at(index + k); ++k) {
            m_key += QLatin1Char(' ');
            m_key += words.at(index + k).key;
            m_ends.append(m_key.size());
        }
    }
    /** How many words the longest phrase has (0: none). */
    int longest() const { return int(m_ends.size()); }
    /** The key of the first `wordCount` words; calls must not lengthen the phrase again. */
    const QString &cutTo(int wordCount)
    {
        m_key.truncate(m_ends.at(wordCount - 1));
        return m_key;
    }

private:
    QString m_key;
    QList<qsizetype> m_ends; // m_ends[n - 1]: length of the key of n words
};

bool isNameShaped(const QString &key)
{
    if (key.size() < 2)
        return false;
    return std::all_of(key.cbegin(), key.cend(), [](QChar c) { return isArabicLetter(c.unicode()); });
}

QString canonicalKeyFor(const ExtractionLexicon &lex, const QStringList &keys, bool *full = nullptr,
                        int *index = nullptr)
{
    QList<Word> tmp;
    for (const QString &k : keys)
        tmp << Word{0, 0, k};
    const PhraseMatch m = lex.titleForms.match(tmp, 0, false);
    if (full)
        *full = m && m.words == keys.size();
    if (index)
        *index = m ? m.payload : -1;
    return m ? matchingKey(lex.titles.at(m.payload).canonical) : QString();
}

// الوزير, والعربية, للشؤون, بالأعمال: a word with the article, maybe after a clitic.
bool isDefiniteWord(const QString &key)
{
    return key.startsWith(kAl) || key.startsWith(QStringLiteral("وال")) || key.startsWith(QStringLiteral("لل")) ||
           key.startsWith(QStringLiteral("بال"));
}

bool anyReadingIn(const QStringList &readings, const KeySet &set)
{
    return std::any_of(readings.cbegin(), readings.cend(), [&](const QString &r) { return set.contains(r); });
}

} // namespace

Extractor::Extractor(const Gazetteer &gazetteer, const DateEngine &dates, const ExtractionLexicon &lexicon)
    : m_gazetteer(gazetteer), m_dates(dates), m_lexicon(lexicon)
{
    for (const Actor &p : gazetteer.people()) {
        for (const QString &n : QStringList{p.name} + p.aliases) {
            const QStringList keys = matchingKey(n).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (keys.isEmpty())
                continue;
            m_personFirstWords.insert(keys.constFirst());
            m_spellingsByWords[int(keys.size())].append({&p, keys});
        }
    }
    for (const Place &p : gazetteer.places()) {
        for (const QString &n : QStringList{p.name} + p.aliases) {
            const QStringList parts = matchingKey(n).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (parts.isEmpty())
                continue;
            m_placeFirstWords.insert(parts.constFirst());
            m_longestPlace = std::max(m_longestPlace, int(parts.size()));
        }
    }
    for (const Organisation &o : gazetteer.organisations()) {
        for (const QString &n : QStringList{o.name} + o.aliases) {
            const QStringList parts = matchingKey(n).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (parts.isEmpty())
                continue;
            m_organisationFirstWords.insert(parts.constFirst());
            m_longestOrganisation = std::max(m_longestOrganisation, int(parts.size()));
        }
    }
}

PreparedText Extractor::prepare(const Article &article) const
{
    PreparedText p;
    p.words = Segmenter::words(article.originalText);
    p.sentences = Segmenter::sentences(article.originalText);
    p.dates = m_dates.find(article.originalText, article.published);
    return p;
}

Extractor::Scan Extractor::scan(const Article &article, const PreparedText &prepared, ExtractionRun &run) const
{
    Scan s;
    s.article = &article;
    s.text = article.originalText;
    s.words = prepared.words;
    const int n = int(s.words.size());
    s.breakBefore.fill(false, n);
    s.commaBefore.fill(false, n);
    s.strongBreakBefore.fill(false, n);
    s.inDate.fill(false, n);
    s.readings.reserve(n);
    for (const Word &word : std::as_const(s.words))
        s.readings << run.readingsOf(word.key);
    for (int i = 1; i < n; ++i) {
        for (int c = s.words.at(i - 1).end; c < s.words.at(i).start; ++c) {
            const QChar ch = s.text.at(c);
            if (ch.isSpace() || isIgnorableInKey(ch.unicode()) || ch == QLatin1Char('-') || ch.unicode() == 0x2011)
                continue;
            s.breakBefore[i] = true;
            if (ch == QLatin1Char(',') || ch.unicode() == 0x060C)
                s.commaBefore[i] = true;
            if (ch == QLatin1Char(':') || ch == QLatin1Char(';') || ch.unicode() == 0x061B)
                s.strongBreakBefore[i] = true;
        }
    }
    s.dates = prepared.dates;
    const QList<TextSpan> &sentences = prepared.sentences;
    int w = 0;
    for (const TemporalExpression &e : std::as_const(s.dates)) {
        while (w < n && s.words.at(w).end <= e.start)
            ++w;
        for (int k = w; k < n && s.words.at(k).start < e.end; ++k)
            s.inDate[k] = true;
    }
    const auto inFurniture = [&](const TextSpan &span) {
        for (const TextSpan &f : article.furniture)
            if (span.start < f.end && f.start < span.end)
                return true;
        return false;
    };
    int previousEnd = 0;
    w = 0;
    for (const TextSpan &sentence : std::as_const(sentences)) {
        const bool newParagraph =
            s.sentences.isEmpty() || s.text.mid(previousEnd, sentence.start - previousEnd).contains(QLatin1Char('\n'));
        previousEnd = sentence.end;
        while (w < n && s.words.at(w).start < sentence.start)
            ++w;
        int end = w;
        while (end < n && s.words.at(end).end <= sentence.end)
            ++end;
        // Furniture, and a "sentence" of punctuation alone (a run of &s, a line of dashes), tell nothing.
        if (end == w || inFurniture(sentence)) {
            w = end;
            continue;
        }
        s.sentences << sentence;
        s.firstWord << w;
        s.endWord << end;
        s.paragraphStart << newParagraph;
        w = end;
    }
    s.datelinePlace = findDatelinePlace(s);
    return s;
}

int Extractor::matchKnown(const Scan &s, int index, int end, ActorRegistry &registry, int *length) const
{
    const QStringList &readings = s.readings.at(index);
    // The surname alone of someone this article has named (الوزير NAME), even when others share it.
    for (const QString &reading : readings) {
        const auto it = s.recentSurnames.constFind(reading);
        if (it != s.recentSurnames.cend()) {
            *length = 1;
            return *it;
        }
    }
    const int longest = std::max(m_gazetteer.longestNameWords(), registry.longestNameWords());
    for (const QString &reading : readings) {
        const bool gazetteerMay = m_personFirstWords.contains(reading);
        if (!gazetteerMay && !registry.mayStartName(reading))
            continue;
        PhraseKeys phrases(reading, s.words, s.breakBefore, index, std::min(longest, end - index));
        for (int len = phrases.longest(); len >= 1; --len) {
            const QString &key = phrases.cutTo(len);
            if (gazetteerMay) {
                const QList<const Actor *> people = m_gazetteer.peopleByName(key);
                if (!people.isEmpty()) {
                    *length = len;
                    // A surname several people share: the one this article named last.
                    for (int r = int(s.recentPeople.size()) - 1; people.size() > 1 && r >= 0; --r)
                        for (const Actor *p : people)
                            if (registry.findKnown(p->key) == s.recentPeople.at(r))
                                return s.recentPeople.at(r);
                    return registry.addKnown(*people.constFirst());
                }
            }
            const int found = registry.findDiscovered(key);
            if (found >= 0) {
                *length = len;
                return found;
            }
        }
    }
    return -1;
}

int Extractor::matchPlace(const Scan &s, int index, int end, int *length) const
{
    const QStringList &readings = s.readings.at(index);
    for (const QString &reading : readings) {
        if (!m_placeFirstWords.contains(reading))
            continue;
        PhraseKeys phrases(reading, s.words, s.breakBefore, index, std::min(m_longestPlace, end - index));
        for (int len = phrases.longest(); len >= 1; --len) {
            const QString &key = phrases.cutTo(len);
            if (const Place *p = m_gazetteer.placeByName(key)) {
                *length = len;
                return int(p - m_gazetteer.places().constData());
            }
        }
    }
    return -1;
}

const Organisation *Extractor::matchOrganisation(const Scan &s, int index, int end, int *length) const
{
    for (const QString &reading : s.readings.at(index)) {
        if (!m_organisationFirstWords.contains(reading))
            continue;
        PhraseKeys phrases(reading, s.words, s.breakBefore, index, std::min(m_longestOrganisation, end - index));
        for (int len = phrases.longest(); len >= 1; --len)
            if (const Organisation *o = m_gazetteer.organisationByName(phrases.cutTo(len))) {
                *length = len;
                return o;
            }
    }
    return nullptr;
}

bool Extractor::parseTitle(const Scan &s, int index, int end, const ActorRegistry &registry, TitlePhrase &out) const
{
    const QString &first = s.words.at(index).key;
    QString head;
    for (const QString &r : s.readings.at(index))
        if (m_lexicon.titleHeads.contains(r) || m_lexicon.dualHeads.contains(r)) {
            head = r;
            break;
        }
    if (head.isEmpty())
        return false;
    out = TitlePhrase{};
    out.begin = index;
    out.surfaceStart = s.words.at(index).start + std::max(0, int(first.size() - head.size()));
    const bool dual = m_lexicon.dualHeads.contains(head) && !m_lexicon.titleHeads.contains(head);
    out.counterpart = m_lexicon.counterpartHeads.contains(head);
    out.keys << (dual ? m_lexicon.dualHeads.value(head) : head);
    int k = index + 1;
    while (k < end && !s.breakBefore.at(k) && !s.inDate.at(k)) {
        // مصرف سوريا المركزي: a country's name is no nationality (سوريا also reads as the adjective سوريًا).
        const bool countryName = bool(m_lexicon.countryNames.match(s.words, k, false));
        if (const PhraseMatch m = countryName ? PhraseMatch{} : m_lexicon.nationalities.match(s.words, k, false)) {
            out.country = m_lexicon.countryOfNationality(m.payload);
            k += m.words;
            if (dual)
                k += secondCountryOfDual(s, k, end, m_lexicon.nationalities, out);
            // … العراقي للشؤون الآسيوية NAME: the portfolio belongs to the office, the name follows it.
            if (k < end && !s.breakBefore.at(k) && !out.counterpart &&
                m_lexicon.portfolioNouns.contains(s.words.at(k).key)) {
                int p = k + 1;
                while (p < end && !s.breakBefore.at(p) && !s.inDate.at(p) && isDefiniteWord(s.words.at(p).key) &&
                       !m_personFirstWords.contains(s.words.at(p).key) &&
                       !m_lexicon.nationalities.match(s.words, p, false) &&
                       !anyReadingIn(s.readings.at(p), m_lexicon.stopWords))
                    ++p;
                if (p > k + 1)
                    k = p;
            }
            break;
        }
        if (m_lexicon.ranks.match(s.words, k, false))
            break;
        // سفير سوريا لدى روسيا: the country named after the office is its country.
        if (out.country.isEmpty() && !out.counterpart) {
            if (const PhraseMatch c = m_lexicon.countryNames.match(s.words, k, false)) {
                out.country = m_lexicon.countryOfNationality(c.payload);
                k += c.words;
                if (dual)
                    k += secondCountryOfDual(s, k, end, m_lexicon.countryNames, out);
                continue;
            }
        }
        const QString &key = s.words.at(k).key;
        // وزير خارجية روسيا, وزيرا دفاع سوريا وتركيا: the office in construct with a country's name is the office.
        if (out.keys.size() == 1 && !out.counterpart && !isDefiniteWord(key) && k + 1 < end &&
            !s.breakBefore.at(k + 1) && m_lexicon.countryNames.match(s.words, k + 1, false) &&
            !m_personFirstWords.contains(key) && !anyReadingIn(s.readings.at(k), m_lexicon.stopWords)) {
            out.keys << kAl + key;
            ++k;
            continue;
        }
        // رئيس جمهورية الشيشان, حاكم مقاطعة كورسك NAME: the word after a region noun names the region, which
        // is part of the office; the person's name starts after it. The word as written: a region in construct
        // takes no pronoun (ولايته is "his term").
        if (!out.counterpart && m_lexicon.regionNouns.contains(key) && k + 1 < end &&
            !s.breakBefore.at(k + 1) && !s.inDate.at(k + 1) && !m_personFirstWords.contains(s.words.at(k + 1).key)) {
            out.keys << key << s.words.at(k + 1).key;
            k += 2;
            continue;
        }
        if (m_personFirstWords.contains(key) || registry.mayStartName(key))
            break;
        if (m_lexicon.titleHeads.contains(key) && !key.startsWith(kAl) && !out.counterpart) {
            out.keys << key;
            ++k;
            continue;
        }
        // رئيس الوزراء, مدير المكتب: a unit noun, with or without its article (وزراء is also a stop word).
        if (anyReadingIn(s.readings.at(k), m_lexicon.unitNouns) && !out.counterpart) {
            out.keys << key;
            ++k;
            continue;
        }
        if (m_lexicon.locatives.contains(key) && k + 1 < end && !s.breakBefore.at(k + 1)) {
            if (const PhraseMatch c = m_lexicon.countryNames.match(s.words, k + 1, false)) {
                if (out.country.isEmpty()) // سفير سوريا لدى روسيا: the first country is the office's
                    out.country = m_lexicon.countryOfNationality(c.payload);
                k += 1 + c.words;
                break;
            }
            if ((s.words.at(k + 1).key.startsWith(kAl) || m_lexicon.unitNouns.contains(s.words.at(k + 1).key)) &&
                !out.counterpart && out.keys.size() > 1) {
                out.keys << key << s.words.at(k + 1).key;
                k += 2;
                continue;
            }
            break;
        }
        const bool definite = isDefiniteWord(key);
        if (definite && !out.counterpart && !anyReadingIn(s.readings.at(k), m_lexicon.stopWords) &&
            !m_lexicon.continuation.containsWord(key) && !m_lexicon.triggers.match(s.words, k, false)) {
            out.keys << key;
            ++k;
            continue;
        }
        break;
    }
    out.end = k;
    if (dual) {
        // وزيري الخارجية والدفاع: one office per coordinated complement
        QStringList current;
        const QString base = out.keys.constFirst();
        for (int i = 1; i < out.keys.size(); ++i) {
            QString word = out.keys.at(i);
            if (word.startsWith(QChar(u'و')) && !current.isEmpty()) {
                out.dualTitleKeys << canonicalKeyFor(m_lexicon, QStringList{base} + current);
                current.clear();
                word = word.mid(1);
            }
            current << word;
        }
        if (!current.isEmpty())
            out.dualTitleKeys << canonicalKeyFor(m_lexicon, QStringList{base} + current);
        out.dualTitleKeys.removeAll(QString());
        return !out.dualTitleKeys.isEmpty();
    }
    canonicalKeyFor(m_lexicon, out.keys, &out.fullMatch, &out.titleIndex);
    return true;
}

int Extractor::secondCountryOfDual(const Scan &s, int index, int end, const PhraseTable &countries,
                                   TitlePhrase &out) const
{
    // وزيرا الخارجية الروسي والسوري, وزيرا خارجية روسيا وسوريا: و and the second country.
    if (index >= end || s.breakBefore.at(index) || !s.words.at(index).key.startsWith(QChar(u'و')))
        return 0;
    const PhraseMatch second = countries.match(s.words, index, s.readings.at(index));
    if (!second)
        return 0;
    out.secondCountry = m_lexicon.countryOfNationality(second.payload);
    return second.words;
}

bool Extractor::inPersonName(const QList<Mention> &mentions, int word)
{
    return std::any_of(mentions.cbegin(), mentions.cend(),
                       [word](const Mention &m) { return !m.byRole && m.nameBegin <= word && word < m.end; });
}

bool Extractor::isComplementizer(const Scan &s, int word) const
{
    // The word as written, not its clitic readings: كان would read as ك + أن.
    const QString &key = s.words.at(word).key;
    return m_lexicon.complementizers.contains(key) || m_lexicon.complementizersWithPronoun.contains(key);
}

PhraseMatch Extractor::futureContactVerb(const Scan &s, int word) const
{
    const QString &key = s.words.at(word).key;
    if (key.size() <= 3 || !key.startsWith(QChar(u'س')) || !QStringLiteral("يتنأ").contains(key.at(1)))
        return {};
    const PhraseMatch m = m_lexicon.triggers.match(s.words, word, Segmenter::cliticReadings(key.mid(1)));
    return m && m_lexicon.triggerInfo.at(m.payload).verb ? m : PhraseMatch{};
}

bool Extractor::nonPublicOffice(const Scan &s, int begin, int end) const
{
    for (int k = begin; k < end; ++k)
        if (m_lexicon.nonPublicOffices.match(s.words, k, s.readings.at(k)))
            return true;
    return false;
}

bool Extractor::nonPublicAppositive(const Scan &s, int index, int end, const ActorRegistry &registry) const
{
    TitlePhrase office;
    return index < end && s.commaBefore.at(index) && parseTitle(s, index, end, registry, office) &&
           nonPublicOffice(s, office.begin, office.end);
}

int Extractor::parseName(const Scan &s, int index, int end, const ActorRegistry &registry) const
{
    const auto nameWord = [&](int k) {
        const QString &key = s.words.at(k).key;
        if (s.inDate.at(k) || !isNameShaped(key))
            return false;
        // علي written with ya is the given name, على with alef maqsura the preposition; their keys are one.
        const bool givenNameSpelledOut = m_lexicon.givenNames.contains(key) && s.words.at(k).end > 0 &&
                                         s.text.at(s.words.at(k).end - 1) == QChar(u'ي');
        for (const QString &r : s.readings.at(k)) {
            if (givenNameSpelledOut && r == key && m_lexicon.stopWords.contains(r) &&
                !m_lexicon.notNameWords.contains(r))
                continue;
            // العلي is no على: a preposition or conjunction never takes the article.
            const bool articleStripped = key.startsWith(kAl) && key.size() == r.size() + 2 && key.endsWith(r);
            if ((!articleStripped && m_lexicon.stopWords.contains(r)) || m_lexicon.notNameWords.contains(r) ||
                m_lexicon.titleHeads.contains(r) || m_lexicon.dualHeads.contains(r) ||
                m_lexicon.unitNouns.contains(r) || m_lexicon.nationalities.containsWord(r) ||
                m_lexicon.countryNames.containsWord(r) || m_lexicon.triggers.containsWord(r) ||
                m_lexicon.continuation.containsWord(r))
                return false;
        }
        return !m_lexicon.ranks.match(s.words, k, s.readings.at(k)) &&
               !m_lexicon.delegationMember.match(s.words, k, s.readings.at(k)) &&
               !m_lexicon.delegationLeader.match(s.words, k, s.readings.at(k));
    };
    int n = 0;
    while (index + n < end && n < m_lexicon.maxNameWords) {
        const int k = index + n;
        if (n > 0 && s.breakBefore.at(k))
            break;
        const QString &key = s.words.at(k).key;
        // A name the gazetteer does not know starts with a given name, not with the article ال (written
        // with a bare alef; ألكسندر with hamza is a name).
        if (n == 0 && key.startsWith(kAl) && s.text.at(s.words.at(k).start) == QChar(u'ا') &&
            !m_personFirstWords.contains(key) && !m_lexicon.givenNames.contains(key))
            return 0; // … unless it is a known given name written without its hamza (الكسندر)
        if (n == 0 && key.startsWith(QChar(u'و')) && key.size() > 3) {
            // و before a plural or a known word is the conjunction (ومسؤولين, ومروان), not a name (وليد).
            const QString rest = key.mid(1);
            if (rest.endsWith(QStringLiteral("ين")) || rest.endsWith(QStringLiteral("ون")) ||
                rest.endsWith(QStringLiteral("ات")) || m_personFirstWords.contains(rest) || registry.mayStartName(rest))
                return 0;
        }
        if (m_lexicon.forwardParticles.contains(key)) {
            if (k + 1 < end && !s.breakBefore.at(k + 1) && nameWord(k + 1)) {
                n += 2;
                continue;
            }
            break;
        }
        if (n > 0 && m_lexicon.backwardParticles.contains(key)) {
            ++n;
            continue;
        }
        if (!nameWord(k))
            break;
        // الضابط الروسي, الجانب السوري: a noun with a nationality after it is not a surname.
        if (n > 0 && key.startsWith(kAl) && k + 1 < end && !s.breakBefore.at(k + 1) &&
            m_lexicon.nationalities.match(s.words, k + 1, false))
            break;
        if (n >= 2 && key.startsWith(QChar(u'و')))
            break; // و starting a third word is a conjunction: the next person or clause
        ++n;
    }
    while (n > 0 && m_lexicon.forwardParticles.contains(s.words.at(index + n - 1).key))
        --n;
    if (n < m_lexicon.minUnknownNameWords)
        return 0;
    // A name the gazetteer does not know must look like one: a given name (or a particle, أبو, عبد) first,
    // or a surname's shape last. A common word of the clause ends it (كوزنتسوف نسخة, قضايا عاجلة).
    const bool givenFirst = anyReadingIn(s.readings.at(index), m_lexicon.givenNames) ||
                            m_lexicon.forwardParticles.contains(s.words.at(index).key);
    QStringList keys;
    for (int k = index; k < index + n; ++k)
        keys << s.words.at(k).key;
    if (!givenFirst && m_lexicon.countryFromNameShape(QStringList{keys.constLast()}).isEmpty())
        return 0;
    return n;
}

QList<std::pair<int, int>> Extractor::clausesOf(const Scan &s, int sentence, const QList<Mention> &mentions) const
{
    const int b = s.firstWord.at(sentence);
    const int e = s.endWord.at(sentence);
    QList<PhraseMatch> trigger(e - b); // the contact word starting at each word, found once
    bool anyTrigger = false;
    for (int w = b; w < e; ++w) {
        if (!inPersonName(mentions, w))
            trigger[w - b] = m_lexicon.triggers.match(s.words, w, s.readings.at(w));
        anyTrigger = anyTrigger || bool(trigger.at(w - b));
    }
    const auto isTrigger = [&](int w) { return bool(trigger.at(w - b)); };
    const auto isVerbTrigger = [&](int w) { return isTrigger(w) && m_lexicon.triggerInfo.at(trigger.at(w - b).payload).verb; };
    if (!anyTrigger || mentions.size() < 2)
        return {{b, e}}; // nothing to tell apart: most sentences of an article

    // Cut before a colon or semicolon, before a clause opener (فيما, بينما, مؤكداً), and before a contact
    // verb that follows a comma with و or ف (، والتقى …).
    QList<int> cuts{b};
    QSet<int> openerCuts;
    // "تأتي زيارة X بعد أسبوعين من لقاء جمع Y وZ": the contact after بعد/قبل is another one, cut apart when
    // it names its own two people (a lone "بعد لقائه Y" stays with the clause it dates).
    const auto otherContactAt = [&](int w) {
        if (!anyReadingIn(s.readings.at(w), m_lexicon.otherContactPrepositions))
            return false;
        bool before = false;
        for (int t = b; t < w && !before; ++t)
            before = isTrigger(t);
        int noun = -1;
        for (int t = w + 1; t < std::min(e, w + 5) && noun < 0; ++t)
            if (isTrigger(t) && !isVerbTrigger(t))
                noun = t;
        if (!before || noun < 0)
            return false;
        int named = 0;
        for (const Mention &m : mentions)
            named += !m.background && m.phraseBegin > noun && m.phraseBegin < e && !s.strongBreakBefore.at(m.phraseBegin);
        return named >= 2;
    };
    // "أوضح X، خلال مؤتمر صحفي مع Y، أن اجتماعاً عقد …": the occasion of a saying is one contact, what is said
    // another; cut at the أن when a contact word stands on both sides of it.
    int sayingCut = -1;
    for (int r = b; r < e && sayingCut < 0; ++r) {
        if (!m_lexicon.reportingVerbs.match(s.words, r, s.readings.at(r)))
            continue;
        bool occasion = false;
        for (int c = r + 1; c < e; ++c) {
            if (isComplementizer(s, c)) {
                bool said = false;
                for (int w = c + 1; w < e && !said; ++w)
                    said = isTrigger(w);
                if (occasion && said)
                    sayingCut = c;
                break;
            }
            occasion = occasion || isTrigger(c);
        }
        break; // the sentence's first saying only
    }
    // "وبعد لقائه Y في سوتشي، توجه X إلى أنقرة حيث التقى Z": a sentence opened by an earlier contact of its
    // subject; that contact ends at the first comma when a contact verb follows it.
    int earlierOpenerCut = -1;
    if (anyReadingIn(s.readings.at(b), m_lexicon.earlierContactPrepositions)) {
        bool noun = false;
        for (int w = b + 1; w < std::min(e, b + 5) && !noun; ++w)
            noun = isTrigger(w) && !isVerbTrigger(w);
        int comma = -1;
        for (int w = b + 2; noun && w < e && comma < 0; ++w)
            if (s.commaBefore.at(w))
                comma = w;
        bool verbAfter = false;
        for (int w = comma; comma > 0 && w < e && !verbAfter; ++w)
            verbAfter = isVerbTrigger(w);
        if (verbAfter)
            earlierOpenerCut = comma;
    }
    for (int w = b + 1; w < e; ++w) {
        const QString &key = s.words.at(w).key;
        const bool opener = bool(m_lexicon.clauseOpeners.match(s.words, w, s.readings.at(w)));
        if (opener)
            openerCuts.insert(w);
        bool cut = s.strongBreakBefore.at(w) || opener || w == sayingCut || w == earlierOpenerCut || otherContactAt(w);
        if (!cut && s.commaBefore.at(w) && (key.startsWith(QChar(u'و')) || key.startsWith(QChar(u'ف'))))
            cut = isVerbTrigger(w);
        if (cut)
            cuts << w;
    }
    cuts << e;
    // A piece that reports no contact, or names nobody, belongs to the piece before it (بحضور …, وبحثا …);
    // but "بينما شكر X …", opened by a clause word, tells what X did apart: X stays out of the contact.
    QList<std::pair<int, int>> pieces;
    for (int i = 0; i + 1 < cuts.size(); ++i) {
        const int from = cuts.at(i), to = cuts.at(i + 1);
        bool reports = false, named = false, joins = false;
        for (int w = from; w < to && !reports; ++w)
            reports = isTrigger(w);
        for (const Mention &m : mentions)
            named = named || (!m.background && m.phraseBegin >= from && m.phraseBegin < to);
        for (int w = from; w < to && !joins; ++w)
            joins = bool(m_lexicon.delegationMember.match(s.words, w, s.readings.at(w)));
        const bool apart = openerCuts.contains(from) && named && !reports && !joins;
        bool plural = false;
        for (int w = from; w < to && reports && !named && !plural; ++w)
            plural = bool(m_lexicon.pluralSubjectForms.match(s.words, w, s.readings.at(w)));
        const bool theirOwn = reports && !named && plural;
        if (pieces.isEmpty() || (reports && named) || apart || theirOwn)
            pieces.append({from, to});
        else
            pieces.last().second = to;
    }
    // The first piece may have held only what the next one reports about (a dateline, a source).
    if (pieces.size() > 1) {
        bool reports = false;
        for (int w = pieces.at(0).first; w < pieces.at(0).second && !reports; ++w)
            reports = isTrigger(w);
        if (!reports) {
            pieces[1].first = pieces.at(0).first;
            pieces.removeFirst();
        }
    }
    return pieces;
}

int Extractor::knownBySpelling(const QStringList &nameKeys, const QString &country, ActorRegistry &registry) const
{
    // A gazetteer person spelled another way (a vowel letter written or left out, ف for ڤ, غ for ج), when exactly one
    // fits and the country the text gives (if any) is theirs.
    const Actor *found = nullptr;
    const auto candidates = m_spellingsByWords.constFind(int(nameKeys.size()));
    if (candidates == m_spellingsByWords.cend())
        return -1;
    for (const auto &[person, keys] : *candidates) {
        if (!country.isEmpty() && !person->country.isEmpty() && person->country != country)
            continue;
        const bool foreign = !country.isEmpty() && person->country == country &&
                             std::any_of(m_gazetteer.spelling().letterGroups.cbegin(),
                                         m_gazetteer.spelling().letterGroups.cend(),
                                         [&](const SpellingRules::LetterGroup &g) { return g.countries.contains(country); });
        if (!maySpellTheSameName(keys, nameKeys, foreign))
            continue;
        if (found && found != person)
            return -1; // two people fit: not a guess to make
        found = person;
    }
    return found ? registry.addKnown(*found) : -1;
}

int Extractor::knownByCutOffName(const QStringList &nameKeys, const QString &country, ActorRegistry &registry) const
{
    // The words before the fragment are a gazetteer person's, and the fragment begins that person's next
    // word; exactly one person may fit.
    const QString &fragment = nameKeys.constLast();
    const auto candidates = m_spellingsByWords.constFind(int(nameKeys.size()));
    if (fragment.size() < 2 || candidates == m_spellingsByWords.cend())
        return -1;
    const QStringList leading = nameKeys.mid(0, nameKeys.size() - 1);
    const Actor *found = nullptr;
    for (const auto &[person, keys] : *candidates) {
        if (!country.isEmpty() && !person->country.isEmpty() && person->country != country)
            continue;
        if (!keys.constLast().startsWith(fragment) || keys.constLast().size() <= fragment.size())
            continue;
        if (keys.mid(0, keys.size() - 1) != leading && !maySpellTheSameName(keys.mid(0, keys.size() - 1), leading))
            continue;
        if (found && found != person)
            return -1;
        found = person;
    }
    return found ? registry.addKnown(*found) : -1;
}

bool Extractor::endsCutOff(const Scan &s, int word) const
{
    // The page ends inside this word, or an ellipsis marks where it was cut ("… سيرغي لافر…").
    for (int c = s.words.at(word).end; c < s.text.size(); ++c) {
        const QChar ch = s.text.at(c);
        if (ch.isSpace())
            continue;
        return ch.unicode() == 0x2026 || (ch == QLatin1Char('.') && c + 1 < s.text.size() && s.text.at(c + 1) == QLatin1Char('.'));
    }
    return true;
}

bool Extractor::postedOutsideTheFocus(const Scan &s, int k, int end, const QString &country) const
{
    // السفير الروسي لدى بغداد: an office posted in a third country is not the one the gazetteer's holder of
    // that title (posted in the other focus country) holds.
    if (k + 1 >= end || s.breakBefore.at(k + 1) || !m_lexicon.locatives.contains(s.words.at(k).key))
        return false;
    QString where;
    int length = 0;
    if (const int p = matchPlace(s, k + 1, end, &length); p >= 0)
        where = m_gazetteer.places().at(p).country;
    else if (const PhraseMatch c = m_lexicon.countryNames.match(s.words, k + 1, false))
        where = m_lexicon.countryOfNationality(c.payload);
    return !where.isEmpty() && where != country && !m_lexicon.focusCountries.contains(where);
}

int Extractor::findDatelinePlace(const Scan &s) const
{
    // The first lines only: a dateline opens the story ("بغداد 3 مارس (وكالات) …", "طهران – …") or stands
    // as a short line of its own after the outlet's name ("وكالة الأنباء- طهران").
    int line = 0;
    for (int w = 0; w < s.words.size() && line < 3;) {
        const qsizetype lineEnd = s.text.indexOf(QLatin1Char('\n'), s.words.at(w).start);
        int end = w;
        while (end < s.words.size() && (lineEnd < 0 || s.words.at(end).start < lineEnd))
            ++end;
        const int count = end - w;
        const auto dashBefore = [&](int k) {
            for (int c = s.words.at(k - 1).end; c < s.words.at(k).start; ++c)
                if (QStringLiteral("-–—ـ").contains(s.text.at(c)))
                    return true;
            return false;
        };
        for (int k = w; k < end && k < w + 6; ++k) {
            int length = 0;
            const int p = matchPlace(s, k, end, &length);
            if (p < 0 || m_gazetteer.places().at(p).kind == QLatin1String("country"))
                continue;
            const bool opensLine = k == w && (k + length == end || dashBefore(k + length) || s.inDate.at(k + length));
            const bool afterDash = k > w && dashBefore(k) && count <= 6;
            if (opensLine || afterDash)
                return p;
        }
        w = end;
        ++line;
    }
    return -1;
}

bool Extractor::isHeading(const Scan &s, int sentence)
{
    if (!s.paragraphStart.at(sentence) || (sentence + 1 < s.sentences.size() && !s.paragraphStart.at(sentence + 1)))
        return false;
    if (s.endWord.at(sentence) - s.firstWord.at(sentence) > 14)
        return false;
    const TextSpan &span = s.sentences.at(sentence);
    for (int i = span.end - 1; i >= span.start; --i) {
        const QChar c = s.text.at(i);
        if (c.isSpace())
            continue;
        return !(c == u'.' || c == u'!' || c == u'?' || c == u'\u061F' || c == u'\u06D4' || c == u'\u2026');
    }
    return false;
}

bool Extractor::ownedByAnotherEvent(const Scan &s, const TemporalExpression &date, int clauseBegin) const
{
    // The first word not wholly before the date (words are in text order).
    const int k =
        int(std::partition_point(s.words.cbegin(), s.words.cend(), [&](const Word &w) { return w.end <= date.start; }) -
            s.words.cbegin());
    // The word before the date (past a preposition: المبرمة في 5 آذار) names what the date belongs to.
    for (int back = k - 1, seen = 0; back >= clauseBegin && seen < 2; --back, ++seen) {
        if (anyReadingIn(s.readings.at(back), m_lexicon.dateOwners))
            return true;
        // بعد زيارة في أيلول, قبل لقاء يوم 5 آذار: the date is of the other contact the preposition points to.
        if (back - 1 >= clauseBegin && anyReadingIn(s.readings.at(back - 1), m_lexicon.otherContactPrepositions)) {
            const PhraseMatch t = m_lexicon.triggers.match(s.words, back, s.readings.at(back));
            if (t && !m_lexicon.triggerInfo.at(t.payload).verb)
                return true;
        }
        if (!m_lexicon.stopWords.contains(s.words.at(back).key))
            break;
    }
    return false;
}

bool Extractor::governedByBackground(const Scan &s, int phraseBegin, int sentenceBegin) const
{
    // Look past a date and a preposition between them: الإطاحة في عام … بـ NAME
    int k = phraseBegin - 1;
    for (int skipped = 0; k >= sentenceBegin && skipped < 4; --k, ++skipped) {
        if (!s.inDate.at(k) && !m_lexicon.stopWords.contains(s.words.at(k).key))
            break;
    }
    return k >= sentenceBegin && !s.breakBefore.at(k + 1) &&
           anyReadingIn(s.readings.at(k), m_lexicon.backgroundGovernors);
}

QString Extractor::officeKey(const QString &titleKey, const QString &country)
{
    return titleKey + QLatin1Char('|') + country;
}

int Extractor::resolveRole(const Scan &s, const QString &titleKey, const QString &country, const QDate &day,
                           ActorRegistry &registry) const
{
    if (titleKey.isEmpty() || country.isEmpty())
        return -1;
    // The one person the article itself names in the office comes before the gazetteer's holder: a new
    // ambassador, an acting minister, a page older or newer than the gazetteer.
    if (const int named = s.officesNamed.value(officeKey(titleKey, country), -1); named >= 0)
        return named;
    // Without a day the office names nobody in particular: today's holder is not a 2016 article's.
    if (!day.isValid())
        return registry.roleHolder(titleKey, country);
    if (const Actor *a = m_gazetteer.holderOn(titleKey, country, day))
        return registry.addKnown(*a);
    return registry.roleHolder(titleKey, country);
}

QList<Extractor::Mention> Extractor::findMentions(Scan &s, int sentence, ActorRegistry &registry) const
{
    QList<Mention> out;
    const int begin = s.firstWord.at(sentence);
    const int end = s.endWord.at(sentence);
    const TextSpan &span = s.sentences.at(sentence);
    // The day offices are read on: the sentence's own date, else the publication date, else the latest
    // date the article states; none when the article gives no date at all.
    QDate day = s.article->published;
    for (const TemporalExpression &e : datesWithin(s.dates, span)) {
        if (e.start >= span.start && e.end <= span.end && e.value.isValid()) {
            day = e.value.start;
            break;
        }
    }
    if (!day.isValid())
        for (const TemporalExpression &e : std::as_const(s.dates))
            if (e.value.isValid() && (!day.isValid() || e.value.end > day))
                day = e.value.end;
    const auto surface = [&](int from, int to) {
        return s.text.mid(s.words.at(from).start, s.words.at(to - 1).end - s.words.at(from).start);
    };
    const auto nameSurface = [&](int from, int to) {
        // Leave a proclitic off the spelling (وNAME → NAME) when the bare form is what matched.
        QString text = surface(from, to);
        const QString &key = s.words.at(from).key;
        for (const QString &r : s.readings.at(from)) {
            if (r == key)
                continue;
            if (m_personFirstWords.contains(r) || registry.mayStartName(r)) {
                text = text.mid(key.size() - r.size());
                break;
            }
        }
        return text;
    };
    // The lexicon knows a one-word office by its definite form (الرئيس, الملك), the gazetteer by the bare one.
    const auto roleKey = [&](const Role &r) {
        QStringList keys = matchingKey(r.title).split(QLatin1Char(' '));
        QString key = canonicalKeyFor(m_lexicon, keys);
        if (key.isEmpty() && !keys.constFirst().startsWith(kAl)) {
            keys.first().prepend(kAl);
            key = canonicalKeyFor(m_lexicon, keys);
        }
        return key;
    };
    const auto titleKeyOf = [&](int actor) -> QString {
        if (s.titleKeyOfActor.contains(actor))
            return s.titleKeyOfActor.value(actor);
        const Actor &a = registry.actors().at(actor);
        for (const Role &r : a.roles)
            if (r.heldOn(day))
                return roleKey(r);
        return a.roles.isEmpty() ? QString() : roleKey(a.roles.constFirst());
    };
    const auto keysOf = [&](int from, int to) {
        QStringList keys;
        for (int k = from; k < to; ++k)
            keys << s.words.at(k).key;
        return keys;
    };
    const auto push = [&](Mention m) {
        m.background = governedByBackground(s, m.phraseBegin, begin);
        out << m;
        s.recentPeople << m.actor;
        const QString last = matchingKey(registry.actors().at(m.actor).name).section(QLatin1Char(' '), -1);
        if (last.size() >= 3 && !m_lexicon.stopWords.contains(last))
            s.recentSurnames.insert(last, m.actor);
    };
    // A person named right after برئاسة takes the nationality of the delegation named before it.
    const auto delegationCountry = [&](int phraseBegin) -> QString {
        for (int back = 1; back <= 2 && phraseBegin - back >= begin; ++back) {
            const PhraseMatch leader =
                m_lexicon.delegationLeader.match(s.words, phraseBegin - back, s.readings.at(phraseBegin - back));
            if (!leader || phraseBegin - back + leader.words != phraseBegin)
                continue;
            for (int k = phraseBegin - back - 1; k >= std::max(begin, phraseBegin - back - 10); --k) {
                if (const PhraseMatch m = m_lexicon.nationalities.match(s.words, k, s.readings.at(k)))
                    return m_lexicon.countryOfNationality(m.payload);
                if (const PhraseMatch c = m_lexicon.countryNames.match(s.words, k, s.readings.at(k)))
                    return m_lexicon.countryOfNationality(c.payload);
            }
        }
        return {};
    };

    int i = begin;
    while (i < end) {
        if (s.inDate.at(i)) {
            ++i;
            continue;
        }
        int length = 0;
        int actor = matchKnown(s, i, end, registry, &length);
        if (actor >= 0) {
            registry.addAlias(actor, nameSurface(i, i + length));
            push(Mention{actor, i, i, i + length, false});
            i += length;
        } else {
            TitlePhrase title;
            int k = i;
            const bool hasTitle = parseTitle(s, i, end, registry, title);
            bool formerHolder = false; // السفير السابق: not whoever holds the office now
            if (hasTitle) {
                k = title.end;
                // السفير الروسي الجديد لدى …: adjectives of the office before the posting or the name.
                while (k < end && !s.breakBefore.at(k) &&
                       (m_lexicon.titleAdjectives.contains(s.words.at(k).key) ||
                        m_lexicon.formerAdjectives.contains(s.words.at(k).key))) {
                    formerHolder = formerHolder || m_lexicon.formerAdjectives.contains(s.words.at(k).key);
                    ++k;
                }
                for (int w = title.begin; w < title.end && !formerHolder; ++w) // the office phrase may hold it
                    formerHolder = m_lexicon.formerAdjectives.contains(s.words.at(w).key);
            }
            // Ranks (اللواء البحري, الفريق أول, المهندس), possibly several, possibly after a comma.
            // Punctuation other than a comma after an office means no name follows it.
            const bool blocked = hasTitle && k < end && s.breakBefore.at(k) && !s.commaBefore.at(k);
            const int ranksBegin = k;
            while (k < end && !blocked) {
                if (k > ranksBegin && s.breakBefore.at(k))
                    break;
                const PhraseMatch r = m_lexicon.ranks.match(s.words, k, s.readings.at(k));
                if (!r)
                    break;
                k += r.words;
            }
            const bool hasRank = k > ranksBegin;
            if (!hasTitle && !hasRank && i > begin) {
                // وفد … برئاسة NAME: the head of a delegation, named without an office, is an official of the
                // delegation's country (the name must still start with a given name or end like a surname).
                bool afterLeader = false;
                for (int back = 1; back <= 2 && i - back >= begin && !afterLeader; ++back) {
                    const PhraseMatch leader =
                        m_lexicon.delegationLeader.match(s.words, i - back, s.readings.at(i - back));
                    afterLeader = leader && i - back + leader.words == i;
                }
                const int n = afterLeader && !s.breakBefore.at(i) ? parseName(s, i, end, registry) : 0;
                if (n > 0) {
                    actor = knownBySpelling(keysOf(i, i + n), delegationCountry(i), registry);
                    if (actor < 0)
                        actor = registry.addDiscovered(nameSurface(i, i + n), keysOf(i, i + n), m_lexicon);
                    registry.noteCountry(actor, delegationCountry(i));
                    registry.addAlias(actor, nameSurface(i, i + n));
                    push(Mention{actor, i, i, i + n, false});
                    i += n;
                    continue;
                }
            }
            if (!hasTitle && !hasRank) {
                // NAME، TITLE: a name starting with a given name some known person bears, explained by an
                // office right after the comma (دميتري NAME، المتحدث باسم …).
                const QString &first = s.words.at(i).key;
                const int n = (m_personFirstWords.contains(first) || registry.mayStartName(first))
                                  ? parseName(s, i, end, registry)
                                  : 0;
                TitlePhrase office;
                if (n > 0 && i + n < end && s.commaBefore.at(i + n) && parseTitle(s, i + n, end, registry, office) &&
                    !office.counterpart && office.dualTitleKeys.isEmpty() &&
                    (office.titleIndex >= 0 || !office.country.isEmpty()) &&
                    !nonPublicOffice(s, office.begin, office.end)) {
                    actor = registry.addDiscovered(nameSurface(i, i + n), keysOf(i, i + n), m_lexicon);
                    const QString officeTitle =
                        office.fullMatch
                            ? m_lexicon.titles.at(office.titleIndex).canonical
                            : s.text.mid(office.surfaceStart, s.words.at(office.end - 1).end - office.surfaceStart);
                    registry.noteRole(actor, officeTitle,
                                      office.fullMatch ? m_lexicon.titles.at(office.titleIndex).english : QString(),
                                      office.country);
                    registry.noteCountry(actor, office.country);
                    registry.addAlias(actor, nameSurface(i, i + n));
                    push(Mention{actor, i, i, i + n, false});
                    i = office.end;
                    continue;
                }
                ++i;
                continue;
            }
            if (hasRank && k < end && s.breakBefore.at(k) && !s.commaBefore.at(k)) {
                i = k;
                continue;
            }
            // A comma may stand between an office and the name (نائب وزير الخارجية الروسي، NAME).
            int nameLength = 0;
            actor = k < end && !blocked ? matchKnown(s, k, end, registry, &nameLength) : -1;
            if (actor < 0 && k < end && !blocked)
                nameLength = parseName(s, k, end, registry);
            // An office held abroad: السفير السوري في موسكو NAME, سفير روسيا لدى دمشق NAME.
            if (actor < 0 && nameLength == 0 && hasTitle && !hasRank && !blocked && k + 2 < end &&
                m_lexicon.locatives.contains(s.words.at(k).key) && !s.breakBefore.at(k + 1)) {
                int placeLength = 0;
                if (matchPlace(s, k + 1, end, &placeLength) < 0) {
                    if (const PhraseMatch c = m_lexicon.countryNames.match(s.words, k + 1, false))
                        placeLength = c.words;
                }
                const int after = k + 1 + placeLength;
                if (placeLength > 0 && after < end && !s.breakBefore.at(after)) {
                    actor = matchKnown(s, after, end, registry, &nameLength);
                    if (actor < 0)
                        nameLength = parseName(s, after, end, registry);
                    if (actor >= 0 || nameLength > 0)
                        k = after;
                }
            }
            // An office of a city or province, in construct with it: محافظ حمص NAME.
            QString placeCountry;
            if (actor < 0 && nameLength == 0 && hasTitle && !hasRank && !blocked && k + 1 < end &&
                !s.breakBefore.at(k)) {
                int placeLength = 0;
                const int p = matchPlace(s, k, end, &placeLength);
                const int after = k + placeLength;
                if (p >= 0 && m_gazetteer.places().at(p).kind != QLatin1String("country") && after < end &&
                    !s.breakBefore.at(after)) {
                    actor = matchKnown(s, after, end, registry, &nameLength);
                    if (actor < 0)
                        nameLength = parseName(s, after, end, registry);
                    if (actor >= 0 || nameLength > 0) {
                        k = after;
                        placeCountry = m_gazetteer.places().at(p).country;
                    }
                }
            }
            if (actor < 0 && nameLength > 0 && governedByBackground(s, i, begin)) {
                // عقيلة الرئيس …: a relative or a fallen ruler's name is no official met in the text.
                i = k + nameLength;
                continue;
            }
            if (actor < 0 && nameLength > 0)
                actor = knownBySpelling(keysOf(k, k + nameLength), title.country, registry);
            // A page cut off inside a name: the known person the fragment begins, else the name without it.
            if (actor < 0 && nameLength > 1 && endsCutOff(s, k + nameLength - 1)) {
                actor = knownByCutOffName(keysOf(k, k + nameLength), title.country, registry);
                if (actor < 0) {
                    --nameLength;
                    if (nameLength == 1 && anyReadingIn(s.readings.at(k), m_lexicon.givenNames))
                        nameLength = 0; // a given name alone names nobody
                }
            }
            if (actor < 0 && nameLength > 0 &&
                ((hasTitle && nonPublicOffice(s, title.begin, title.end)) ||
                 nonPublicAppositive(s, k + nameLength, end, registry))) {
                // رئيس مجلس الأعمال NAME, الدكتور NAME، الباحث …: a person of no public office is no actor.
                i = k + nameLength;
                continue;
            }
            if (actor < 0 && nameLength > 0)
                actor = registry.addDiscovered(nameSurface(k, k + nameLength), keysOf(k, k + nameLength), m_lexicon);
            if (actor >= 0) {
                QString country = title.country;
                if (country.isEmpty())
                    country = placeCountry;
                // محافظ اللاذقية NAME: a city or province inside the office phrase gives its country.
                for (int w = title.begin; country.isEmpty() && hasTitle && w < title.end; ++w) {
                    int placeLength = 0;
                    if (const int p = matchPlace(s, w, title.end, &placeLength); p >= 0)
                        country = m_gazetteer.places().at(p).country;
                }
                if (country.isEmpty())
                    country = delegationCountry(i);
                QString roleTitle, roleEn, roleKey;
                if (hasTitle && title.counterpart && (!out.isEmpty() || !s.recentPeople.isEmpty())) {
                    const int subject = out.isEmpty() ? s.recentPeople.constLast() : out.constLast().actor;
                    roleKey = titleKeyOf(subject);
                    int index = -1;
                    canonicalKeyFor(m_lexicon, roleKey.split(QLatin1Char(' ')), nullptr, &index);
                    if (index >= 0) {
                        roleTitle = m_lexicon.titles.at(index).canonical;
                        roleEn = m_lexicon.titles.at(index).english;
                    }
                } else if (hasTitle && !title.counterpart) {
                    if (title.fullMatch) {
                        roleTitle = m_lexicon.titles.at(title.titleIndex).canonical;
                        roleEn = m_lexicon.titles.at(title.titleIndex).english;
                        roleKey = matchingKey(roleTitle);
                    } else {
                        roleTitle = s.text.mid(title.surfaceStart, s.words.at(title.end - 1).end - title.surfaceStart);
                    }
                }
                registry.noteRole(actor, roleTitle, roleEn, country);
                registry.noteCountry(actor, country);
                // الرئيس السابق NAME: NAME no longer holds the office, so a bare "الرئيس" later is not him.
                if (!roleKey.isEmpty() && !formerHolder) {
                    registry.rememberRoleHolder(roleKey, actor);
                    s.titleKeyOfActor.insert(actor, roleKey);
                }
                registry.addAlias(actor, nameSurface(k, k + nameLength));
                if (hasRank && !title.counterpart)
                    registry.addAlias(actor,
                                      s.text.mid(s.words.at(ranksBegin).start,
                                                 s.words.at(k + nameLength - 1).end - s.words.at(ranksBegin).start));
                push(Mention{actor, i, k, k + nameLength, false});
                i = k + nameLength;
            } else if (hasTitle && !formerHolder && !postedOutsideTheFocus(s, k, end, title.country)) {
                // Named by office only: whoever held it that day, the counterpart, or both offices of a dual.
                QList<int> resolved;
                if (title.dualTitleKeys.size() == 1 && !title.secondCountry.isEmpty()) {
                    resolved << resolveRole(s, title.dualTitleKeys.constFirst(), title.country, day, registry)
                             << resolveRole(s, title.dualTitleKeys.constFirst(), title.secondCountry, day, registry);
                } else if (!title.dualTitleKeys.isEmpty()) {
                    for (const QString &key : std::as_const(title.dualTitleKeys))
                        resolved << resolveRole(s, key, title.country, day, registry);
                } else if (title.counterpart && !title.country.isEmpty()) {
                    const int subject = !out.isEmpty() ? out.constLast().actor
                                                       : (s.recentPeople.isEmpty() ? -1 : s.recentPeople.constLast());
                    int who = subject >= 0 ? resolveRole(s, titleKeyOf(subject), title.country, day, registry) : -1;
                    for (int r = int(s.recentPeople.size()) - 1; who < 0 && r >= 0; --r) {
                        const int candidate = s.recentPeople.at(r);
                        if (candidate != subject && registry.actors().at(candidate).country == title.country)
                            who = candidate;
                    }
                    resolved << who;
                } else if (title.fullMatch) {
                    // "أفاد الكرملين بأن الرئيس …": a bare office in what a country's institution says is its own.
                    QString country = title.country;
                    for (int w = begin; country.isEmpty() && w < i; ++w) {
                        int length = 0;
                        if (const Organisation *o = matchOrganisation(s, w, i, &length)) {
                            country = o->country;
                            w += length - 1;
                        }
                    }
                    int who = resolveRole(s, matchingKey(m_lexicon.titles.at(title.titleIndex).canonical), country,
                                          day, registry);
                    if (who < 0) // the gazetteer may know the office by the very words the text used
                        who = resolveRole(s, title.keys.join(QLatin1Char(' ')), country, day, registry);
                    resolved << who;
                }
                for (int who : std::as_const(resolved))
                    if (who >= 0)
                        push(Mention{who, i, i, title.end, true});
                i = std::max(k, i + 1);
            } else {
                i = std::max(k, i + 1);
            }
        }
        // An office in apposition after a name: NAME، المبعوث الخاص للرئيس الروسي …،
        if (!out.isEmpty() && out.constLast().end == i && i < end && s.commaBefore.at(i) && !out.constLast().byRole) {
            TitlePhrase appositive;
            if (parseTitle(s, i, end, registry, appositive) && !appositive.counterpart &&
                appositive.dualTitleKeys.isEmpty()) {
                int after = appositive.end;
                int dummy = 0;
                const bool nameFollows = after < end && (matchKnown(s, after, end, registry, &dummy) >= 0 ||
                                                         parseName(s, after, end, registry) > 0);
                if (!nameFollows) {
                    const int who = out.constLast().actor;
                    QString title = appositive.fullMatch
                                        ? m_lexicon.titles.at(appositive.titleIndex).canonical
                                        : s.text.mid(appositive.surfaceStart,
                                                     s.words.at(appositive.end - 1).end - appositive.surfaceStart);
                    registry.noteRole(who, title,
                                      appositive.fullMatch ? m_lexicon.titles.at(appositive.titleIndex).english
                                                           : QString(),
                                      appositive.country);
                    registry.noteCountry(who, appositive.country);
                    if (appositive.fullMatch) {
                        registry.rememberRoleHolder(matchingKey(title), who);
                        s.titleKeyOfActor.insert(who, matchingKey(title));
                    }
                    i = appositive.end;
                }
            }
        }
    }
    // Coordinated people (X ووزير الدفاع Y) share a nationality when only one of them states it.
    for (int m = 1; m < out.size(); ++m) {
        const Mention &a = out.at(m - 1);
        const Mention &b = out.at(m);
        // The conjunction و, not a word that starts with the letter (وزير, وليد).
        const QString &joining = s.words.at(b.phraseBegin).key;
        if (b.phraseBegin != a.end || !joining.startsWith(QChar(u'و')) || m_lexicon.titleHeads.contains(joining) ||
            m_personFirstWords.contains(joining) || registry.mayStartName(joining))
            continue;
        const QString ca = registry.actors().at(a.actor).country;
        const QString cb = registry.actors().at(b.actor).country;
        if (ca.isEmpty() != cb.isEmpty()) {
            registry.noteCountry(a.actor, cb);
            registry.noteCountry(b.actor, ca);
        }
    }
    return out;
}

void Extractor::discover(const Article &article, const PreparedText &prepared, ExtractionRun &run) const
{
    Scan s = scan(article, prepared, run);
    for (int i = 0; i < s.sentences.size(); ++i)
        findMentions(s, i, run.registry());
    // The offices this article names people in: its headline's bare "السفير الروسي" is the one it names.
    QHash<QString, int> offices;
    for (auto it = s.titleKeyOfActor.cbegin(); it != s.titleKeyOfActor.cend(); ++it) {
        const QString key = officeKey(it.value(), run.registry().actors().at(it.key()).country);
        const auto held = offices.constFind(key);
        offices.insert(key, held == offices.cend() || *held == it.key() ? it.key() : -1); // two holders: neither
    }
    run.noteOfficesNamed(article.id, offices);
}

QList<Event> Extractor::extract(const Article &article, const PreparedText &prepared, ExtractionRun &run) const
{
    ActorRegistry &registry = run.registry();
    Scan s = scan(article, prepared, run);
    s.officesNamed = run.officesNamedIn(article.id);
    QList<Event> reports;
    QList<bool> recalledReport; // per report: its sentence recalls an earlier contact
    QList<int> reportSentence;  // per report: the sentence it was read from
    QList<bool> reportFromHeading; // per report: read from a headline
    QList<int> reportLasts;     // per report: the days its visit lasts, as the clause says (0: not said)
    int lastHeading = -1;       // the last sentence that stands alone as a heading
    int paragraphsSeen = 0;     // paragraphs of the body read so far (a dateline places the first two)
    const TemporalExpression *paragraphDate = nullptr;
    const auto sentenceKey = [&](int sentence) {
        const TextSpan &span = s.sentences.at(sentence);
        return matchingKey(QStringView(s.text).mid(span.start, span.length()));
    };
    const auto topicsOf = [&](int sentence, QStringList topics) {
        const QString keyText = sentenceKey(sentence);
        // Plain substring search (QString::contains() sets up a Boyer-Moore table per call), skipped
        // when a pair of neighbouring letters of the stem never stands together in the sentence.
        std::bitset<4096> pairs;
        const auto pairBit = [](char16_t a, char16_t b) { return (size_t(a) * 31 + size_t(b)) % 4096; };
        for (qsizetype i = 1; i < keyText.size(); ++i)
            pairs.set(pairBit(keyText[i - 1].unicode(), keyText[i].unicode()));
        const auto occurs = [&](const QString &stem) {
            for (qsizetype i = 1; i < stem.size(); ++i)
                if (!pairs.test(pairBit(stem[i - 1].unicode(), stem[i].unicode())))
                    return false;
            return plainIndexOf(keyText, stem) >= 0;
        };
        for (const auto &topic : m_lexicon.topics) {
            if (topics.contains(topic.first))
                continue;
            for (const QString &stem : topic.second)
                if (occurs(stem)) {
                    topics << topic.first;
                    break;
                }
        }
        return topics;
    };

    for (int si = 0; si < s.sentences.size(); ++si) {
        if (s.paragraphStart.at(si)) {
            paragraphDate = nullptr;
            ++paragraphsSeen;
        }
        const QList<Mention> sentenceMentions = findMentions(s, si, registry);
        const TextSpan &span = s.sentences.at(si);
        const QList<std::pair<int, int>> clauses = clausesOf(s, si, sentenceMentions);
        bool created = false, refersBack = false;
        const TemporalExpression *sentenceDate = nullptr;
        const TemporalExpression *sentenceClues = nullptr; // a phrase no publication date resolves
        DateClues clues;                                   // its clues with those of phrases beside it
        const TemporalExpression *lastValid = nullptr;
        QSet<int> sentenceParties;
        for (const Mention &m : sentenceMentions)
            if (!m.background)
                sentenceParties.insert(m.actor);
        for (int ci = 0; ci < clauses.size(); ++ci) {
            const auto [b, e] = clauses.at(ci);
            QList<Mention> mentions;
            for (const Mention &m : sentenceMentions)
                if (m.phraseBegin >= b && m.phraseBegin < e)
                    mentions << m;
            // "نقل X رسالة من A إلى B خلال لقائه C": the message's addressee was not at the meeting where it
            // was handed to another (a "… خلال استقباله له" keeps B: the pronoun is B).
            for (int w = b; w < e && mentions.size() >= 3; ++w) {
                const PhraseMatch t = m_lexicon.triggers.match(s.words, w, s.readings.at(w));
                if (!t || m_lexicon.triggerInfo.at(t.payload).type != EventType::Message)
                    continue;
                int own = -1;
                for (int k = w + 1; k < e && own < 0; ++k)
                    if (anyReadingIn(s.readings.at(k), m_lexicon.speakersOwnContacts))
                        own = k;
                const auto addressee = std::find_if(mentions.begin(), mentions.end(), [&](const Mention &m) {
                    return m.phraseBegin > w && m.phraseBegin < own && m.phraseBegin - 1 >= b &&
                           (s.words.at(m.phraseBegin - 1).key == QStringLiteral("الي") ||
                            s.words.at(m.phraseBegin).key.startsWith(QStringLiteral("الي")));
                });
                const bool metAnother = own > 0 && std::any_of(mentions.cbegin(), mentions.cend(), [&](const Mention &m) {
                                            return m.phraseBegin > own;
                                        });
                if (addressee != mentions.end() && metAnother)
                    mentions.erase(addressee);
                break;
            }
            // "، وكانا قد تحادثا هاتفياً": the people of the clause before.
            bool plural = false;
            for (int w = b; ci > 0 && mentions.isEmpty() && w < e && !plural; ++w)
                plural = bool(m_lexicon.pluralSubjectForms.match(s.words, w, s.readings.at(w)));
            if (plural)
                for (const Mention &m : sentenceMentions)
                    if (!m.background && m.phraseBegin >= clauses.at(ci - 1).first && m.phraseBegin < b)
                        mentions << m;
            // The speaker of "أعلن X أن …" reports the contact; X takes part only if named again after أن.
            for (int r = b; r < e && mentions.size() >= 2; ++r) {
                if (!m_lexicon.reportingVerbs.match(s.words, r, s.readings.at(r)))
                    continue;
                int complement = -1;
                for (int c = r + 1; c < e && complement < 0; ++c)
                    if (isComplementizer(s, c))
                        complement = c;
                // "قال X إنه التقى Y": the pronoun is the speaker, who took part.
                if (complement > 0 && m_lexicon.complementizersWithPronoun.contains(s.words.at(complement).key))
                    break;
                int contactAfter = -1;
                for (int w = complement + 1; complement > 0 && w < e && contactAfter < 0; ++w) {
                    if (futureContactVerb(s, w) || m_lexicon.triggers.match(s.words, w, s.readings.at(w)))
                        contactAfter = w;
                }
                if (contactAfter < 0)
                    continue;
                // "قال X إن لقاءه مع Y": the contact word carries X's pronoun.
                if (anyReadingIn(s.readings.at(contactAfter), m_lexicon.speakersOwnContacts))
                    break;
                // "قال X بعد لقائه Y إن المحادثات …": the saying's occasion is X's own contact, what is said is
                // about it (a contact said about others, with its own names, is a clause apart).
                bool ownOccasion = false;
                for (int w = r + 1; w < complement && !ownOccasion; ++w)
                    ownOccasion = anyReadingIn(s.readings.at(w), m_lexicon.speakersOwnContacts);
                if (ownOccasion)
                    break;
                // "اتهم X واشنطن …، وقال إن Y سيبحث … مع Z": X, named before a saying whose subject he is, told
                // no contact of his own before it.
                bool contactBefore = false;
                for (int w = b; w < r && !contactBefore; ++w)
                    contactBefore = !inPersonName(mentions, w) && bool(m_lexicon.triggers.match(s.words, w, s.readings.at(w)));
                const int speakerFrom = contactBefore ? r : b - 1;
                mentions.erase(
                    std::remove_if(mentions.begin(), mentions.end(),
                                   [&](const Mention &m) {
                                       return m.phraseBegin > speakerFrom && m.phraseBegin < complement &&
                                              std::none_of(mentions.cbegin(), mentions.cend(), [&](const Mention &o) {
                                                  return o.actor == m.actor && o.phraseBegin > complement;
                                              });
                                   }),
                    mentions.end());
                break;
            }
            // "وبعد لقائه Y، توجه X …": the pronoun of the opening contact is the next clause's subject.
            if (ci == 0 && clauses.size() > 1 && mentions.size() == 1 &&
                anyReadingIn(s.readings.at(b), m_lexicon.earlierContactPrepositions)) {
                bool own = false;
                for (int w = b + 1; w < e && !own; ++w)
                    own = anyReadingIn(s.readings.at(w), m_lexicon.speakersOwnContacts);
                for (const Mention &m : sentenceMentions)
                    if (own && m.phraseBegin >= e && m.phraseBegin < clauses.at(1).second && !m.background &&
                        m.actor != mentions.constFirst().actor) {
                        mentions.prepend(m);
                        break;
                    }
            }
            // An elided subject: "وصل X إلى موسكو، والتقى Y" — X also meets Y. Not the speaker of "ولفت X إلى
            // أن الرئيس قام بزيارة …، والتقى Y": the subject is the one the saying is about.
            if (ci > 0 && mentions.size() == 1) {
                const auto speaking = [&](int word) {
                    for (int r = s.firstWord.at(si); r <= word; ++r) {
                        if (!m_lexicon.reportingVerbs.match(s.words, r, s.readings.at(r)))
                            continue;
                        for (int c = r + 1; c < b; ++c)
                            if (isComplementizer(s, c))
                                return word < c;
                    }
                    return false;
                };
                for (const Mention &m : sentenceMentions)
                    if (m.phraseBegin < b && !m.background && m.actor != mentions.constFirst().actor &&
                        !speaking(m.phraseBegin)) {
                        mentions.prepend(m);
                        break;
                    }
            }

            // "وقال X خلال …: «… عقدنا لقاءً مع Y»": a contact told in the first person includes its speaker.
            if (ci > 0) {
                bool firstPerson = false;
                for (int w = b; w < e && !firstPerson; ++w)
                    firstPerson = anyReadingIn(s.readings.at(w), m_lexicon.firstPersonContactVerbs);
                for (int r = s.firstWord.at(si); firstPerson && r < b; ++r) {
                    if (!m_lexicon.reportingVerbs.match(s.words, r, s.readings.at(r)))
                        continue;
                    for (const Mention &m : sentenceMentions)
                        if (m.phraseBegin > r && m.phraseBegin < b && !m.background) {
                            if (std::none_of(mentions.cbegin(), mentions.cend(),
                                             [&](const Mention &o) { return o.actor == m.actor; }))
                                mentions.prepend(m);
                            break;
                        }
                    break;
                }
            }

            struct Found
            {
                int word;
                int words;
                TriggerInfo info;
                bool negated; // لم يلتق, لن يزور
            };
            QList<Found> triggers;
            QList<QPair<int, QString>> markers; // word → "member" | "head"
            bool anaphor = false, continuation = false, nounTrigger = false, recalled = false;
            int lastsDays = 0; // في زيارة تستمر يومين
            QList<int> plannedMarkerAt, denialAt, hypotheticalAt;
            bool repeated = false; // التقاه ثلاث مرات: a summary of several contacts, none of them placed in time
            bool recallAnywhere = false; // a recall cue after the contact word too (زيارات سابقة)
            for (int w = b; w < e; ++w) {
                bool future = false;
                // فيصل reads as ف + يصل: a word of a person's name is no contact word.
                PhraseMatch m =
                    inPersonName(mentions, w) ? PhraseMatch{} : m_lexicon.triggers.match(s.words, w, s.readings.at(w));
                if (!m) {
                    // سيعقدان, ستجري, سنلتقي: a contact to come.
                    m = futureContactVerb(s, w);
                    future = bool(m);
                }
                if (m) {
                    bool negated = false;
                    for (int n = std::max(b, w - 2); n < w && !negated; ++n)
                        negated = bool(m_lexicon.negations.match(s.words, n, s.readings.at(n)));
                    const TriggerInfo &info = m_lexicon.triggerInfo.at(m.payload);
                    if (!info.frame.isEmpty()) {
                        bool framed = false;
                        for (int f = w + m.words; f < e && !framed; ++f)
                            framed = s.readings.at(f).contains(info.frame);
                        if (!framed)
                            continue;
                    }
                    {
                        Found found{w, m.words, info, negated};
                        // لزيارة, لإجراء مباحثات, ليلتقي: a contact named as a purpose has not happened yet.
                        const QString &key = s.words.at(w).key;
                        const bool purpose =
                            ((key.startsWith(QChar(u'ل')) || key.startsWith(QStringLiteral("ول")) ||
                              key.startsWith(QStringLiteral("فل"))) &&
                             !m_lexicon.triggers.match(s.words, w, false)) ||
                            (w > b && m_lexicon.purposeMarkers.match(s.words, w - 1, s.readings.at(w - 1))) ||
                            (w > b + 1 &&
                             m_lexicon.purposeMarkers.match(s.words, w - 2, s.readings.at(w - 2)).words == 2);
                        found.info.planned = found.info.planned || purpose || future;
                        triggers << found;
                    }
                    nounTrigger = nounTrigger || !info.verb;
                }
                anaphor = anaphor || bool(m_lexicon.anaphoric.match(s.words, w, s.readings.at(w)));
                if (const PhraseMatch lasts = m_lexicon.visitLengths.match(s.words, w, s.readings.at(w)))
                    lastsDays = lasts.payload;
                continuation = continuation || bool(m_lexicon.continuation.match(s.words, w, s.readings.at(w)));
                if (const PhraseMatch member = m_lexicon.delegationMember.match(s.words, w, s.readings.at(w)))
                    markers << qMakePair(w + member.words, QStringLiteral("member"));
                else if (const PhraseMatch l = m_lexicon.delegationLeader.match(s.words, w, s.readings.at(w)))
                    markers << qMakePair(w + l.words, QStringLiteral("head"));
            }

            // Factuality and recall cues matter only where a contact word was found: looked for then.
            for (int w = b; w < e && !triggers.isEmpty(); ++w) {
                const QStringList &readings = s.readings.at(w);
                if (m_lexicon.plannedMarkers.match(s.words, w, readings))
                    plannedMarkerAt << w;
                if (m_lexicon.denialMarkers.match(s.words, w, readings))
                    denialAt << w;
                if (m_lexicon.hypotheticalMarkers.match(s.words, w, readings))
                    hypotheticalAt << w;
                repeated = repeated || bool(m_lexicon.repetitionMarkers.match(s.words, w, readings));
                recallAnywhere = recallAnywhere || bool(m_lexicon.recallMarkers.match(s.words, w, readings));
                // A recall cue speaks of the contact words after it ("وسبق أن زار"), not of one before it
                // ("زار أنقرة، سبقتها قبل عام زيارة …").
                if (w >= triggers.constFirst().word || recalled)
                    continue;
                // "… بعد أسبوعين من لقاء جمع X وY": a clause cut at بعد tells a contact before the sentence's.
                recalled = bool(m_lexicon.recallMarkers.match(s.words, w, readings)) ||
                           ((ci > 0 || clauses.size() > 1) && w == b &&
                            anyReadingIn(readings, m_lexicon.earlierContactPrepositions));
                if (const PhraseMatch open = m_lexicon.recallOpeners.match(s.words, w, readings); open && !recalled)
                    for (int f = w + open.words; f < e && !recalled; ++f)
                        recalled = s.words.at(f).key == m_lexicon.recallClosers.at(open.payload);
            }

            // Where: a gazetteer place introduced by في/إلى, a ب proclitic or a visit verb, outside the phrases
            // that name people (سفير روسيا في دمشق). A whole country counts only as a visit's destination.
            int place = -1;
            int countryPlace = -1;
            const auto inMention = [&](int w) {
                return std::any_of(mentions.cbegin(), mentions.cend(),
                                   [w](const Mention &m) { return m.phraseBegin <= w && w < m.end; });
            };
            // Of several places the one nearest a contact word: "مؤتمر في موسكو … عقد اجتماع بمدينة أنطاليا".
            int placeDistance = std::numeric_limits<int>::max();
            const auto distanceToTrigger = [&](int w) {
                int best = std::numeric_limits<int>::max();
                for (const Found &t : std::as_const(triggers))
                    best = std::min(best, w >= t.word ? w - t.word : 2 * (t.word - w)); // the place usually follows
                return best;
            };
            for (int w = b; w < e; ++w) {
                int length = 0;
                const int p = matchPlace(s, w, e, &length);
                if (p < 0 || inMention(w))
                    continue;
                bool located = false, destination = false;
                const QString &key = s.words.at(w).key;
                if (key.startsWith(QChar(u'ب')) && !m_placeFirstWords.contains(key))
                    located = true;
                bool topic = false; // بحثا الوضع في إدلب: what they discussed, not where
                for (int back = 1; back <= 3 && w - back >= b && !located; ++back) {
                    located = m_lexicon.locatives.contains(s.words.at(w - back).key);
                    topic = located && w - back - 1 >= b &&
                            anyReadingIn(s.readings.at(w - back - 1), m_lexicon.placeTopicNouns);
                }
                if (topic) {
                    w += length - 1;
                    continue;
                }
                // A visit verb takes its destination as object, after the subject in verb-first order
                // (زار المبعوث الروسي … دمشق).
                for (const Found &t : std::as_const(triggers))
                    if (t.info.placeFrame && t.word < w && w - t.word <= 10)
                        destination = located = true;
                const bool isCountry = m_gazetteer.places().at(p).kind == QLatin1String("country");
                if (located && !isCountry && distanceToTrigger(w) < placeDistance) {
                    place = p;
                    placeDistance = distanceToTrigger(w);
                } else if (located && destination && countryPlace < 0)
                    countryPlace = p;
                w += length - 1;
            }
            if (place < 0)
                place = countryPlace;

            // When: the temporal expression nearest the clause's first trigger, within the sentence.
            sentenceDate = nullptr;
            sentenceClues = nullptr;
            const int anchor = triggers.isEmpty() ? s.words.at(b).start : s.words.at(triggers.constFirst().word).start;
            // "ذكرت مصادر اليوم الأحد أن زيارة … أمس السبت": a date between a reporting verb and its أن dates
            // the saying; the contact takes it only when the sentence has no other.
            int sayingBegin = -1, sayingEnd = -1;
            if (!triggers.isEmpty()) {
                const int first = triggers.constFirst().word;
                for (int r = s.firstWord.at(si); r < first && sayingBegin < 0; ++r) {
                    if (!m_lexicon.reportingVerbs.match(s.words, r, s.readings.at(r)))
                        continue;
                    for (int c = r + 1; c < first; ++c)
                        if (isComplementizer(s, c)) {
                            sayingBegin = s.words.at(r).start;
                            sayingEnd = s.words.at(c).start;
                            break;
                        }
                }
            }
            // A date inside the clause comes before one outside it ("في 5 آذار قدم X …، ثم قدم Y … اليوم":
            // the second clause's day is its own اليوم), and both before the saying's.
            const int clauseBegin = s.words.at(b).start, clauseEnd = s.words.at(e - 1).end;
            const auto distance = [&](const TemporalExpression *x) {
                const int near = std::min(std::abs(x->start - anchor), std::abs(x->end - anchor));
                const bool outside = x->end <= clauseBegin || x->start >= clauseEnd;
                const bool saying = x->start >= sayingBegin && x->end <= sayingEnd;
                return near + (saying ? 2 : outside ? 1 : 0) * int(s.text.size());
            };
            // A date in a later clause of the sentence is that clause's own contact's ("مؤتمر صحفي مع X، حيث
            // أشار إلى أن لقاء Y الذي عقد أمس"); one before the clause may still scope over it.
            const bool laterClauses = ci + 1 < clauses.size();
            for (const TemporalExpression &d : datesWithin(s.dates, span)) {
                if (d.start < span.start || d.end > span.end)
                    continue;
                if (laterClauses && d.start >= clauseEnd)
                    continue;
                if (!d.value.isValid()) {
                    if (d.clues.any() && !ownedByAnotherEvent(s, d, b) &&
                        (!sentenceClues || distance(&d) < distance(sentenceClues)))
                        sentenceClues = &d;
                    continue;
                }
                lastValid = &d;
                if (ownedByAnotherEvent(s, d, b))
                    continue; // الاتفاقات المبرمة في 5 آذار: that date is the agreement's
                if (!sentenceDate || distance(&d) < distance(sentenceDate))
                    sentenceDate = &d;
            }
            if (sentenceDate)
                sentenceClues = nullptr;
            // "اليوم، الأربعاء 14 آذار": phrases in apposition with the chosen one add their clues to it.
            clues = sentenceClues ? sentenceClues->clues : DateClues{};
            if (sentenceClues) {
                const auto onlySpacing = [&](int from, int to) {
                    if (to < from || to - from > 3)
                        return false;
                    for (int c = from; c < to; ++c) {
                        const QChar ch = s.text.at(c);
                        if (!ch.isSpace() && ch != QLatin1Char(',') && ch.unicode() != 0x060C)
                            return false;
                    }
                    return true;
                };
                int begin = sentenceClues->start, end = sentenceClues->end;
                for (const TemporalExpression &d : datesWithin(s.dates, span)) {
                    if (&d == sentenceClues || d.value.isValid() || !d.clues.any())
                        continue;
                    if (!onlySpacing(d.end, begin) && !onlySpacing(end, d.start))
                        continue;
                    if (clues.combine(d.clues, &clues)) {
                        begin = std::min(begin, d.start);
                        end = std::max(end, d.end);
                    }
                }
            }

            // Who: each person once, with the part the sentence gives them.
            QList<Participant> participants;
            bool hosted = false;
            for (const Found &t : std::as_const(triggers))
                hosted = hosted || t.info.host;
            for (const Mention &m : mentions) {
                if (m.background)
                    continue;
                if (std::any_of(participants.cbegin(), participants.cend(),
                                [&](const Participant &p) { return p.actorId == m.actor; }))
                    continue;
                QString part = participants.isEmpty() ? (hosted ? QStringLiteral("host") : QStringLiteral("party"))
                                                      : (hosted ? QStringLiteral("guest") : QStringLiteral("party"));
                for (const auto &marker : std::as_const(markers))
                    if (marker.first <= m.phraseBegin)
                        part = marker.second;
                participants << Participant{m.actor, part};
            }
            // A delegation's head, once named (وفد روسي برئاسة X, يرأس الوفد الروسي X), stands for the
            // delegation later in the article: "وعقد الوفد اجتماعاً مع …", "الجانب الروسي".
            const auto headsBefore = s.delegationHeads;
            const int firstHeadBefore = s.firstDelegationHead;
            for (const auto &marker : std::as_const(markers)) {
                if (marker.second != QLatin1String("head"))
                    continue;
                for (const Mention &m : std::as_const(mentions))
                    if (!m.background && m.phraseBegin >= marker.first && m.phraseBegin <= marker.first + 8) {
                        s.delegationHeads.insert(registry.actors().at(m.actor).country, m.actor);
                        s.lastDelegationHead = m.actor;
                        if (s.firstDelegationHead < 0)
                            s.firstDelegationHead = m.actor;
                        break;
                    }
            }
            for (int w = b; w < e; ++w) {
                const bool delegation = anyReadingIn(s.readings.at(w), m_lexicon.delegationNouns);
                const bool side = anyReadingIn(s.readings.at(w), m_lexicon.sideNouns);
                if (!delegation && !side)
                    continue;
                QString country;
                if (w + 1 < e)
                    if (const PhraseMatch n = m_lexicon.nationalities.match(s.words, w + 1, false))
                        country = m_lexicon.countryOfNationality(n.payload);
                if (side && country.isEmpty())
                    continue; // a bare "الجانب" could be either side
                // "الوفد المرافق للرئيس X" is X's own delegation, not the other side's.
                if (delegation && w + 1 < e && m_lexicon.delegationMember.match(s.words, w + 1, s.readings.at(w + 1)))
                    break;
                // "وفد روسي برئاسة X" introduces its head; a bare "الوفد" before another side's "برئاسة Y" ("عقد
                // الوفد اجتماعاً مع مسؤولين برئاسة Y") is the delegation the article named first, whose visit it tells.
                const bool introduced = std::any_of(markers.cbegin(), markers.cend(), [&](const auto &marker) {
                    return marker.second == QLatin1String("head") && marker.first > w && marker.first - w <= 4;
                });
                const auto &heads = introduced ? s.delegationHeads : headsBefore;
                const int bare = introduced ? s.lastDelegationHead : firstHeadBefore;
                const int head = country.isEmpty() ? bare : heads.value(country, -1);
                if (head >= 0 &&
                    std::none_of(participants.cbegin(), participants.cend(),
                                 [&](const Participant &p) { return p.actorId == head; }) &&
                    participants.size() == 1) // only where the delegation is the other party of the clause
                    participants << Participant{head, QStringLiteral("head")};
                break;
            }

            // A clause that negates its only contact word reports a denied contact; one affirmed word wins.
            // A negated verb outweighs an affirmed noun: "لن يلتقي الرئيس خلال زيارته" denies the meeting.
            QList<Found> usable, negatedOnly;
            bool affirmedVerb = false, negatedVerb = false;
            for (const Found &t : std::as_const(triggers))
                if (!t.info.needsPlace || place >= 0) {
                    (t.negated ? negatedOnly : usable) << t;
                    (t.negated ? negatedVerb : affirmedVerb) |= t.info.verb;
                }
            const bool denied = (usable.isEmpty() && !negatedOnly.isEmpty()) || (negatedVerb && !affirmedVerb);
            if (denied)
                usable = negatedOnly;
            if (!usable.isEmpty()) {
                EventType type = usable.constFirst().info.type;
                bool verb = false, planned = true, visitLike = false;
                for (const Found &t : std::as_const(usable)) {
                    if (m_lexicon.typeRank(t.info.type) < m_lexicon.typeRank(type))
                        type = t.info.type;
                    verb = verb || t.info.verb;
                    planned = planned && t.info.planned; // "the visit … to discuss": the visit happened
                    visitLike = visitLike || t.info.type == EventType::Visit || t.info.type == EventType::Delegation;
                }
                // من المقرر أن يلتقي, اللقاء المرتقب: a marker before the contact word or right after its noun.
                for (int at : std::as_const(plannedMarkerAt))
                    for (const Found &t : std::as_const(usable))
                        planned = planned || at < t.word || (!t.info.verb && at > t.word && at - t.word <= 2);
                // لقاء الرئيسين X وY المقبل: the noun's adjective comes after the names of its parties.
                for (const Found &t : std::as_const(usable)) {
                    if (t.info.verb || planned)
                        continue;
                    int w = t.word + t.words;
                    for (bool skipped = true; skipped && w < e;) {
                        skipped = false;
                        for (const Mention &m : std::as_const(mentions))
                            if (m.phraseBegin == w || (w > m.phraseBegin && w < m.end)) {
                                w = m.end;
                                skipped = true;
                            }
                    }
                    planned = w > t.word + t.words && w < e && !s.breakBefore.at(w) &&
                              anyReadingIn(s.readings.at(w), m_lexicon.plannedAdjectives);
                }
                // أنْ with an imperfect verb is a subjunctive: "بعد أن يعود … ويطلعه على نتائج زيارته", "يريد أن
                // يزور" speak of what is to come. (إنّ, which normalises alike, is told apart by its hamza.)
                for (int w = b; w < usable.constFirst().word && !planned; ++w) {
                    const QStringView surface =
                        QStringView(s.text).mid(s.words.at(w).start, s.words.at(w).end - s.words.at(w).start);
                    if (surface != u"أن" && surface != u"بأن" && surface != u"وأن")
                        continue;
                    const QString &next = s.words.at(w + 1).key;
                    const QStringList &nextReadings = s.readings.at(w + 1);
                    // بأن نائب …, أن نظيره …, أن يوري …, أن تركيا …: the subject after أن, no verb.
                    const bool subject = anyReadingIn(nextReadings, m_lexicon.titleHeads) ||
                                         std::any_of(nextReadings.cbegin(), nextReadings.cend(),
                                                     [&](const QString &r) { return m_lexicon.dualHeads.contains(r); }) ||
                                         anyReadingIn(nextReadings, m_lexicon.counterpartHeads) ||
                                         anyReadingIn(nextReadings, m_lexicon.givenNames) ||
                                         m_personFirstWords.contains(next) || inPersonName(mentions, w + 1) ||
                                         m_lexicon.countryNames.match(s.words, w + 1, false) ||
                                         m_lexicon.nationalities.match(s.words, w + 1, false);
                    planned = !subject && next.size() >= 4 && QStringLiteral("يتن").contains(next.at(0)) &&
                              !m_lexicon.stopWords.contains(next) && next != QLatin1String("يكون") &&
                              next != QLatin1String("تكون");
                }
                // نفى أن يكون … التقى; هل التقى, إذا زار: a cue before the contact word.
                const int firstWord = usable.constFirst().word;
                const auto before = [&](const QList<int> &cues) {
                    return std::any_of(cues.cbegin(), cues.cend(), [&](int at) { return at < firstWord; });
                };
                Factuality factuality = Factuality::Happened;
                QString cue;
                const auto cueText = [&](const QList<int> &cues) {
                    for (int at : cues)
                        if (at < firstWord)
                            return s.text.mid(s.words.at(at).start, s.words.at(at).end - s.words.at(at).start);
                    return QString();
                };
                if (denied || before(denialAt)) {
                    factuality = Factuality::Denied;
                    cue = denied ? QString() : cueText(denialAt);
                } else if (before(hypotheticalAt)) {
                    factuality = Factuality::Hypothetical;
                    cue = cueText(hypotheticalAt);
                }
                const Place *where = place >= 0 ? &m_gazetteer.places().at(place) : nullptr;
                // One person travelling counts as a contact only between the two countries Rasad follows.
                const QString visitor = participants.size() == 1
                                            ? registry.actors().at(participants.constFirst().actorId).country
                                            : QString();
                // An ambassador going about the country he is posted in travels between no countries.
                const auto resident = [&](const Actor &a) {
                    return std::any_of(a.roles.cbegin(), a.roles.cend(), [&](const Role &role) {
                        return m_lexicon.residentOffices.contains(matchingKey(role.title)) &&
                               (!article.published.isValid() || role.heldOn(article.published));
                    });
                };
                const bool singleVisit = participants.size() == 1 && where && visitLike && visitor != where->country &&
                                         m_lexicon.focusCountries.contains(where->country) &&
                                         (visitor.isEmpty() || m_lexicon.focusCountries.contains(visitor)) &&
                                         !resident(registry.actors().at(participants.constFirst().actorId));
                // واجتمع الوزيران بحضور A وB: the dual subject is the last contact's parties, and those
                // named here were present at it; no new contact.
                // "وشارك في الاجتماع A", "وضم الوفد A وB": those named were present at the contact told before.
                // The delegation's head, read back from "الوفد الروسي", is one of the last contact's parties already.
                const auto alreadyAtLast = [&](const Participant &p) {
                    return std::any_of(reports.constLast().participants.cbegin(),
                                       reports.constLast().participants.cend(),
                                       [&](const Participant &q) { return q.actorId == p.actorId; });
                };
                const bool presentAtLast =
                    (continuation || (anaphor && !recallAnywhere && !repeated)) && !participants.isEmpty() &&
                    !reports.isEmpty() &&
                    reportSentence.constLast() >= lastHeading && si - reportSentence.constLast() <= 4 &&
                    std::any_of(participants.cbegin(), participants.cend(),
                                [](const Participant &p) { return p.part == QLatin1String("member"); }) &&
                    std::all_of(participants.cbegin(), participants.cend(), [&](const Participant &p) {
                        return p.part == QLatin1String("member") ||
                               (p.part == QLatin1String("head") && alreadyAtLast(p));
                    });
                if (presentAtLast) {
                    Event &last = reports.last();
                    for (const Participant &p : std::as_const(participants))
                        if (std::none_of(last.participants.cbegin(), last.participants.cend(),
                                         [&](const Participant &q) { return q.actorId == p.actorId; }))
                            last.participants << p;
                    last.topics = topicsOf(si, last.topics);
                    created = true;
                } else if ((participants.size() >= 2 || singleVisit) && !(repeated && !sentenceDate)) {
                    Event ev;
                    ev.type = type;
                    ev.participants = participants;
                    // A palace, a ministry or an airport is reported as the city it stands in (الكرملين →
                    // موسكو); the building stays in the event's provenance as its venue.
                    const Place *venue = nullptr;
                    for (int guard = 0;
                         where && guard < 4 && !where->within.isEmpty() &&
                         (where->kind == QLatin1String("building") || where->kind == QLatin1String("airport"));
                         ++guard) {
                        const Place *city = m_gazetteer.placeByKey(where->within);
                        if (!city)
                            break;
                        venue = venue ? venue : where;
                        where = city;
                    }
                    // No place in the clause: a lead contact takes the city of the dateline.
                    bool fromDateline = false;
                    if (!where && s.datelinePlace >= 0 && paragraphsSeen <= 2 && type != EventType::Call) {
                        where = &m_gazetteer.places().at(s.datelinePlace);
                        fromDateline = true;
                    }
                    if (where) {
                        ev.location = where->name;
                        ev.locationCountry = where->country;
                    }
                    if (sentenceDate) {
                        ev.date = sentenceDate->value;
                        ev.dateSource = DateSource::Sentence;
                        planned = planned || sentenceDate->planned;
                    } else if (paragraphDate) {
                        ev.date = paragraphDate->value;
                        ev.dateSource = DateSource::GoverningExpression;
                    } else if (sentenceClues) {
                        ev.dateClues = clues;
                        planned = planned || (ev.dateClues.fromPublication && ev.dateClues.dayOffset > 0);
                    }
                    if (factuality == Factuality::Happened && planned) {
                        factuality = Factuality::Planned;
                        cue = cueText(plannedMarkerAt);
                    }
                    ev.factuality = factuality;
                    ev.planned = factuality == Factuality::Planned;
                    const Found &why = usable.constFirst();
                    const int triggerEnd = s.words.at(why.word + why.words - 1).end;
                    QJsonObject provenance{
                        {QStringLiteral("rule"),
                         singleVisit && participants.size() == 1
                             ? QStringLiteral("single-visit")
                             : (why.info.verb ? QStringLiteral("contact-verb") : QStringLiteral("contact-noun"))},
                        {QStringLiteral("trigger"),
                         s.text.mid(s.words.at(why.word).start, triggerEnd - s.words.at(why.word).start)},
                        {QStringLiteral("clause"), QJsonArray{s.words.at(b).start, s.words.at(e - 1).end}},
                        {QStringLiteral("factuality"), factualityName(factuality)},
                        {QStringLiteral("people"), int(participants.size())}};
                    if (!cue.isEmpty())
                        provenance.insert(QStringLiteral("cue"), cue);
                    if (venue)
                        provenance.insert(QStringLiteral("venue"), venue->name);
                    if (fromDateline)
                        provenance.insert(QStringLiteral("place"), QStringLiteral("dateline"));
                    if (ev.dateClues.any())
                        provenance.insert(QStringLiteral("dateClues"), ev.dateClues.describe());
                    ev.provenance = QString::fromUtf8(QJsonDocument(provenance).toJson(QJsonDocument::Compact));
                    ev.topics = topicsOf(si, {});
                    bool allKnown = true;
                    for (const Participant &p : std::as_const(participants))
                        allKnown = allKnown && !registry.actors().at(p.actorId).discovered;
                    ev.confidence = std::min(0.95, 0.45 + (verb ? 0.2 : 0.0) + (ev.date.isValid() ? 0.1 : 0.0) +
                                                       (where ? 0.1 : 0.0) + (allKnown ? 0.1 : 0.0));
                    EventSource source;
                    source.articleId = article.id;
                    source.fileName = article.fileName;
                    source.start = span.start;
                    source.end = span.end;
                    source.evidence = s.text.mid(span.start, span.length());
                    source.confidence = ev.confidence;
                    source.date = ev.date;
                    source.merging.published = article.published;
                    // A day counted from the publication date, as the sentence tells it.
                    const bool fromPublished = sentenceDate && ev.date == sentenceDate->value && sentenceDate->anchored;
                    source.merging.dateFromAddress = fromPublished && article.publishedOrigin == DateOrigin::Url;
                    source.merging.toldAsToday =
                        fromPublished && sentenceDate->clues.fromPublication && sentenceDate->clues.dayOffset == 0;
                    ev.sources << source;
                    reports << ev;
                    recalledReport << recalled;
                    reportSentence << si;
                    reportFromHeading << isHeading(s, si);
                    reportLasts << (visitLike ? lastsDays : 0);
                    created = true;
                    if (sentenceDate)
                        paragraphDate = sentenceDate;
                }
            }
            refersBack = refersBack || anaphor || nounTrigger || continuation;
        }
        if (!created) {
            // A sentence that refers back to a contact (اللقاء، الذي عقد أمس؛ بحث الجانبان) adds its date and topics.
            // Only a contact of the same section: past a heading, "أمس" belongs to another story.
            if (refersBack && !reports.isEmpty() && sentenceParties.size() <= 1 &&
                reportSentence.constLast() >= lastHeading) {
                if (sentenceDate || sentenceClues) {
                    for (int r = int(reports.size()) - 1; r >= 0 && reportSentence.at(r) >= lastHeading; --r) {
                        if (reports.at(r).date.isValid() || reports.at(r).dateClues.any()) {
                            if (sentenceDate)
                                continue;
                            break; // a weekday alone is too weak to skip back past the last contact
                        }
                        if (sentenceDate) {
                            reports[r].date = sentenceDate->value;
                            reports[r].dateSource = DateSource::GoverningExpression;
                            reports[r].sources.first().date = sentenceDate->value;
                            reports[r].planned = reports[r].planned || sentenceDate->planned;
                        } else {
                            reports[r].dateClues = clues;
                        }
                        break;
                    }
                }
                reports.last().topics = topicsOf(si, reports.last().topics);
            }
            if (lastValid)
                paragraphDate = lastValid;
        }
        if (isHeading(s, si))
            lastHeading = si;
    }
    // The story's lead is its first report after the headlines (or the headline's own, when the body has none).
    const int lead = int(std::find(reportFromHeading.cbegin(), reportFromHeading.cend(), false) - reportFromHeading.cbegin());
    dateUndatedReports(reports, recalledReport, reportSentence, lead, article.published,
                       article.publishedOrigin == DateOrigin::Url);
    // A visit that lasts days, dated by its first (وصل اليوم في زيارة تستمر يومين), spans them: its talks on
    // the second day are the same visit. So does the headline's report of that arrival.
    for (int r = 0; r < reports.size(); ++r) {
        if (reportLasts.at(r) < 2 || reports.at(r).factuality != Factuality::Happened ||
            (reports.at(r).date.isValid() && !reports.at(r).date.isExactDay()))
            continue;
        const qint64 traveller = reports.at(r).participants.constFirst().actorId;
        const auto visitOfTraveller = [&](const Event &ev) {
            return (ev.type == EventType::Visit || ev.type == EventType::Delegation) &&
                   ev.factuality == Factuality::Happened &&
                   std::any_of(ev.participants.cbegin(), ev.participants.cend(),
                               [&](const Participant &p) { return p.actorId == traveller; });
        };
        // Undated, the clause that tells the length takes the day of the traveller's arrival told elsewhere.
        QDate first = reports.at(r).date.start;
        for (int o = 0; o < reports.size() && !first.isValid(); ++o)
            if (visitOfTraveller(reports.at(o)) && reports.at(o).date.isExactDay())
                first = reports.at(o).date.start;
        if (!first.isValid())
            continue;
        for (int o = 0; o < reports.size(); ++o) {
            Event &ev = reports[o];
            const bool sameVisit = visitOfTraveller(ev) && ((ev.date.isExactDay() && ev.date.start == first) ||
                                                            (o == r && !ev.date.isValid()));
            if (!sameVisit)
                continue;
            ev.date.end = first.addDays(reportLasts.at(r) - 1);
            ev.date.granularity = Granularity::Range;
            ev.sources.first().date = ev.date;
        }
    }
    return reports;
}

void Extractor::dateUndatedReports(QList<Event> &reports, const QList<bool> &recalled, const QList<int> &sentenceOf,
                                   int bodyLead, const QDate &published, bool publishedFromAddress) const
{
    const auto people = [](const Event &e) {
        QSet<qint64> ids;
        for (const Participant &p : e.participants)
            ids.insert(p.actorId);
        return ids;
    };
    for (int r = 0; r < reports.size(); ++r) {
        Event &ev = reports[r];
        if (ev.date.isValid())
            continue;
        // The same people elsewhere in the article, dated: the contact dated above (or below: a lead told
        // without a date, its day given in a later paragraph).
        const QSet<qint64> mine = people(ev);
        QList<int> others;
        for (int earlier = r - 1; earlier >= 0; --earlier)
            others << earlier;
        for (int later = r + 1; later < reports.size(); ++later)
            others << later;
        for (int o : std::as_const(others)) {
            const Event &other = reports.at(o);
            if (recalled.value(o) && !recalled.value(r))
                continue; // a memory (وسبق أن زار …) does not date the news the article reports
            if (other.dateSource != DateSource::Sentence && other.dateSource != DateSource::GoverningExpression &&
                other.dateSource != DateSource::MainEvent)
                continue;
            if (!other.date.isValid() || other.planned != ev.planned ||
                (other.type == EventType::Call) != (ev.type == EventType::Call))
                continue;
            const qsizetype shared = QSet<qint64>(mine).intersect(people(other)).size();
            if (shared >= std::min<qsizetype>(2, mine.size()) &&
                shared * 2 >= std::min(mine.size(), people(other).size())) {
                ev.date = other.date;
                ev.dateSource = DateSource::MainEvent;
                break;
            }
        }
        // News reports what happened on the day it appeared: the article's first contact, told without a
        // date and not as a memory, happened on the publication day (or was announced on it).
        // So did the others of its sentence (التقى A وB، فيما اجتمع C مع D).
        const bool lead = r == 0 || r == bodyLead ||
                          (sentenceOf.value(r, -1) == sentenceOf.value(0, -2) && !recalled.value(0) &&
                           reports.at(0).dateSource == DateSource::Publication);
        if (!ev.date.isValid() && lead && !recalled.value(r) && published.isValid()) {
            ev.date.start = ev.date.end = published;
            ev.date.granularity = Granularity::Day;
            ev.dateSource = DateSource::Publication;
            ev.sources.first().merging.dateFromAddress = publishedFromAddress;
        }
        if (ev.date.isValid())
            ev.sources.first().date = ev.date;
    }
}

void Extractor::settle(QList<Event> &reports, ActorRegistry &registry) const
{
    QList<Actor> &actors = registry.actors();
    const auto otherFocus = [&](const QString &country) -> QString {
        if (m_lexicon.focusCountries.size() != 2 || !m_lexicon.focusCountries.contains(country))
            return {};
        return m_lexicon.focusCountries.at(m_lexicon.focusCountries.at(0) == country ? 1 : 0);
    };
    // Nationality from company: a delegation member shares the subject's; someone facing only people of one
    // focus country belongs to the other. Two rounds let one inference feed the next.
    for (int round = 0; round < 2; ++round) {
        for (const Event &ev : std::as_const(reports)) {
            if (ev.participants.isEmpty())
                continue;
            // A member belongs to the delegation of the head named before them ("وفد برئاسة X … وضم الوفد Y"),
            // else to the subject's.
            QString delegationCountry = actors.at(ev.participants.constFirst().actorId).country;
            for (const Participant &p : ev.participants) {
                if (p.part == QLatin1String("head") && !actors.at(p.actorId).country.isEmpty())
                    delegationCountry = actors.at(p.actorId).country;
                if (!actors.at(p.actorId).country.isEmpty())
                    continue;
                if (p.part == QLatin1String("member") && !delegationCountry.isEmpty()) {
                    registry.noteCountry(p.actorId, delegationCountry);
                    continue;
                }
                // The host of a contact held in a third country's city is of that country (استقبل الملك NAME
                // وزير الخارجية السوري في عمّان), not of the other focus country.
                if (p.part == QLatin1String("host") && !ev.locationCountry.isEmpty() &&
                    !m_lexicon.focusCountries.contains(ev.locationCountry)) {
                    registry.noteCountry(p.actorId, ev.locationCountry);
                    continue;
                }
                QSet<QString> others;
                for (const Participant &o : ev.participants)
                    if (o.actorId != p.actorId && !actors.at(o.actorId).country.isEmpty() &&
                        o.part != QLatin1String("member"))
                        others.insert(actors.at(o.actorId).country);
                if (others.size() == 1)
                    registry.noteCountry(p.actorId, otherFocus(*others.cbegin()));
            }
        }
    }
    for (int i = 0; i < actors.size(); ++i) {
        if (!actors.at(i).discovered || !actors.at(i).country.isEmpty())
            continue;
        registry.noteCountry(i, m_lexicon.countryFromNameShape(matchingKey(actors.at(i).name).split(QLatin1Char(' '))));
    }

    // Not contacts between countries: people of one country among themselves at home, or one person alone.
    QList<Event> kept;
    for (Event &ev : reports) {
        QSet<QString> countries;
        bool unknown = false;
        for (const Participant &p : std::as_const(ev.participants)) {
            const QString &c = actors.at(p.actorId).country;
            if (c.isEmpty())
                unknown = true;
            else
                countries.insert(c);
        }
        const bool abroad = !ev.locationCountry.isEmpty() && countries.size() == 1 && !unknown &&
                            !countries.contains(ev.locationCountry);
        const bool visit = ev.type == EventType::Visit || ev.type == EventType::Delegation;
        if (ev.participants.size() == 1 && !(visit && (abroad || unknown)))
            continue;
        if (ev.participants.size() >= 2 && countries.size() == 1 && !unknown && !(visit && abroad))
            continue;
        bool hosted = false;
        for (const Participant &p : std::as_const(ev.participants))
            if (p.part == QLatin1String("host"))
                hosted = ev.locationCountry.isEmpty() || actors.at(p.actorId).country == ev.locationCountry;
        const bool thirdLocation = !ev.locationCountry.isEmpty() && !unknown && !countries.contains(ev.locationCountry);
        ev.cameo = m_lexicon.cameoFor(ev.type, ev.planned, hosted, thirdLocation && ev.participants.size() >= 2);
        kept << ev;
    }
    reports = kept;
}

} // namespace rasad
