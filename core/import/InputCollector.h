#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rasad {

/** One file to import and the folder argument it was found under (empty when named directly). */
struct InputFile
{
    QString path;
    QString root;
};

/** A path that yields nothing to import, with one line naming it and the problem. */
struct InputProblem
{
    QString path;
    QString message;
};

struct CollectedInputs
{
    QList<InputFile> files;       // in a stable order: arguments as given, folder contents sorted
    QList<InputProblem> problems; // missing paths, folders without articles, unsupported files named directly
    QStringList notes;            // files skipped inside folders (other extensions)
};

/**
 * Expands the paths a user gives into article files: files as named, folders recursively (.txt,
 * .html, .htm; hidden files and folders and manifest.json skipped; other files skipped with a note).
 * Special files (FIFOs, broken links) found in folders are kept so the reader can name the problem.
 */
class InputCollector
{
public:
    static CollectedInputs collect(const QStringList &paths);
    /** True for the extensions Rasad reads as articles. */
    static bool isArticleName(const QString &fileName);
    static bool isHtmlName(const QString &fileName);
};

} // namespace rasad
