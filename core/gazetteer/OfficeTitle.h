#pragma once

#include <QString>
#include <QStringList>

namespace rasad {

/**
 * An office title in the generic form roles use ("وزير الخارجية") and the other ways news writes the same
 * office ("وزير خارجية", "وزير الخارجية والمغتربين"), so a title in text finds the roles that hold it.
 */
struct OfficeTitle
{
    QString title;
    QString titleEn;
    QStringList variants;

    friend bool operator==(const OfficeTitle &, const OfficeTitle &) = default;
};

} // namespace rasad
