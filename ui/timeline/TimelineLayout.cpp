#include "timeline/TimelineLayout.h"

#include "common/EventPalette.h"
#include "common/ExplorerState.h"

#include <QFontMetricsF>

#include <algorithm>
#include <array>
#include <cmath>
#include <tuple>

namespace rasad {

void TimelineLayout::setFont(const QFont &font)
{
    if (font == m_font)
        return;
    m_font = font;
    m_labels.clear();
    m_textWidths.clear();
}

void TimelineLayout::forgetLabels(const QSet<qint64> &events, bool actorsChanged)
{
    if (actorsChanged) {
        m_labels.clear();
        return;
    }
    for (qint64 id : events)
        m_labels.remove(id);
}

double TimelineLayout::textWidth(const QString &text)
{
    if (auto it = m_textWidths.constFind(text); it != m_textWidths.cend())
        return *it;
    const double width = QFontMetricsF(m_font).horizontalAdvance(text);
    m_textWidths.insert(text, width);
    return width;
}

QString TimelineLayout::label(const ExplorerState &state, const Event &event)
{
    const DisplayFormat &format = state.format();
    // Labels carry names in the language and counts in the chosen digits: either change voids them.
    const QString labelsFormat = format.language() + format.number(0);
    if (labelsFormat != m_labelsFormat) {
        m_labels.clear();
        m_labelsFormat = labelsFormat;
    }
    if (auto it = m_labels.constFind(event.id); it != m_labels.cend())
        return it->text;
    // The width is summed from cached pieces: shaping 100,000 whole labels took seconds, while the
    // names repeat. The pieces meet at a comma and a space, where no letters join or kern.
    const QString separator = format.isArabic() ? QStringLiteral("، ") : QStringLiteral(", ");
    QStringList pieces;
    int names = 0;
    constexpr int kShown = 3;
    for (const Participant &p : event.participants) {
        if (names == kShown)
            break;
        if (const Actor *a = state.actorById(p.actorId)) {
            const QString &full = (!format.isArabic() && !a->nameEn.isEmpty()) ? a->nameEn : a->name;
            if (names++ > 0)
                pieces.append(separator);
            pieces.append(DisplayFormat::shortName(full));
        }
    }
    if (event.participants.size() > kShown)
        pieces.append(QStringLiteral(" +") + format.number(event.participants.size() - kShown));
    if (pieces.isEmpty())
        pieces.append(format.eventTypeName(event.type));
    double width = 2;
    for (const QString &piece : std::as_const(pieces))
        width += textWidth(piece);
    const QString text = pieces.join(QString());
    m_labels.insert(event.id, {text, width, pieces});
    return text;
}

std::pair<double, double> TimelineLayout::markExtent(double startDay, double endDay, double pixelsPerDay)
{
    const double start = startDay * pixelsPerDay;
    const double end = endDay * pixelsPerDay;
    if (end - start >= kMinMarkWidth)
        return {start, end};
    const double centre = (start + end) / 2;
    return {centre - kMinMarkWidth / 2, centre + kMinMarkWidth / 2};
}

void TimelineLayout::assign(const ExplorerState &state, LaneMode mode, const QDate &origin)
{
    m_lanes.clear();
    m_lanesOf.clear();
    m_eventsData = state.dataset().events.constData();
    m_eventsCount = state.dataset().events.size();
    m_visibleCount = state.visibleEvents().size();
    QHash<QString, int> laneIndex;
    auto laneFor = [&](const QString &key) -> int {
        if (auto it = laneIndex.constFind(key); it != laneIndex.cend())
            return *it;
        Lane lane;
        lane.key = key;
        m_lanes.append(lane);
        laneIndex.insert(key, int(m_lanes.size() - 1));
        return int(m_lanes.size() - 1);
    };

    for (const Event *e : state.visibleEvents()) {
        if (!e->date.isValid())
            continue; // undated events have no place on a time axis; the details list still shows them
        const QStringList keys = laneKeys(state, *e, mode);
        label(state, *e);
        Placement p;
        p.event = e;
        p.startDay = double(origin.daysTo(e->date.start));
        p.endDay = double(origin.daysTo(e->date.end) + 1);
        for (const QString &key : keys)
            m_lanes[laneFor(key)].placements.append(p);
    }

    // Lane order: Syria, Russia, then the busiest first; actors by number of events.
    std::stable_sort(m_lanes.begin(), m_lanes.end(), [&](const Lane &a, const Lane &b) {
        if (mode == LaneMode::Country) {
            auto rank = [](const QString &k) { return k == QLatin1String("SY") ? 0 : k == QLatin1String("RU") ? 1 : 2; };
            if (rank(a.key) != rank(b.key))
                return rank(a.key) < rank(b.key);
        }
        return a.placements.size() > b.placements.size();
    });

    const DisplayFormat &format = state.format();
    for (int laneNo = 0; laneNo < m_lanes.size(); ++laneNo) {
        Lane &lane = m_lanes[laneNo];
        switch (mode) {
        case LaneMode::None:
            lane.color = QColor(0x60, 0x60, 0x60);
            break;
        case LaneMode::Country:
            lane.title = format.countryName(lane.key);
            lane.color = EventPalette::countryColor(lane.key);
            break;
        case LaneMode::Actor:
            if (const Actor *a = state.actorById(lane.key.toLongLong())) {
                lane.title = (!format.isArabic() && !a->nameEn.isEmpty()) ? a->nameEn : a->name;
                lane.color = EventPalette::countryColor(a->country);
            }
            break;
        }
        std::stable_sort(lane.placements.begin(), lane.placements.end(),
                         [](const Placement &a, const Placement &b) { return a.startDay < b.startDay; });
        for (Placement &p : lane.placements) {
            p.lane = laneNo;
            p.fullLabelWidth = m_labels.value(p.event->id).width;
            m_lanesOf[p.event->id].append(laneNo);
        }
    }
}

QStringList TimelineLayout::laneKeys(const ExplorerState &state, const Event &event, LaneMode mode)
{
    QStringList keys;
    switch (mode) {
    case LaneMode::None:
        keys.append(QString());
        break;
    case LaneMode::Country:
        for (const Participant &p : event.participants) {
            const Actor *a = state.actorById(p.actorId);
            const QString key = a ? a->country : QString();
            if (!keys.contains(key))
                keys.append(key);
        }
        break;
    case LaneMode::Actor:
        for (const Participant &p : event.participants) {
            const QString key = QString::number(p.actorId);
            if (!keys.contains(key))
                keys.append(key);
        }
        break;
    }
    if (keys.isEmpty())
        keys.append(QString());
    return keys;
}

bool TimelineLayout::update(const ExplorerState &state, const QSet<qint64> &events, LaneMode mode, const QDate &origin)
{
    const QList<Event> &record = state.dataset().events;
    if (record.constData() != m_eventsData || record.size() != m_eventsCount ||
        state.visibleEvents().size() != m_visibleCount)
        return false;
    // Every edited event stays where it was: shown or not, in the same lanes.
    QSet<int> lanesTouched;
    for (qint64 id : events) {
        const Event *e = state.eventById(id);
        const bool placed = m_lanesOf.contains(id);
        const bool shown = e && state.isVisible(*e) && e->date.isValid();
        if (placed != shown)
            return false;
        if (!shown)
            continue;
        QList<int> lanes;
        for (const QString &key : laneKeys(state, *e, mode)) {
            const auto lane = std::find_if(m_lanes.cbegin(), m_lanes.cend(), [&](const Lane &l) { return l.key == key; });
            if (lane == m_lanes.cend())
                return false;
            lanes.append(int(lane - m_lanes.cbegin()));
        }
        std::sort(lanes.begin(), lanes.end());
        QList<int> before = m_lanesOf.value(id);
        std::sort(before.begin(), before.end());
        if (lanes != before)
            return false;
        for (int lane : std::as_const(lanes))
            lanesTouched.insert(lane);
    }
    for (int laneNo : std::as_const(lanesTouched)) {
        Lane &lane = m_lanes[laneNo];
        for (Placement &p : lane.placements) {
            if (!events.contains(p.event->id))
                continue;
            p.startDay = double(origin.daysTo(p.event->date.start));
            p.endDay = double(origin.daysTo(p.event->date.end) + 1);
            label(state, *p.event);
            p.fullLabelWidth = m_labels.value(p.event->id).width;
        }
        std::stable_sort(lane.placements.begin(), lane.placements.end(),
                         [](const Placement &a, const Placement &b) { return a.startDay < b.startDay; });
    }
    return true;
}

void TimelineLayout::arrange(double pixelsPerDay, double top)
{
    // Runs on every zoom step over every placement (a quarter of a million with a lane per actor), so
    // the loop avoids detaching, allocation and library calls.
    double y = top;
    for (Lane &lane : m_lanes) {
        std::array<double, kMaxRows> rowEnds{};
        int rowCount = 0;
        double earliestRowEnd = 0; // once every row is open, a mark starting before this is crowded out
        lane.crowded = false;
        lane.widestExtent = 0;
        lane.labelled.clear();
        lane.crowdedTicks.clear();
        Placement *placements = lane.placements.data();
        const qsizetype count = lane.placements.size();
        for (qsizetype index = 0; index < count; ++index) {
            Placement &p = placements[index];
            std::tie(p.markStart, p.markEnd) = markExtent(p.startDay, p.endDay, pixelsPerDay);
            int row = -1;
            if (rowCount < kMaxRows || p.markStart >= earliestRowEnd) {
                for (int r = 0; r < rowCount; ++r) {
                    if (rowEnds[r] <= p.markStart) {
                        row = r;
                        break;
                    }
                }
                if (row < 0 && rowCount < kMaxRows)
                    row = rowCount++;
            }
            if (row >= 0) {
                p.row = row;
                p.labelWidth = p.fullLabelWidth;
                rowEnds[row] = p.markEnd + kLabelGap + p.labelWidth + kLabelGap;
                if (rowCount == kMaxRows)
                    earliestRowEnd = *std::min_element(rowEnds.cbegin(), rowEnds.cend());
                lane.labelled.append(int(index));
            } else {
                p.row = kCrowdedRow;
                p.labelWidth = 0;
                lane.crowded = true;
                // Marks start in order, so their centres nearly do: a tick closer than two pixels to
                // the last one would not be seen.
                const double x = std::floor((p.markStart + p.markEnd) / 2 + 0.5);
                if (lane.crowdedTicks.isEmpty() || std::abs(x - lane.crowdedTicks.constLast().x) >= 2)
                    lane.crowdedTicks.append({x, p.event});
            }
            lane.widestExtent = std::max(lane.widestExtent, p.extentEnd() - p.markStart);
        }
        lane.rows = std::max(1, rowCount);
        lane.top = y;
        // A titled lane keeps its title off the first row: drawn over the row, it hid the labels at the lane's start.
        lane.titleHeight = lane.title.isEmpty() ? 0 : std::max(0.0, 1 + titleBoxHeight(m_font) + 2 - kLanePadding);
        lane.height =
            lane.titleHeight + lane.rows * kRowHeight + (lane.crowded ? kCrowdedRowHeight : 0) + 2 * kLanePadding;
        y += lane.height;
    }
    m_height = y - top;
}

double TimelineLayout::titleBoxHeight(const QFont &font)
{
    return QFontMetricsF(font).height() + 2;
}

int TimelineLayout::laneAt(double y) const
{
    auto it = std::upper_bound(m_lanes.cbegin(), m_lanes.cend(), y, [](double v, const Lane &l) { return v < l.top; });
    if (it == m_lanes.cbegin())
        return -1;
    --it;
    if (y >= it->top + it->height)
        return -1;
    return int(it - m_lanes.cbegin());
}

double TimelineLayout::rowCentre(const Lane &lane, int row) const
{
    if (row == kCrowdedRow)
        return lane.rowsTop() + lane.rows * kRowHeight + kCrowdedRowHeight / 2;
    return lane.rowsTop() + row * kRowHeight + kRowHeight / 2;
}

} // namespace rasad
