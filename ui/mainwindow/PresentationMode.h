#pragma once

#include <QObject>
#include <QPointer>

class QMainWindow;

namespace rasad {

class ExplorerState;
class TimelineView;

/**
 * Teaching mode: full screen, larger type, and the keyboard steps through the shown events in
 * date order (Space/PageDown forward, Backspace/PageUp back; the arrow pointing the way time
 * runs — left in Arabic, right in English — goes forward too). The timeline and graph follow the
 * selection through ExplorerState.
 */
class PresentationMode : public QObject
{
    Q_OBJECT
public:
    PresentationMode(QMainWindow *window, ExplorerState *state, TimelineView *timeline);

    bool isActive() const { return m_active; }
    void setActive(bool active);
    /** Selects the next (or previous) shown event in date order; false at the end. */
    bool step(int direction);
    /** How much larger the type is while presenting. */
    static constexpr double kFontScale = 1.5;

Q_SIGNALS:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QMainWindow> m_window;
    ExplorerState *m_state;
    TimelineView *m_timeline;
    bool m_active = false;
    bool m_wasMaximized = false;
    QByteArray m_savedState;
};

} // namespace rasad
