#pragma once

#include <QCoreApplication>

namespace rasad {

/**
 * The words of what an import tells the user (a file refused and why, an encoding guessed, a date
 * assumed). They are Qt translation sources: the explorer, which installs the Arabic translation,
 * shows them in Arabic; rasad-cli, which installs none, in English. Paths, dates and numbers are
 * arguments, never part of the words.
 */
class ImportMessages
{
    Q_DECLARE_TR_FUNCTIONS(ImportMessages)
};

} // namespace rasad
