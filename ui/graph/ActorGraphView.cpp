#include "graph/ActorGraphView.h"

#include "common/Counts.h"
#include "common/ElidedLabel.h"
#include "common/EventPalette.h"
#include "common/ExplorerState.h"
#include "export/ExportDialog.h"
#include "export/ReportExporter.h"
#include "graph/ActorTableModel.h"
#include "graph/GraphCanvas.h"
#include "graph/GraphEdgeLayer.h"
#include "graph/LabelPlacer.h"

#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPromise>
#include <QSet>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace rasad {

namespace {

constexpr int kPlayIntervalMs = 700;
constexpr int kAlwaysNamed = 5; // the most connected actors are named at every zoom when any side is free of names

QFont graphFont(const QFont &base)
{
    QFont font = base;
    font.setFamilies({QStringLiteral("Noto Sans Arabic"), QStringLiteral("Noto Naskh Arabic"), base.family()});
    return font;
}

/** A small coloured dot and a word, for the on-screen legend. */
QWidget *legendSwatch(const QColor &colour, const QString &text, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    auto *dot = new QLabel(box);
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    {
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(colour.darker(150));
        p.setBrush(colour);
        p.drawEllipse(QRectF(1, 1, 10, 10));
    }
    dot->setPixmap(pixmap);
    row->addWidget(dot);
    row->addWidget(new QLabel(text, box));
    return box;
}

QDate monthEnd(const QDate &monthStart)
{
    return monthStart.addMonths(1).addDays(-1);
}

} // namespace

