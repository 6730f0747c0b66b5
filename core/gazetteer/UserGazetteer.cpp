#include "gazetteer/UserGazetteer.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace rasad {

QString userGazetteerPath(const QStringList &userDirs)
{
    const QString dir = userDirs.isEmpty() ? Gazetteer::userDirectories().last() : userDirs.last();
    return dir + QStringLiteral("/user.json");
}

std::optional<Gazetteer> readUserGazetteer(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path))
        return Gazetteer();
    return Gazetteer::fromFile(path, error);
}

bool writeGazetteerFile(const Gazetteer &gazetteer, const QString &path, QString *error)
{
    const QByteArray bytes = gazetteer.toJson();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = path + QStringLiteral(": cannot create the folder");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = path + QStringLiteral(": cannot write: ") + file.errorString();
        return false;
    }
    return true;
}

Gazetteer userEntries(const QStringList &userDirs)
{
    return Gazetteer::load(userDirs, nullptr).changesFrom(Gazetteer::load({}, nullptr));
}

std::optional<GazetteerImportSummary> importGazetteerFile(const QString &path, const QStringList &userDirs,
                                                          QString *error)
{
    const std::optional<Gazetteer> incoming = Gazetteer::fromFile(path, error);
    if (!incoming)
        return std::nullopt;
    GazetteerImportSummary summary;
    summary.userFile = userGazetteerPath(userDirs);
    std::optional<Gazetteer> user = readUserGazetteer(summary.userFile, error);
    if (!user)
        return std::nullopt;

    Gazetteer effective = Gazetteer::load(userDirs, nullptr);
    const Gazetteer changes = incoming->changesFrom(effective);
    for (const Actor &a : changes.people())
        ++(effective.personByKey(a.key) ? summary.peopleChanged : summary.peopleAdded);
    for (const Place &p : changes.places())
        ++(effective.placeByKey(p.key) ? summary.placesChanged : summary.placesAdded);
    for (const Organisation &o : changes.organisations())
        ++(effective.organisationByKey(o.key) ? summary.organisationsChanged : summary.organisationsAdded);

    const QStringList problemsBefore = effective.problems();
    effective.merge(changes);
    const QStringList problemsAfter = effective.problems();
    for (const QString &problem : problemsAfter)
        if (!problemsBefore.contains(problem))
            summary.problems.append(path + QStringLiteral(": ") + problem);

    user->merge(changes);
    if (!writeGazetteerFile(*user, summary.userFile, error))
        return std::nullopt;
    return summary;
}

} // namespace rasad
