#pragma once

#include "curation/Review.h"

#include <QAbstractTableModel>
#include <QList>

namespace rasad {

class Project;

/**
 * The review queue as a model over the project's record: one row per item to review, in the queue's
 * order. The texts (an event's date and names, the reasons in the user's language) are made only
 * for the rows a view asks about, so a queue of every event of a large record costs one pass over
 * the record, not a widget per cell.
 */
class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, ItemColumn, WhyColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole, IsActorRole };

    explicit ReviewQueueModel(const Project &project, QObject *parent = nullptr);

    /** Reads the queue from the project again. */
    void reload();
    const ReviewItem &itemAt(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "2025-10-15 — name، name": how the queue and the history name an event. */
    static QString eventSummary(const Project &project, const Event &event);

private:
    QString itemText(const ReviewItem &item) const;
    static QString reasons(const ReviewItem &item);

    const Project &m_project;
    QList<ReviewItem> m_items;
};

} // namespace rasad
