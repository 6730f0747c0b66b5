#pragma once

#include <QCoreApplication>
#include <QString>

namespace rasad {

class DisplayFormat;

/**
 * How many of a thing, worded with Qt's plural forms (Arabic has six: none, one, two, a few, many, a
 * hundred and more) and written in the display's digits. Every count the explorer shows goes through here,
 * so "٨ اتصالات" and "١١ اتصالاً" come out right in one place.
 */
class Counts
{
    Q_DECLARE_TR_FUNCTIONS(Counts)

public:
    static QString contacts(qint64 n, const DisplayFormat &format);
    static QString articles(qint64 n, const DisplayFormat &format);
    static QString actors(qint64 n, const DisplayFormat &format);
    static QString links(qint64 n, const DisplayFormat &format);
    static QString counterparts(qint64 n, const DisplayFormat &format);
    /** `text` with Qt's Latin digits (what %n writes) in the display's digits: for counts worded elsewhere. */
    static QString inDigits(const QString &text, const DisplayFormat &format);
    /** Between the parts of a status line: "·" reads as a zero beside Arabic-Indic digits. */
    static QString separator(const DisplayFormat &format);
};

} // namespace rasad
