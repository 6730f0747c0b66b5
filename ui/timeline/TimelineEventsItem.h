#pragma once

#include <QGraphicsItem>

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

private:
    TimelineView *m_view;
    QSizeF m_size;
};

} // namespace rasad
