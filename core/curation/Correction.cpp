#include "curation/Correction.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <utility>

namespace rasad {

namespace {
constexpr std::array<std::pair<Correction::Kind, const char *>, 12> kKinds{{
    {Correction::Kind::ActorMerge, "actor.merge"},
    {Correction::Kind::ActorSplit, "actor.split"},
    {Correction::Kind::ActorEdit, "actor.edit"},
    {Correction::Kind::ActorDelete, "actor.delete"},
    {Correction::Kind::ActorAdd, "actor.add"},
    {Correction::Kind::EventEdit, "event.edit"},
    {Correction::Kind::EventMerge, "event.merge"},
    {Correction::Kind::EventSplit, "event.split"},
    {Correction::Kind::EventDelete, "event.delete"},
    {Correction::Kind::EventAdd, "event.add"},
    {Correction::Kind::Verify, "verify"},
    {Correction::Kind::Note, "note"},
}};

QString compact(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}
} // namespace

QString correctionKindName(Correction::Kind kind)
{
    for (const auto &[k, name] : kKinds)
        if (k == kind)
            return QString::fromLatin1(name);
    return {};
}

bool correctionKindFromName(const QString &name, Correction::Kind *kind)
{
    for (const auto &[k, text] : kKinds) {
        if (name == QLatin1String(text)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString Correction::describe() const
{
    QString line = correctionKindName(kind) + u' ' + target;
    if (!field.isEmpty())
        line += u'.' + field;
    const QString before = compact(oldValue);
    const QString after = compact(newValue);
    if (!before.isEmpty())
        line += QStringLiteral(": ") + before + QStringLiteral(" → ") + after;
    else if (!after.isEmpty())
        line += QStringLiteral(": ") + after;
    if (undone)
        line += QStringLiteral(" (undone)");
    return line;
}

QString eventAnchor(const EventSource &source)
{
    return u'a' + QString::number(source.articleId) + u'@' + QString::number(source.start);
}

QString eventAnchor(const Event &event)
{
    if (event.sources.isEmpty())
        return u"event:" + QString::number(event.id);
    const auto first = std::min_element(event.sources.cbegin(), event.sources.cend(),
                                        [](const EventSource &a, const EventSource &b) {
                                            return std::pair(a.articleId, a.start) < std::pair(b.articleId, b.start);
                                        });
    return eventAnchor(*first);
}

QJsonObject fuzzyDateToJson(const FuzzyDate &date)
{
    QJsonObject json{{QStringLiteral("start"), date.start.toString(Qt::ISODate)},
                     {QStringLiteral("end"), date.end.toString(Qt::ISODate)},
                     {QStringLiteral("granularity"), granularityName(date.granularity)}};
    if (!date.text.isEmpty())
        json.insert(QStringLiteral("text"), date.text);
    return json;
}

FuzzyDate fuzzyDateFromJson(const QJsonObject &json)
{
    FuzzyDate date;
    date.start = QDate::fromString(json.value(u"start").toString(), Qt::ISODate);
    date.end = QDate::fromString(json.value(u"end").toString(), Qt::ISODate);
    if (!date.end.isValid())
        date.end = date.start;
    date.granularity = granularityFromName(json.value(u"granularity").toString());
    date.text = json.value(u"text").toString();
    return date;
}

} // namespace rasad
