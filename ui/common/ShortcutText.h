#pragma once

#include <QKeySequence>
#include <QProxyStyle>
#include <QString>

namespace rasad {

/**
 * A shortcut as text that reads the same in a right-to-left line: "Ctrl++" inside LRI … PDI. Bare, the
 * bidi algorithm gives the trailing "++" the line's direction and Arabic menus showed "++Ctrl".
 */
QString isolatedShortcut(const QKeySequence &sequence);
/** `text` with the part after its tab (where QMenu puts an action's shortcut) isolated left to right. */
QString isolateMenuShortcut(const QString &text);

/**
 * The application's style with two right-to-left faults mended; everything else is the base style's.
 * Menu shortcuts are isolated left to right: QMenu hands the style "text\tshortcut" and the style lays the
 * shortcut out in the menu's direction. Dialog buttons carry no icons: with an icon, a right-to-left push
 * button aligns its word against the far edge (its right alignment is mirrored a second time) and the
 * word's end is cut off there — "إلغاء" read as "إلغ". A word alone is centred.
 */
class RightToLeftStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    int styleHint(StyleHint hint, const QStyleOption *option = nullptr, const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;
};

} // namespace rasad
