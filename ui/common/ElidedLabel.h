#pragma once

#include <QLabel>

namespace rasad {

/**
 * A one-line plain-text label that ends in "…" when its room is short, with the whole text as its
 * tooltip then. Its minimum width is a few letters, so a line of text never holds a window wide.
 */
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    explicit ElidedLabel(const QString &text, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    /** True when the text does not fit and is shown shortened. */
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace rasad