ActorGraphView::ActorGraphView(ExplorerState *state, QWidget *parent)
    : QWidget(parent), m_state(state), m_scene(new QGraphicsScene(this)), m_canvas(new GraphCanvas(m_scene, this)),
      m_model(new ActorTableModel(this)), m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_tableFilter(new QLineEdit(this)), m_slider(new QSlider(Qt::Horizontal, this)),
      m_playButton(new QToolButton(this)), m_stepBackButton(new QToolButton(this)),
      m_stepForwardButton(new QToolButton(this)), m_monthLabel(new ElidedLabel(this)), m_status(new ElidedLabel(this))
{
    setObjectName(QStringLiteral("ActorGraphView"));
    m_canvas->setObjectName(QStringLiteral("graphCanvas"));
    // The BSP index files every long edge under each cell it crosses: with tens of thousands of
    // edges, building and querying it took over a minute. A linear pass over the items is cheaper.
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);

    // Time bar: play/pause and a month back or on, each with its word; the month slider (runs right-to-left
    // in an Arabic window); the month shown, in words.
    m_playButton->setObjectName(QStringLiteral("graphPlayButton"));
    m_playButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_playButton->setCheckable(true);
    for (QToolButton *b : {m_playButton, m_stepBackButton, m_stepForwardButton})
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_stepBackButton->setObjectName(QStringLiteral("graphStepBack"));
    m_stepForwardButton->setObjectName(QStringLiteral("graphStepForward"));
    m_monthLabel->setObjectName(QStringLiteral("graphMonthLabel"));
    m_slider->setObjectName(QStringLiteral("graphTimeSlider"));
    m_slider->setPageStep(3);
    m_slider->setToolTip(tr("Show contacts up to this month"));

    auto *fitButton = new QToolButton(this);
    fitButton->setText(tr("Fit"));
    fitButton->setToolTip(tr("Show the whole graph (0)"));
    auto *layoutButton = new QToolButton(this);
    layoutButton->setText(tr("Re-layout"));
    layoutButton->setToolTip(tr("Lay the graph out again; nodes you dragged stay pinned"));
    auto *unpinButton = new QToolButton(this);
    unpinButton->setText(tr("Unpin all"));
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Export the graph as shown to PNG, SVG or PDF"));

    // Three short rows rather than one long one, so the panel fits beside the statistics on a 1024 px
    // screen: the replay (its controls and the month it shows), the graph's actions and count, the legend.
    auto *timeBar = new QHBoxLayout;
    timeBar->addWidget(m_stepBackButton);
    timeBar->addWidget(m_playButton);
    timeBar->addWidget(m_stepForwardButton);
    timeBar->addWidget(m_slider, 1);
    timeBar->addWidget(m_monthLabel);

    auto *actions = new QHBoxLayout;
    actions->addWidget(fitButton);
    actions->addWidget(layoutButton);
    actions->addWidget(unpinButton);
    actions->addWidget(exportButton);
    actions->addSpacing(12);
    actions->addWidget(m_status, 1);

    auto *legend = new QHBoxLayout;
    legend->addWidget(legendSwatch(EventPalette::countryColor(QStringLiteral("SY")), tr("Syria"), this));
    legend->addWidget(legendSwatch(EventPalette::countryColor(QStringLiteral("RU")), tr("Russia"), this));
    legend->addWidget(legendSwatch(EventPalette::countryColor(QString()), tr("Other countries"), this));
    legend->addSpacing(12);
    // Shortened in a narrow dock rather than holding the window wide.
    auto *legendNote = new ElidedLabel(tr("Disc size: contacts · Line width: shared events"), this);
    legendNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    legend->addWidget(legendNote, 1);

    m_canvas->setFont(graphFont(font()));

    // Side table.
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ActorTableModel::SortRole);
    m_proxy->setFilterKeyColumn(ActorTableModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("graphActorTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActorTableModel::Meetings, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move through the actors
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Fitting columns measures text in every row on each reset and sort; the top rows are enough.
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // A narrow panel showed the names and countries and cut the degree off: the degree stands beside the
    // name, and a long name is elided (its tooltip and the details have it whole) rather than pushing the
    // numbers out of sight.
    m_table->horizontalHeader()->moveSection(m_table->horizontalHeader()->visualIndex(ActorTableModel::Degree), 1);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->viewport()->installEventFilter(this); // its width bounds the name column (fitNameColumn)
    m_tableFilter->setPlaceholderText(tr("Find an actor…"));
    m_tableFilter->setClearButtonEnabled(true);

    auto *tablePanel = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePanel);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_tableFilter);
    tableLayout->addWidget(m_table);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_canvas);
    splitter->addWidget(tablePanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400}); // the table's wide size hint must not squeeze the graph

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(timeBar);
    layout->addLayout(actions);
    layout->addLayout(legend);
    layout->addWidget(splitter, 1);

    m_playTimer.setInterval(kPlayIntervalMs);

    connect(m_slider, &QSlider::valueChanged, this, [this] {
        applyCutoff();
        updateMonthLabel();
    });
    connect(m_playButton, &QToolButton::toggled, this, &ActorGraphView::setPlaying);
    connect(m_stepBackButton, &QToolButton::clicked, this, [this] { stepMonth(-1); });
    connect(m_stepForwardButton, &QToolButton::clicked, this, [this] { stepMonth(+1); });
    updateTimeBarTexts();
    connect(&m_playTimer, &QTimer::timeout, this, &ActorGraphView::stepPlayback);
    connect(fitButton, &QToolButton::clicked, m_canvas, &GraphCanvas::fitAll);
    connect(layoutButton, &QToolButton::clicked, this, &ActorGraphView::relayout);
    connect(unpinButton, &QToolButton::clicked, this, &ActorGraphView::unpinAll);
    connect(exportButton, &QToolButton::clicked, this, &ActorGraphView::exportPicture);
    connect(m_canvas, &GraphCanvas::zoomChanged, this, &ActorGraphView::updateLabels);
    connect(m_canvas, &GraphCanvas::backgroundClicked, this, [this] { m_state->selectActor(0); });
    connect(m_tableFilter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_syncingSelection || !current.isValid())
                    return;
                m_state->selectActor(current.data(ActorTableModel::ActorIdRole).toLongLong());
            });

    connect(m_state, &ExplorerState::datasetChanged, this, [this] {
        m_pinned.clear();
        rebuild();
    });
    // An edit or its undo: the nodes the user placed stay where they are (pins are by actor key).
    connect(m_state, &ExplorerState::recordsChanged, this, &ActorGraphView::rebuild);
    connect(m_state, &ExplorerState::filterChanged, this, &ActorGraphView::rebuild);
    connect(m_state, &ExplorerState::dateWindowChanged, this, &ActorGraphView::rebuild);
    connect(m_state, &ExplorerState::formatChanged, this, &ActorGraphView::rebuild);
    connect(m_state, &ExplorerState::selectionChanged, this, [this] {
        applyEmphasis();
        syncTableSelection();
    });

    rebuild();
}

