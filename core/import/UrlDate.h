#pragma once

#include <QDate>
#include <QString>

namespace rasad {

/**
 * The publication day a page's address gives, as news sites write it into their paths:
 * /2025/02/12/, /2025-02-12-, /20250212/, or a Unix time stamp (…_1547458829). Only whole days count
 * (a /2025/02/ month alone says nothing of the day); a day after `today` or before 1995 is refused.
 * Invalid when the address gives none.
 */
QDate publicationDateFromUrl(const QString &url, const QDate &today = QDate::currentDate());

} // namespace rasad
