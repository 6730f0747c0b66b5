#include "common/EventPalette.h"

namespace rasad {

QColor EventPalette::color(EventType type)
{
    // Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
    switch (type) {
    case EventType::Meeting:
        return QColor(0x00, 0x72, 0xB2);
    case EventType::Visit:
        return QColor(0x00, 0x9E, 0x73);
    case EventType::Call:
        return QColor(0xE6, 0x9F, 0x00);
    case EventType::Delegation:
        return QColor(0xCC, 0x79, 0xA7);
    case EventType::Message:
        return QColor(0x56, 0xB4, 0xE9);
    case EventType::Other:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

QList<EventType> EventPalette::types()
{
    return {EventType::Meeting, EventType::Visit, EventType::Call, EventType::Delegation, EventType::Message,
            EventType::Other};
}

QColor EventPalette::countryColor(const QString &iso2)
{
    if (iso2 == QLatin1String("SY"))
        return QColor(0x00, 0x7A, 0x3D);
    if (iso2 == QLatin1String("RU"))
        return QColor(0xD5, 0x2B, 0x1E);
    return QColor(0x6B, 0x6B, 0x6B);
}

} // namespace rasad
