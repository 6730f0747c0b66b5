#include "export/TimelineJsExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

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

} // namespace

TimelineJsExporter::TimelineJsExporter(const Dataset &dataset) : m_dataset(dataset) {}

void TimelineJsExporter::setTitle(const QString &headline, const QString &text)
{
    m_headline = headline;
    m_text = text;
}

QString TimelineJsExporter::actorName(qint64 id) const
{
    const Actor *a = m_dataset.actor(id);
    if (!a)
        return {};
    return m_english && !a->nameEn.isEmpty() ? a->nameEn : a->name;
}

QJsonObject TimelineJsExporter::slide(const Event &event) const
{
    QJsonObject s;
    const FuzzyDate &date = event.date;
    s.insert(QStringLiteral("unique_id"), QStringLiteral("event-%1").arg(event.id));
    s.insert(QStringLiteral("start_date"), timelineDate(date.start, date.granularity));
    if (date.end != date.start)
        s.insert(QStringLiteral("end_date"), timelineDate(date.end, date.granularity));
    if (!date.text.isEmpty())
        s.insert(QStringLiteral("display_date"), date.text);

    const QString typeName = eventTypeName(event.type);
    s.insert(QStringLiteral("group"), m_typeLabels.value(typeName, typeName));

    QStringList names;
    for (const Participant &p : event.participants) {
        const QString name = actorName(p.actorId);
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    QString headline = names.join(QStringLiteral(" – "));
    if (headline.isEmpty())
        headline = m_typeLabels.value(typeName, typeName);

    QString text;
    if (!event.location.isEmpty())
        text += paragraph(event.location);
    if (!event.topics.isEmpty())
        text += paragraph(event.topics.join(QStringLiteral(", ")));
    for (const EventSource &src : event.sources) {
        if (src.evidence.isEmpty())
            continue;
        text += QStringLiteral("<blockquote>") + src.evidence.toHtmlEscaped() + QStringLiteral("</blockquote>");
        const Article *article = nullptr;
        for (const Article &a : m_dataset.articles)
            if (a.id == src.articleId)
                article = &a;
        QString cite = article && !article->source.isEmpty() ? article->source : src.fileName;
        if (article && !article->url.isEmpty())
            cite = QStringLiteral("<a href=\"%1\">%2</a>").arg(article->url.toHtmlEscaped(), cite.toHtmlEscaped());
        else
            cite = cite.toHtmlEscaped();
        text += QStringLiteral("<p><small>") + cite + QStringLiteral("</small></p>");
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
        if (e.date.isValid() && e.factuality != Factuality::Denied && e.factuality != Factuality::Hypothetical)
            dated.append(&e); // planned contacts keep their slide, marked planned
    std::stable_sort(dated.begin(), dated.end(),
                     [](const Event *a, const Event *b) { return a->date.start < b->date.start; });

    QJsonArray events;
    for (const Event *e : dated)
        events.append(slide(*e));

    QJsonObject root;
    if (!m_headline.isEmpty() || !m_text.isEmpty()) {
        QJsonObject body;
        body.insert(QStringLiteral("headline"), m_headline.toHtmlEscaped());
        body.insert(QStringLiteral("text"), paragraph(m_text));
        QJsonObject title;
        title.insert(QStringLiteral("text"), body);
        root.insert(QStringLiteral("title"), title);
    }
    root.insert(QStringLiteral("events"), events);
    return root;
}

QByteArray TimelineJsExporter::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

int TimelineJsExporter::exportedCount() const
{
    return int(std::count_if(m_dataset.events.cbegin(), m_dataset.events.cend(),
                             [](const Event &e) { return e.date.isValid(); }));
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
