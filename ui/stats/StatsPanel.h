#pragma once

#include "export/ReportInfo.h"
#include "model/Event.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedBarSeries;
class QToolButton;

namespace rasad {

class ExplorerState;

/**
 * Contacts per month, stacked by type (Qt Charts). Counts the events the filter passes; clicking a
 * month's bar narrows the explorer's date window (and so the timeline and the graph) to that month.
 * Time runs right-to-left in an Arabic window, as on the timeline.
 */
class StatsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatsPanel(ExplorerState *state, QWidget *parent = nullptr);

    QChartView *chartView() const { return m_view; }
    QStackedBarSeries *series() const { return m_series; }
    int monthCount() const { return int(m_months.size()); }
    QDate monthAt(int index) const { return m_months.value(index); }
    /** Events of `type` counted in month `index`. */
    int count(int index, EventType type) const;
    int undatedCount() const { return m_undated; }
    /** What clicking month `index` does: the date window becomes that month. */
    void selectMonth(int index);
    /** The month (index into monthAt()) of the bar at `position`, left to right: reversed in Arabic. */
    int displayToMonth(int position) const;

    ReportInfo reportInfo() const;

public Q_SLOTS:
    void exportPicture();

private:
    void rebuild();
    void updateWindowLabel();

    ExplorerState *m_state;
    QChart *m_chart;
    QChartView *m_view;
    QStackedBarSeries *m_series = nullptr;
    QLabel *m_summary;
    QLabel *m_window;
    QToolButton *m_showAll;
    QList<QDate> m_months;                 // first day of each month shown
    QHash<EventType, QList<int>> m_counts; // per type, per month
    int m_undated = 0;
};

} // namespace rasad