ActorGraphView::~ActorGraphView()
{
    cancelJob();
}

bool ActorGraphView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    return QWidget::eventFilter(watched, event);
}

void ActorGraphView::fitNameColumn()
{
    // Columns fit their contents, but no column may be wider than what leaves the degree beside it in
    // view: a long name is elided first. The numbers are narrow, so the bound only ever touches the name.
    QHeaderView *header = m_table->horizontalHeader();
    const int degree =
        std::max(header->sectionSizeHint(ActorTableModel::Degree), header->sectionSize(ActorTableModel::Degree));
    const int room = m_table->viewport()->width() - degree - 2;
    header->setMaximumSectionSize(
        std::clamp(room, fontMetrics().averageCharWidth() * 8, fontMetrics().averageCharWidth() * 30));
}

QAbstractItemModel *ActorGraphView::actorTable() const
{
    return m_proxy;
}

qreal ActorGraphView::radiusFor(int contacts)
{
    return 6.0 + 3.5 * std::sqrt(double(std::max(contacts, 1)));
}

QString ActorGraphView::actorLabel(const ActorNetwork::Node &node) const
{
    const bool english = !m_state->format().isArabic() && !node.nameEn.isEmpty();
    return DisplayFormat::shortName(english ? node.nameEn : node.name);
}

ActorGraphView::GraphModel ActorGraphView::computeModel(const Dataset &dataset, const QList<const Event *> &events,
                                                        const QHash<QString, QPointF> &pins,
                                                        const std::atomic_bool *cancel)
{
    GraphModel model;
    model.network = ActorNetwork::build(dataset, events);
    if (cancel && cancel->load())
        return model;
    model.network.computeBetweenness();
    if (cancel && cancel->load())
        return model;
    ForceLayout layout = layoutFor(model.network, pins);
    layout.setCancelFlag(cancel);
    model.layout = layout.run();
    model.positions = layout.positions();
    for (int i = 0; i < model.positions.size(); ++i)
        model.pinned.append(layout.isPinned(i));
    return model;
}

ForceLayout ActorGraphView::layoutFor(const ActorNetwork &network, const QHash<QString, QPointF> &pins)
{
    const QList<ActorNetwork::Node> &nodes = network.nodes();
    QStringList keys;
    keys.reserve(nodes.size());
    for (const ActorNetwork::Node &n : nodes)
        keys.append(n.key);
    QList<std::pair<int, int>> edges;
    QList<int> weights;
    edges.reserve(network.edges().size());
    weights.reserve(network.edges().size());
    for (const ActorNetwork::Edge &e : network.edges()) {
        edges.append({e.a, e.b});
        weights.append(e.weight);
    }
    ForceLayout layout;
    layout.setGraph(keys, edges, weights);
    for (int i = 0; i < nodes.size(); ++i)
        if (auto it = pins.constFind(nodes[i].key); it != pins.cend())
            layout.pin(i, *it);
    return layout;
}

