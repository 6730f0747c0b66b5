#pragma once

#include "model/Event.h"

#include <QGraphicsItem>
#include <QHash>
#include <QStaticText>

namespace rasad {

class TimelineView;

/**
 * Paints the timeline's events as one item, like a Tiled layer item: it draws only the lanes and
 * time span the exposed rectangle covers, found by binary search in the layout, so 100,000
 * events cost no more per frame than the few hundred on screen.
 */
class TimelineEventsItem : public QGraphicsItem
{
public:
    explicit TimelineEventsItem(TimelineView *view);

    void setSize(const QSizeF &size);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    /** Drops the shaped labels (after a font, language or data change). */
    void clearLabelCache();

private:
    /** A label piece shaped once: shaping Arabic on every frame was most of a zoom step's cost. */
    const QStaticText &staticText(const QString &text, const QTextOption &option);

    static constexpr qsizetype kMaxCachedTexts = 20000; // distinct names and counts; a bound, rarely reached
    static constexpr int kTickBatches = 2 * (int(EventType::Other) + 1);
    TimelineView *m_view;
    QSizeF m_size;
    QHash<QString, QStaticText> m_texts;
};

} // namespace rasad
