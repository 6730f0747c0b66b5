#include "import/Manifest.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rasad {

namespace {

/** An optional string member: absent or null → empty; anything but a string is an error. */
bool optionalString(const QJsonObject &object, const char *name, QString *out)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return false;
    *out = value.toString().trimmed();
    return true;
}

} // namespace

std::optional<Manifest> Manifest::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot read the manifest (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    constexpr qint64 limit = 16 * 1024 * 1024;
    if (file.size() > limit) {
        if (error)
            *error = QStringLiteral("%1: manifest too large (over 16 MB)").arg(path);
        return std::nullopt;
    }
    return parse(file.readAll(), path, error);
}

std::optional<Manifest> Manifest::parse(const QByteArray &json, const QString &path, QString *error)
{
    auto fail = [&](const QString &problem) -> std::optional<Manifest> {
        if (error)
            *error = QStringLiteral("%1: malformed manifest: %2").arg(path, problem);
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            QStringLiteral("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    QJsonArray list;
    if (doc.isObject()) {
        const QJsonValue articles = doc.object().value(QLatin1String("articles"));
        if (!articles.isArray())
            return fail(QStringLiteral("expected an \"articles\" list"));
        list = articles.toArray();
    } else if (doc.isArray()) {
        list = doc.array(); // a bare list of entries is accepted too
    } else {
        return fail(QStringLiteral("expected a JSON object"));
    }

    Manifest manifest;
    manifest.m_path = path;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("entry %1").arg(i + 1);
        if (!list.at(i).isObject())
            return fail(where + QStringLiteral(" is not an object"));
        const QJsonObject object = list.at(i).toObject();
        ManifestEntry entry;
        if (!optionalString(object, "file", &entry.file) || entry.file.isEmpty())
            return fail(where + QStringLiteral(" has no \"file\" name"));
        QString published;
        if (!optionalString(object, "published", &published))
            return fail(
                QStringLiteral("%1 (%2): \"published\" must be a date YYYY-MM-DD or null").arg(where, entry.file));
        if (!published.isEmpty()) {
            entry.published = QDate::fromString(published.left(10), Qt::ISODate);
            if (!entry.published.isValid())
                return fail(QStringLiteral("%1 (%2): \"published\" is not a date YYYY-MM-DD: %3")
                                .arg(where, entry.file, published));
        }
        if (!optionalString(object, "source", &entry.source))
            return fail(QStringLiteral("%1 (%2): \"source\" must be text or null").arg(where, entry.file));
        if (!optionalString(object, "url", &entry.url))
            return fail(QStringLiteral("%1 (%2): \"url\" must be text or null").arg(where, entry.file));
        const QString name = QFileInfo(entry.file).fileName();
        if (manifest.m_entries.contains(name))
            return fail(QStringLiteral("%1: \"%2\" is listed twice").arg(where, name));
        manifest.m_entries.insert(name, entry);
    }
    return manifest;
}

const ManifestEntry *Manifest::entry(const QString &fileName) const
{
    const auto it = m_entries.constFind(QFileInfo(fileName).fileName());
    return it == m_entries.constEnd() ? nullptr : &it.value();
}

} // namespace rasad