void ActorGraphView::rebuild()
{
    setPlaying(false);
    cancelJob();
    const QDate from = m_state->windowStart();
    const QDate to = m_state->windowEnd();
    const bool windowed = from.isValid() || to.isValid();
    QList<const Event *> events;
    for (const Event *e : m_state->visibleEvents()) {
        if (windowed) {
            // An undated event cannot be placed in a window, so a window leaves it out.
            if (!e->date.isValid() || (from.isValid() && e->date.end < from) || (to.isValid() && e->date.start > to))
                continue;
        }
        events.append(e);
    }

    // A few thousand events lay out in well under a second: do it now, so the graph is there when asked.
    constexpr qsizetype kBackgroundEvents = 5000;
    if (events.size() < kBackgroundEvents) {
        applyModel(computeModel(m_state->dataset(), events, m_pinned));
        return;
    }

    // Seconds of work for a big record (betweenness, then a force layout over thousands of nodes): a
    // worker does it so the window opens and stays responsive. The copy of the dataset shares its data,
    // keeping the events the pointers point to alive whatever the state does meanwhile.
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_job = std::make_unique<QFutureWatcher<GraphModel>>();
    connect(m_job.get(), &QFutureWatcherBase::finished, this, [this] {
        GraphModel model = m_job->result();
        m_job.release()->deleteLater();
        applyModel(std::move(model));
    });
    QPromise<GraphModel> promise;
    m_job->setFuture(promise.future());
    auto work = [promise = std::make_shared<QPromise<GraphModel>>(std::move(promise)), dataset = m_state->dataset(),
                 events, pins = m_pinned, cancel = m_cancel] {
        promise->start();
        promise->addResult(computeModel(dataset, events, pins, cancel.get()));
        promise->finish();
    };
    QThreadPool::globalInstance()->start(work);
    m_status->setText(tr("Laying out the graph of %1…").arg(Counts::contacts(events.size(), m_state->format())));
}

void ActorGraphView::cancelJob()
{
    if (!m_job)
        return;
    m_cancel->store(true);
    m_job->disconnect(this);
    m_job.release()->deleteLater();
}

void ActorGraphView::finishBuilding()
{
    if (!m_job)
        return;
    m_job->waitForFinished();
    GraphModel model = m_job->result();
    m_job.reset();
    applyModel(std::move(model));
}

void ActorGraphView::applyModel(GraphModel model)
{
    m_network = std::move(model.network);
    m_lastLayout = model.layout;
    m_model->setNetwork(&m_network, m_state->format());

    m_nodeItems.clear();
    m_edgeLayer = nullptr;
    m_canvas->setEdgeLayer(nullptr);
    m_scene->clear();

    const QList<ActorNetwork::Node> &nodes = m_network.nodes();
    const QFont labelFont = graphFont(font());
    for (int i = 0; i < nodes.size(); ++i) {
        const ActorNetwork::Node &n = nodes[i];
        auto *item = new GraphNodeItem(i, n.actorId, EventPalette::countryColor(n.country), actorLabel(n), labelFont);
        QString tip = n.name;
        if (!n.nameEn.isEmpty())
            tip += QStringLiteral(" — ") + n.nameEn;
        tip += QLatin1Char('\n') + m_state->format().countryName(n.country);
        tip += QLatin1Char('\n') + tr("%1 with %2")
                                       .arg(Counts::contacts(n.meetings, m_state->format()),
                                            Counts::counterparts(n.degree, m_state->format()));
        if (n.first.isValid())
            tip += QLatin1Char('\n') + m_state->format().date(n.first) + QStringLiteral(" – ") +
                   m_state->format().date(n.last);
        item->setRadius(radiusFor(n.meetings));
        item->setToolTip(tip);
        connect(item, &GraphNodeItem::clicked, this, [this](qint64 id) { m_state->selectActor(id); });
        connect(item, &GraphNodeItem::draggedTo, this, [this](int index, const QPointF &pos) {
            m_pinned.insert(m_network.nodes().at(index).key, pos);
            m_nodeItems[index]->setPinned(true);
            updateLabels(); // names make room around the node's new place
        });
        connect(item, &GraphNodeItem::unpinRequested, this, [this](int index) {
            m_pinned.remove(m_network.nodes().at(index).key);
            m_nodeItems[index]->setPinned(false);
        });
        m_scene->addItem(item);
        m_nodeItems.append(item);
    }
    placeNodes(model.positions, model.pinned);
    QList<std::pair<int, int>> ends;
    QStringList names;
    ends.reserve(m_network.edges().size());
    names.reserve(m_network.edges().size());
    for (const ActorNetwork::Edge &e : m_network.edges()) {
        ends.append({e.a, e.b});
        names.append(actorLabel(nodes[e.a]) + QStringLiteral(" — ") + actorLabel(nodes[e.b]));
    }
    m_edgeLayer = new GraphEdgeLayer(m_nodeItems, std::move(ends), std::move(names));
    m_scene->addItem(m_edgeLayer);
    for (GraphNodeItem *item : std::as_const(m_nodeItems))
        item->setEdgeLayer(m_edgeLayer);
    m_canvas->setEdgeLayer(m_edgeLayer);

    // One slider step per month from the first dated event to the last.
    m_months.clear();
    if (m_network.firstDate().isValid()) {
        QDate month(m_network.firstDate().year(), m_network.firstDate().month(), 1);
        const QDate last(m_network.lastDate().year(), m_network.lastDate().month(), 1);
        for (; month <= last; month = month.addMonths(1))
            m_months.append(month);
    }
    {
        const QSignalBlocker block(m_slider);
        m_slider->setRange(0, std::max(0, int(m_months.size()) - 1));
        m_slider->setValue(m_slider->maximum());
    }
    m_slider->setEnabled(m_months.size() > 1);
    for (QToolButton *b : {m_playButton, m_stepBackButton, m_stepForwardButton})
        b->setEnabled(m_months.size() > 1);

    applyCutoff();
    applyEmphasis();
    syncTableSelection();
    updateMonthLabel();
    m_canvas->fitAll();
    updateLabels();
}

