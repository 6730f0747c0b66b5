#include "timeline/TimelinePicture.h"

#include "common/EventPalette.h"
#include "common/ExplorerState.h"
#include "export/ReportExporter.h"
#include "timeline/TimelineView.h"

#include <QScrollBar>

#include <algorithm>

namespace rasad {

TimelinePicture::TimelinePicture(const TimelineView *screen)
    : m_screen(screen), m_state(std::make_unique<ExplorerState>())
{
    const ExplorerState *shown = screen->state();
    m_screenFrom = screen->visibleStart();
    m_screenTo = screen->visibleEnd();
    // The record, the filter and the language; not the selection nor the date window.
    m_state->setFormat(shown->format());
    m_state->setDataset(shown->dataset());
    m_state->setFilter(shown->filter());
}

TimelinePicture::~TimelinePicture() = default;

QDate TimelinePicture::from(Range range) const
{
    if (range == Range::Screen)
        return m_screenFrom;
    const QDate first = m_state->filteredFrom();
    return first.isValid() ? first : m_screenFrom;
}

QDate TimelinePicture::to(Range range) const
{
    if (range == Range::Screen)
        return m_screenTo;
    const QDate last = m_state->filteredTo();
    return last.isValid() ? last : m_screenTo;
}

ReportInfo TimelinePicture::info(Range range) const
{
    const DisplayFormat &f = m_state->format();
    ReportInfo info;
    info.title = tr("Syrian–Russian official contacts");
    info.dateRange = f.date(from(range)) + QStringLiteral(" – ") + f.date(to(range));
    info.filter = ReportExporter::filterInWords(*m_state);
    for (EventType t : EventPalette::types())
        info.legend.append({EventPalette::color(t), f.eventTypeName(t), false});
    info.legendNote = tr("bars: dates known only to a span");
    info.sources = ReportExporter::sourcesOf(*m_state, from(range), to(range));
    info.direction = f.direction();
    return info;
}

TimelineView *TimelinePicture::view(Range range, const QSize &viewportSize)
{
    const QSize size = viewportSize.expandedTo(QSize(80, 60));
    if (m_view && m_laidOutRange == range && m_laidOutSize == size)
        return m_view.get();
    if (!m_view) {
        m_view = std::make_unique<TimelineView>(m_state.get());
        m_view->setAttribute(Qt::WA_DontShowOnScreen);
        if (m_screen) {
            m_view->setFont(m_screen->font());
            m_view->setLaneMode(m_screen->laneMode());
        }
        m_view->resize(size);
        m_view->show(); // laid out (resize events, scroll range) without a window on screen
    }
    // The widget around the viewport (scroll bar, legend strip) is added so the viewport is `size`.
    for (int i = 0; i < 2 && m_view->viewport()->size() != size; ++i)
        m_view->resize(m_view->size() + size - m_view->viewport()->size());
    if (range == Range::Screen) {
        m_view->setCoveredRange({}, {});
        m_view->showSpan(from(range), to(range));
    } else {
        m_view->setCoveredRange(from(range), to(range));
        m_view->showRange(from(range), to(range), 0.02); // room for the last contact's label
    }
    m_laidOutRange = range;
    m_laidOutSize = size;
    return m_view.get();
}

} // namespace rasad
