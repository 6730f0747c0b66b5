#pragma once

#include "export/ReportInfo.h"
#include "graph/ActorNetwork.h"
#include "graph/ForceLayout.h"
#include "graph/GraphNodeItem.h"

#include <QDate>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QAbstractItemModel;
class QGraphicsScene;
class QLabel;
class QLineEdit;
class QSlider;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace rasad {

class ActorTableModel;
class ExplorerState;
class GraphCanvas;
class GraphEdgeLayer;

/**
 * The actor graph: who met whom among the events the explorer shows (filters and date window). Nodes
 * are coloured by country and sized by contacts, edges are as wide as the shared events; a seeded
 * force layout gives the same picture for the same data. A month slider with play/pause replays how the
 * network grew; a sortable side table lists degree, meetings, first/last contact and betweenness.
 */
class ActorGraphView : public QWidget
{
    Q_OBJECT
public:
    explicit ActorGraphView(ExplorerState *state, QWidget *parent = nullptr);
    ~ActorGraphView() override;

    const ActorNetwork &network() const { return m_network; }
    GraphCanvas *canvas() const { return m_canvas; }
    /** The side table as the user sees it (sortable proxy over ActorTableModel). */
    QAbstractItemModel *actorTable() const;
    QTableView *actorTableView() const { return m_table; }
    ForceLayout::Result lastLayout() const { return m_lastLayout; }

    std::optional<QPointF> nodePosition(qint64 actorId) const;
    bool isNodeShown(qint64 actorId) const;
    bool isEdgeShown(qint64 actorA, qint64 actorB) const;
    /** Shared events the edge shows at the slider's month; 0 when hidden or absent. */
    int edgeCount(qint64 actorA, qint64 actorB) const;
    GraphNodeItem::Emphasis emphasis(qint64 actorId) const;
    /** Every edge, drawn as one item; null before the first build. */
    GraphEdgeLayer *edgeLayer() const { return m_edgeLayer; }
    bool isLabelShown(qint64 actorId) const;
    /** The name the node carries (the short name people use), shown or not. */
    QString labelText(qint64 actorId) const;
    /** Where the node's name is drawn, in the canvas's viewport pixels; empty when not shown. */
    QRectF labelRect(qint64 actorId) const;

    /** Months the slider steps through, first to last dated event; the last step also shows undated events. */
    int monthCount() const { return int(m_months.size()); }
    int monthIndex() const;
    void setMonthIndex(int index);
    QDate monthAt(int index) const { return m_months.value(index); }
    bool isPlaying() const { return m_playTimer.isActive(); }
    void setPlaying(bool playing);

    void pinActor(qint64 actorId, const QPointF &position);
    bool isPinned(qint64 actorId) const;
    void unpinAll();
    /** Lays the graph out again; pinned nodes stay where the user put them. */
    void relayout();
    /** True while a large network is measured and laid out in the background. */
    bool isBuilding() const { return m_job != nullptr; }
    /** Waits for the background layout, if any, and shows its result. */
    void finishBuilding();

    /** Title, date range, legend and sources for exporting what the graph shows now. */
    ReportInfo reportInfo() const;

public Q_SLOTS:
    void exportPicture();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** Everything a rebuild computes off the GUI thread: the network, its metrics and the layout. */
    struct GraphModel
    {
        ActorNetwork network;
        QList<QPointF> positions;
        QList<bool> pinned;
        ForceLayout::Result layout;
    };
    static GraphModel computeModel(const Dataset &dataset, const QList<const Event *> &events,
                                   const QHash<QString, QPointF> &pins, const std::atomic_bool *cancel = nullptr);
    static ForceLayout layoutFor(const ActorNetwork &network, const QHash<QString, QPointF> &pins);
    void rebuild();
    void cancelJob();
    void applyModel(GraphModel model);
    void placeNodes(const QList<QPointF> &positions, const QList<bool> &pinned);
    void runLayout();
    void applyCutoff();
    void applyEmphasis();
    void updateLabels();
    void syncTableSelection();
    void stepPlayback();
    void updateMonthLabel();
    /** The time bar's words and arrows, in the interface language and its reading direction. */
    void updateTimeBarTexts();
    void stepMonth(int delta);
    void fitNameColumn();
    void updateStatus();
    QString actorLabel(const ActorNetwork::Node &node) const;
    /** Index into m_network.edges() and the edge layer, or -1. */
    int edgeIndex(qint64 actorA, qint64 actorB) const;
    static qreal radiusFor(int contacts);

    ExplorerState *m_state;
    QGraphicsScene *m_scene;
    GraphCanvas *m_canvas;
    ActorTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_tableFilter;
    QSlider *m_slider;
    QToolButton *m_playButton;
    QToolButton *m_stepBackButton;
    QToolButton *m_stepForwardButton;
    QLabel *m_monthLabel;
    QLabel *m_status;
    QTimer m_playTimer;

    ActorNetwork m_network;
    ForceLayout::Result m_lastLayout;
    QList<GraphNodeItem *> m_nodeItems;
    GraphEdgeLayer *m_edgeLayer = nullptr; // edge i is m_network.edges()[i]
    QHash<QString, QPointF> m_pinned;      // by actor key, so pins survive a filter change
    QList<QDate> m_months;                 // first day of each month
    bool m_syncingSelection = false;

    // A rebuild running in the background. The worker owns copies of what it reads, so a superseded
    // job is only told to stop; its result is never looked at.
    std::unique_ptr<QFutureWatcher<GraphModel>> m_job;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace rasad
