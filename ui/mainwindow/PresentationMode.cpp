#include "mainwindow/PresentationMode.h"

#include "common/ExplorerState.h"
#include "timeline/TimelineView.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMainWindow>

namespace rasad {

PresentationMode::PresentationMode(QMainWindow *window, ExplorerState *state, TimelineView *timeline)
    : QObject(window)
    , m_window(window)
    , m_state(state)
    , m_timeline(timeline)
{
}

void PresentationMode::setActive(bool active)
{
    if (active == m_active || !m_window)
        return;
    m_active = active;
    QFont font = m_window->font();
    if (active) {
        m_wasMaximized = m_window->isMaximized();
        m_savedState = m_window->saveState();
        font.setPointSizeF(font.pointSizeF() * kFontScale);
        m_window->setFont(font);
        m_window->showFullScreen();
        qApp->installEventFilter(this);
        if (!m_state->selectedEvent())
            step(+1);
    } else {
        qApp->removeEventFilter(this);
        m_window->setFont(QFont());
        m_window->restoreState(m_savedState);
        if (m_wasMaximized)
            m_window->showMaximized();
        else
            m_window->showNormal();
    }
    Q_EMIT activeChanged(active);
}

bool PresentationMode::step(int direction)
{
    const QList<const Event *> &events = m_state->visibleEvents(); // date order
    if (events.isEmpty())
        return false;
    qsizetype index = -1;
    for (qsizetype i = 0; i < events.size(); ++i)
        if (events.at(i)->id == m_state->selectedEvent())
            index = i;
    qsizetype next = index < 0 ? (direction > 0 ? 0 : events.size() - 1) : index + (direction > 0 ? 1 : -1);
    if (next < 0 || next >= events.size())
        return false;
    const Event *e = events.at(next);
    m_state->selectEvent(e->id);
    if (e->date.isValid() && m_active) {
        // Some context either side, so the audience sees what came before and after.
        m_timeline->showRange(e->date.start.addDays(-45), e->date.end.addDays(45));
    }
    return true;
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool rtl = m_state->format().direction() == Qt::RightToLeft;
    switch (key->key()) {
    case Qt::Key_Space:
    case Qt::Key_PageDown:
        step(+1);
        return true;
    case Qt::Key_Backspace:
    case Qt::Key_PageUp:
        step(-1);
        return true;
    case Qt::Key_Left:
        step(rtl ? +1 : -1);
        return true;
    case Qt::Key_Right:
        step(rtl ? -1 : +1);
        return true;
    case Qt::Key_Escape:
        setActive(false);
        return true;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rasad
