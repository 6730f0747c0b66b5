#include "stats/StatsPanel.h"

#include "common/EventPalette.h"
#include "common/Counts.h"
#include "common/ExplorerState.h"
#include "export/ExportDialog.h"
#include "export/ReportExporter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include "common/ElidedLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QSet>
#include <QStackedBarSeries>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace rasad {

namespace {

QFont chartFont(const QFont &base)
{
    QFont font = base;
    font.setFamilies({base.family(), QStringLiteral("Noto Sans Arabic"), QStringLiteral("Noto Naskh Arabic")});
    return font;
}

QDate firstOfMonth(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}

} // namespace

StatsPanel::StatsPanel(ExplorerState *state, QWidget *parent)
    : QWidget(parent), m_state(state), m_chart(new QChart), m_view(new QChartView(m_chart, this)),
      m_summary(new ElidedLabel(this)), m_window(new ElidedLabel(this)), m_showAll(new QToolButton(this))
{
    setObjectName(QStringLiteral("StatsPanel"));
    m_view->setObjectName(QStringLiteral("statsChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));

    m_showAll->setText(tr("All months"));
    m_showAll->setToolTip(tr("Clear the date window"));
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export…"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_window);
    bar->addWidget(m_showAll);
    bar->addWidget(exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_showAll, &QToolButton::clicked, this, [this] { m_state->setDateWindow(QDate(), QDate()); });
    connect(exportButton, &QToolButton::clicked, this, &StatsPanel::exportPicture);
    connect(m_state, &ExplorerState::datasetChanged, this, &StatsPanel::rebuild);
    connect(m_state, &ExplorerState::recordsChanged, this, &StatsPanel::rebuild);
    connect(m_state, &ExplorerState::filterChanged, this, &StatsPanel::rebuild);
    connect(m_state, &ExplorerState::formatChanged, this, &StatsPanel::rebuild);
    connect(m_state, &ExplorerState::dateWindowChanged, this, &StatsPanel::updateWindowLabel);
    rebuild();
}

int StatsPanel::displayToMonth(int position) const
{
    // Bar series ignore a reversed axis, so an Arabic chart is built from the last month to the first.
    const bool rtl = m_state->format().direction() == Qt::RightToLeft;
    return rtl ? int(m_months.size()) - 1 - position : position;
}

int StatsPanel::count(int index, EventType type) const
{
    return m_counts.value(type).value(index, 0);
}

void StatsPanel::selectMonth(int index)
{
    if (index < 0 || index >= m_months.size())
        return;
    const QDate month = m_months[index];
    m_state->setDateWindow(month, month.addMonths(1).addDays(-1));
}

void StatsPanel::rebuild()
{
    const DisplayFormat &format = m_state->format();
    const bool rtl = format.direction() == Qt::RightToLeft;
    setLayoutDirection(format.direction());

    // Count what the filter passes, ignoring the date window: the chart is where the window is chosen.
    m_months.clear();
    m_counts.clear();
    m_undated = 0;
    QList<const Event *> dated;
    QSet<qint64> actors;
    for (const Event &e : m_state->dataset().events) {
        if (!m_state->isVisible(e))
            continue;
        for (const Participant &p : e.participants)
            actors.insert(p.actorId);
        if (e.date.isValid())
            dated.append(&e);
        else
            ++m_undated;
    }
    if (!dated.isEmpty()) {
        const auto [lo, hi] = std::minmax_element(
            dated.cbegin(), dated.cend(), [](const Event *a, const Event *b) { return a->date.start < b->date.start; });
        for (QDate m = firstOfMonth((*lo)->date.start); m <= (*hi)->date.start; m = m.addMonths(1))
            m_months.append(m);
    }
    const QDate origin = m_months.value(0);
    for (const EventType type : EventPalette::types())
        m_counts.insert(type, QList<int>(m_months.size(), 0));
    for (const Event *e : dated) {
        const QDate s = e->date.start;
        const int index = (s.year() - origin.year()) * 12 + s.month() - origin.month();
        ++m_counts[e->type][index];
    }

    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const QFont font = chartFont(this->font());
    m_chart->setFont(font);
    m_chart->legend()->setFont(font);
    m_series = new QStackedBarSeries;
    m_series->setBarWidth(0.8);
    int maxStack = 0;
    for (int i = 0; i < m_months.size(); ++i) {
        int stack = 0;
        for (const EventType type : EventPalette::types())
            stack += m_counts[type][i];
        maxStack = std::max(maxStack, stack);
    }
    for (const EventType type : EventPalette::types()) {
        const QList<int> &counts = m_counts[type];
        if (std::all_of(counts.cbegin(), counts.cend(), [](int c) { return c == 0; }))
            continue;
        auto *set = new QBarSet(format.eventTypeName(type));
        set->setColor(EventPalette::color(type));
        set->setBorderColor(EventPalette::color(type).darker(130));
        for (int i = 0; i < counts.size(); ++i)
            *set << counts[displayToMonth(i)];
        m_series->append(set);
    }
    m_chart->addSeries(m_series);

    auto *axisX = new QBarCategoryAxis;
    QStringList categories;
    const bool crowded = m_months.size() > 18;
    for (int i = 0; i < m_months.size(); ++i) {
        const QDate m = m_months[displayToMonth(i)];
        categories << format.monthName(m.month(), crowded) + QLatin1Char(' ') + format.year(m.year());
    }
    axisX->append(categories);
    axisX->setLabelsFont(font);
    if (crowded)
        axisX->setLabelsAngle(-90);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setRange(0, std::max(1, maxStack));
    if (maxStack <= 10)
        axisY->setTickCount(std::max(1, maxStack) + 1); // one gridline per contact
    else
        axisY->applyNiceNumbers();
    axisY->setTitleText(tr("Contacts"));
    axisY->setLabelsFont(font);
    m_chart->addAxis(axisX, Qt::AlignBottom);
    m_chart->addAxis(axisY, rtl ? Qt::AlignRight : Qt::AlignLeft);
    m_series->attachAxis(axisX);
    m_series->attachAxis(axisY);
    m_chart->setTitle(tr("Contacts per month, by type"));
    m_chart->setTitleFont(QFont(font.family(), font.pointSize() + 2, QFont::Bold));

    connect(m_series, &QStackedBarSeries::clicked, this,
            [this](int index, QBarSet *) { selectMonth(displayToMonth(index)); });
    connect(m_series, &QStackedBarSeries::hovered, this, [this](bool on, int index, QBarSet *set) {
        if (!on || !set) {
            m_view->setToolTip(QString());
            return;
        }
        const DisplayFormat &f = m_state->format();
        const QDate m = m_months.value(displayToMonth(index));
        m_view->setToolTip(f.monthName(m.month()) + QLatin1Char(' ') + f.year(m.year()) + QLatin1Char('\n') +
                           set->label() + QStringLiteral(": ") + f.number(qRound(set->at(index))));
    });

    QString summary =
        Counts::contacts(dated.size() + m_undated, format) + Counts::separator(format) + Counts::actors(actors.size(), format);
    if (m_undated)
        summary += Counts::separator(format) + tr("%1 undated (not charted)").arg(format.number(m_undated));
    m_summary->setText(summary);
    updateWindowLabel();
}

void StatsPanel::updateWindowLabel()
{
    const DisplayFormat &format = m_state->format();
    const QDate from = m_state->windowStart();
    const QDate to = m_state->windowEnd();
    const bool windowed = from.isValid() || to.isValid();
    m_window->setText(windowed ? tr("Window: %1 – %2").arg(format.date(from), format.date(to)) : QString());
    m_showAll->setEnabled(windowed);
}

ReportInfo StatsPanel::reportInfo() const
{
    const DisplayFormat &format = m_state->format();
    ReportInfo info;
    info.title = tr("Contacts per month, by type");
    info.direction = format.direction();
    if (!m_months.isEmpty())
        info.dateRange = format.monthName(m_months.first().month()) + QLatin1Char(' ') +
                         format.year(m_months.first().year()) + QStringLiteral(" – ") +
                         format.monthName(m_months.last().month()) + QLatin1Char(' ') +
                         format.year(m_months.last().year());
    // The chart draws its own legend; the report repeats it so the frame reads the same for every view.
    for (const EventType type : EventPalette::types()) {
        const QList<int> counts = m_counts.value(type);
        if (std::any_of(counts.cbegin(), counts.cend(), [](int c) { return c > 0; }))
            info.legend.append({EventPalette::color(type), format.eventTypeName(type), false});
    }
    info.filter = ReportExporter::filterInWords(*m_state);
    info.sources = ReportExporter::sourcesOf(*m_state);
    return info;
}

void StatsPanel::exportPicture()
{
    ExportDialog dialog(m_view, reportInfo(), this);
    dialog.exec();
}

} // namespace rasad
