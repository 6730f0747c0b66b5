#include "table/ContactsTableView.h"

#include "common/ExplorerState.h"
#include "table/ContactsTableModel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>

#include <algorithm>

namespace rasad {

ContactsTableView::ContactsTableView(ExplorerState *state, QWidget *parent)
    : QTableView(parent)
    , m_state(state)
    , m_model(new ContactsTableModel(state, this))
    , m_proxy(new ContactsSortProxy(this))
{
    setObjectName(QStringLiteral("contactsTable"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ContactsTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    setModel(m_proxy);
    setSortingEnabled(true);
    sortByColumn(ContactsTableModel::Date, Qt::AscendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection); // several rows to copy
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false); // Tab moves on to the next view, not to the next cell
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);

    // The current row is the selected contact once it is selected too: focus alone (Tab into the
    // table) gives a current row without selecting it, and must not change the explorer's selection.
    const auto followCurrentRow = [this] {
        const QModelIndex current = currentIndex();
        if (m_showingState || !current.isValid() || !selectionModel()->isRowSelected(current.row(), {}))
            return;
        m_state->selectEvent(current.data(ContactsTableModel::EventIdRole).toLongLong());
    };
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, followCurrentRow);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, followCurrentRow);
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT eventActivated(index.data(ContactsTableModel::EventIdRole).toLongLong());
    });
    connect(state, &ExplorerState::selectionChanged, this, &ContactsTableView::showStateSelection);
    // The model resets on a new filter: the selected contact keeps its row if the filter admits it.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showStateSelection();
        resizeColumnsToContents();
    });
    resizeColumnsToContents();
}

void ContactsTableView::showStateSelection()
{
    const int row = m_model->rowOf(m_state->selectedEvent());
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    m_showingState = true;
    if (!index.isValid()) {
        clearSelection();
    } else if (currentIndex().row() != index.row() || !selectionModel()->isRowSelected(index.row(), {})) {
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        scrollTo(index);
    }
    m_showingState = false;
}

QString ContactsTableView::selectedRowsAsText() const
{
    // Cells as shown, so a pasted table reads like the screen; tabs or line breaks inside a cell
    // would break the columns, so they become spaces.
    const auto cell = [](QString text) {
        return text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    QStringList header;
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        header.append(cell(m_proxy->headerData(c, Qt::Horizontal).toString()));
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QStringList lines{header.join(QLatin1Char('\t'))};
    for (int row : rows) {
        QStringList cells;
        for (int c = 0; c < m_proxy->columnCount(); ++c)
            cells.append(cell(m_proxy->index(row, c).data().toString()));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ContactsTableView::copySelection() const
{
    if (selectionModel()->selectedRows().isEmpty())
        return;
    if (QClipboard *clipboard = QApplication::clipboard())
        clipboard->setText(selectedRowsAsText());
}

void ContactsTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

QModelIndex ContactsTableView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    if (action == MoveHome || action == MoveEnd)
        modifiers |= Qt::ControlModifier; // QTableView's Ctrl+Home/End: the first or last row
    return QTableView::moveCursor(action, modifiers);
}

} // namespace rasad