void ActorGraphView::placeNodes(const QList<QPointF> &positions, const QList<bool> &pinned)
{
    for (int i = 0; i < m_nodeItems.size() && i < positions.size(); ++i) {
        m_nodeItems[i]->setPos(positions[i]);
        m_nodeItems[i]->setPinned(pinned.value(i));
    }
    QRectF bounds;
    for (const GraphNodeItem *item : std::as_const(m_nodeItems))
        bounds |= QRectF(item->pos() - QPointF(item->radius(), item->radius()), QSizeF(2, 2) * item->radius());
    m_canvas->setContentRect(bounds);
    // Generous room around the nodes so panning and dragging are not boxed in.
    m_scene->setSceneRect(
        bounds.adjusted(-bounds.width() - 400, -bounds.height() - 400, bounds.width() + 400, bounds.height() + 400));
    updateLabels();
}

void ActorGraphView::runLayout()
{
    ForceLayout layout = layoutFor(m_network, m_pinned);
    m_lastLayout = layout.run();
    QList<bool> pinned;
    for (int i = 0; i < layout.positions().size(); ++i)
        pinned.append(layout.isPinned(i));
    placeNodes(layout.positions(), pinned);
}

void ActorGraphView::relayout()
{
    finishBuilding();
    runLayout();
    m_canvas->fitAll();
}

void ActorGraphView::pinActor(qint64 actorId, const QPointF &position)
{
    const int i = m_network.indexOf(actorId);
    if (i < 0)
        return;
    m_pinned.insert(m_network.nodes().at(i).key, position);
    m_nodeItems[i]->setPos(position);
    m_nodeItems[i]->setPinned(true);
}

bool ActorGraphView::isPinned(qint64 actorId) const
{
    const int i = m_network.indexOf(actorId);
    return i >= 0 && m_nodeItems.value(i) && m_nodeItems.at(i)->isPinned();
}

void ActorGraphView::unpinAll()
{
    m_pinned.clear();
    for (GraphNodeItem *item : std::as_const(m_nodeItems))
        item->setPinned(false);
}

int ActorGraphView::monthIndex() const
{
    return m_slider->value();
}

void ActorGraphView::setMonthIndex(int index)
{
    m_slider->setValue(index);
}

void ActorGraphView::setPlaying(bool playing)
{
    if (playing == m_playTimer.isActive())
        return;
    if (playing) {
        if (m_months.size() < 2)
            return;
        if (m_slider->value() >= m_slider->maximum())
            m_slider->setValue(0); // replay from the start
        m_playTimer.start();
    } else {
        m_playTimer.stop();
    }
    const QSignalBlocker block(m_playButton);
    m_playButton->setChecked(playing);
    m_playButton->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    updateTimeBarTexts();
}

