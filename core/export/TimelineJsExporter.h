#pragma once

#include "export/LocaleFormat.h"
#include "model/Dataset.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace rasad {

class Gazetteer;

/**
 * Writes events as a TimelineJS 3 JSON file so a journalist can publish the timeline on the web:
 * one slide per dated event with start_date/end_date (as precise as the date is known), a headline
 * naming the participants, a text with type and whether it took place, date, place, participants
 * with their office and part, topics, and for every source the evidence quote and its citation; the
 * event type is the slide's group. Every word is in the format's language (resources/lexicon/labels.json):
 * in English, people's and places' English names where the record or the gazetteer has them, dates
 * with English month names and Latin digits. Undated, denied and hypothetical events are left out
 * (TimelineJS cannot place the first; the others did not happen); skippedCount() says how many.
 */
class TimelineJsExporter
{
public:
    explicit TimelineJsExporter(const Dataset &dataset);

    /** The title slide; without one, the record's title in the format's language. */
    void setTitle(const QString &headline, const QString &text = {});
    /** Language, digits and month names of every word written; Arabic by default. */
    void setFormat(const LocaleFormat &format) { m_format = format; }
    const LocaleFormat &format() const { return m_format; }
    /** Where English names of places and people come from; Gazetteer::builtIn() when not set. */
    void setGazetteer(const Gazetteer *gazetteer) { m_gazetteer = gazetteer; }

    QJsonObject toJson() const;
    QByteArray toBytes() const;
    bool writeFile(const QString &path, QString *error) const;

    int exportedCount() const;
    int skippedCount() const;

private:
    QJsonObject slide(const Event &event) const;
    QString actorName(const Actor &actor) const;
    QString placeName(const QString &place) const;
    const Gazetteer &gazetteer() const;
    QString word(const char *key) const;

    Dataset m_dataset; // a copy is cheap: its lists are implicitly shared
    QString m_headline;
    QString m_text;
    LocaleFormat m_format = LocaleFormat::forLanguage(QStringLiteral("ar"));
    const Gazetteer *m_gazetteer = nullptr;
};

} // namespace rasad
