#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rasad {

/**
 * Systematic spelling variation the gazetteer expands every name by, so the data need not list each form:
 * compounds written joined or split (أبو الغيط / أبوالغيط), letters transliterated differently by outlets
 * (Levantine سيرغي, Egyptian سيرجي) in names from the given countries, and given names with several
 * spellings (دميتري / ديمتري).
 */
struct SpellingRules
{
    /** Letters that stand for one foreign sound; applied only to names of people from `countries`. */
    struct LetterGroup
    {
        QStringList letters;
        QStringList countries;
        friend bool operator==(const LetterGroup &, const LetterGroup &) = default;
    };

    QStringList joinablePrefixes; // "أبو", "عبد": written "أبو الغيط" or "أبوالغيط"
    QList<LetterGroup> letterGroups;
    /** Whole words written several ways (دميتري / ديمتري / ديميتري), interchangeable in any name. */
    QList<QStringList> wordGroups;

    bool isEmpty() const { return joinablePrefixes.isEmpty() && letterGroups.isEmpty() && wordGroups.isEmpty(); }
    friend bool operator==(const SpellingRules &, const SpellingRules &) = default;
};

} // namespace rasad