void ActorGraphView::stepMonth(int delta)
{
    setPlaying(false);
    m_slider->setValue(m_slider->value() + delta);
}

void ActorGraphView::updateTimeBarTexts()
{
    const bool playing = m_playTimer.isActive();
    m_playButton->setText(playing ? tr("Pause") : tr("Play"));
    m_playButton->setToolTip(playing ? tr("Stop the replay at this month")
                                     : tr("Replay how the network grew, month by month"));
    m_stepBackButton->setText(tr("Month back"));
    m_stepBackButton->setToolTip(tr("Show the network one month earlier"));
    m_stepForwardButton->setText(tr("Month on"));
    m_stepForwardButton->setToolTip(tr("Show the network one month later"));
    // Arrows point the way the slider runs: earlier months are to the right in a right-to-left window.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    m_stepBackButton->setArrowType(rtl ? Qt::RightArrow : Qt::LeftArrow);
    m_stepForwardButton->setArrowType(rtl ? Qt::LeftArrow : Qt::RightArrow);
    m_slider->setToolTip(tr("Show contacts up to this month"));
}

void ActorGraphView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange) {
        updateTimeBarTexts();
        updateMonthLabel();
    }
    QWidget::changeEvent(event);
}

void ActorGraphView::stepPlayback()
{
    if (m_slider->value() >= m_slider->maximum()) {
        setPlaying(false);
        return;
    }
    m_slider->setValue(m_slider->value() + 1);
    if (m_slider->value() >= m_slider->maximum())
        setPlaying(false);
}

void ActorGraphView::applyCutoff()
{
    // The last step shows everything, undated events included; earlier steps count events up to month end.
    const bool all = m_months.isEmpty() || m_slider->value() >= m_slider->maximum();
    const QDate cutoff = all ? QDate() : monthEnd(m_months.value(m_slider->value()));
    const QList<ActorNetwork::Node> &nodes = m_network.nodes();
    for (int i = 0; i < m_nodeItems.size(); ++i) {
        const ActorNetwork::Node &n = nodes[i];
        const int count = all ? n.meetings : ActorNetwork::countUpTo(n.dates, cutoff);
        m_nodeItems[i]->setVisible(count > 0);
        if (count > 0)
            m_nodeItems[i]->setRadius(radiusFor(count));
    }
    const QList<ActorNetwork::Edge> &edges = m_network.edges();
    for (int i = 0; m_edgeLayer && i < m_edgeLayer->size(); ++i)
        m_edgeLayer->setCount(i, all ? edges[i].weight : ActorNetwork::countUpTo(edges[i].dates, cutoff));
    updateStatus();
    updateLabels();
}

void ActorGraphView::applyEmphasis()
{
    using E = GraphNodeItem::Emphasis;
    QSet<int> selected;
    QSet<int> neighbours;
    if (const int i = m_network.indexOf(m_state->selectedActor()); i >= 0) {
        selected.insert(i);
        for (int j : m_network.neighbours(i))
            neighbours.insert(j);
    } else if (const Event *event = m_state->eventById(m_state->selectedEvent())) {
        for (const Participant &p : event->participants)
            if (const int j = m_network.indexOf(p.actorId); j >= 0)
                selected.insert(j);
    }
    const bool any = !selected.isEmpty();
    for (GraphNodeItem *item : std::as_const(m_nodeItems)) {
        const int i = item->index();
        item->setEmphasis(!any                     ? E::Normal
                          : selected.contains(i)   ? E::Selected
                          : neighbours.contains(i) ? E::Neighbour
                                                   : E::Dimmed);
    }
    const QList<ActorNetwork::Edge> &edges = m_network.edges();
    for (int k = 0; m_edgeLayer && k < m_edgeLayer->size(); ++k) {
        const ActorNetwork::Edge &e = edges[k];
        // An actor's edges to its neighbours; an event's edges among its participants.
        const bool lit = any && ((selected.contains(e.a) && (selected.contains(e.b) || neighbours.contains(e.b))) ||
                                 (selected.contains(e.b) && neighbours.contains(e.a)));
        m_edgeLayer->setEmphasis(k, lit   ? GraphEdgeLayer::Emphasis::Lit
                                    : any ? GraphEdgeLayer::Emphasis::Faded
                                          : GraphEdgeLayer::Emphasis::Normal);
    }
    updateLabels();
}

