#include "common/ShortcutText.h"

#include <QStyleOptionMenuItem>

namespace rasad {

namespace {
constexpr QChar kLri(0x2066); // LEFT-TO-RIGHT ISOLATE
constexpr QChar kPdi(0x2069); // POP DIRECTIONAL ISOLATE
} // namespace

QString isolatedShortcut(const QKeySequence &sequence)
{
    const QString text = sequence.toString(QKeySequence::NativeText);
    return text.isEmpty() ? text : kLri + text + kPdi;
}

QString isolateMenuShortcut(const QString &text)
{
    const qsizetype tab = text.indexOf(u'\t');
    if (tab < 0 || tab + 1 >= text.size() || text.at(tab + 1) == kLri)
        return text;
    return text.left(tab + 1) + kLri + text.mid(tab + 1) + kPdi;
}

void RightToLeftStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                   const QWidget *widget) const
{
    if (element == CE_MenuItem) {
        if (const auto *item = qstyleoption_cast<const QStyleOptionMenuItem *>(option);
            item && item->direction == Qt::RightToLeft && item->text.contains(u'\t')) {
            QStyleOptionMenuItem isolated(*item);
            isolated.text = isolateMenuShortcut(item->text);
            QProxyStyle::drawControl(element, &isolated, painter, widget);
            return;
        }
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

int RightToLeftStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                                QStyleHintReturn *returnData) const
{
    if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

} // namespace rasad
