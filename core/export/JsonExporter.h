#pragma once

#include "model/Dataset.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace rasad {

/**
 * The Rasad JSON export (../shared/EXPORT-FORMAT.md): one UTF-8 object with articles, actors and
 * events, Arabic written as characters. Required fields as the format says, plus the extras the
 * record holds (cameo, planned, date_source, flags, merge_note, discovered, verified, mention_only,
 * roles, ...). Works on any Dataset, so a view can export what it shows after filtering.
 */
class JsonExporter
{
public:
    static constexpr int kFormatVersion = 1;

    explicit JsonExporter(const Dataset &dataset);

    QJsonObject toJson() const;
    /** Indented UTF-8, ending in a newline. */
    QByteArray toBytes() const;
    /** Writes atomically (QSaveFile); false with `error` naming the file and the problem. */
    bool writeFile(const QString &path, QString *error) const;

    static QJsonObject articleJson(const Article &article);
    static QJsonObject actorJson(const Actor &actor);
    static QJsonObject eventJson(const Event &event);
    /** null when the date is not known at all. */
    static QJsonValue dateJson(const FuzzyDate &date);

    static QJsonArray articlesJson(const QList<Article> &articles);
    static QJsonArray actorsJson(const QList<Actor> &actors);
    static QJsonArray eventsJson(const QList<Event> &events);

private:
    Dataset m_dataset; // implicitly shared lists: copying is cheap
};

} // namespace rasad
