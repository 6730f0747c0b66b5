#include "curation/CurationPanel.h"

#include "curation/Edits.h"
#include "curation/Review.h"
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
#include <QTableWidget>
#include <QVBoxLayout>

namespace rasad {

namespace {
QString eventSummary(const Project &project, const Event &e)
{
    QStringList names;
    for (const Participant &p : e.participants)
        if (const Actor *a = project.actor(p.actorId))
            names << a->name;
    const QString date = e.date.isValid() ? e.date.start.toString(Qt::ISODate) : QStringLiteral("?");
    return date + QStringLiteral(" — ") + names.join(QStringLiteral("، "));
}
} // namespace

CurationPanel::CurationPanel(CurationSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_queue(new QTableWidget(0, 3, this)), m_history(new QListWidget(this)),
      m_historyTitle(new ElidedLabel(this)) // a long event summary must not widen the window
{
    setObjectName(QStringLiteral("curationPanel"));
    m_queue->setObjectName(QStringLiteral("reviewQueue"));
    m_queue->setHorizontalHeaderLabels({tr("Kind"), tr("Item"), tr("Why")});
    // The reason is the column a researcher reads: it gets the room, the kind only what it needs.
    m_queue->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_queue->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_queue->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queue->setTabKeyNavigation(false); // Tab goes on to the buttons, not cell by cell
    m_queue->verticalHeader()->hide();

    auto *editButton = new QPushButton(tr("Edit…"), this);
    auto *verifyButton = new QPushButton(tr("Mark verified"), this);
    auto *auditButton = new QPushButton(tr("Export audit log…"), this);
    const auto openSelected = [this] {
        const int row = m_queue->currentRow();
        if (row < 0)
            return;
        const qint64 id = m_queue->item(row, 0)->data(Qt::UserRole).toLongLong();
        if (m_queue->item(row, 0)->data(Qt::UserRole + 1).toBool())
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
    connect(m_queue, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0)
            return;
        const qint64 id = m_queue->item(row, 0)->data(Qt::UserRole).toLongLong();
        if (m_queue->item(row, 0)->data(Qt::UserRole + 1).toBool())
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
    title->addWidget(new QLabel(tr("To review"), this), 1);
    title->addWidget(auditButton);
    layout->addLayout(title);
    layout->addWidget(m_queue, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_history, 1);

    connect(&m_session, &CurationSession::datasetChanged, this, &CurationPanel::refresh);
    refresh();
}

void CurationPanel::refresh()
{
    // Look-ups through the project's indexes: the queue may hold every event of a large record.
    const Project &project = *m_session.project();
    const QList<ReviewItem> items = reviewQueue(project.record());
    m_queue->setRowCount(0);
    for (const ReviewItem &item : items) {
        const bool isActor = item.kind == ReviewItem::Kind::Actor;
        QString label;
        if (isActor) {
            const Actor *a = project.actor(item.id);
            label = a ? a->name : QString();
        } else if (const Event *e = project.event(item.id)) {
            label = eventSummary(project, *e);
        }
        const int row = m_queue->rowCount();
        m_queue->insertRow(row);
        auto *kind = new QTableWidgetItem(isActor ? tr("Actor") : tr("Event"));
        kind->setData(Qt::UserRole, item.id);
        kind->setData(Qt::UserRole + 1, isActor);
        m_queue->setItem(row, 0, kind);
        m_queue->setItem(row, 1, new QTableWidgetItem(label));
        QStringList why;
        if (item.discovered)
            why << tr("found in the text, not in the gazetteer");
        else
            why << tr("confidence %1%").arg(qRound(item.confidence * 100));
        if (item.sourcesDisagree)
            why << tr("sources disagree");
        if (item.undated)
            why << (item.unpublished ? tr("no date: the publication date is unknown, so relative dates stay unresolved")
                                     : tr("no date"));
        if (item.factuality == Factuality::Planned)
            why << tr("planned, not reported as held");
        else if (item.factuality == Factuality::Denied)
            why << tr("denied");
        else if (item.factuality == Factuality::Hypothetical)
            why << tr("supposed or asked about");
        if (!item.joinedSpellings.isEmpty())
            why << tr("spellings taken as one person: %1").arg(item.joinedSpellings.join(tr(" / ")));
        auto *reason = new QTableWidgetItem(why.join(tr(", ")));
        reason->setToolTip(reason->text());
        m_queue->setItem(row, 2, reason);
    }
    if (m_historyActor)
        showActorHistory(m_historyActor);
    else if (m_historyEvent)
        showEventHistory(m_historyEvent);
}

void CurationPanel::verifySelected()
{
    const int row = m_queue->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_queue->item(row, 0)->data(Qt::UserRole).toLongLong();
    const bool isActor = m_queue->item(row, 0)->data(Qt::UserRole + 1).toBool();
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
    m_historyTitle->setText(e ? tr("History of the event of %1").arg(eventSummary(*m_session.project(), *e))
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
