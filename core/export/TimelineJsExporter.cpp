#include "export/TimelineJsExporter.h"

#include "export/Labels.h"
#include "gazetteer/Gazetteer.h"
#include "text/ArabicNormalizer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace rasad {

namespace {

/** A TimelineJS date object, as precise as the granularity allows (TimelineJS shows what is given). */
QJsonObject timelineDate(const QDate &date, Granularity granularity)
{
    QJsonObject d;
    d.insert(QStringLiteral("year"), date.year());
    if (granularity != Granularity::Year)
        d.insert(QStringLiteral("month"), date.month());
    if (granularity != Granularity::Year && granularity != Granularity::Month)
        d.insert(QStringLiteral("day"), date.day());
    return d;
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

/** Planned contacts keep their slide, marked planned; denied and hypothetical ones did not happen. */
bool onTimeline(const Event &e)
{
    return e.date.isValid() && e.factuality != Factuality::Denied && e.factuality != Factuality::Hypothetical;
}

} // namespace

TimelineJsExporter::TimelineJsExporter(const Dataset &dataset) : m_dataset(dataset) {}

void TimelineJsExporter::setTitle(const QString &headline, const QString &text)
{
    m_headline = headline;
    m_text = text;
}

const Gazetteer &TimelineJsExporter::gazetteer() const
{
    return m_gazetteer ? *m_gazetteer : Gazetteer::builtIn();
}

QString TimelineJsExporter::word(const char *key) const
{
    return Labels::word(QLatin1String(key), m_format.language());
}

QString TimelineJsExporter::actorName(const Actor &a) const
{
    if (m_format.isArabic())
        return a.name;
    if (!a.nameEn.isEmpty())
        return a.nameEn;
    if (const Actor *known = gazetteer().personByKey(a.key); known && !known->nameEn.isEmpty())
        return known->nameEn;
    return a.name; // no English name known: the Arabic one, rather than a guessed spelling
}

QString TimelineJsExporter::placeName(const QString &place) const
{
    if (m_format.isArabic() || place.isEmpty())
        return place;
    const Place *known = gazetteer().placeByName(matchingKey(place));
    return known && !known->nameEn.isEmpty() ? known->nameEn : place;
}

QJsonObject TimelineJsExporter::slide(const Event &event) const
{
    const QString lang = m_format.language();
    const QString colon = QStringLiteral(": ");
    const auto line = [&](const char *key, const QString &value) -> QString {
        return QStringLiteral("<p><b>") + word(key).toHtmlEscaped() + colon + QStringLiteral("</b>") +
               value.toHtmlEscaped() + QStringLiteral("</p>");
    };

    QJsonObject s;
    const FuzzyDate &date = event.date;
    s.insert(QStringLiteral("unique_id"), QStringLiteral("event-%1").arg(event.id));
    s.insert(QStringLiteral("start_date"), timelineDate(date.start, date.granularity));
    if (date.end != date.start)
        s.insert(QStringLiteral("end_date"), timelineDate(date.end, date.granularity));
    // The date as the slide's language writes it; the article's own phrase (أمس, يوم الثلاثاء) means
    // nothing away from the article, and nothing in English.
    s.insert(QStringLiteral("display_date"), m_format.fuzzyDate(date));
    const QString typeLabel = Labels::eventType(event.type, lang);
    s.insert(QStringLiteral("group"), typeLabel);

    QStringList names;
    QStringList participants;
    for (const Participant &p : event.participants) {
        const Actor *a = m_dataset.actor(p.actorId);
        if (!a)
            continue;
        const QString name = actorName(*a);
        if (name.isEmpty() || names.contains(name))
            continue;
        names.append(name);
        QString who = name;
        for (const Role &r : a->roles) {
            const QString title = m_format.isArabic() ? r.title : r.titleEn;
            if (!title.isEmpty() && (!date.isValid() || r.heldOn(date.start))) {
                who += m_format.listSeparator() + title;
                break;
            }
        }
        if (!p.part.isEmpty())
            who += QStringLiteral(" (") + Labels::part(p.part, lang) + QLatin1Char(')');
        participants.append(who);
    }
    QString headline = names.join(QStringLiteral(" – "));
    if (headline.isEmpty())
        headline = typeLabel;

    QString text =
        line("type", typeLabel + QStringLiteral(" (") + Labels::factuality(event.factuality, lang) + QLatin1Char(')'));
    text += line("date", m_format.fuzzyDate(date));
    if (!event.location.isEmpty())
        text += line("place", placeName(event.location));
    if (!participants.isEmpty())
        text +=
            line("participants", participants.join(m_format.isArabic() ? QStringLiteral("؛ ") : QStringLiteral("; ")));
    if (!event.topics.isEmpty()) {
        QStringList topics;
        for (const QString &t : event.topics)
            topics.append(Labels::topic(t, lang));
        text += line("topics", topics.join(m_format.listSeparator()));
    }

    QHash<qint64, const Article *> articleOf;
    for (const Article &a : m_dataset.articles)
        articleOf.insert(a.id, &a);
    QSet<QString> cited;
    for (const EventSource &src : event.sources) {
        const Article *article = articleOf.value(src.articleId);
        QString cite = article ? m_format.citation(*article).toHtmlEscaped() : src.fileName.toHtmlEscaped();
        if (cite.isEmpty() || (cited.contains(cite) && src.evidence.isEmpty()))
            continue;
        cited.insert(cite);
        if (article && !article->url.trimmed().isEmpty()) {
            const QString url = article->url.trimmed().toHtmlEscaped();
            cite.replace(url, QStringLiteral("<a href=\"%1\">%1</a>").arg(url));
        }
        // The quote is the article's own sentence, Arabic in either export: marked so a browser sets it right to left.
        if (!src.evidence.isEmpty())
            text += QStringLiteral("<blockquote lang=\"ar\" dir=\"rtl\">") + src.evidence.toHtmlEscaped() +
                    QStringLiteral("</blockquote>");
        text += QStringLiteral("<p><small>") + word("source").toHtmlEscaped() + colon + cite +
                QStringLiteral("</small></p>");
    }

    QJsonObject body;
    body.insert(QStringLiteral("headline"), headline);
    body.insert(QStringLiteral("text"), text);
    s.insert(QStringLiteral("text"), body);
    return s;
}

QJsonObject TimelineJsExporter::toJson() const
{
    QList<const Event *> dated;
    for (const Event &e : m_dataset.events)
        if (onTimeline(e))
            dated.append(&e);
    std::stable_sort(dated.begin(), dated.end(),
                     [](const Event *a, const Event *b) { return a->date.start < b->date.start; });

    QJsonArray events;
    for (const Event *e : dated)
        events.append(slide(*e));

    QJsonObject body;
    body.insert(QStringLiteral("headline"), (m_headline.isEmpty() ? word("title") : m_headline).toHtmlEscaped());
    if (!m_text.isEmpty())
        body.insert(QStringLiteral("text"), paragraph(m_text));
    QJsonObject title;
    title.insert(QStringLiteral("text"), body);
    QJsonObject root;
    root.insert(QStringLiteral("title"), title);
    root.insert(QStringLiteral("events"), events);
    return root;
}

QByteArray TimelineJsExporter::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

int TimelineJsExporter::exportedCount() const
{
    return int(std::count_if(m_dataset.events.cbegin(), m_dataset.events.cend(), onTimeline));
}

int TimelineJsExporter::skippedCount() const
{
    return int(m_dataset.events.size()) - exportedCount();
}

bool TimelineJsExporter::writeFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toBytes());
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace rasad
