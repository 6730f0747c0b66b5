#include "model/EventWhy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rasad {

EventWhy whyOf(const Event &event)
{
    EventWhy why;
    why.factuality = event.factuality;
    const QJsonObject o = QJsonDocument::fromJson(event.provenance.toUtf8()).object();
    why.rule = o.value(QLatin1String("rule")).toString();
    why.trigger = o.value(QLatin1String("trigger")).toString();
    const QJsonArray clause = o.value(QLatin1String("clause")).toArray();
    if (clause.size() == 2) {
        why.clauseStart = clause.at(0).toInt();
        why.clauseEnd = clause.at(1).toInt();
    }
    why.cue = o.value(QLatin1String("cue")).toString();
    why.people = o.value(QLatin1String("people")).toInt();
    const QJsonObject merge = o.value(QLatin1String("merge")).toObject();
    if (!merge.isEmpty()) {
        why.merged = true;
        why.mergeScore = merge.value(QLatin1String("score")).toDouble();
        why.reports = merge.value(QLatin1String("reports")).toInt(1);
        for (const QJsonValue &join : merge.value(QLatin1String("joins")).toArray()) {
            QStringList reasons;
            for (const QJsonValue &r : join.toObject().value(QLatin1String("reasons")).toArray())
                reasons << r.toString();
            why.joins << reasons;
        }
    }
    for (const QJsonValue &name : o.value(QLatin1String("yearFrom")).toArray())
        why.yearFrom << name.toString();
    return why;
}

QStringList describeInEnglish(const EventWhy &why)
{
    QStringList lines;
    if (why.rule == QLatin1String("contact-verb"))
        lines << QStringLiteral("rule: the contact verb «%1» with %2 people named in its clause")
                     .arg(why.trigger)
                     .arg(why.people);
    else if (why.rule == QLatin1String("contact-noun"))
        lines << QStringLiteral("rule: the contact noun «%1» with %2 people named in its clause")
                     .arg(why.trigger)
                     .arg(why.people);
    else if (why.rule == QLatin1String("single-visit"))
        lines << QStringLiteral("rule: one official travelling between Syria and Russia («%1»)").arg(why.trigger);
    else
        lines << QStringLiteral(
            "rule: none recorded (made or changed by hand, or extracted before rules were recorded)");
    const QString factuality = factualityName(why.factuality);
    lines << (why.cue.isEmpty() ? QStringLiteral("factuality: %1").arg(factuality)
                                : QStringLiteral("factuality: %1 (cue «%2»)").arg(factuality, why.cue));
    if (why.clauseStart >= 0)
        lines << QStringLiteral("clause: characters %1–%2 of the first source").arg(why.clauseStart).arg(why.clauseEnd);
    if (!why.yearFrom.isEmpty())
        lines << QStringLiteral("year: the only one in which the weekday named fits while %1 held office")
                     .arg(why.yearFrom.join(QStringLiteral(", ")));
    if (why.merged) {
        lines << QStringLiteral("merged: %1 reports, score %2 (the weakest join)")
                     .arg(why.reports)
                     .arg(why.mergeScore, 0, 'f', 2);
        for (int i = 0; i < why.joins.size(); ++i)
            lines << QStringLiteral("  join %1: %2").arg(i + 1).arg(why.joins.at(i).join(QStringLiteral("; ")));
    }
    return lines;
}

} // namespace rasad
