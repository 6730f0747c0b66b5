#pragma once

#include <QString>

namespace rasad {

/**
 * The short name people use for a person, for a label with little room: the family name (the last word),
 * but a kunya or a compound name stays whole (NAME أبو → "أبو NAME", never its second word alone) and a
 * patronymic is never shown (a Russian's given name and surname instead). The words that join and the
 * patronymic endings are data: resources/lexicon/short-names.json. A one-word name is itself.
 */
QString shortPersonName(const QString &fullName);

} // namespace rasad
