#include "mainwindow/PresentationMode.h"

#include "common/ExplorerState.h"
#include "mainwindow/SlideShow.h"

#include <QApplication>
#include <QMainWindow>
#include <QScreen>

namespace rasad {

PresentationMode::PresentationMode(QMainWindow *window, ExplorerState *state)
    : QObject(window), m_window(window), m_state(state)
{
}

PresentationMode::~PresentationMode()
{
    delete m_slides; // a window of its own: not among the main window's children to delete
}

void PresentationMode::setActive(bool active)
{
    if (active == m_active || !m_window)
        return;
    m_active = active;
    if (active) {
        m_focus = QApplication::focusWidget();
        if (!m_slides) {
            // No parent: a child window would take the explorer's state with it (minimising, stacking).
            m_slides = new SlideShow(m_state);
            connect(m_slides, &SlideShow::closeRequested, this, [this] { setActive(false); });
        }
        m_slides->startAt(m_state->selectedEvent());
        if (QScreen *screen = m_window->screen()) {
            m_slides->setScreen(screen);
            m_slides->move(screen->geometry().topLeft());
        }
        if (m_windowedSize.isValid()) {
            m_slides->resize(m_windowedSize);
            m_slides->showNormal();
        } else {
            m_slides->showFullScreen();
        }
        m_slides->raise();
        m_slides->activateWindow();
        m_slides->setFocus(Qt::OtherFocusReason);
    } else {
        if (m_slides)
            m_slides->hide();
        m_window->activateWindow();
        if (m_focus)
            m_focus->setFocus(Qt::OtherFocusReason);
    }
    Q_EMIT activeChanged(active);
}

SlideShow *PresentationMode::slides() const
{
    return m_slides;
}

bool PresentationMode::step(int direction)
{
    return m_active && m_slides && m_slides->step(direction);
}

} // namespace rasad
