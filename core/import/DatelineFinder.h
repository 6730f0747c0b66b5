#pragma once

#include "dates/DateEngine.h"
#include "model/Article.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace rasad {

/** A publication date a page states, and where. */
struct Dateline
{
    QDate date;
    TextSpan line;           // the whole line; kind "dateline"
    bool standalone = false; // the line holds the date and nothing else worth reading
};

/**
 * Finds the publication date a page states about itself: a date standing alone on one of the first
 * lines ("الإثنين, 17 نوفمبر 2025 03:30 PM"), or a date right after a marker such as "نشر في" or
 * "بتاريخ" on a short line, in a disclaimer or at the very start or end. Dates inside the article's
 * sentences are events, not datelines, and are left alone. The date itself is read by DateEngine;
 * markers and limits come from resources/lexicon/dateline.json.
 */
class DatelineFinder
{
public:
    DatelineFinder();

    /** `furniture`: spans already known to be page furniture (a date in a disclaimer counts). */
    std::optional<Dateline> find(QStringView text, const QList<TextSpan> &furniture = {}) const;

    /** The first fully given day in `line` (read by the date engine) and the span it covers; invalid when none. */
    QDate parseDate(QStringView line, int *start = nullptr, int *end = nullptr) const;

    struct Lexicon; // markers, months and limits from dateline.json; defined in the .cpp

private:
    const Lexicon *m_lexicon;
    DateEngine m_engine;
};

} // namespace rasad
