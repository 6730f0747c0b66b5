#include "table/ContactsTableModel.h"

#include "common/ExplorerState.h"

namespace rasad {

ContactsTableModel::ContactsTableModel(ExplorerState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
{
    connect(state, &ExplorerState::datasetChanged, this, &ContactsTableModel::reload);
    connect(state, &ExplorerState::recordsChanged, this, &ContactsTableModel::update);
    connect(state, &ExplorerState::filterChanged, this, &ContactsTableModel::reload);
    connect(state, &ExplorerState::formatChanged, this, &ContactsTableModel::reload);
    reload();
}

void ContactsTableModel::reload()
{
    beginResetModel();
    m_events = m_state->visibleEvents();
    m_ids.clear();
    m_rowOfEvent.clear();
    m_rowOfEvent.reserve(m_events.size());
    for (int row = 0; row < m_events.size(); ++row) {
        m_ids.append(m_events.at(row)->id);
        m_rowOfEvent.insert(m_events.at(row)->id, row);
    }
    m_articles.clear();
    for (const Article &a : m_state->dataset().articles)
        m_articles.insert(a.id, &a);
    endResetModel();
}

void ContactsTableModel::update(const QSet<qint64> &events, const QSet<qint64> &actors)
{
    // The record's lists changed in place: every pointer is read again, before anyone asks for data.
    // Rows stay where they are (the proxy sorts), so the view keeps its scroll and current row; a
    // contact the edit removed (or hid) loses its row, one it added (or showed) gets a new one.
    QHash<qint64, const Event *> now;
    for (const Event *e : m_state->visibleEvents())
        now.insert(e->id, e);
    for (qsizetype row = 0; row < m_events.size(); ++row)
        m_events[row] = now.value(m_ids.at(row)); // null until its row is removed below
    bool renumber = false;
    for (qsizetype row = m_events.size() - 1; row >= 0; --row) {
        if (m_events.at(row))
            continue;
        beginRemoveRows({}, int(row), int(row));
        m_events.removeAt(row);
        m_ids.removeAt(row);
        endRemoveRows();
        renumber = true;
    }
    if (renumber) {
        m_rowOfEvent.clear();
        for (qsizetype row = 0; row < m_ids.size(); ++row)
            m_rowOfEvent.insert(m_ids.at(row), int(row));
    }
    QList<const Event *> added;
    for (const Event *e : m_state->visibleEvents())
        if (!m_rowOfEvent.contains(e->id))
            added.append(e);
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_events.size()), int(m_events.size() + added.size() - 1));
        for (const Event *e : std::as_const(added)) {
            m_rowOfEvent.insert(e->id, int(m_events.size()));
            m_events.append(e);
            m_ids.append(e->id);
        }
        endInsertRows();
    }
    if (!actors.isEmpty() && !m_events.isEmpty()) { // a renamed actor shows in every row they took part in
        Q_EMIT dataChanged(index(0, 0), index(int(m_events.size()) - 1, ColumnCount - 1));
        return;
    }
    for (const qint64 id : events)
        if (const int row = m_rowOfEvent.value(id, -1); row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ContactsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ContactsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Event *ContactsTableModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? m_events.at(row) : nullptr;
}

int ContactsTableModel::rowOf(qint64 eventId) const
{
    return m_rowOfEvent.value(eventId, -1);
}

QString ContactsTableModel::displayText(const Event &e, int column) const
{
    const DisplayFormat &f = m_state->format();
    switch (column) {
    case Date:
        return f.fuzzyDate(e.date);
    case Type:
        return f.eventTypeName(e.type);
    case Place:
        if (!e.location.isEmpty())
            return f.placeName(e.location);
        return e.locationCountry.isEmpty() ? QString() : f.countryName(e.locationCountry);
    case Participants: {
        QStringList names;
        for (const Participant &p : e.participants)
            if (const Actor *a = m_state->actorById(p.actorId))
                names.append((!f.isArabic() && !a->nameEn.isEmpty()) ? a->nameEn : a->name);
        return names.join(tr(", ", "between the names of a contact's participants"));
    }
    case Sources:
        return f.number(e.sources.size());
    case Confidence:
        return f.number(qRound(e.confidence * 100)) + QLatin1Char('%');
    case Factuality:
        switch (e.factuality) {
        case rasad::Factuality::Happened:
            return tr("Held");
        case rasad::Factuality::Planned:
            return tr("Planned");
        case rasad::Factuality::Denied:
            return tr("Denied");
        case rasad::Factuality::Hypothetical:
            return tr("Hypothetical");
        }
        break;
    default:
        break;
    }
    return {};
}

QString ContactsTableModel::sourcesToolTip(const Event &e) const
{
    // The outlet and the file of each report, so a reader can judge how independent they are.
    QStringList lines;
    for (const EventSource &s : e.sources) {
        const Article *a = m_articles.value(s.articleId);
        const QString outlet = a && !a->source.isEmpty() ? a->source : tr("unknown outlet");
        // The Latin file name isolated, so it keeps its place in a right-to-left line.
        lines.append(outlet + QStringLiteral(" — ") + QChar(0x2068) + s.fileName + QChar(0x2069));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant ContactsTableModel::data(const QModelIndex &index, int role) const
{
    const Event *e = index.isValid() ? eventAt(index.row()) : nullptr;
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*e, index.column());
    case EventIdRole:
        return e->id;
    case SortRole:
        switch (index.column()) {
        case Sources:
            return int(e->sources.size());
        case Confidence:
            return e->confidence;
        case Factuality:
            return int(e->factuality);
        default:
            return displayText(*e, index.column());
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Sources || index.column() == Confidence)
            return int(Qt::AlignVCenter | Qt::AlignTrailing);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Sources)
            return sourcesToolTip(*e);
        if (index.column() == Place && !e->locationCountry.isEmpty())
            return m_state->format().countryName(e->locationCountry);
        if (index.column() == Date && !e->date.text.isEmpty())
            return tr("As written: %1").arg(e->date.text);
        if (index.column() == Participants)
            return displayText(*e, Participants);
        return {};
    default:
        return {};
    }
}

QVariant ContactsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Type:
        return tr("Type");
    case Place:
        return tr("Place");
    case Participants:
        return tr("Participants");
    case Sources:
        return tr("Sources");
    case Confidence:
        return tr("Confidence");
    case Factuality:
        return tr("Factuality");
    default:
        return {};
    }
}

bool ContactsSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const ContactsTableModel *>(sourceModel());
    if (!model || left.column() != ContactsTableModel::Date)
        return QSortFilterProxyModel::lessThan(left, right);
    const Event *a = model->eventAt(left.row());
    const Event *b = model->eventAt(right.row());
    if (!a || !b)
        return false;
    const bool aDated = a->date.isValid();
    if (aDated != b->date.isValid())
        // Undated last in both orders: a descending sort puts `right` first when lessThan() holds.
        return sortOrder() == Qt::AscendingOrder ? aDated : !aDated;
    if (a->date.start != b->date.start)
        return a->date.start < b->date.start;
    if (a->date.end != b->date.end)
        return a->date.end < b->date.end;
    return a->id < b->id;
}

} // namespace rasad
