#pragma once

#include "common/DisplayFormat.h"
#include "graph/ActorNetwork.h"

#include <QAbstractTableModel>

namespace rasad {

/** The graph's side table: one row per actor with degree, meetings, first/last contact and betweenness. */
class ActorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Country, Degree, Meetings, FirstContact, LastContact, Betweenness, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1; // numbers and dates sort as such
    static constexpr int ActorIdRole = Qt::UserRole + 2;

    explicit ActorTableModel(QObject *parent = nullptr);

    void setNetwork(const ActorNetwork *network, const DisplayFormat &format);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /** The row of an actor, or -1. */
    int rowOf(qint64 actorId) const;

private:
    const ActorNetwork *m_network = nullptr;
    DisplayFormat m_format;
};

} // namespace rasad
