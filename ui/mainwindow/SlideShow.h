#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace rasad {

class ExplorerState;
class SlideFitLabel;
class SlideStrip;
struct Event;

/**
 * Presentation mode's slides: one contact a slide, for a class in front of a projector. Each shows the
 * date, the place, the people as name cards (name, office held that day, country), the sentence the
 * contact was read from with its source, and a strip of the filtered contacts in time with this one marked.
 * Only the filtered contacts, in date order (undated ones last). Its own window: the explorer behind it
 * is left exactly as it was, and nothing of it (the Review panel, the docks) shows on the projector.
 *
 * Keys: Space, Page Down (a clicker's "next"), Down and Enter go forward; Backspace, Page Up and Up go back;
 * Home and End go to the first and last; Escape leaves. The arrows follow the direction the reader reads and
 * time runs on the strip: in English Right is forward, in Arabic Left is (the next slide lies to the left).
 */
class SlideShow : public QWidget
{
    Q_OBJECT
public:
    explicit SlideShow(ExplorerState *state, QWidget *parent = nullptr);
    ~SlideShow() override;

    /** The contacts shown, in slide order. */
    const QList<const Event *> &slides() const { return m_slides; }
    qsizetype currentIndex() const { return m_index; }
    /** The contact on the slide now; 0 when there is none. */
    qint64 currentEvent() const;
    /** Moves to slide `index` (clamped); false when there are no slides. */
    bool goTo(qsizetype index);
    /** One slide forward (`direction` > 0) or back; false at either end. */
    bool step(int direction);
    /** Starts on this contact when it is among the slides, else on the first. */
    void startAt(qint64 eventId);

    /** What the slide shows, for tests and the screenshot tour. */
    QString dateText() const;
    QString placeText() const;
    QString quoteText() const;
    QString citationText() const;
    QString statusText() const;    // "planned", "denied"…: empty for a contact reported as held
    QStringList cardTexts() const; // each card's lines, joined by newlines

Q_SIGNALS:
    void closeRequested();
    void currentChanged(qint64 eventId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void rebuild();
    void refresh();
    void applyFonts();
    void clearCards();

    QPointer<ExplorerState> m_state;
    QList<const Event *> m_slides;
    qsizetype m_index = -1;
    qint64 m_shownId = 0; // the contact on screen, kept by id across a change of dataset
    QLabel *m_counter;
    QLabel *m_type;
    QLabel *m_date;
    QLabel *m_place;
    QLabel *m_status;
    QWidget *m_cardArea;
    QHBoxLayout *m_cardLayout;
    QList<QWidget *> m_cards;
    SlideFitLabel *m_quote;
    QLabel *m_citation;
    SlideStrip *m_strip;
    QLabel *m_hint;
    QLabel *m_empty;
};

} // namespace rasad
