#include "curation/Review.h"

#include "curation/Edits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QSet>

#include <algorithm>

namespace rasad {

QList<ReviewItem> reviewQueue(const Dataset &dataset)
{
    QList<ReviewItem> items;
    for (const Actor &a : dataset.actors) {
        if (a.verified || !a.discovered)
            continue;
        ReviewItem item{ReviewItem::Kind::Actor, a.id, 2.0,
                        a.mergeNote.isEmpty() ? QStringLiteral("discovered")
                                              : QStringLiteral("discovered; ") + a.mergeNote};
        item.discovered = true;
        if (!a.mergeNote.isEmpty())
            item.joinedSpellings = QStringList{a.name} + a.aliases;
        items.append(item);
    }
    QSet<qint64> unpublishedArticles; // looked up per source below: one pass, not one per event
    for (const Article &a : dataset.articles)
        if (!a.published.isValid())
            unpublishedArticles.insert(a.id);
    for (const Event &e : dataset.events) {
        if (e.verified)
            continue;
        double priority = 1.0 - std::clamp(e.confidence, 0.0, 1.0);
        bool undatedForWantOfPublication = false;
        QStringList reasons{QStringLiteral("confidence %1").arg(e.confidence, 0, 'f', 2)};
        if (!e.flags.isEmpty()) {
            priority += 0.5;
            reasons << QStringLiteral("sources disagree");
        }
        if (!e.date.isValid()) {
            priority += 0.25;
            // Say why: without a publication date, "yesterday" and "on Tuesday" cannot be placed.
            const bool unpublished = std::all_of(e.sources.cbegin(), e.sources.cend(), [&](const EventSource &s) {
                return unpublishedArticles.contains(s.articleId);
            });
            undatedForWantOfPublication = unpublished && !e.sources.isEmpty();
            reasons << (unpublished && !e.sources.isEmpty()
                            ? QStringLiteral("no date (publication date unknown: relative dates left unresolved)")
                            : QStringLiteral("no date"));
        }
        if (e.factuality != Factuality::Happened)
            reasons << factualityName(e.factuality);
        ReviewItem item{ReviewItem::Kind::Event, e.id, priority, reasons.join(QStringLiteral(", "))};
        item.confidence = e.confidence;
        item.sourcesDisagree = !e.flags.isEmpty();
        item.undated = !e.date.isValid();
        item.unpublished = undatedForWantOfPublication;
        item.factuality = e.factuality;
        items.append(item);
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const ReviewItem &a, const ReviewItem &b) { return a.priority > b.priority; });
    return items;
}

namespace {

bool touches(const Correction &c, const QStringList &targets, const QStringList &anchors)
{
    if (targets.contains(c.target))
        return true;
    const QJsonObject v = c.newValue.toObject();
    for (const QString &key :
         {v.value(u"from").toString(), v.value(u"other").toString(), v.value(u"source").toString()})
        if (!key.isEmpty() && (targets.contains(key) || anchors.contains(key)))
            return true;
    return false;
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

} // namespace

QList<Correction> historyOf(const QList<Correction> &log, const Actor &actor)
{
    const QStringList targets{actor.key, actorTarget(actor)};
    QList<Correction> result;
    for (const Correction &c : log)
        if (touches(c, targets, {}))
            result.append(c);
    return result;
}

QList<Correction> historyOf(const QList<Correction> &log, const Event &event)
{
    QStringList anchors;
    for (const EventSource &s : event.sources)
        anchors << eventAnchor(s);
    QStringList targets = anchors;
    for (const QString &a : anchors)
        targets << u"event:" + a;
    QList<Correction> result;
    for (const Correction &c : log)
        if (touches(c, targets, anchors))
            result.append(c);
    return result;
}

QByteArray auditLogCsv(const QList<Correction> &log)
{
    QString csv = QStringLiteral("id,time,kind,target,field,old,new,undone\r\n");
    for (const Correction &c : log) {
        const QStringList row{QString::number(c.id),
                              c.at.toString(Qt::ISODate),
                              correctionKindName(c.kind),
                              c.target,
                              c.field,
                              valueText(c.oldValue),
                              valueText(c.newValue),
                              c.undone ? QStringLiteral("1") : QStringLiteral("0")};
        QStringList fields;
        for (const QString &f : row)
            fields << csvField(f);
        csv += fields.join(u',') + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + csv.toUtf8();
}

} // namespace rasad
