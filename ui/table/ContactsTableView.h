#pragma once

#include <QTableView>

namespace rasad {

class ContactsSortProxy;
class ContactsTableModel;
class ExplorerState;

/**
 * The contacts as a sortable table (Palladio's table view), linked both ways with the other views
 * through ExplorerState: the current row is the selected contact, and a contact selected elsewhere
 * becomes the current row, scrolled into view. Arrow keys, Page Up/Down, Home and End move through the contacts; Tab leaves the
 * table; Ctrl+C copies the selected rows as tab-separated text under a header line.
 */
class ContactsTableView : public QTableView
{
    Q_OBJECT
public:
    explicit ContactsTableView(ExplorerState *state, QWidget *parent = nullptr);

    ContactsTableModel *contactsModel() const { return m_model; }
    ContactsSortProxy *sortProxy() const { return m_proxy; }
    /** The selected rows in their shown order, as tab-separated lines after a header line. */
    QString selectedRowsAsText() const;
    void copySelection() const;

Q_SIGNALS:
    /** Enter or a double click on a row: open the contact's source, as the timeline does. */
    void eventActivated(qint64 eventId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    /** Home and End go to the first and last contact (rows, not cells: a row is a contact). */
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;

private:
    void showStateSelection();

    ExplorerState *m_state;
    ContactsTableModel *m_model;
    ContactsSortProxy *m_proxy;
    bool m_showingState = false; // while following the state, the row change is not sent back
};

} // namespace rasad
