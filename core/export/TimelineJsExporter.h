#pragma once

#include "model/Dataset.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace rasad {

/**
 * Writes events as a TimelineJS 3 JSON file so a journalist can publish the timeline on the web:
 * one slide per dated event with start_date/end_date (as precise as the date is known), a headline
 * naming the participants, a text with place, date phrase and evidence, and the event type as group.
 * Undated events are left out (TimelineJS cannot place them); skippedCount() says how many.
 */
class TimelineJsExporter
{
public:
    explicit TimelineJsExporter(const Dataset &dataset);

    void setTitle(const QString &headline, const QString &text = {});
    /** Use English names (Actor::nameEn, falling back to the Arabic one) in headlines. */
    void setEnglishNames(bool english) { m_english = english; }
    /** Display labels for event types ("meeting" → "لقاء"); the type name is used when missing. */
    void setTypeLabels(const QHash<QString, QString> &labels) { m_typeLabels = labels; }

    QJsonObject toJson() const;
    QByteArray toBytes() const;
    bool writeFile(const QString &path, QString *error) const;

    int exportedCount() const;
    int skippedCount() const;

private:
    QJsonObject slide(const Event &event) const;
    QString actorName(qint64 id) const;

    Dataset m_dataset; // a copy is cheap: its lists are implicitly shared
    QString m_headline;
    QString m_text;
    bool m_english = false;
    QHash<QString, QString> m_typeLabels;
};

} // namespace rasad
