#pragma once

#include <QCoreApplication>

namespace rasad {

/**
 * The words of what the store says when a project file cannot be opened, read or written (locked,
 * read-only, damaged, full, newer). Qt translation sources, as ImportMessages: Arabic in the explorer,
 * English in rasad-cli; the file's path is an argument.
 */
class StoreMessages
{
    Q_DECLARE_TR_FUNCTIONS(StoreMessages)
};

} // namespace rasad
