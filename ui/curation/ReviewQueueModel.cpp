#include "curation/ReviewQueueModel.h"

#include "project/Project.h"


namespace rasad {

ReviewQueueModel::ReviewQueueModel(const Project &project, QObject *parent)
    : QAbstractTableModel(parent), m_project(project)
{
    reload();
}

void ReviewQueueModel::reload()
{
    beginResetModel();
    m_items = reviewQueue(m_project.record());
    endResetModel();
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ReviewItem &item = m_items.at(index.row());
    const bool isActor = item.kind == ReviewItem::Kind::Actor;
    switch (role) {
    case IdRole:
        return item.id;
    case IsActorRole:
        return isActor;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case KindColumn:
            return role == Qt::DisplayRole ? (isActor ? tr("Actor") : tr("Event")) : QVariant();
        case ItemColumn:
            return itemText(item);
        case WhyColumn:
            return reasons(item); // the tooltip too: the column is often narrower than its text
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case ItemColumn:
        return tr("Item");
    case WhyColumn:
        return tr("Why");
    default:
        return {};
    }
}

QString ReviewQueueModel::eventSummary(const Project &project, const Event &event)
{
    QStringList names;
    for (const Participant &p : event.participants)
        if (const Actor *a = project.actor(p.actorId))
            names << a->name;
    const QString date = event.date.isValid() ? event.date.start.toString(Qt::ISODate) : QStringLiteral("?");
    return date + QStringLiteral(" — ") + names.join(QStringLiteral("، "));
}

QString ReviewQueueModel::itemText(const ReviewItem &item) const
{
    if (item.kind == ReviewItem::Kind::Actor) {
        const Actor *a = m_project.actor(item.id);
        return a ? a->name : QString();
    }
    const Event *e = m_project.event(item.id);
    return e ? eventSummary(m_project, *e) : QString();
}

QString ReviewQueueModel::reasons(const ReviewItem &item)
{
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
    return why.join(tr(", "));
}

} // namespace rasad
