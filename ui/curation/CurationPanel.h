#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace rasad {

class CurationSession;
class ReviewQueueModel;

/**
 * The researcher's desk: the review queue (discovered actors and low-confidence events first) and
 * the history of the item in hand, with the project's audit log one click away as CSV.
 */
class CurationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CurationPanel(CurationSession &session, QWidget *parent = nullptr);

    /** The queue: a view over ReviewQueueModel through a sort/filter proxy. */
    QTableView *queue() const { return m_queue; }
    QLineEdit *queueFilter() const { return m_filter; }
    /** Rows the queue shows (after the filter). */
    int queueSize() const;
    QListWidget *history() const { return m_history; }

    /** Shows the history of one actor or event (0 for none). */
    void showActorHistory(qint64 actorId);
    void showEventHistory(qint64 eventId);
    /** Writes the audit log; false with a message box on failure. */
    bool exportAuditLog(const QString &path);

Q_SIGNALS:
    void editActorRequested(qint64 actorId);
    void editEventRequested(qint64 eventId);

private:
    void refresh();
    void verifySelected();
    CurationSession &m_session;
    ReviewQueueModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_queue = nullptr;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_history = nullptr;
    QLabel *m_historyTitle = nullptr;
    qint64 m_historyActor = 0;
    qint64 m_historyEvent = 0;
};

} // namespace rasad
