#pragma once

#include <QObject>
#include <QPointer>
#include <QSize>

class QMainWindow;
class QWidget;

namespace rasad {

class ExplorerState;
class SlideShow;

/**
 * Teaching mode: the filtered contacts as full-screen slides (see SlideShow), on the screen the explorer
 * is on. The slides are a window of their own, so the explorer is not touched while they show: Escape
 * closes them and gives the keyboard back to the widget that had it, with the window, its docks, its zoom
 * and its selection as they were.
 */
class PresentationMode : public QObject
{
    Q_OBJECT
public:
    PresentationMode(QMainWindow *window, ExplorerState *state);
    ~PresentationMode() override;

    bool isActive() const { return m_active; }
    void setActive(bool active);
    /** The slides; null until presentation mode is first started. */
    SlideShow *slides() const;
    /** One slide forward or back (see SlideShow::step); false when not active or at either end. */
    bool step(int direction);
    /** Shown in a window of this size instead of full screen (the screenshot tour's 1280×720); empty: full screen. */
    void setWindowedSize(const QSize &size) { m_windowedSize = size; }

Q_SIGNALS:
    void activeChanged(bool active);

private:
    QPointer<QMainWindow> m_window;
    ExplorerState *m_state;
    QPointer<SlideShow> m_slides;
    QPointer<QWidget> m_focus; // had the keyboard before the slides took it
    QSize m_windowedSize;
    bool m_active = false;
};

} // namespace rasad
