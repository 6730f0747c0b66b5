#include "import/InputCollector.h"

#include "import/ImportMessages.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace rasad {

bool InputCollector::isHtmlName(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ||
           fileName.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
}

bool InputCollector::isArticleName(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive) || isHtmlName(fileName);
}

CollectedInputs InputCollector::collect(const QStringList &paths)
{
    CollectedInputs out;
    QSet<QString> seen; // the same file named twice, or inside a folder also named, is read once
    auto add = [&](const QString &path, const QString &root) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (seen.contains(absolute))
            return;
        seen.insert(absolute);
        out.files.append(InputFile{absolute, root});
    };

    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isSymLink() && !info.exists()) {
            add(path, {}); // a broken link: the reader says where it points
            continue;
        }
        if (!info.exists()) {
            out.problems.append({path, ImportMessages::tr("%1: no such file or folder").arg(path)});
            continue;
        }
        if (!info.isDir()) {
            if (isArticleName(info.fileName()))
                add(path, {});
            else
                out.problems.append(
                    {path, QStringLiteral("%1: not an article file (Rasad reads .txt, .html and .htm)").arg(path)});
            continue;
        }

        const QString root = info.absoluteFilePath();
        QStringList found;
        QStringList skipped;
        QDirIterator it(root, QDir::Files | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString filePath = it.next();
            const QString relative = QDir(root).relativeFilePath(filePath);
            const QStringList parts = relative.split(u'/');
            const bool hidden =
                std::any_of(parts.begin(), parts.end(), [](const QString &p) { return p.startsWith(u'.'); });
            if (hidden)
                continue;
            const QString name = parts.last();
            if (name.compare(QLatin1String("manifest.json"), Qt::CaseInsensitive) == 0)
                continue;
            if (isArticleName(name))
                found.append(filePath);
            else
                skipped.append(relative);
        }
        std::sort(found.begin(), found.end());
        std::sort(skipped.begin(), skipped.end());
        for (const QString &file : std::as_const(found))
            add(file, root);
        for (const QString &name : std::as_const(skipped))
            out.notes.append(QStringLiteral("%1: skipped (not .txt, .html or .htm)").arg(QDir(root).filePath(name)));
        if (found.isEmpty())
            out.problems.append(
                {path, QStringLiteral("%1: no articles in this folder (no .txt, .html or .htm files)").arg(path)});
    }
    return out;
}

} // namespace rasad
