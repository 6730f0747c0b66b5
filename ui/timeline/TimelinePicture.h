#pragma once

#include "export/ReportInfo.h"

#include <QCoreApplication>
#include <QDate>
#include <QPointer>
#include <QSize>

#include <memory>

namespace rasad {

class ExplorerState;
class TimelineView;

/**
 * The timeline drawn for a report. It has a view of its own, on a copy of the record and the filter,
 * so nothing of the screen's passing state reaches the picture: no selection or its fading, no hover,
 * no dragged date window, no focus frame. It is laid out at the picture's size, over the filter's
 * dates (the filtered record's own span where the filter sets none) or over the dates on screen.
 */
class TimelinePicture
{
    Q_DECLARE_TR_FUNCTIONS(rasad::TimelinePicture)
public:
    enum class Range { Filter, Screen };

    explicit TimelinePicture(const TimelineView *screen);
    ~TimelinePicture();

    /** The first and last day the picture covers. */
    QDate from(Range range) const;
    QDate to(Range range) const;
    /** Title, the dates covered, the filter in words, the legend and the citations of what is drawn. */
    ReportInfo info(Range range) const;
    /** The view laid out with a viewport of `viewportSize`, showing `range`; owned by this picture. */
    TimelineView *view(Range range, const QSize &viewportSize);
    const ExplorerState &state() const { return *m_state; }

private:
    QPointer<const TimelineView> m_screen;
    QDate m_screenFrom; // what the screen showed when the picture was made
    QDate m_screenTo;
    std::unique_ptr<ExplorerState> m_state;
    std::unique_ptr<TimelineView> m_view;
    Range m_laidOutRange = Range::Filter;
    QSize m_laidOutSize;
};

} // namespace rasad
