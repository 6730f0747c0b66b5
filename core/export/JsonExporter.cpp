#include "export/JsonExporter.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

namespace rasad {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue dayOrNull(const QDate &day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString kindName(ActorKind kind)
{
    return kind == ActorKind::Organization ? QStringLiteral("organization") : QStringLiteral("person");
}

} // namespace

JsonExporter::JsonExporter(const Dataset &dataset) : m_dataset(dataset) {}

QJsonValue JsonExporter::dateJson(const FuzzyDate &date)
{
    if (!date.isValid())
        return QJsonValue::Null;
    QJsonObject o{{QStringLiteral("start"), date.start.toString(Qt::ISODate)},
                  {QStringLiteral("end"), date.end.toString(Qt::ISODate)},
                  {QStringLiteral("granularity"), granularityName(date.granularity)},
                  {QStringLiteral("text"), date.text}};
    if (date.time.isValid())
        o.insert(QStringLiteral("time"), date.time.toString(QStringLiteral("HH:mm")));
    return o;
}

QJsonObject JsonExporter::articleJson(const Article &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("file"), a.fileName},
            {QStringLiteral("title"), a.title},
            {QStringLiteral("source"), a.source},
            {QStringLiteral("published"), dayOrNull(a.published)},
            {QStringLiteral("published_origin"), dateOriginName(a.publishedOrigin)},
            {QStringLiteral("version"), a.version},
            {QStringLiteral("url"), textOrNull(a.url)},
            {QStringLiteral("encoding"), a.encoding},
            {QStringLiteral("content_hash"), QString::fromLatin1(a.contentHash)},
            {QStringLiteral("imported_at"),
             a.importedAt.isValid() ? QJsonValue(a.importedAt.toUTC().toString(Qt::ISODate)) : QJsonValue()}};
}

QJsonObject JsonExporter::actorJson(const Actor &a)
{
    QJsonArray roles;
    for (const Role &r : a.roles)
        roles.append(QJsonObject{{QStringLiteral("title"), r.title},
                                 {QStringLiteral("title_en"), r.titleEn},
                                 {QStringLiteral("organisation"), textOrNull(r.organisation)},
                                 {QStringLiteral("country"), textOrNull(r.country)},
                                 {QStringLiteral("from"), dayOrNull(r.from)},
                                 {QStringLiteral("to"), dayOrNull(r.to)}});
    return {
        {QStringLiteral("id"), a.id},
        {QStringLiteral("kind"), kindName(a.kind)},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("name_en"), a.nameEn},
        {QStringLiteral("country"), textOrNull(a.country)},
        {QStringLiteral("aliases"), QJsonArray::fromStringList(a.aliases)},
        {QStringLiteral("roles"), roles},
        {QStringLiteral("key"), a.key},
        {QStringLiteral("discovered"), a.discovered},
        {QStringLiteral("verified"), a.verified},
        {QStringLiteral("mention_only"), a.mentionOnly},
        {QStringLiteral("merge_note"), a.mergeNote.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.mergeNote)}};
}

QJsonObject JsonExporter::eventJson(const Event &e)
{
    QJsonArray participants;
    QJsonArray parts;
    for (const Participant &p : e.participants) {
        participants.append(p.actorId);
        parts.append(QJsonObject{{QStringLiteral("actor"), p.actorId}, {QStringLiteral("part"), p.part}});
    }
    QJsonArray sources;
    for (const EventSource &s : e.sources)
        sources.append(QJsonObject{{QStringLiteral("article"), s.articleId},
                                   {QStringLiteral("file"), s.fileName},
                                   {QStringLiteral("evidence"), s.evidence},
                                   {QStringLiteral("start"), s.start},
                                   {QStringLiteral("end"), s.end},
                                   {QStringLiteral("confidence"), s.confidence},
                                   {QStringLiteral("date"), dateJson(s.date)}});
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("type"), eventTypeName(e.type)},
            {QStringLiteral("date"), dateJson(e.date)},
            {QStringLiteral("date_source"), dateSourceName(e.dateSource)},
            {QStringLiteral("location"), textOrNull(e.location)},
            {QStringLiteral("location_country"), textOrNull(e.locationCountry)},
            {QStringLiteral("participants"), participants},
            {QStringLiteral("participant_parts"), parts},
            {QStringLiteral("topics"), QJsonArray::fromStringList(e.topics)},
            {QStringLiteral("confidence"), e.confidence},
            {QStringLiteral("planned"), e.planned},
            {QStringLiteral("factuality"),
             factualityName(e.planned && e.factuality == Factuality::Happened ? Factuality::Planned : e.factuality)},
            {QStringLiteral("why"), e.provenance.isEmpty()
                                        ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(QJsonDocument::fromJson(e.provenance.toUtf8()).object())},
            {QStringLiteral("cameo"), textOrNull(e.cameo)},
            {QStringLiteral("flags"), QJsonArray::fromStringList(e.flags)},
            {QStringLiteral("merge_note"), textOrNull(e.mergeNote)},
            {QStringLiteral("verified"), e.verified},
            {QStringLiteral("sources"), sources}};
}

QJsonArray JsonExporter::articlesJson(const QList<Article> &articles)
{
    QJsonArray array;
    for (const Article &a : articles)
        array.append(articleJson(a));
    return array;
}

QJsonArray JsonExporter::actorsJson(const QList<Actor> &actors)
{
    QJsonArray array;
    for (const Actor &a : actors)
        array.append(actorJson(a));
    return array;
}

QJsonArray JsonExporter::eventsJson(const QList<Event> &events)
{
    QJsonArray array;
    for (const Event &e : events)
        array.append(eventJson(e));
    return array;
}

QJsonObject JsonExporter::toJson() const
{
    // "events" is the record of contacts that took place; planned, denied and hypothetical ones are
    // listed apart so that no reader counts them as contacts.
    QList<Event> happened, unconfirmed;
    for (const Event &e : m_dataset.events)
        (e.factuality == Factuality::Happened && !e.planned ? happened : unconfirmed) << e;
    return {{QStringLiteral("format"), QStringLiteral("rasad-export")},
            {QStringLiteral("version"), kFormatVersion},
            {QStringLiteral("articles"), articlesJson(m_dataset.articles)},
            {QStringLiteral("actors"), actorsJson(m_dataset.actors)},
            {QStringLiteral("events"), eventsJson(happened)},
            {QStringLiteral("unconfirmed_events"), eventsJson(unconfirmed)}};
}

QByteArray JsonExporter::toBytes() const
{
    // QJsonDocument writes non-ASCII as raw UTF-8 (only control characters are escaped).
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

bool JsonExporter::writeFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray bytes = toBytes();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QDir::toNativeSeparators(path) + QStringLiteral(": cannot write: ") + file.errorString();
        return false;
    }
    return true;
}

} // namespace rasad
