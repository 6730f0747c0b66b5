#include "graph/ActorTableModel.h"

#include "common/EventPalette.h"

#include <QBrush>

namespace rasad {

ActorTableModel::ActorTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ActorTableModel::setNetwork(const ActorNetwork *network, const DisplayFormat &format)
{
    beginResetModel();
    m_network = network;
    m_format = format;
    endResetModel();
}

int ActorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_network ? 0 : int(m_network->nodes().size());
}

int ActorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ActorTableModel::rowOf(qint64 actorId) const
{
    return m_network ? m_network->indexOf(actorId) : -1;
}

QVariant ActorTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_network || !index.isValid() || index.row() >= m_network->nodes().size())
        return {};
    const ActorNetwork::Node &n = m_network->nodes().at(index.row());
    if (role == ActorIdRole)
        return n.actorId;
    if (role == Qt::DecorationRole && index.column() == Name)
        return EventPalette::countryColor(n.country);
    if (role == Qt::TextAlignmentRole && index.column() >= Degree)
        return int(Qt::AlignVCenter | Qt::AlignTrailing);
    if (role == SortRole) {
        switch (index.column()) {
        case Name:
            return m_format.isArabic() || n.nameEn.isEmpty() ? n.name : n.nameEn;
        case Country:
            return m_format.countryName(n.country);
        case Degree:
            return n.degree;
        case Meetings:
            return n.meetings;
        case FirstContact:
            return n.first;
        case LastContact:
            return n.last;
        case Betweenness:
            return n.betweenness;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name)
        return n.nameEn.isEmpty() ? n.name : n.name + QStringLiteral(" — ") + n.nameEn;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return m_format.isArabic() || n.nameEn.isEmpty() ? n.name : n.nameEn;
    case Country:
        return m_format.countryName(n.country);
    case Degree:
        return m_format.number(n.degree);
    case Meetings:
        return m_format.number(n.meetings);
    case FirstContact:
        return m_format.date(n.first);
    case LastContact:
        return m_format.date(n.last);
    case Betweenness: {
        // One decimal is enough to rank; digits follow the display setting.
        const qint64 tenths = qRound64(n.betweenness * 10);
        QString text = m_format.number(tenths / 10);
        if (tenths % 10)
            text += (m_format.isArabic() ? QStringLiteral("٫") : QStringLiteral(".")) + m_format.number(tenths % 10);
        return text;
    }
    default:
        return {};
    }
}

QVariant ActorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Betweenness) {
        return m_network && m_network->betweennessEstimated()
                   ? tr("How often the actor lies on the shortest path between two others (estimated from a sample)")
                   : tr("How often the actor lies on the shortest path between two others");
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Actor");
    case Country:
        return tr("Country");
    case Degree:
        return tr("Degree");
    case Meetings:
        return tr("Meetings");
    case FirstContact:
        return tr("First contact");
    case LastContact:
        return tr("Last contact");
    case Betweenness:
        return tr("Betweenness");
    default:
        return {};
    }
}

} // namespace rasad
