#include "reader/ArticleHighlights.h"

#include "dates/DateEngine.h"
#include "text/ArabicNormalizer.h"
#include "text/Segmenter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rasad {

namespace {

QStringList loadTriggerWords()
{
    // Core's copy (core/extract/CMakeLists.txt): the reader underlines the words extraction reads.
    QFile file(QStringLiteral(":/rasad/lexicon/extraction-triggers.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList words;
    const QJsonArray triggers = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("triggers")).toArray();
    for (const QJsonValue &t : triggers)
        for (const QJsonValue &form : t.toObject().value(QLatin1String("forms")).toArray())
            if (!form.toString().isEmpty())
                words.append(form.toString());
    words.removeDuplicates();
    return words;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || isIgnorableInKey(c.unicode());
}

QList<std::pair<int, int>> findInKey(const NormalizedText &norm, const QString &originalText, const QString &needleKey)
{
    QList<std::pair<int, int>> result;
    if (needleKey.isEmpty())
        return result;
    qsizetype from = 0;
    while ((from = norm.key.indexOf(needleKey, from)) >= 0) {
        const qsizetype end = from + needleKey.size();
        const bool endOk = end >= norm.key.size() || !isWordChar(norm.key.at(end));
        bool startOk = from == 0 || !isWordChar(norm.key.at(from - 1));
        // A name or place with a proclitic in front still counts (و + name, ل + city).
        if (!startOk && from >= 1 && Segmenter::isProclitic(norm.key.at(from - 1))
            && (from == 1 || !isWordChar(norm.key.at(from - 2))))
            startOk = true;
        if (startOk && endOk) {
            const int s = norm.originalStart(int(from));
            const int e = norm.originalEnd(int(end));
            if (s < e && e <= originalText.size())
                result.append({s, e});
        }
        from = end;
    }
    return result;
}

} // namespace

ArticleHighlights::ArticleHighlights()
    : m_triggers(loadTriggerWords())
{
}

QList<std::pair<int, int>> ArticleHighlights::occurrences(const QString &text, const QString &needle)
{
    return findInKey(normalizeArabic(text), text, matchingKey(needle));
}

QList<HighlightSpan> ArticleHighlights::find(const Article &article, const Dataset &dataset) const
{
    QList<HighlightSpan> spans;
    const QString &text = article.originalText;
    if (text.isEmpty())
        return spans;
    const NormalizedText norm = normalizeArabic(text);

    for (const Actor &actor : dataset.actors) {
        QStringList spellings = actor.aliases;
        spellings.prepend(actor.name);
        if (!actor.nameEn.isEmpty())
            spellings.append(actor.nameEn);
        QSet<QString> seenKeys;
        for (const QString &spelling : spellings) {
            const QString key = matchingKey(spelling);
            if (key.size() < 2 || seenKeys.contains(key))
                continue;
            seenKeys.insert(key);
            for (const auto &[s, e] : findInKey(norm, text, key))
                spans.append({s, e, HighlightSpan::Kind::Actor, actor.name});
        }
    }

    static const DateEngine engine;
    for (const TemporalExpression &t : engine.find(text, article.published)) {
        if (t.start >= 0 && t.end <= text.size() && t.start < t.end)
            spans.append({t.start, t.end, HighlightSpan::Kind::Date,
                          t.value.isValid() ? t.value.start.toString(Qt::ISODate)
                                                  + (t.value.end != t.value.start
                                                         ? QStringLiteral(" – ") + t.value.end.toString(Qt::ISODate)
                                                         : QString())
                                            : QString()});
    }

    for (const QString &word : m_triggers)
        for (const auto &[s, e] : findInKey(norm, text, matchingKey(word)))
            spans.append({s, e, HighlightSpan::Kind::Trigger, word});

    for (const Event &event : dataset.events)
        for (const EventSource &source : event.sources)
            if (source.articleId == article.id && source.start < source.end && source.end <= text.size())
                spans.append({source.start, source.end, HighlightSpan::Kind::Evidence, QString()});

    std::sort(spans.begin(), spans.end(), [](const HighlightSpan &a, const HighlightSpan &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    return spans;
}

} // namespace rasad
