#pragma once

#include "model/Event.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace rasad {

class ExplorerState;

/**
 * Where every visible event sits on the timeline: its lane (country, actor or one lane), its row
 * inside the lane, its extent in "logical" pixels (time flowing forward from 0, before any
 * right-to-left mirroring) and whether its label fits. Rows are stacked greedily so labels never
 * overlap; when a lane has no more room, marks go to a label-less "crowded" row at its bottom.
 */
class TimelineLayout
{
public:
    enum class LaneMode { None, Country, Actor };

    struct Placement
    {
        const Event *event = nullptr;
        double startDay = 0;   // days from the origin, end exclusive; scale-free
        double endDay = 0;
        int lane = 0;
        int row = 0;           // kCrowdedRow for the label-less row
        double markStart = 0;  // logical pixels
        double markEnd = 0;
        double labelWidth = 0; // 0 when the label is not shown
        double fullLabelWidth = 0;
        double extentEnd() const { return labelWidth > 0 ? markEnd + kLabelGap + labelWidth : markEnd; }
    };
    /** A mark of the crowded row: one per two pixel columns at the current scale, the first event there. */
    struct CrowdedTick
    {
        double x = 0; // logical pixels, rounded
        const Event *event = nullptr;
    };
    struct Lane
    {
        QString key;   // ISO country, actor id, or empty
        QString title;
        QColor color;
        int rows = 1;           // label rows, the crowded row excluded
        bool crowded = false;   // has a crowded row
        double top = 0;         // scene y, below the axis
        double height = 0;
        double titleHeight = 0; // the strip above the rows where the view writes the lane's title
        double rowsTop() const { return top + kLanePadding + titleHeight; }
        QList<Placement> placements; // sorted by markStart
        double widestExtent = 0;     // longest extentEnd - markStart, for clipping searches
        // Painting reads these rather than every placement: zoomed out, a lane holds tens of
        // thousands of events of which a few hundred can be seen.
        QList<int> labelled;             // indices of the placements in label rows, by markStart
        QList<CrowdedTick> crowdedTicks; // by x
    };

    static constexpr int kCrowdedRow = -1;
    static constexpr double kLabelGap = 4;
    static constexpr double kRowHeight = 22;
    static constexpr double kLanePadding = 8;
    static constexpr double kCrowdedRowHeight = 10;
    static constexpr double kMinMarkWidth = 10;
    static constexpr int kMaxRows = 6;
    /** The lane title's box: from 1 px below the lane's top, the font's height and 2 px more (TimelineView). */
    static double titleBoxHeight(const QFont &font);

    void setFont(const QFont &font);
    const QFont &font() const { return m_font; }
    /** Sorts the state's visible events into lanes (on data, filter, mode or language changes). */
    void assign(const ExplorerState &state, LaneMode mode, const QDate &origin);
    /**
     * After an edit of `events` that added, removed or re-laned none of them (a date, a place, a type):
     * moves their marks and keeps every other lane as it was. False, changing nothing, when the edit
     * needs assign() (the record's list was rebuilt, an event came, went, changed lanes or lost its date).
     */
    bool update(const ExplorerState &state, const QSet<qint64> &events, LaneMode mode, const QDate &origin);
    /** Stacks rows for a scale (on every zoom step): cheap, no sorting. Lanes start at scene y `top`. */
    void arrange(double pixelsPerDay, double top);

    const QList<Lane> &lanes() const { return m_lanes; }
    double height() const { return m_height; }
    /** The label an event carries: its participants' short names. */
    QString label(const ExplorerState &state, const Event &event);
    /**
     * Drops the labels of edited contacts, and of every contact when an actor changed (a name is in
     * many labels); assign() makes them again.
     */
    void forgetLabels(const QSet<qint64> &events, bool actorsChanged);
    /** The label assign() computed for an event. */
    QString cachedLabel(qint64 eventId) const { return m_labels.value(eventId).text; }
    /** The same label in pieces (names, separators, "+n"), in reading order: each shaped once, however
     * many labels share it. */
    QStringList labelPieces(qint64 eventId) const { return m_labels.value(eventId).pieces; }
    /** The width of a label piece, measured when the label was made. */
    double pieceWidth(const QString &piece) const { return m_textWidths.value(piece); }
    /** Lane index at scene y, or -1. */
    int laneAt(double y) const;
    /** Scene y of the centre of a row in a lane. */
    double rowCentre(const Lane &lane, int row) const;

    /** Logical pixel extent of a mark at a scale, widened to stay clickable. */
    static std::pair<double, double> markExtent(double startDay, double endDay, double pixelsPerDay);

private:
    double textWidth(const QString &text);
    /** The lanes an event goes in, by key. */
    static QStringList laneKeys(const ExplorerState &state, const Event &event, LaneMode mode);

    QFont m_font;
    QList<Lane> m_lanes;
    double m_height = 0;
    struct Label
    {
        QString text;
        double width = 0;
        QStringList pieces;
    };
    QHash<qint64, Label> m_labels; // by event id; cleared on font/format change
    // What assign() laid out, so update() can tell an edit it may follow from one it may not.
    const Event *m_eventsData = nullptr; // the record's event list, which placements point into
    qsizetype m_eventsCount = 0;
    qsizetype m_visibleCount = 0;
    QHash<qint64, QList<int>> m_lanesOf; // event id → lanes it is placed in
    QString m_labelsFormat; // language and digits the cached labels were made in
    QHash<QString, double> m_textWidths; // names and separators measured once per font
};

} // namespace rasad
