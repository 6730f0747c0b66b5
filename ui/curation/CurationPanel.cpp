#include "curation/CurationPanel.h"

#include "curation/Edits.h"
#include "curation/Review.h"
#include "curation/ReviewQueueModel.h"
#include "curation/undo/CurationSession.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include "common/ElidedLabel.h"

#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rasad {


CurationPanel::CurationPanel(CurationSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new ReviewQueueModel(*session.project(), this)),
      m_proxy(new QSortFilterProxyModel(this)), m_queue(new QTableView(this)), m_filter(new QLineEdit(this)),
      m_history(new QListWidget(this)),
      m_historyTitle(new ElidedLabel(this)) // a long event summary must not widen the window
{
    setObjectName(QStringLiteral("curationPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // a name, a date or a reason
    m_queue->setObjectName(QStringLiteral("reviewQueue"));
    m_queue->setModel(m_proxy);
    // The reason is the column a researcher reads: it gets the room, the kind only what it needs.
    m_queue->horizontalHeader()->setSectionResizeMode(ReviewQueueModel::KindColumn, QHeaderView::ResizeToContents);
    m_queue->horizontalHeader()->setSectionResizeMode(ReviewQueueModel::ItemColumn, QHeaderView::Stretch);
    m_queue->horizontalHeader()->setSectionResizeMode(ReviewQueueModel::WhyColumn, QHeaderView::Stretch);
    // Every row one line high: the view then lays out only the rows on screen.
    m_queue->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_queue->verticalHeader()->setDefaultSectionSize(m_queue->fontMetrics().height() + 6);
    m_queue->verticalHeader()->hide();
    m_queue->setWordWrap(false);
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queue->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queue->setTabKeyNavigation(false); // Tab goes on to the buttons, not cell by cell
    // Sortable by any column; unsorted (-1) it keeps the queue's own order, most urgent first.
    m_queue->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_queue->setSortingEnabled(true);
    m_filter->setObjectName(QStringLiteral("reviewFilter"));
    m_filter->setPlaceholderText(tr("Filter the queue…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *editButton = new QPushButton(tr("Edit…"), this);
    auto *verifyButton = new QPushButton(tr("Mark verified"), this);
    auto *auditButton = new QPushButton(tr("Export audit log…"), this);
    const auto openSelected = [this] {
        const QModelIndex current = m_queue->currentIndex();
        if (!current.isValid())
            return;
        const qint64 id = current.data(ReviewQueueModel::IdRole).toLongLong();
        if (current.data(ReviewQueueModel::IsActorRole).toBool())
            Q_EMIT editActorRequested(id);
        else
            Q_EMIT editEventRequested(id);
    };
    connect(editButton, &QPushButton::clicked, this, openSelected);
    connect(m_queue, &QAbstractItemView::activated, this, openSelected); // double click or Enter
    connect(verifyButton, &QPushButton::clicked, this, &CurationPanel::verifySelected);
    connect(auditButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export audit log"),
                                                          QStringLiteral("rasad-audit.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportAuditLog(path);
    });
    connect(m_queue->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const qint64 id = current.data(ReviewQueueModel::IdRole).toLongLong();
                if (current.data(ReviewQueueModel::IsActorRole).toBool())
                    showActorHistory(id);
                else
                    showEventHistory(id);
            });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(editButton);
    buttons->addWidget(verifyButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    // Tight, so the panel (tabbed with the statistics) lets a 1024×640 window keep the timeline.
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(3);
    m_queue->setMinimumHeight(60);
    m_history->setMinimumHeight(50);
    // The audit log beside the title, not beside the buttons: the row stays narrow.
    auto *title = new QHBoxLayout;
    title->addWidget(new QLabel(tr("To review"), this));
    title->addWidget(m_filter, 1);
    title->addWidget(auditButton);
    layout->addLayout(title);
    layout->addWidget(m_queue, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_history, 1);

    connect(&m_session, &CurationSession::datasetChanged, this, &CurationPanel::refresh);
}

int CurationPanel::queueSize() const
{
    return m_proxy->rowCount();
}

void CurationPanel::refresh()
{
    m_model->reload();
    if (m_historyActor)
        showActorHistory(m_historyActor);
    else if (m_historyEvent)
        showEventHistory(m_historyEvent);
}

void CurationPanel::verifySelected()
{
    const QModelIndex current = m_queue->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(ReviewQueueModel::IdRole).toLongLong();
    const bool isActor = current.data(ReviewQueueModel::IsActorRole).toBool();
    m_session.apply(isActor ? edits::verifyActor(m_session.dataset(), id) : edits::verifyEvent(m_session.dataset(), id),
                    tr("Mark verified"));
}

void CurationPanel::showActorHistory(qint64 actorId)
{
    m_historyActor = actorId;
    m_historyEvent = 0;
    m_history->clear();
    const Actor *a = m_session.project()->actor(actorId);
    m_historyTitle->setText(a ? tr("History of %1").arg(a->name) : QString());
    if (a)
        for (const Correction &c : historyOf(m_session.corrections(), *a))
            m_history->addItem(c.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral("  ") +
                               c.describe());
}

void CurationPanel::showEventHistory(qint64 eventId)
{
    m_historyEvent = eventId;
    m_historyActor = 0;
    m_history->clear();
    const Event *e = m_session.project()->event(eventId);
    m_historyTitle->setText(e ? tr("History of the event of %1").arg(ReviewQueueModel::eventSummary(*m_session.project(), *e))
                              : QString());
    if (e)
        for (const Correction &c : historyOf(m_session.corrections(), *e))
            m_history->addItem(c.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral("  ") +
                               c.describe());
}

bool CurationPanel::exportAuditLog(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(auditLogCsv(m_session.corrections())) < 0) {
        QMessageBox::warning(this, tr("Export audit log"), tr("%1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace rasad
