#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>

namespace rasad {

class ExplorerState;
struct Article;
struct Event;

/**
 * Every contact the explorer's filter admits (ExplorerState::visibleEvents()), one row each: date,
 * type, place, participants, sources, confidence, factuality, written as the other views write them
 * (DisplayFormat). It follows the state: a new dataset, filter or display format resets it.
 */
class ContactsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Type, Place, Participants, Sources, Confidence, Factuality, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1; // numbers as numbers; the date column sorts in the proxy
    static constexpr int EventIdRole = Qt::UserRole + 2;

    explicit ContactsTableModel(ExplorerState *state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The contact of a row, or null. */
    const Event *eventAt(int row) const;
    /** The row of a contact, or -1 when the filter leaves it out. */
    int rowOf(qint64 eventId) const;

private:
    void reload();
    /** After an edit of these events (ExplorerState::recordsChanged). */
    void update(const QSet<qint64> &events, const QSet<qint64> &actors);
    QString displayText(const Event &e, int column) const;
    QString sourcesToolTip(const Event &e) const;

    ExplorerState *m_state;
    QList<const Event *> m_events;
    QList<qint64> m_ids; // of m_events, readable when the record changed under the pointers
    QHash<qint64, int> m_rowOfEvent;
    QHash<qint64, const Article *> m_articles;
};

/**
 * Sorts the contacts table. Dates sort as dates: by first day, then the shorter period first (a day
 * before the month it falls in), and undated contacts always last, whichever way the column is sorted.
 */
class ContactsSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace rasad
