#include "timeline/TimelineZoom.h"

#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace rasad {

TimelineZoom::TimelineZoom(QObject *parent)
    : QObject(parent)
{
}

void TimelineZoom::setMinimum(double pixelsPerDay)
{
    m_minimum = std::clamp(pixelsPerDay, 1e-4, m_maximum);
    if (m_pixelsPerDay < m_minimum)
        setPixelsPerDay(m_minimum);
}

void TimelineZoom::setPixelsPerDay(double pixelsPerDay)
{
    const double clamped = std::clamp(pixelsPerDay, m_minimum, m_maximum);
    if (std::abs(clamped - m_pixelsPerDay) < 1e-9 * m_pixelsPerDay)
        return;
    m_pixelsPerDay = clamped;
    Q_EMIT scaleChanged(m_pixelsPerDay);
}

double TimelineZoom::wheelFactor(const QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    return std::pow(stepFactor, delta / 120.0);
}

} // namespace rasad
