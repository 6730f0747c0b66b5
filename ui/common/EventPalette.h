#pragma once

#include "model/Event.h"

#include <QColor>
#include <QList>

namespace rasad {

/** One colour per event type, shared by every view so a meeting is the same blue everywhere. */
class EventPalette
{
public:
    static QColor color(EventType type);
    static QList<EventType> types(); // in legend order
    /** Country colours the graph and timeline lanes share: Syria, Russia, everyone else. */
    static QColor countryColor(const QString &iso2);
};

} // namespace rasad
