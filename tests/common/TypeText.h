#pragma once

#include <QString>
#include <QTest>
#include <QWidget>

namespace rasad::test {

/**
 * Types `text` key by key into `widget`: QTest::keyClicks for ASCII, and for Arabic letters and digits
 * (which keyClicks cannot map to keys) key events carrying the character, as an Arabic keyboard sends.
 */
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClicks(widget, QString(c));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace rasad::test
