#pragma once

#include "model/FuzzyDate.h"

#include <QStringView>

namespace rasad {

class DateLexicon;

/** What parseTypedDate() made of a date someone typed into a field or a command line. */
struct TypedDate
{
    enum class Problem {
        None,      // `value` holds the date
        Empty,     // nothing but spaces: no date (a filter field left open)
        NotADate,  // words or numbers that are no date form
        NoSuchDay, // a date form naming a day or month the calendar lacks (31/2/2025, 2025-13-01)
        NoYear,    // a day and month, or a month, without a year: which year is a guess we do not make
    };

    FuzzyDate value; // granularity Day, Month or Year; value.text is the text as typed
    Problem problem = Problem::Empty;

    bool isValid() const { return problem == Problem::None; }
};

/**
 * Reads a whole date as people type it (not the prose of an article: that is DateEngine's work):
 *
 * - ISO: 2025-10-01, 2025-10 (a month);
 * - day first, as in Syria and Russia: 1/10/2025, 1-10-2025, 1.10.2025; 10/2025 (a month);
 * - a month name of either Arabic family or English, with a day and a year or with a year only:
 *   ١ تشرين الأول ٢٠٢٥, 1 أكتوبر 2025, October 1st, 2025, "October 2025" (a month), "تشرين الأول ٢٠٢٥م";
 * - a year alone: 2025.
 *
 * Digits may be Latin, Arabic-Indic or Eastern Arabic-Indic. Month names and the small words around
 * them (the English ordinal ending, م for the Common Era, يوم, من) come from the date lexicon, so a
 * spelling added to resources/lexicon/dates.json is understood here too.
 */
TypedDate parseTypedDate(QStringView text, const DateLexicon &lexicon);
/** The same with the lexicon bundled in resources. */
TypedDate parseTypedDate(QStringView text);

} // namespace rasad