void ActorGraphView::updateLabels()
{
    const qreal zoom = m_canvas->zoom();
    const QTransform toScreen = m_canvas->viewportTransform();
    const QList<ActorNetwork::Node> &nodes = m_network.nodes();
    // Who is named first: the selection and its neighbours, then the most connected (degree, then
    // contacts). Dimmed and hidden nodes get no name.
    QList<GraphNodeItem *> order;
    for (GraphNodeItem *item : std::as_const(m_nodeItems)) {
        item->setLabelScale(1.0 / std::max<qreal>(zoom, 0.01));
        if (item->isVisible() && item->emphasis() != GraphNodeItem::Emphasis::Dimmed)
            order.append(item);
        else
            item->setLabelShown(false);
    }
    const auto rank = [](GraphNodeItem::Emphasis e) {
        return e == GraphNodeItem::Emphasis::Selected ? 0 : e == GraphNodeItem::Emphasis::Neighbour ? 1 : 2;
    };
    std::stable_sort(order.begin(), order.end(), [&](const GraphNodeItem *a, const GraphNodeItem *b) {
        if (rank(a->emphasis()) != rank(b->emphasis()))
            return rank(a->emphasis()) < rank(b->emphasis());
        const ActorNetwork::Node &na = nodes.at(a->index());
        const ActorNetwork::Node &nb = nodes.at(b->index());
        if (na.degree != nb.degree)
            return na.degree > nb.degree;
        if (na.meetings != nb.meetings)
            return na.meetings > nb.meetings;
        return na.actorId < nb.actorId;
    });
    QList<LabelPlacer::Candidate> candidates;
    candidates.reserve(order.size());
    int mustShow = 0;
    for (const GraphNodeItem *item : std::as_const(order)) {
        candidates.append({toScreen.map(item->pos()), item->radius() * zoom, item->labelSize()});
        if (rank(item->emphasis()) < 2)
            ++mustShow;
    }
    mustShow += kAlwaysNamed; // the most connected are named at every zoom
    // Screen sides, not reading sides: the scene is not mirrored in a right-to-left layout.
    const QList<LabelPlacer::Placement> placed = LabelPlacer::place(candidates, mustShow, false);
    for (qsizetype i = 0; i < order.size(); ++i) {
        order[i]->setLabelSide(placed[i].side);
        order[i]->setLabelShown(placed[i].shown);
    }
}

void ActorGraphView::syncTableSelection()
{
    const int row = m_model->rowOf(m_state->selectedActor());
    m_syncingSelection = true;
    if (row < 0) {
        m_table->clearSelection();
    } else {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid()) {
            m_table->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
        }
    }
    m_syncingSelection = false;
}

void ActorGraphView::updateMonthLabel()
{
    const DisplayFormat &format = m_state->format();
    if (m_months.isEmpty()) {
        m_monthLabel->clear();
        return;
    }
    const QDate month = m_months.value(m_slider->value());
    const QString name = format.monthName(month.month()) + QLatin1Char(' ') + format.year(month.year());
    // The last step adds the undated contacts: it says so, and still names the month it reaches.
    m_monthLabel->setText(m_slider->value() >= m_slider->maximum() ? tr("All, to %1").arg(name)
                                                                   : tr("To %1").arg(name));
    m_stepBackButton->setEnabled(m_slider->value() > m_slider->minimum());
    m_stepForwardButton->setEnabled(m_slider->value() < m_slider->maximum());
}

void ActorGraphView::updateStatus()
{
    int nodes = 0;
    for (const GraphNodeItem *item : std::as_const(m_nodeItems))
        nodes += item->isVisible();
    const int edges = m_edgeLayer ? m_edgeLayer->shownCount() : 0;
    const DisplayFormat &format = m_state->format();
    m_status->setText(Counts::actors(nodes, format) + Counts::separator(format) + Counts::links(edges, format));
}

