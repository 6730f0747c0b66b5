#include "export/Labels.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace rasad {

namespace {

const QJsonObject &labels()
{
    static const QJsonObject root = [] {
        QFile file(QStringLiteral(":/rasad/lexicon/labels.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject(); // compiled in: missing only in a broken build, and every code then shows as it is
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return root;
}

QString lookUp(const char *group, const QString &code, const QString &language)
{
    const QJsonObject entry = labels().value(QLatin1String(group)).toObject().value(code).toObject();
    const QString text = entry.value(language).toString();
    return text.isEmpty() ? code : text;
}

} // namespace

namespace Labels {

QString topic(const QString &topicId, const QString &language)
{
    return lookUp("topics", topicId, language);
}

QStringList topicIds()
{
    return labels().value(QLatin1String("topics")).toObject().keys();
}

QString eventType(EventType type, const QString &language)
{
    return lookUp("types", eventTypeName(type), language);
}

QString factuality(Factuality factuality, const QString &language)
{
    return lookUp("factuality", factualityName(factuality), language);
}

QString part(const QString &part, const QString &language)
{
    return lookUp("parts", part, language);
}

QString word(const QString &key, const QString &language)
{
    return lookUp("words", key, language);
}

} // namespace Labels

} // namespace rasad
