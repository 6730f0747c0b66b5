#pragma once

#include "gazetteer/Gazetteer.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace rasad {

/** What importing a colleague's gazetteer file changed in the user's gazetteer. */
struct GazetteerImportSummary
{
    QString userFile; // where the new and changed entries were written
    int peopleAdded = 0;
    int peopleChanged = 0;
    int placesAdded = 0;
    int placesChanged = 0;
    int organisationsAdded = 0;
    int organisationsChanged = 0;
    QStringList problems; // cross-reference problems the import brought in, each naming the imported file
};

/**
 * The one file the gazetteer editor and `rasad-cli gazetteer import` write: user.json in the writable (last)
 * of `userDirs`. Keeping every user entry in one file means a later edit never hides behind an older import.
 */
QString userGazetteerPath(const QStringList &userDirs);
/** The user file as it stands: empty when there is none yet; nullopt and `error` naming it when malformed. */
std::optional<Gazetteer> readUserGazetteer(const QString &path, QString *error);
/** Writes `gazetteer` to `path` atomically, making its folder; false and `error` naming the file on failure. */
bool writeGazetteerFile(const Gazetteer &gazetteer, const QString &path, QString *error);
/** What the files in `userDirs` add to or change in the bundled gazetteer: the user's share of it. */
Gazetteer userEntries(const QStringList &userDirs);
/**
 * Merges into the user file what the gazetteer file at `path` adds to or changes in the effective gazetteer
 * (bundled + `userDirs`), so a file repeating the bundled entries adds nothing. nullopt and `error` naming
 * the file when it is unreadable or malformed; then nothing is written.
 */
std::optional<GazetteerImportSummary> importGazetteerFile(const QString &path, const QStringList &userDirs,
                                                          QString *error);

} // namespace rasad