int ActorGraphView::edgeIndex(qint64 actorA, qint64 actorB) const
{
    int a = m_network.indexOf(actorA);
    int b = m_network.indexOf(actorB);
    if (a < 0 || b < 0)
        return -1;
    if (a > b)
        std::swap(a, b);
    const QList<ActorNetwork::Edge> &edges = m_network.edges();
    const auto it = std::lower_bound(
        edges.cbegin(), edges.cend(), std::pair(a, b),
        [](const ActorNetwork::Edge &e, const std::pair<int, int> &key) { return std::pair(e.a, e.b) < key; });
    if (it == edges.cend() || it->a != a || it->b != b)
        return -1;
    return int(it - edges.cbegin());
}

std::optional<QPointF> ActorGraphView::nodePosition(qint64 actorId) const
{
    const int i = m_network.indexOf(actorId);
    if (i < 0)
        return std::nullopt;
    return m_nodeItems[i]->pos();
}

bool ActorGraphView::isNodeShown(qint64 actorId) const
{
    const int i = m_network.indexOf(actorId);
    return i >= 0 && m_nodeItems[i]->isVisible();
}

bool ActorGraphView::isEdgeShown(qint64 actorA, qint64 actorB) const
{
    return m_edgeLayer && m_edgeLayer->isShown(edgeIndex(actorA, actorB));
}

int ActorGraphView::edgeCount(qint64 actorA, qint64 actorB) const
{
    return m_edgeLayer ? m_edgeLayer->count(edgeIndex(actorA, actorB)) : 0;
}

GraphNodeItem::Emphasis ActorGraphView::emphasis(qint64 actorId) const
{
    const int i = m_network.indexOf(actorId);
    return i >= 0 ? m_nodeItems[i]->emphasis() : GraphNodeItem::Emphasis::Normal;
}

QString ActorGraphView::labelText(qint64 actorId) const
{
    const int i = m_network.indexOf(actorId);
    return i >= 0 ? m_nodeItems[i]->labelText() : QString();
}

QRectF ActorGraphView::labelRect(qint64 actorId) const
{
    const int i = m_network.indexOf(actorId);
    if (i < 0 || !m_nodeItems[i]->isVisible() || !m_nodeItems[i]->isLabelShown())
        return {};
    return m_canvas->viewportTransform().mapRect(m_nodeItems[i]->labelSceneRect());
}

bool ActorGraphView::isLabelShown(qint64 actorId) const
{
    const int i = m_network.indexOf(actorId);
    return i >= 0 && m_nodeItems[i]->isLabelShown();
}

ReportInfo ActorGraphView::reportInfo() const
{
    const DisplayFormat &format = m_state->format();
    ReportInfo info;
    info.title = tr("Contacts between officials");
    info.direction = format.direction();
    QDate from = m_state->windowStart().isValid() ? m_state->windowStart() : m_network.firstDate();
    QDate to = m_state->windowEnd().isValid() ? m_state->windowEnd() : m_network.lastDate();
    if (!m_months.isEmpty() && m_slider->value() < m_slider->maximum())
        to = std::min(to, monthEnd(m_months.value(m_slider->value())));
    if (from.isValid() && to.isValid())
        info.dateRange = format.date(from) + QStringLiteral(" – ") + format.date(to);
    info.legend = {
        {EventPalette::countryColor(QStringLiteral("SY")), tr("Syria"), false},
        {EventPalette::countryColor(QStringLiteral("RU")), tr("Russia"), false},
        {EventPalette::countryColor(QString()), tr("Other countries"), false},
    };
    info.legendNote = tr("Disc size: contacts · Line width: shared events");
    info.filter = ReportExporter::filterInWords(*m_state);
    info.sources = ReportExporter::sourcesOf(*m_state);
    return info;
}

void ActorGraphView::exportPicture()
{
    ExportDialog dialog(m_canvas, reportInfo(), this);
    dialog.exec();
}

} // namespace rasad
