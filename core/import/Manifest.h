#pragma once

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

namespace rasad {

/** What a manifest says about one article file. */
struct ManifestEntry
{
    QString file;
    QDate published; // invalid when the manifest gives none (null)
    QString source;
    QString url;
};

/**
 * The metadata users supply beside their articles: manifest.json, an object with an "articles" list of
 * {"file", "published" (YYYY-MM-DD or null), "source", "url"}. Entries are found by file base name.
 */
class Manifest
{
public:
    /** Reads `path`; nullopt and `error` ("manifest.json: …" naming the file and the problem) when malformed. */
    static std::optional<Manifest> load(const QString &path, QString *error);
    static std::optional<Manifest> parse(const QByteArray &json, const QString &path, QString *error);

    const ManifestEntry *entry(const QString &fileName) const;
    QString path() const { return m_path; }
    qsizetype size() const { return m_entries.size(); }

private:
    QString m_path;
    QHash<QString, ManifestEntry> m_entries;
};

} // namespace rasad
