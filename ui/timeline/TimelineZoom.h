#pragma once

#include <QObject>

class QWheelEvent;

namespace rasad {

/**
 * The timeline's scale in pixels per day, kept apart from the view (Tiled's Zoomable idea): it
 * clamps, turns wheel and pinch input into factors, and announces changes. The view anchors them.
 */
class TimelineZoom : public QObject
{
    Q_OBJECT
public:
    explicit TimelineZoom(QObject *parent = nullptr);

    double pixelsPerDay() const { return m_pixelsPerDay; }
    double minimum() const { return m_minimum; }
    double maximum() const { return m_maximum; }
    /** The scale at which everything fits; zooming never goes below it. */
    void setMinimum(double pixelsPerDay);
    void setPixelsPerDay(double pixelsPerDay);
    bool canZoomIn() const { return m_pixelsPerDay < m_maximum; }
    bool canZoomOut() const { return m_pixelsPerDay > m_minimum; }

    /** Multiplier for one keyboard/button step. */
    static constexpr double stepFactor = 1.5;
    /** Multiplier for a wheel event: 120 units (one notch) is one step; touchpads give fractions. */
    static double wheelFactor(const QWheelEvent *event);

Q_SIGNALS:
    void scaleChanged(double pixelsPerDay);

private:
    double m_pixelsPerDay = 2.0;
    double m_minimum = 0.005;
    double m_maximum = 400.0;
};

} // namespace rasad
